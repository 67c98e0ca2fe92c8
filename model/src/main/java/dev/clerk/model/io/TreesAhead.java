package dev.clerk.model.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files parsed ahead, while the program starts, and taken by the first read of each that finds the same bytes in
 * the file; a file that changed meanwhile, or could not be parsed ahead, is parsed again where it is read, so
 * that its problems are reported there.
 */
final class TreesAhead {
    /** What was read and what it parsed to; null when it could not be parsed. */
    private record Entry(byte[] bytes, ParsedTree tree) {
    }

    private static final Map<Path, CompletableFuture<Entry>> AHEAD = new ConcurrentHashMap<>();

    private TreesAhead() {
    }

    /** Claims {@code files} for parsing ahead: a read of one of them waits for its parse instead of repeating it. */
    static List<Path> claim(List<Path> files) {
        List<Path> claimed = new ArrayList<>();
        for (Path f : files) {
            if (AHEAD.putIfAbsent(key(f), new CompletableFuture<>()) == null) {
                claimed.add(f);
            }
        }
        return claimed;
    }

    /** Parses the claimed {@code files}, in order. */
    static void parse(List<Path> files) {
        for (Path f : files) {
            Entry entry = null;
            try {
                byte[] bytes = ModelReader.bytes(f);
                entry = new Entry(bytes, ModelReader.tree(f.toString(), SourceText.decode(f.toString(), bytes)));
            } catch (InputException | RuntimeException e) {
                // parsed again where it is read, which reports the problem
            } finally {
                AHEAD.get(key(f)).complete(entry);
            }
        }
    }

    /** The tree parsed ahead from {@code bytes} of {@code file}, naming the file {@code name}; null if none. */
    static ParsedTree take(Path file, String name, byte[] bytes) {
        CompletableFuture<Entry> ahead = AHEAD.get(key(file));
        if (ahead == null) {
            return null;
        }
        Entry e = ahead.join();
        if (e == null || !Arrays.equals(e.bytes(), bytes)) {
            return null;
        }
        ParsedTree t = e.tree();
        return new ParsedTree(name, t.text(), t.root(), t.source());
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
