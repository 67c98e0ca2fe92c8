package dev.clerk.model.change;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.ModelWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Edits the text of a YAML meeting file as little as possible so that it holds another version of the meeting.
 *
 * <p>Lines that do not change stay as they are, with their comments, key order, quoting and blank lines. A changed
 * value is replaced where it stands, in its own quoting where it can be (a folded paragraph keeps its line breaks
 * at the same words, so that a changed word changes one line). An element added to a list goes after the element
 * before it (else before the one after it) in the indentation of its siblings, written as {@link ModelWriter}
 * writes it; a field added to a record goes where ModelWriter would put it among the fields there. What is removed
 * goes with the comment lines just above it. A list written in flow style ({@code [a, b]}) is written again whole
 * when it changes.
 *
 * <p>JSON files are not edited here: write them again with {@link ModelWriter}.
 */
public final class YamlPatch {
    private static final String FILE = "meeting.yaml";

    private YamlPatch() {
    }

    /**
     * The text of a meeting file that holds {@code from}, edited to hold {@code to}.
     *
     * @throws IllegalArgumentException when {@code yamlText} does not read as {@code from}
     * @throws IllegalStateException    when the edited text would not read as {@code to}, which is a bug here
     */
    public static String apply(String yamlText, Meeting from, Meeting to) {
        Objects.requireNonNull(yamlText, "yamlText");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        boolean bom = yamlText.startsWith("\uFEFF");
        String text = bom ? yamlText.substring(1) : yamlText;
        boolean crlf = text.contains("\r\n");
        if (crlf) {
            text = text.replace("\r\n", "\n");
        }
        Meeting read;
        try {
            read = ModelReader.parseMeeting(FILE, text).value();
        } catch (InputException e) {
            throw new IllegalArgumentException("the text is not a valid meeting file: " + e.getMessage(), e);
        }
        if (!read.equals(from)) {
            throw new IllegalArgumentException("the text does not hold the meeting to be changed (" + from.date() + ")");
        }
        if (from.equals(to)) {
            return yamlText;
        }
        YamlSource source;
        YamlSource rendered;
        try {
            source = YamlSource.parse(text);
            rendered = YamlSource.parse(ModelWriter.yaml(to, null));
        } catch (YAMLException e) {
            throw new IllegalStateException("cannot compose the meeting's YAML: " + e.getMessage(), e);
        }
        Patcher patcher = new Patcher(source, rendered);
        if (!patcher.value(source.root, Tree.of(from), Tree.of(to), rendered.root)) {
            throw new IllegalStateException("cannot edit the meeting file in place");
        }
        String out = patcher.result();
        if (text.endsWith("\n") && !out.endsWith("\n")) {
            out += "\n"; // the last lines went, and with them the line break that ended the file
        }
        try {
            Meeting check = ModelReader.parseMeeting(FILE, out).value();
            if (!check.equals(to)) {
                throw new IllegalStateException("the edited meeting file does not hold the meeting asked for");
            }
        } catch (InputException e) {
            throw new IllegalStateException("the edited meeting file cannot be read: " + e.getMessage(), e);
        }
        if (crlf) {
            out = out.replace("\n", "\r\n");
        }
        return bom ? "\uFEFF" + out : out;
    }

    /** Works out the edits, walking the file's nodes and the two versions together. */
    private static final class Patcher {
        /** A replacement of {@code text[start, end)}; an insertion when the two are equal. */
        private record Edit(int start, int end, String text) {
        }

        private final YamlSource src;
        /** The new version as ModelWriter writes it: where added elements and fields are copied from. */
        private final YamlSource out;
        private final List<Edit> edits = new ArrayList<>();

        Patcher(YamlSource src, YamlSource out) {
            this.src = src;
            this.out = out;
        }

