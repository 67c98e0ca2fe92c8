package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's reference of YAML fields is generated from the schemas, so it cannot drift from them.
 * When it differs, the expected text is written to target/golden-actual/README-fields.md for review.
 */
class ReadmeReferenceTest {
    static final String BEGIN = "<!-- fields:begin (generated from schema/*.schema.json by ReadmeReferenceTest) -->";
    static final String END = "<!-- fields:end -->";

    @Test
    void readmeReferenceMatchesTheSchemas() throws Exception {
        String expected = reference();
        String readme = Files.readString(Path.of("..", "README.md"));
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        String actual = begin < 0 || end < begin ? "" : readme.substring(begin + BEGIN.length(), end);
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", "README-fields.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, BEGIN + expected + END + "\n");
            throw new AssertionError("README.md's field reference differs from the schemas; the expected text is in "
                    + out.toAbsolutePath() + " (paste it between the markers)");
        }
    }

    static String reference() throws Exception {
        StringBuilder sb = new StringBuilder("\n");
        for (var file : List.of(Map.entry("committee.schema.json", "committee.yaml"),
                Map.entry("meeting.schema.json", "meetings/YYYY-MM-DD.yaml"))) {
            JsonNode schema = new ObjectMapper().readTree(Path.of("..", "schema", file.getKey()).toFile());
            sb.append("\n#### `").append(file.getValue()).append("`\n\n").append(schema.get("description").asText())
                    .append("\n\n");
            table(sb, schema, schema);
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("$defs").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> def = it.next();
                if (def.getValue().has("properties")) {
                    sb.append("\n**").append(def.getKey()).append("**\n\n");
                    table(sb, schema, def.getValue());
                }
            }
        }
        return sb.append("\n").toString();
    }

    private static void table(StringBuilder sb, JsonNode root, JsonNode object) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        sb.append("| field | value | meaning |\n|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            sb.append("| `").append(p.getKey()).append('`').append(required.contains(p.getKey()) ? " (required)" : "")
                    .append(" | ").append(type(root, p.getValue())).append(" | ")
                    .append(p.getValue().path("description").asText().replace("|", "\\|")).append(" |\n");
        }
    }

    private static String type(JsonNode root, JsonNode node) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/$defs/", "");
            JsonNode def = root.at("/$defs/" + name);
            if (def.has("enum")) {
                return type(root, def);
            }
            return switch (name) {
                case "text" -> "text";
                case "date" -> "date (YYYY-MM-DD)";
                case "time" -> "time (HH:MM)";
                case "names" -> "list of text";
                case "language" -> "language tag (BCP 47)";
                case "paragraph" -> "text or paragraph";
                default -> name;
            };
        }
        if (node.has("enum")) {
            List<String> words = new ArrayList<>();
            node.get("enum").forEach(v -> words.add(v.asText()));
            return String.join(" \\| ", words);
        }
        String type = node.path("type").asText();
        if (type.equals("array")) {
            return "list of " + type(root, node.path("items"));
        }
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "whole number";
            default -> type;
        };
    }
}
