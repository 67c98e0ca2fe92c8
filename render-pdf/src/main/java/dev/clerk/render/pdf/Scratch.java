package dev.clerk.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Scratch folders and outside processes that must not outlive the JVM. Each is removed (or killed, with every
 * process it started) by its owner on every way out of its work, and whatever is still registered when the JVM
 * shuts down (Ctrl-C, SIGTERM) is removed by a shutdown hook.
 */
final class Scratch {
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();
    private static final Set<Tracked> PROCESSES = ConcurrentHashMap.newKeySet();

    /** A process, and a string that its arguments and those of every process it starts contain. */
    private record Tracked(Process process, String marker) {
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Scratch::shutDown, "clerk-scratch"));
    }

    private Scratch() {
    }

    /** A new folder in the temporary folder, removed at JVM shutdown unless {@link #delete} removed it first. */
    static Path createFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        FOLDERS.add(folder);
        return folder;
    }

    /** Removes {@code folder} at JVM shutdown unless {@link #delete} removed it first. */
    static void register(Path folder) {
        FOLDERS.add(folder.toAbsolutePath());
    }

    /** Deletes {@code folder} with everything in it, if it exists, and forgets it and the folders inside it. */
    static void delete(Path folder) throws IOException {
        deleteTree(folder);
        Path absolute = folder.toAbsolutePath();
        FOLDERS.removeIf(f -> f.startsWith(absolute));
    }

    /**
     * Kills {@code process} and the processes it started at JVM shutdown, unless {@link #kill} is called first;
     * {@code marker} is a string in the arguments of each of them (a folder only they use).
     */
    static void track(Process process, String marker) {
        PROCESSES.add(new Tracked(process, marker));
    }

    /**
     * Kills {@code process}, if it still runs, every process it started, and any other process whose arguments
     * hold {@code marker} (one whose parent ended is no longer found as a descendant), and forgets it.
     */
    static void kill(Process process, String marker) {
        killTree(process.toHandle());
        ProcessHandle self = ProcessHandle.current();
        ProcessHandle.allProcesses()
                .filter(p -> !p.equals(self) && p.info().arguments().stream().flatMap(java.util.Arrays::stream)
                        .anyMatch(a -> a.contains(marker)))
                .forEach(Scratch::killTree);
        PROCESSES.removeIf(t -> t.process() == process);
    }

    /** Kills {@code process} and every process it started, and waits (a few seconds at most) for them to end. */
    static void killTree(ProcessHandle process) {
        if (!process.isAlive() && process.descendants().findAny().isEmpty()) {
            return;
        }
        List<ProcessHandle> killed = new ArrayList<>();
        // The children first, while they are still listed as descendants: a child whose parent is gone is adopted by
        // another process and is no longer found from here. Again in case one started another meanwhile.
        for (int round = 0; round < 5; round++) {
            List<ProcessHandle> tree = process.descendants().toList();
            if (tree.isEmpty()) {
                break;
            }
            for (ProcessHandle p : tree) {
                p.destroyForcibly();
                killed.add(p);
            }
        }
        process.destroyForcibly();
        killed.add(process);
        for (ProcessHandle p : killed) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Killed with SIGKILL, it ends; a process that cannot be waited for is not ours to wait on.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    private static void shutDown() {
        for (Tracked t : PROCESSES) {
            kill(t.process(), t.marker());
        }
        for (Path folder : FOLDERS) {
            // The conversion's own thread may be removing or writing in the folder while the hook walks it (a file gone
            // mid-walk, one added after its folder was listed): walk again until the folder is gone.
            for (int attempt = 0; attempt < 10 && Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
                try {
                    deleteTree(folder);
                } catch (IOException | RuntimeException e) {
                    // The JVM is going away: nothing is left to report to; the next walk tries again.
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
