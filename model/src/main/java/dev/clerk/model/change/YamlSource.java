package dev.clerk.model.change;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML text composed into nodes, with the places of the nodes in the text as character offsets and the lines
 * around them: where a node's content ends, the comment lines just above a line.
 */
final class YamlSource {
    final String text;
    final Node root;
    private final int[] lineStarts;
    /** The character offset of each code point, which is what SnakeYAML's marks count; null when they are the same. */
    private final int[] offsets;

    private YamlSource(String text, Node root) {
        this.text = text;
        this.root = root;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        if (text.codePointCount(0, text.length()) == text.length()) {
            offsets = null;
        } else {
            offsets = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                offsets[cp++] = i;
            }
            offsets[cp] = text.length();
        }
    }

    /**
     * The text composed.
     *
     * @throws org.yaml.snakeyaml.error.YAMLException when it is not YAML
     */
    static YamlSource parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(Math.max(text.length() * 2, 3 * 1024 * 1024));
        return new YamlSource(text, new Yaml(options).compose(new StringReader(text)));
    }

    int start(Node node) {
        return offset(node.getStartMark());
    }

    int end(Node node) {
        return offset(node.getEndMark());
    }

    private int offset(Mark mark) {
        return offsets == null ? mark.getIndex() : offsets[mark.getIndex()];
    }

    /** Just after the last character of the node's own content (not the lines that follow a block collection). */
    int contentEnd(Node node) {
        if (node instanceof ScalarNode scalar) {
            int end = end(node);
            if (isBlock(scalar)) {
                while (end > start(node) && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        if (isFlow(node)) {
            return end(node);
        }
        if (node instanceof MappingNode map && !map.getValue().isEmpty()) {
            NodeTuple last = map.getValue().get(map.getValue().size() - 1);
            return Math.max(contentEnd(last.getKeyNode()), contentEnd(last.getValueNode()));
        }
        if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            return contentEnd(seq.getValue().get(seq.getValue().size() - 1));
        }
        return end(node);
    }

    static boolean isBlock(ScalarNode scalar) {
        return scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
    }

    static boolean isFlow(Node node) {
        return node instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    /** The offset of the line break that ends the last line of the node's content (or the end of the text). */
    int lastLineEnd(Node node) {
        return lineEnd(lineOf(Math.max(start(node), contentEnd(node) - 1)));
    }

    /** The offset of the dash that introduces a block sequence's element. */
    int dash(Node item) {
        int i = start(item) - 1;
        while (i >= 0 && text.charAt(i) != '-') {
            i--;
        }
        return i;
    }

    int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int lineStart(int line) {
        return lineStarts[line];
    }

    /** The offset of the line break ending {@code line}, or the text's length for a last line without one. */
    int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    }

    /** Just past the line break ending {@code line}. */
    int nextLineStart(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    }

    int column(int offset) {
        return offset - lineStarts[lineOf(offset)];
    }

    String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** Whether only spaces stand before {@code offset} on its line. */
    boolean startsLine(int offset) {
        return text.substring(lineStart(lineOf(offset)), offset).isBlank();
    }

    /** The first of the comment lines directly above {@code line} (no blank line between), else {@code line}. */
    int commentsAbove(int line) {
        int first = line;
        while (first > 0 && line(first - 1).stripLeading().startsWith("#")) {
            first--;
        }
        return first;
    }
}
