package dev.clerk.model.change;

import java.io.StringReader;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Scalars written into YAML text: plain where that reads back as the same text, else quoted; folded paragraphs
 * re-folded where their lines were broken before, so that a changed word changes one line.
 */
final class YamlScalars {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Plain scalars the reader would not take as text (YAML 1.2's core schema), and YAML 1.1's booleans. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+"
                    + "|[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
                    + "|(?i:y|n|yes|no|on|off)");
    /** Changed lines of a re-folded paragraph may run this much past its longest line before they are broken. */
    private static final int SLACK = 20;

    private YamlScalars() {
    }

    /** A scalar value as files write it. */
    static String text(Object value) {
        return value instanceof LocalTime t ? TIME.format(t) : value.toString();
    }

    /**
     * Whether {@code s} may be written plain and read back as itself: as text when {@code text}, else as the value
     * it spells (a number, a date).
     */
    static boolean plain(String s, boolean text, boolean flow) {
        if (s.isEmpty() || !s.equals(s.strip()) || !printable(s) || s.indexOf('\n') >= 0
                || (text && NOT_TEXT.matcher(s).matches())) {
            return false;
        }
        Node node = compose(flow ? "[" + s + "]" : "k: " + s);
        if (flow) {
            node = node instanceof SequenceNode seq && seq.getValue().size() == 1 ? seq.getValue().get(0) : null;
        } else {
            node = node instanceof MappingNode map && map.getValue().size() == 1
                    ? map.getValue().get(0).getValueNode() : null;
        }
        return node instanceof ScalarNode scalar && scalar.isPlain() && scalar.getValue().equals(s);
    }

    /** The value written on one line: plain when it may be, else in the quotes asked for when they can hold it. */
    static String inline(Object value, DumperOptions.ScalarStyle style, boolean flow) {
        String s = text(value);
        if (value instanceof Integer) {
            return s; // a quoted number would be text, which the files do not allow where numbers go
        }
        if (style == DumperOptions.ScalarStyle.SINGLE_QUOTED && printable(s) && s.indexOf('\n') < 0) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (style == DumperOptions.ScalarStyle.DOUBLE_QUOTED || !plain(s, value instanceof String, flow)) {
            return doubleQuoted(s);
        }
        return s;
    }

    static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\u0085' -> sb.append("\\N");
                case '\u2028' -> sb.append("\\L");
                case '\u2029' -> sb.append("\\P");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\uFEFF' || (c >= 0x80 && c < 0xA0)) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Whether the text holds only characters a plain, single-quoted or block scalar may show as they are. */
    static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || (c >= 0x80 && c < 0xA0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text may be a folded block scalar: one line of printable text, no space at either end. */
    static boolean foldable(String s) {
        return !s.isEmpty() && s.equals(s.strip()) && s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && printable(s);
    }

    /**
     * The lines of a folded paragraph that reads as {@code value}, broken where {@code old} lines (which read as
     * the old value, joined with single spaces) were broken, at the same words; a changed line much longer than the
     * old ones is broken again at their width.
     */
    static List<String> refold(List<String> old, String value) {
        int width = 0;
        for (String line : old) {
            width = Math.max(width, line.length());
        }
        List<String> a = Words.tokens(String.join(" ", old));
        List<String> b = Words.tokens(value);
        Set<Integer> breaksOld = new HashSet<>();
        int chars = 0;
        int token = 0;
        int at = 0;
        for (int k = 0; k + 1 < old.size(); k++) {
            chars += old.get(k).length(); // the joining space starts here
            while (at < chars) {
                at += a.get(token++).length();
            }
            breaksOld.add(token);
            chars += 1;
        }
        Set<Integer> breaks = new HashSet<>();
        for (int[] p : Lcs.pairs(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)))) {
            if (breaksOld.contains(p[0]) && b.get(p[1]).equals(" ")) {
                breaks.add(p[1]);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < b.size(); j++) {
            if (breaks.contains(j)) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(b.get(j));
            }
        }
        lines.add(line.toString());
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.length() > width + SLACK && !old.contains(l)) {
                out.addAll(wrap(l, width));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** A line of text broken at single spaces into lines of at most {@code width} characters where words allow. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> tokens = Words.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean breakable = t.equals(" ") && i > 0 && i + 1 < tokens.size();
            if (breakable && line.length() + 1 + tokens.get(i + 1).length() > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            } else {
                line.append(t);
            }
        }
        out.add(line.toString());
        return out;
    }

    /**
     * Whether {@code snippet}, a value written after {@code key: } at column 0 with its further lines as indented
     * as they will be, reads back as the text {@code value}.
     */
    static boolean readsAs(String snippet, String value) {
        Node node = compose("k: " + snippet);
        if (!(node instanceof MappingNode map) || map.getValue().size() != 1
                || !(map.getValue().get(0).getValueNode() instanceof ScalarNode scalar)) {
            return false;
        }
        String read = scalar.getValue();
        if (scalar.isPlain() && NOT_TEXT.matcher(read).matches()) {
            return false;
        }
        return read.equals(value) || (read.endsWith("\n") && read.strip().equals(value));
    }

    private static Node compose(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(options).compose(new StringReader(text));
        } catch (YAMLException e) {
            return null;
        }
    }
}
