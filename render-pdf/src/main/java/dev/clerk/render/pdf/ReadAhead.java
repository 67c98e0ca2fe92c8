package dev.clerk.render.pdf;

import dev.clerk.model.Attachment;
import dev.clerk.model.io.CommitteeBoundary;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PDF attachments of a packet, opened and inspected on every core while the caller does other work — checks
 * the committee, lays out the agenda. {@link PacketBuilder#prepare(PacketBuilder.Input, ReadAhead)} takes the
 * results in agenda order, so problems are still reported for the first item that has one.
 *
 * <pre>{@code
 * try (ReadAhead early = ReadAhead.start(folder, attachments)) {
 *     // ... check the committee, build the agenda ...
 *     try (PacketBuilder.Prepared packet = builder.prepare(input, early)) { ... }
 * }
 * }</pre>
 */
public final class ReadAhead implements AutoCloseable {
    /** How many bytes of attachment files may stay parsed in memory between inspecting and copying them. */
    static final long KEEP_PARSED_BYTES = 16L * 1024 * 1024;

    private final ExecutorService pool;
    /** What is left of {@link #KEEP_PARSED_BYTES} for this packet. */
    private final AtomicLong keep = new AtomicLong(KEEP_PARSED_BYTES);
    /** The inspections started and not yet taken, by file and title; one entry per time the file is listed. */
    private final Map<String, Deque<Future<AttachmentFile>>> started = new HashMap<>();

    private ReadAhead() {
        pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "clerk-packet-inspect");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts inspecting the PDF files among {@code attachments}, their paths relative to {@code folder}. */
    public static ReadAhead start(Path folder, List<Attachment> attachments) {
        ReadAhead ahead = new ReadAhead();
        // Before committee.yaml is read, no outside folder is allowed: such files wait for the packet itself.
        ahead.cover(CommitteeBoundary.of(folder, List.of()), attachments);
        return ahead;
    }

    /** Nothing started yet; {@link PacketBuilder#prepare} starts what it needs. */
    public static ReadAhead none() {
        return new ReadAhead();
    }

    /** Starts whatever of {@code attachments} (in the order given) is not started yet. */
    synchronized void cover(CommitteeBoundary boundary, List<Attachment> attachments) {
        Map<String, Integer> wanted = new HashMap<>();
        for (Attachment a : attachments) {
            if (!extension(a.path()).equals("pdf")) {
                continue; // office documents are converted first
            }
            Path file;
            try {
                file = boundary.resolve(a.path());
                InputFiles.requireReadable(file, InputFiles.Limit.ATTACHMENT);
            } catch (InputFileException e) {
                continue; // reported by prepare, in agenda order
            }
            String key = key(file, a);
            int n = wanted.merge(key, 1, Integer::sum);
            Deque<Future<AttachmentFile>> queue = started.computeIfAbsent(key, k -> new ArrayDeque<>());
            if (queue.size() < n) {
                queue.add(pool.submit(() -> AttachmentFile.inspect(file, a.title(), a.title(), keep)));
            }
        }
    }

    /**
     * The attachment {@code a} at {@code file}, inspected: taken from the inspections started, waiting for it, or
     * inspected now when none was started.
     */
    AttachmentFile take(Path file, Attachment a) throws AttachmentFile.Unusable, IOException {
        Future<AttachmentFile> future;
        synchronized (this) {
            Deque<Future<AttachmentFile>> queue = started.get(key(file, a));
            future = queue == null ? null : queue.poll();
        }
        if (future == null) {
            return AttachmentFile.inspect(file, a.title(), a.title());
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AttachmentFile.Unusable u) {
                throw u;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the attachments", e);
        }
    }

    private static String key(Path file, Attachment a) {
        return file.toAbsolutePath() + "\n" + a.title();
    }

    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Stops the inspections not taken; the threads end. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
