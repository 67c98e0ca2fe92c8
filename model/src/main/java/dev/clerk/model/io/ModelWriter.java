package dev.clerk.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.Person;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the model as YAML for people and JSON for programs. Keys keep the records' order and empty fields are
 * left out, so that files stay small and diffs stay readable; reading what is written gives an equal model.
 */
public final class ModelWriter {
    private ModelWriter() {
    }

    /** A meeting as YAML, headed by the schema line editors use to autocomplete; {@code schemaPath} may be null. */
    public static String yaml(Meeting meeting, String schemaPath) {
        return header(schemaPath) + toYaml(meeting);
    }

    /**
     * A meeting as YAML with {@code # ...} comment lines just above the fields they concern, keyed by field path
     * ({@code agenda[1].actions[0].owners}); used to flag what an importer guessed.
     */
    public static String yaml(Meeting meeting, String schemaPath, Map<String, List<String>> comments) {
        return header(schemaPath) + YamlComments.insert(toYaml(meeting), comments);
    }

    /**
     * {@code yaml} (a meeting file as a person keeps it) with {@code # ...} comment lines put just above the fields
     * they concern, keyed by field path; the rest of the text is left as it is.
     */
    public static String withComments(String yaml, Map<String, List<String>> comments) {
        return YamlComments.insert(yaml, comments);
    }

    /**
     * People as roster entries ready to go under {@code people:} in a committee.yaml, each line indented by
     * {@code indent} spaces ("  - name: ...").
     */
    public static String rosterEntries(List<Person> people, int indent) {
        if (people.isEmpty()) {
            return "";
        }
        String[] lines = toYaml(people).split("\n");
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        String pad = " ".repeat(indent);
        for (String line : lines) {
            if (!line.isBlank()) {
                sb.append(pad).append(line.substring(common)).append('\n');
            }
        }
        return sb.toString();
    }

    /** A body as YAML, headed by the schema line; {@code schemaPath} may be null. */
    public static String yaml(Body body, String schemaPath) {
        return header(schemaPath) + toYaml(body);
    }

    /** A model value (meeting, body, ...) as JSON. */
    public static String json(Object value) {
        try {
            return Mappers.JSON.writeValueAsString(prune(Mappers.JSON.valueToTree(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Problems as JSON for editors and CI: the counts given, in order, then
     * {@code "problems":[{file,line,column,path,severity,message}]}.
     */
    public static String json(Map<String, ? extends Number> counts, List<Problem> list) {
        ObjectNode root = Mappers.JSON.createObjectNode();
        counts.forEach((k, v) -> root.put(k, v.longValue()));
        ArrayNode problems = root.putArray("problems");
        for (Problem p : list) {
            ObjectNode n = problems.addObject();
            n.put("file", p.file());
            n.put("line", p.line());
            n.put("column", p.column());
            n.put("path", p.path());
            n.put("severity", p.severity().toString());
            n.put("message", p.message());
        }
        try {
            return Mappers.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes text as UTF-8. */
    public static void write(String text, OutputStream out) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String schemaPath) {
        return schemaPath == null ? "" : "# yaml-language-server: $schema=" + schemaPath + "\n";
    }

    private static String toYaml(Object value) {
        try {
            return Mappers.YAML.writeValueAsString(prune(Mappers.YAML.valueToTree(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops empty maps, empty lists and nulls, which the records read back as their defaults, and writes each
     * paragraph that declares a language in the files' form.
     */
    private static JsonNode prune(JsonNode node) {
        if (node.isObject()) {
            Paragraphs.fold((ObjectNode) node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = prune(e.getValue());
                if (v.isNull() || (v.isContainerNode() && v.isEmpty())) {
                    it.remove();
                }
            }
        } else if (node.isArray()) {
            node.forEach(ModelWriter::prune);
        }
        return node;
    }
}
