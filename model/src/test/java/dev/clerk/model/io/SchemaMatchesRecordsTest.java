package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.Named;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The published schemas and the records must describe the same fields: a field in one and not the other fails,
 * and so does an enum whose words differ. Walks both trees together from the file's root record.
 */
class SchemaMatchesRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Components that files write inside the entries of another field, with the field of the entry that holds them:
     * a narrative paragraph's language is written as {@code {text: ..., lang: es}} in place of its text.
     */
    private static final Map<String, List<String>> FOLDED = Map.of("narrativeLanguages", List.of("narrative", "lang"));

    @Test
    void meetingSchemaMatchesMeetingRecord() throws Exception {
        assertThat(differences("meeting.schema.json", Meeting.class)).isEmpty();
    }

    @Test
    void committeeSchemaMatchesBodyRecord() throws Exception {
        assertThat(differences("committee.schema.json", Body.class)).isEmpty();
    }

    @Test
    void detectsAFieldMissingFromTheSchema() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("..", "schema", "meeting.schema.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema.get("properties")).remove("recorder");
        List<String> found = new ArrayList<>();
        compare(schema, schema, Meeting.class, "", found);
        assertThat(found).containsExactly("recorder: in the record, not in the schema");
    }

    @Test
    void detectsAFoldedFieldTheSchemaDoesNotAllow() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("..", "schema", "meeting.schema.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema.at("/$defs/paragraph/properties")).remove("lang");
        List<String> found = new ArrayList<>();
        compare(schema, schema, Meeting.class, "", found);
        assertThat(found).startsWith("agenda[].narrativeLanguages: written as lang in the entries of narrative,"
                + " which the schema does not allow").allSatisfy(f -> assertThat(f).endsWith(
                ".narrativeLanguages: written as lang in the entries of narrative, which the schema does not allow"));
    }

    private static List<String> differences(String schemaFile, Class<?> root) throws Exception {
        JsonNode schema = JSON.readTree(Path.of("..", "schema", schemaFile).toFile());
        List<String> found = new ArrayList<>();
        compare(schema, schema, root, "", found);
        return found;
    }

    private static void compare(JsonNode root, JsonNode node, Type type, String path, List<String> found) {
        node = resolve(root, node);
        Class<?> raw = raw(type);
        if (raw == List.class) {
            compare(root, node.path("items"), ((ParameterizedType) type).getActualTypeArguments()[0], path + "[]", found);
        } else if (raw.isRecord()) {
            if (path.chars().filter(ch -> ch == '.').count() > 4 && path.contains(".items[]")) {
                return; // agenda items nest; one level of the recursion has been compared
            }
            Set<String> inRecord = new TreeSet<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                inRecord.add(c.getName());
            }
            Set<String> inSchema = new TreeSet<>();
            for (Iterator<String> it = node.path("properties").fieldNames(); it.hasNext(); ) {
                inSchema.add(it.next());
            }
            for (String name : List.copyOf(inRecord)) {
                List<String> host = FOLDED.get(name);
                if (host != null && inRecord.contains(host.get(0))) {
                    inRecord.remove(name);
                    JsonNode entry = resolve(root, resolve(root, node.path("properties").path(host.get(0))).path("items"));
                    if (!entry.path("properties").has(host.get(1))) {
                        found.add(join(path, name) + ": written as " + host.get(1) + " in the entries of "
                                + host.get(0) + ", which the schema does not allow");
                    }
                }
            }
            for (String name : inRecord) {
                if (!inSchema.contains(name)) {
                    found.add(join(path, name) + ": in the record, not in the schema");
                }
            }
            for (String name : inSchema) {
                if (!inRecord.contains(name)) {
                    found.add(join(path, name) + ": in the schema, not in the record");
                }
            }
            if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
                found.add((path.isEmpty() ? "(root)" : path) + ": the schema must forbid unknown fields");
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                if (inSchema.contains(c.getName())) {
                    compare(root, node.path("properties").path(c.getName()), c.getGenericType(), join(path, c.getName()),
                            found);
                }
            }
        } else if (raw.isEnum()) {
            Set<String> words = new TreeSet<>();
            for (Object constant : raw.getEnumConstants()) {
                words.add(((Named) constant).key());
            }
            Set<String> inSchema = new TreeSet<>();
            node.path("enum").forEach(v -> inSchema.add(v.asText()));
            if (!words.equals(inSchema)) {
                found.add(path + ": enum " + inSchema + " in the schema, " + words + " in " + raw.getSimpleName());
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        while (node.has("$ref") || node.has("allOf")) {
            if (node.has("allOf")) {
                // allOf: [{$ref: ...}, {further rules}]: the fields are those of the referenced definition.
                JsonNode next = node;
                for (JsonNode part : node.get("allOf")) {
                    if (part.has("$ref")) {
                        next = part;
                    }
                }
                if (next == node) {
                    return node;
                }
                node = next;
            } else {
                node = root.at(node.get("$ref").asText().substring(1));
            }
        }
        return node;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    @Test
    void everyNamedEnumIsCovered() {
        assertThat(Arrays.stream(dev.clerk.model.Role.values()).map(Named::key)).contains("vice-chair", "ex-officio");
    }
}
