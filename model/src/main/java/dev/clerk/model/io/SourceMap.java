package dev.clerk.model.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a parsed file stands in its text, by field path ({@code agenda[1].title}).
 * Keys are located separately from values, so that an unknown field is reported at its name.
 */
public final class SourceMap {
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    void value(String path, Position at) {
        values.putIfAbsent(path, at);
    }

    void key(String path, Position at) {
        keys.putIfAbsent(path, at);
    }

    /** The position of the value at {@code path}, or of the nearest enclosing value that has one. */
    public Position valueAt(String path) {
        for (String p = path; ; p = Paths.parent(p)) {
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
        Position at = keys.get(path);
        return at != null ? at : valueAt(path);
    }
}
