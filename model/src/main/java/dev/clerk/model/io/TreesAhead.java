package dev.clerk.model.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files parsed ahead of their reads, for one run of a program: a thread of the program's {@link #parse}s them while
 * it starts, and the first read of each by {@link ModelReader} that finds the same bytes in the file takes that tree
 * instead of parsing again. A file that changed meanwhile, or could not be parsed ahead, is parsed where it is read,
 * so that its problems are reported there; each tree is taken once, so a later read parses the file as it is then.
 * Open from {@link #of} until {@link #close}: closed, it holds nothing and reads parse as they would without it.
 * Several may be open at once (two committees read in one program); none is ever needed.
 */
public final class TreesAhead implements AutoCloseable {
    /** What was read and what it parsed to; null when it could not be parsed. */
    private record Entry(byte[] bytes, ParsedTree tree) {
    }

    private record Claim(Path file, CompletableFuture<Entry> entry) {
    }

    /** The read-aheads open now; a read looks in each. */
    private static final Set<TreesAhead> OPEN = ConcurrentHashMap.newKeySet();

    /** The files to parse, in order; none once closed. */
    private volatile List<Claim> claims;
    private final Map<Path, CompletableFuture<Entry>> untaken = new ConcurrentHashMap<>();

    private TreesAhead(List<Path> files) {
        List<Claim> claimed = new ArrayList<>();
        for (Path f : files) {
            CompletableFuture<Entry> entry = new CompletableFuture<>();
            if (untaken.putIfAbsent(key(f), entry) == null) {
                claimed.add(new Claim(f, entry));
            }
        }
        claims = List.copyOf(claimed);
    }

    /**
     * Opens a read-ahead of {@code files}: from now until {@link #close}, a read of one of them waits for its
     * parse by {@link #parse} instead of repeating it.
     */
    public static TreesAhead of(List<Path> files) {
        TreesAhead ahead = new TreesAhead(files);
        if (!ahead.claims.isEmpty()) {
            OPEN.add(ahead);
        }
        return ahead;
    }

    /** Parses the files, in order, on the calling thread; a file read before its turn is parsed by its reader. */
    public void parse() {
        for (Claim c : claims) {
            if (c.entry().isDone()) {
                continue; // closed
            }
            Entry entry = null;
            try {
                byte[] bytes = ModelReader.bytes(c.file());
                entry = new Entry(bytes, ModelReader.tree(c.file().toString(),
                        SourceText.decode(c.file().toString(), bytes)));
            } catch (InputException | RuntimeException e) {
                // parsed again where it is read, which reports the problem
            } finally {
                c.entry().complete(entry);
            }
        }
    }

    /** Drops every tree not yet taken; a read waiting for one parses the file itself. */
    @Override
    public void close() {
        OPEN.remove(this);
        untaken.clear();
        List<Claim> open = claims;
        claims = List.of();
        open.forEach(c -> c.entry().complete(null));
    }

    /** The tree parsed ahead from {@code bytes} of {@code file}, naming the file {@code name}; null if none. */
    static ParsedTree take(Path file, String name, byte[] bytes) {
        if (OPEN.isEmpty()) {
            return null;
        }
        Path key = key(file);
        for (TreesAhead ahead : OPEN) {
            CompletableFuture<Entry> future = ahead.untaken.remove(key);
            if (future == null) {
                continue;
            }
            Entry e = future.join();
            if (e != null && Arrays.equals(e.bytes(), bytes)) {
                ParsedTree t = e.tree();
                return new ParsedTree(name, t.text(), t.root(), t.source());
            }
        }
        return null;
    }

    /**
     * The tree parsed ahead of {@code file}, waiting for its parse, without taking it: for work that starts before
     * the file's read and needs only a hint of what it holds (the attachments to read ahead); null if none.
     */
    static ParsedTree peek(Path file) {
        for (TreesAhead ahead : OPEN) {
            CompletableFuture<Entry> future = ahead.untaken.get(key(file));
            if (future != null) {
                Entry e = future.join();
                return e == null ? null : e.tree();
            }
        }
        return null;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
