package dev.clerk.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML into a JSON tree with SnakeYAML's composer, which keeps every node's position.
 * Scalars are typed as YAML 1.2's core schema would: {@code 11:00} stays the text "11:00" (YAML 1.1 would
 * read it as the number 660), {@code no} stays "no", and dates stay text for the model to parse.
 */
final class YamlTrees {
    /** Aliases allowed for collections: enough for real files, far too few for a "billion laughs" bomb. */
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 40;
    static final int MAX_NODES = 200_000;

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");

    private YamlTrees() {
    }

    static ParsedTree parse(String file, String text) throws InputException {
        Lenient read = parseLeniently(file, text);
        if (!read.problems().isEmpty()) {
            throw new InputException(read.problems());
        }
        return read.tree();
    }

    /**
     * A tree that parsed, with the problems that did not stop the parse: a duplicate key (the first is kept), a key
     * that is not a word (left out), a value with a character no document could carry (its path in
     * {@code unusable}).
     */
    record Lenient(ParsedTree tree, java.util.List<Problem> problems, java.util.List<String> unusable) {
    }

    /** Parses {@code text}, keeping what can be kept of a document whose problems are of the kinds {@link Lenient} names. */
    static Lenient parseLeniently(String file, String text) throws InputException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(SourceText.MAX_BYTES);
        options.setAllowDuplicateKeys(true); // reported below, with both positions
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new InputException(Problem.error(file, position(e.getProblemMark()), "", describe(e)));
        } catch (YAMLException e) {
            throw new InputException(Problem.error(file, Position.FILE, "", describe(e)));
        }
        if (node == null) {
            throw new InputException(Problem.error(file, new Position(1, 1), "", "file is empty"));
        }
        SourceMap source = new SourceMap();
        Converter converter = new Converter(file, source);
        JsonNode root = converter.convert(node, "", 0);
        return new Lenient(new ParsedTree(file, text, root, source), converter.problems, converter.unusable);
    }

    static Position position(Mark mark) {
        return mark == null ? Position.FILE : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String describe(YAMLException e) {
        String message = e instanceof MarkedYAMLException m && m.getProblem() != null ? m.getProblem() : e.getMessage();
        message = message.strip();
        if (message.contains("\\t(TAB)") || message.contains("'\\t'")) {
            return "tab character; YAML indentation must use spaces";
        }
        if (message.startsWith("Number of aliases")) {
            return "too many aliases (more than " + MAX_ALIASES + "); a file with this many is refused as a"
                    + " possible \"billion laughs\" attack";
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (e instanceof MarkedYAMLException m && m.getContext() != null) {
            return "invalid YAML: " + message + " (" + m.getContext().strip() + ")";
        }
        return "invalid YAML: " + message;
    }

    private static final class Converter {
        private final String file;
        private final SourceMap source;
        private final java.util.List<Problem> problems = new java.util.ArrayList<>();
        private final java.util.List<String> unusable = new java.util.ArrayList<>();
        private int nodes;

        Converter(String file, SourceMap source) {
            this.file = file;
            this.source = source;
        }

        JsonNode convert(Node node, String path, int depth) throws InputException {
            if (++nodes > MAX_NODES) {
                throw new InputException(Problem.error(file, position(node.getStartMark()), path,
                        "more than " + MAX_NODES + " values; the file is too large to be a meeting"));
            }
            if (depth > MAX_DEPTH) {
                throw new InputException(Problem.error(file, position(node.getStartMark()), path,
                        "nested more than " + MAX_DEPTH + " levels deep"));
            }
            source.value(path, position(node.getStartMark()));
            JsonNodeFactory f = JsonNodeFactory.instance;
            if (node instanceof MappingNode map) {
                ObjectNode object = f.objectNode();
                java.util.Map<String, Node> seen = new java.util.HashMap<>();
                for (NodeTuple tuple : map.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        problems.add(Problem.error(file, position(tuple.getKeyNode().getStartMark()), path,
                                "a key must be a plain word"));
                        continue;
                    }
                    String name = key.getValue();
                    String child = Paths.child(path, name);
                    Node previous = seen.put(name, key);
                    if (previous != null) {
                        problems.add(Problem.error(file, position(key.getStartMark()), child,
                                "duplicate key; first given on line " + position(previous.getStartMark()).line()));
                        continue;
                    }
                    source.key(child, position(key.getStartMark()));
                    object.set(name, convert(tuple.getValueNode(), child, depth + 1));
                }
                return object;
            }
            if (node instanceof SequenceNode seq) {
                ArrayNode array = f.arrayNode();
                int i = 0;
                for (Node item : seq.getValue()) {
                    array.add(convert(item, Paths.index(path, i++), depth + 1));
                }
                return array;
            }
            ScalarNode scalar = (ScalarNode) node;
            String value = scalar.getValue();
            String invalid = SourceText.invalidXmlCharacter(value);
            if (invalid != null) {
                // An escape such as "\x01" in a quoted scalar gets past the check of the raw text.
                problems.add(Problem.error(file, position(node.getStartMark()), path, invalid));
                unusable.add(path);
            }
            if (!scalar.isPlain() || scalar.getTag().equals(Tag.STR)) {
                return f.textNode(value);
            }
            if (NULL.matcher(value).matches()) {
                return f.nullNode();
            }
            if (BOOL.matcher(value).matches()) {
                return f.booleanNode(value.equalsIgnoreCase("true"));
            }
            if (INT.matcher(value).matches()) {
                BigInteger n = new BigInteger(value);
                return n.bitLength() < 32 ? f.numberNode(n.intValue()) : f.numberNode(n);
            }
            if (FLOAT.matcher(value).matches()) {
                return f.numberNode(new BigDecimal(value));
            }
            return f.textNode(value);
        }
    }
}