        String result() {
            List<Edit> sorted = new ArrayList<>(edits);
            // By place; an insertion before a replacement that starts where it goes. Otherwise in the order made,
            // which puts what goes at the end of an element before what goes after the element.
            sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() == e.start() ? 0 : 1));
            StringBuilder sb = new StringBuilder(src.text.length() + 256);
            int at = 0;
            for (Edit e : sorted) {
                if (e.start() < at) {
                    throw new IllegalStateException("overlapping edits at offset " + e.start());
                }
                sb.append(src.text, at, e.start()).append(e.text());
                at = e.end();
            }
            return sb.append(src.text, at, src.text.length()).toString();
        }

        /** Edits the value {@code y} from {@code from} to {@code to} in place; false, with no edits, when it cannot. */
        boolean value(Node y, Tree from, Tree to, Node r) {
            int mark = edits.size();
            boolean done = inPlace(y, from, to, r);
            if (!done) {
                edits.subList(mark, edits.size()).clear();
            }
            return done;
        }

        private boolean inPlace(Node y, Tree from, Tree to, Node r) {
            if (from.equals(to)) {
                return true;
            }
            if (YamlSource.isFlow(y)) {
                if (((CollectionNode<?>) y).getValue().isEmpty()) {
                    return false; // "[]" with elements to come is written again as a block
                }
                edits.add(new Edit(src.start(y), src.end(y), flow(y, from, to)));
                return true;
            }
            if (y instanceof MappingNode m && from instanceof Tree.Fields f && to instanceof Tree.Fields t
                    && f.type() == t.type() && r instanceof MappingNode rm) {
                return mapping(m, f, t, rm);
            }
            if (y instanceof SequenceNode s && from instanceof Tree.Items f && to instanceof Tree.Items t
                    && r instanceof SequenceNode rs) {
                return sequence(s, f, t, rs);
            }
            if (y instanceof ScalarNode s && from instanceof Tree.Leaf && to instanceof Tree.Leaf t) {
                return scalar(s, t.value());
            }
            return false;
        }

        private enum Op { KEEP, PATCH, REMOVE, ADD }

        private boolean mapping(MappingNode y, Tree.Fields from, Tree.Fields to, MappingNode r) {
            Map<String, NodeTuple> ys = tuples(y);
            Map<String, NodeTuple> rs = tuples(r);
            List<String> names = Tree.fieldNames(to.type());
            Map<String, Op> ops = new LinkedHashMap<>();
            for (String name : names) {
                Tree f = from.get(name);
                Tree t = to.get(name);
                if (!ys.containsKey(name)) {
                    if (!Tree.same(f, t) && !Tree.isEmpty(t) && !implied(to, name)) {
                        ops.put(name, Op.ADD);
                    }
                } else {
                    ops.put(name, Tree.same(f, t) ? Op.KEEP : Tree.isEmpty(t) ? Op.REMOVE : Op.PATCH);
                }
            }
            int column = src.column(src.start(y.getValue().get(0).getKeyNode()));
            boolean dashed = !src.startsLine(src.start(y.getValue().get(0).getKeyNode()));
            List<NodeTuple> kept = new ArrayList<>();
            Node previous = null;
            for (NodeTuple t : y.getValue()) {
                String name = key(t);
                Op op = ops.getOrDefault(name, Op.KEEP);
                if (op == Op.REMOVE) {
                    removeField(t, previous);
                } else {
                    if (op == Op.PATCH) {
                        NodeTuple rt = rs.get(name);
                        Node rv = rt == null ? null : rt.getValueNode();
                        if (!value(t.getValueNode(), from.get(name), to.get(name), rv)) {
                            if (rt == null) {
                                return false;
                            }
                            edits.add(new Edit(src.start(t.getKeyNode()), src.lastLineEnd(t.getValueNode()),
                                    fieldText(rt, column)));
                        }
                    }
                    kept.add(t);
                }
                previous = t.getValueNode();
            }
            boolean dashMoved = false;
            if (dashed && ops.get(key(y.getValue().get(0))) == Op.REMOVE) {
                // The first field goes with the line of the element's dash: the next field takes the dash.
                if (kept.isEmpty()) {
                    return false;
                }
                int k = src.start(kept.get(0).getKeyNode());
                if (!src.startsLine(k) || src.column(k) < 2) {
                    return false;
                }
                edits.add(new Edit(k - 2, k, "- "));
                dashMoved = true;
            }
            for (String name : names) {
                if (ops.get(name) != Op.ADD) {
                    continue;
                }
                NodeTuple rt = rs.get(name);
                if (rt == null || kept.isEmpty()) {
                    return false;
                }
                String field = fieldText(rt, column);
                NodeTuple after = null;
                int index = names.indexOf(name);
                for (NodeTuple t : kept) {
                    int i = names.indexOf(key(t));
                    if (i < index && (after == null || i > names.indexOf(key(after)))) {
                        after = t;
                    }
                }
                if (after != null) {
                    int at = endAfterEdits(src.lastLineEnd(after.getValueNode()));
                    edits.add(new Edit(at, at, "\n" + " ".repeat(column) + field));
                } else {
                    int k = src.start(kept.get(0).getKeyNode());
                    if (src.startsLine(k) && !dashMoved) {
                        int at = src.lineStart(src.commentsAbove(src.lineOf(k)));
                        edits.add(new Edit(at, at, " ".repeat(column) + field + "\n"));
                    } else {
                        edits.add(new Edit(k, k, field + "\n" + " ".repeat(column)));
                    }
                }
            }
            return true;
        }

        /**
         * Where a value that ends at the line break {@code at} ends once the lines deleted so far are gone: the end
         * of its last line that stays.
         */
        private int endAfterEdits(int at) {
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Edit e : edits) {
                    if (e.text().isEmpty() && e.start() <= at && at < e.end() && e.start() > 0
                            && src.text.charAt(e.start() - 1) == '\n') {
                        at = e.start() - 1;
                        moved = true;
                    }
                }
            }
            return at;
        }

        /** Deletes a field with the comment lines just above it (not those above an element's dash). */
        private void removeField(NodeTuple t, Node previous) {
            int k = src.start(t.getKeyNode());
            int line = src.lineOf(k);
            int first = src.startsLine(k) ? commentsAbove(line, previous) : line;
            int end = src.nextLineStart(src.lineOf(src.lastLineEnd(t.getValueNode())));
            edits.add(new Edit(src.lineStart(first), end, ""));
        }

        private int commentsAbove(int line, Node previous) {
            int first = src.commentsAbove(line);
            if (previous != null) {
                // A block scalar's lines may start with '#' too; they are the previous value's, not comments.
                first = Math.max(first, src.lineOf(src.lastLineEnd(previous)) + 1);
            }
            return Math.min(first, line);
        }

        private boolean sequence(SequenceNode y, Tree.Items from, Tree.Items to, SequenceNode r) {
            List<Node> ys = y.getValue();
            if (ys.size() != from.items().size() || r.getValue().size() != to.items().size()) {
                return false;
            }
            int column = src.column(src.dash(ys.get(0)));
            Node anchor = null;
            List<Integer> waiting = new ArrayList<>();
            for (Alignment.Step s : Alignment.of(from.items(), to.items())) {
                if (s.paired()) {
                    Node yi = ys.get(s.from());
                    Tree f = from.items().get(s.from());
                    Tree t = to.items().get(s.to());
                    Node ri = r.getValue().get(s.to());
                    if (!f.equals(t) && !value(yi, f, t, ri)) {
                        edits.add(new Edit(src.dash(yi), src.lastLineEnd(yi), itemText(ri, t, column, ys)));
                    }
                    if (!waiting.isEmpty()) {
                        Node before = s.from() > 0 ? ys.get(s.from() - 1) : null;
                        int at = src.lineStart(commentsAbove(src.lineOf(src.dash(yi)), before));
                        StringBuilder sb = new StringBuilder();
                        for (int j : waiting) {
                            sb.append(" ".repeat(column))
                                    .append(itemText(r.getValue().get(j), to.items().get(j), column, ys)).append('\n');
                        }
                        edits.add(new Edit(at, at, sb.toString()));
                        waiting.clear();
                    }
                    anchor = yi;
                } else if (s.removed()) {
                    Node yi = ys.get(s.from());
                    Node before = s.from() > 0 ? ys.get(s.from() - 1) : null;
                    int first = commentsAbove(src.lineOf(src.dash(yi)), before);
                    edits.add(new Edit(src.lineStart(first), src.nextLineStart(src.lineOf(src.lastLineEnd(yi))), ""));
                } else if (anchor != null) {
                    int at = endAfterEdits(src.lastLineEnd(anchor));
                    edits.add(new Edit(at, at, "\n" + " ".repeat(column)
                            + itemText(r.getValue().get(s.to()), to.items().get(s.to()), column, ys)));
                } else {
                    waiting.add(s.to());
                }
            }
            return waiting.isEmpty();
        }

        /** Replaces a scalar, in its own style where the new value allows it. */
        private boolean scalar(ScalarNode y, Object value) {
            int start = src.start(y);
            int contentEnd = src.contentEnd(y);
            int lastLine = src.lineOf(Math.max(start, contentEnd - 1));
            boolean multiLine = lastLine != src.lineOf(start);
            if (!(value instanceof String s) || (!multiLine && !YamlSource.isBlock(y))) {
                edits.add(new Edit(start, src.end(y), YamlScalars.inline(value, y.getScalarStyle(), false)));
                return true;
            }
            String block = YamlSource.isBlock(y) ? block(y, s, lastLine)
                    : y.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? plainLines(y, s, lastLine) : null;
            String text = block != null ? block : YamlScalars.inline(s, y.getScalarStyle(), false);
            int end = YamlSource.isBlock(y) ? src.lineEnd(lastLine) : src.end(y);
            edits.add(new Edit(start, end, text));
            return true;
        }

        /** A folded or literal scalar written again with its header and indentation; null when it cannot be. */
        private String block(ScalarNode y, String value, int lastLine) {
            int headerLine = src.lineOf(src.start(y));
            String header = src.text.substring(src.start(y), src.lineEnd(headerLine));
            String indicator = header.split("[ \t]", 2)[0];
            String comment = header.substring(indicator.length());
            if (indicator.chars().anyMatch(Character::isDigit)) {
                indicator = indicator.replaceAll("[0-9]", "");
            }
            List<String> old = new ArrayList<>();
            int indent = -1;
            for (int line = headerLine + 1; line <= lastLine; line++) {
                String l = src.line(line);
                if (indent < 0 && !l.isBlank()) {
                    indent = l.length() - l.stripLeading().length();
                }
                old.add(l);
            }
            if (indent <= 0) {
                return null;
            }
            List<String> content = new ArrayList<>();
            for (String l : old) {
                content.add(l.isBlank() ? "" : l.substring(Math.min(indent, l.length() - l.stripLeading().length())));
            }
            List<String> lines;
            if (y.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED && YamlScalars.foldable(value)) {
                boolean simple = content.stream().allMatch(l -> !l.isEmpty() && l.equals(l.strip()))
                        && String.join(" ", content).equals(y.getValue().strip());
                int width = content.stream().mapToInt(String::length).max().orElse(80);
                lines = simple ? YamlScalars.refold(content, value) : YamlScalars.wrap(value, Math.max(width, 60));
            } else if (YamlScalars.printable(value)) {
                if (y.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
                    indicator = "|-"; // texts with line breaks keep them in a literal block
                }
                lines = List.of(value.split("\n", -1));
            } else {
                return null;
            }
            StringBuilder sb = new StringBuilder(indicator).append(comment);
            String pad = " ".repeat(indent);
            for (String l : lines) {
                sb.append('\n').append(l.isEmpty() ? "" : pad + l);
            }
            return YamlScalars.readsAs(sb.toString(), value) ? sb.toString() : null;
        }

        /** A plain scalar over several lines, broken again where it was; null when the new text cannot be plain. */
        private String plainLines(ScalarNode y, String value, int lastLine) {
            int firstLine = src.lineOf(src.start(y));
            List<String> old = new ArrayList<>();
            old.add(src.text.substring(src.start(y), src.lineEnd(firstLine)).strip());
            for (int line = firstLine + 1; line <= lastLine; line++) {
                old.add(src.line(line).strip());
            }
            String second = src.line(firstLine + 1);
            int indent = second.length() - second.stripLeading().length();
            if (indent == 0 || old.stream().anyMatch(String::isEmpty) || !String.join(" ", old).equals(y.getValue())
                    || !YamlScalars.plain(value, true, false)) {
                return null;
            }
            List<String> lines = YamlScalars.refold(old, value);
            StringBuilder sb = new StringBuilder(lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                sb.append('\n').append(" ".repeat(indent)).append(lines.get(i));
            }
            return YamlScalars.readsAs(sb.toString(), value) ? sb.toString() : null;
        }

        /** A flow collection written again on one line, keeping the text of what did not change. */
        private String flow(Node y, Tree from, Tree to) {
            if (y != null && from != null && from.equals(to)) {
                return src.text.substring(src.start(y), src.end(y));
            }
            if (to instanceof Tree.Leaf leaf) {
                DumperOptions.ScalarStyle style = y instanceof ScalarNode s && from instanceof Tree.Leaf
                        ? s.getScalarStyle() : DumperOptions.ScalarStyle.PLAIN;
                return YamlScalars.inline(leaf.value(), style, true);
            }
            List<String> parts = new ArrayList<>();
            if (to instanceof Tree.Fields t) {
                Map<String, NodeTuple> ys = y instanceof MappingNode m ? tuples(m) : Map.of();
                Tree.Fields f = from instanceof Tree.Fields ff && ff.type() == t.type() ? ff : null;
                for (String name : Tree.fieldNames(t.type())) {
                    Tree value = t.get(name);
                    if (!Tree.isEmpty(value)) {
                        NodeTuple old = ys.get(name);
                        parts.add(name + ": " + flow(old == null || f == null ? null : old.getValueNode(),
                                f == null ? null : f.get(name), value));
                    }
                }
                return "{" + String.join(", ", parts) + "}";
            }
            List<Tree> items = ((Tree.Items) to).items();
            if (y instanceof SequenceNode s && from instanceof Tree.Items f && f.items().size() == s.getValue().size()) {
                for (Alignment.Step step : Alignment.of(f.items(), items)) {
                    if (step.paired()) {
                        parts.add(flow(s.getValue().get(step.from()), f.items().get(step.from()), items.get(step.to())));
                    } else if (step.added()) {
                        parts.add(flow(null, null, items.get(step.to())));
                    }
                }
            } else {
                items.forEach(item -> parts.add(flow(null, null, item)));
            }
            return "[" + String.join(", ", parts) + "]";
        }

        /** Whether the record reads the same without the field, which it then need not be written. */
        private static boolean implied(Tree.Fields to, String name) {
            try {
                return Tree.bind(to.without(name)).equals(Tree.bind(to));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** A field as ModelWriter writes it, its further lines indented for a key at {@code column}. */
        private String fieldText(NodeTuple rendered, int column) {
            int k = out.start(rendered.getKeyNode());
            return reindent(out.text.substring(k, out.lastLineEnd(rendered.getValueNode())), out.column(k), column);
        }

        /**
         * An element as ModelWriter writes it, from its dash, its further lines indented for a dash at
         * {@code column}. A long text among folded siblings is folded as they are.
         */
        private String itemText(Node rendered, Tree value, int column, List<Node> siblings) {
            if (value instanceof Tree.Leaf leaf && leaf.value() instanceof String s && YamlScalars.foldable(s)) {
                int width = 0;
                for (Node sibling : siblings) {
                    if (sibling instanceof ScalarNode scalar
                            && scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
                        int first = src.lineOf(src.start(sibling)) + 1;
                        int last = src.lineOf(src.lastLineEnd(sibling));
                        for (int line = first; line <= last; line++) {
                            width = Math.max(width, src.line(line).strip().length());
                        }
                    }
                }
                if (width > 0 && s.length() > width) {
                    StringBuilder sb = new StringBuilder(">-");
                    for (String line : YamlScalars.wrap(s, width)) {
                        sb.append('\n').append(" ".repeat(column + 2)).append(line);
                    }
                    if (YamlScalars.readsAs(sb.toString(), s)) {
                        return "- " + sb;
                    }
                }
            }
            if (rendered instanceof MappingNode map && value instanceof Tree.Fields fields) {
                MappingNode sibling = siblings.stream().filter(n -> n instanceof MappingNode)
                        .map(n -> (MappingNode) n).findFirst().orElse(null);
                if (sibling != null) {
                    return likeSibling(map, fields, tuples(sibling), column);
                }
            }
            int dash = out.dash(rendered);
            return reindent(out.text.substring(dash, out.lastLineEnd(rendered)), out.column(dash), column);
        }

        /**
         * A new record written as its siblings are: a field they leave out is left out too when the record reads the
         * same without it (a default such as {@code status: open}), and a list they write in flow style
         * ({@code owners: [Alix Lutnick]}) is written so.
         */
        private String likeSibling(MappingNode rendered, Tree.Fields fields, Map<String, NodeTuple> theirs,
                                   int column) {
            StringBuilder sb = new StringBuilder("- ");
            boolean first = true;
            for (NodeTuple t : rendered.getValue()) {
                String name = key(t);
                NodeTuple their = theirs.get(name);
                if (their == null && implied(fields, name)) {
                    continue;
                }
                String text;
                if (their != null && their.getValueNode() instanceof SequenceNode seq
                        && seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                        && t.getValueNode() instanceof SequenceNode mine
                        && mine.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
                    text = name + ": " + flow(null, null, fields.get(name));
                } else {
                    text = fieldText(t, column + 2);
                }
                sb.append(first ? "" : "\n" + " ".repeat(column + 2)).append(text);
                first = false;
            }
            return sb.toString();
        }

        private static String reindent(String text, int from, int to) {
            String[] lines = text.split("\n", -1);
            StringBuilder sb = new StringBuilder(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i];
                int lead = l.length() - l.stripLeading().length();
                sb.append('\n');
                if (!l.isBlank()) {
                    sb.append(" ".repeat(to)).append(l.substring(Math.min(from, lead)));
                }
            }
            return sb.toString();
        }

        private static Map<String, NodeTuple> tuples(MappingNode map) {
            Map<String, NodeTuple> out = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                out.put(key(t), t);
            }
            return out;
        }

        private static String key(NodeTuple t) {
            return ((ScalarNode) t.getKeyNode()).getValue();
        }
    }
}
