package dev.clerk.model.io;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each field of a parsed file stands in its text, by field path ({@code agenda[1].title}).
 * Keys are located separately from values, so that an unknown field is reported at its name.
 */
public final class SourceMap {
    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)");
    private final Map<String, Position> values;
    private final Map<String, Position> keys;
    /** For a model read from part of a file: the indices each list kept, by the list's path in the file. */
    private final Map<String, int[]> kept;

    SourceMap() {
        this(new HashMap<>(), new HashMap<>(), Map.of());
    }

    private SourceMap(Map<String, Position> values, Map<String, Position> keys, Map<String, int[]> kept) {
        this.values = values;
        this.keys = keys;
        this.kept = kept;
    }

    /**
     * The map of a model read from this file with some list entries left out: {@code kept} gives, by the list's
     * path in the file, the file index of each entry the model kept, so that model paths find their place.
     */
    SourceMap renumbered(Map<String, int[]> kept) {
        return kept.isEmpty() ? this : new SourceMap(values, keys, Map.copyOf(kept));
    }

    /**
     * The path in the file of the field at {@code path} in the model: the same unless the model was read from
     * part of the file, leaving list entries out.
     */
    public String sourcePath(String path) {
        if (kept.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(1) != null) {
                int i = Integer.parseInt(m.group(1));
                int[] indices = kept.get(out.toString());
                out.append('[').append(indices != null && i < indices.length ? indices[i] : i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(m.group(2));
            }
        }
        return out.toString();
    }

    void value(String path, Position at) {
        values.putIfAbsent(path, at);
    }

    void key(String path, Position at) {
        keys.putIfAbsent(path, at);
    }

    /** The position of the value at {@code path}, or of the nearest enclosing value that has one. */
    public Position valueAt(String path) {
        for (String p = sourcePath(path); ; p = Paths.parent(p)) {
            Position at = values.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return Position.FILE;
            }
        }
    }

    /** The position of the key that introduces {@code path}, else of its value. */
    public Position keyAt(String path) {
        Position at = keys.get(sourcePath(path));
        return at != null ? at : valueAt(path);
    }
}
