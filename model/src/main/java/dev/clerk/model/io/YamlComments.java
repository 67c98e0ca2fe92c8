package dev.clerk.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts {@code # ...} comment lines into YAML written by {@link ModelWriter}, each just above the line of the
 * field it concerns, indented like that line. Fields are named by path ({@code agenda[1].actions[0].owners}).
 */
final class YamlComments {
    private YamlComments() {
    }

    /** {@code yaml} with the comments inserted; paths not present in the document go at its top. */
    static String insert(String yaml, Map<String, List<String>> comments) {
        if (comments.isEmpty()) {
            return yaml;
        }
        SourceMap source;
        try {
            source = YamlTrees.parse("comments", yaml).source();
        } catch (InputException e) {
            throw new IllegalStateException("the writer produced YAML it cannot read", e);
        }
        String[] lines = yaml.split("\n", -1);
        TreeMap<Integer, List<String>> before = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : comments.entrySet()) {
            Position at = source.keyAt(e.getKey());
            int line = at.line() <= 0 ? 1 : at.line();
            List<String> list = before.computeIfAbsent(line, k -> new ArrayList<>());
            for (String c : e.getValue()) {
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
        }
        StringBuilder out = new StringBuilder(yaml.length() + 64 * comments.size());
        for (int i = 0; i < lines.length; i++) {
            List<String> cs = before.get(i + 1);
            if (cs != null) {
                String indent = indentOf(lines[i]);
                for (String c : cs) {
                    for (String part : c.split("\\R")) {
                        out.append(indent).append("# ").append(part.strip()).append('\n');
                    }
                }
            }
            out.append(lines[i]);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        // A list item's comment goes at the item's dash, so that it reads as belonging to the item.
        return " ".repeat(n);
    }
}
