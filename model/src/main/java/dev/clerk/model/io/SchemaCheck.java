package dev.clerk.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Validates a parsed file against its published JSON Schema and turns each failure into a located problem. */
final class SchemaCheck {
    private final JsonNode schemaJson;
    private final Schema schema;

    private SchemaCheck(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/dev/clerk/model/schema/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the classpath: " + resource);
            }
            schemaJson = Mappers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
    }

    /** Each schema is set up when first needed (class initialisation makes that once and thread-safe). */
    private static final class Meeting {
        static final SchemaCheck SCHEMA = new SchemaCheck(FileKind.MEETING.schemaFile());
    }

    private static final class Committee {
        static final SchemaCheck SCHEMA = new SchemaCheck(FileKind.COMMITTEE.schemaFile());
    }

    static SchemaCheck of(FileKind kind) {
        return kind == FileKind.MEETING ? Meeting.SCHEMA : Committee.SCHEMA;
    }

    List<Problem> check(ParsedTree tree) {
        List<Error> errors = schema.validate(tree.root(),
                ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        List<Problem> problems = new ArrayList<>();
        for (Error e : errors) {
            Problem p = toProblem(tree, e);
            // A value that breaks a pattern also fails its format, and the other way round: say it once.
            if (problems.stream().noneMatch(q -> q.path().equals(p.path()) && q.message().equals(p.message()))) {
                problems.add(p);
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    private Problem toProblem(ParsedTree tree, Error e) {
        String path = pathOf(e.getInstanceLocation());
        JsonNode value = e.getInstanceNode();
        String def = definitionName(e);
        switch (e.getKeyword()) {
            case "additionalProperties" -> {
                String field = e.getProperty();
                String child = Paths.child(path, field);
                List<String> known = knownFields(e);
                String hint = Suggestions.closest(field, known)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of " + String.join(", ", known));
                return Problem.error(tree.file(), tree.source().keyAt(child), child, "unknown field" + hint);
            }
            case "required" -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path,
                        "missing required field '" + e.getProperty() + "'");
            }
            case "enum" -> {
                String allowed = StreamSupport.stream(e.getSchemaNode().spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining(", "));
                return Problem.error(tree.file(), tree.source().valueAt(path), path,
                        describe(value) + " is not allowed; use one of " + allowed);
            }
            case "type" -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path,
                        "expected " + expected(e.getSchemaNode()) + ", found " + kindOf(value));
            }
            case "minimum" -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path,
                        "must be at least " + e.getSchemaNode().asText() + ", was " + value.asText());
            }
            case "maximum" -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path,
                        "must be at most " + e.getSchemaNode().asText() + ", was " + value.asText());
            }
            case "minLength" -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path, "must not be blank");
            }
            case "pattern", "format" -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path, patternMessage(def, value));
            }
            default -> {
                return Problem.error(tree.file(), tree.source().valueAt(path), path, e.getMessage()
                        .replaceFirst("^\\$[^:]*: ", ""));
            }
        }
    }

    private static String patternMessage(String def, JsonNode value) {
        String v = describe(value);
        return switch (def) {
            case "date" -> v + " is not a date; write YYYY-MM-DD with a day that exists";
            case "time" -> v + " is not a time; write HH:MM on the 24-hour clock, such as 11:00 or 18:30";
            case "text", "paragraph" -> "must not be blank";
            case "id" -> v + " " + dev.clerk.model.TaskIds.RULE;
            case "email" -> v + " is not an email address";
            case "language" -> v + " is not a language tag such as en-US";
            case "listName" -> v + " is not a list name; use one word of letters, digits and hyphens, such as members"
                    + " or interested-public";
            default -> v + " is not in the expected form";
        };
    }

    /** The name of the definition or field whose rule failed: "date" for {@code #/$defs/date/pattern}. */
    private static String definitionName(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        int n = fragment.getNameCount();
        return n >= 2 ? fragment.getName(n - 2) : "";
    }

    /** The fields the failing object's schema allows, from the schema location of the failed keyword. */
    private List<String> knownFields(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        JsonNode node = schemaJson;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.path("properties").fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static String pathOf(NodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? Paths.index(path, index) : Paths.child(path, element.toString());
        }
        return path;
    }

    private static String describe(JsonNode value) {
        return value == null ? "the value" : value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    private static String expected(JsonNode type) {
        if (type.isArray()) {
            List<String> each = new ArrayList<>();
            type.forEach(t -> each.add(expected(t)));
            return String.join(" or ", each);
        }
        return switch (type.asText()) {
            case "object" -> "a map of fields";
            case "array" -> "a list";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            default -> type.asText();
        };
    }

    private static String kindOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return "the text '" + value.asText() + "'";
    }
}
