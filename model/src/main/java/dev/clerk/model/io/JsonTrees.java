package dev.clerk.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Parses JSON into a tree, keeping every field's position as {@link YamlTrees} does for YAML. */
final class JsonTrees {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(YamlTrees.MAX_DEPTH).build())
            .build();

    private JsonTrees() {
    }

    static ParsedTree parse(String file, String text) throws InputException {
        SourceMap source = new SourceMap();
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InputException(Problem.error(file, new Position(1, 1), "", "file is empty"));
            }
            JsonNode root = read(parser, "", source, file);
            if (parser.nextToken() != null) {
                throw new InputException(Problem.error(file, position(parser.currentTokenLocation()), "",
                        "unexpected text after the end of the document"));
            }
            return new ParsedTree(file, text, root, source);
        } catch (JsonParseException e) {
            throw new InputException(Problem.error(file, position(e.getLocation()), "",
                    plain(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InputException(Problem.error(file, Position.FILE, "", plain(e.getMessage())));
        }
    }

    /**
     * The parser's complaint as one plain sentence: the known ones said in Clerk's words (a comment, a number or text
     * past the parser's limits), the rest cut before the parser's own hints and source dump.
     */
    static String plain(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        if (m.contains("ALLOW_COMMENTS") || m.contains("comment")) {
            return "invalid JSON: JSON has no comments; remove it, or write the file as YAML";
        }
        if (m.contains("StreamReadConstraints") || m.contains("exceeds the maximum")) {
            return m.contains("Number") || m.contains("number")
                    ? "invalid JSON: a number longer than any field takes; shorten it"
                    : "invalid JSON: a text or nesting larger than Clerk reads; shorten it";
        }
        int cut = m.indexOf(" (");
        int hint = m.indexOf("\n");
        String head = m;
        if (hint >= 0) {
            head = head.substring(0, hint);
        }
        if (head.contains("Feature '") && cut >= 0) {
            head = head.substring(0, cut);
        }
        return "invalid JSON: " + head.strip();
    }

    private static JsonNode read(JsonParser p, String path, SourceMap source, String file)
            throws IOException, InputException {
        source.value(path, position(p.currentTokenLocation()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = Paths.child(path, name);
                    Position keyAt = position(p.currentTokenLocation());
                    if (object.has(name)) {
                        throw new InputException(Problem.error(file, keyAt, child, "duplicate key"));
                    }
                    source.key(child, keyAt);
                    p.nextToken();
                    object.set(name, read(p, child, source, file));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p, Paths.index(path, i++), source, file));
                }
                return array;
            }
            case VALUE_STRING -> {
                String invalid = SourceText.invalidXmlCharacter(p.getText());
                if (invalid != null) {
                    throw new InputException(Problem.error(file, position(p.currentTokenLocation()), path, invalid));
                }
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.INT ? f.numberNode(p.getIntValue())
                        : f.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(p.getBooleanValue());
            }
            default -> {
                return f.nullNode();
            }
        }
    }

    private static Position position(JsonLocation at) {
        return at == null ? Position.FILE : new Position(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
    }
}
