package dev.clerk.cli;

import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.FileKind;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.TreesAhead;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Start-up work for one run of {@code clerk}, done while picocli starts: the committee and meeting readers are set
 * up on two threads (the schemas and the binding to records take longer the first time than a file takes to parse),
 * and the files the command line names are parsed on the second ({@link TreesAhead}). Whatever needs any of it
 * before it is ready waits for it, so nothing changes but the time. It lives as long as the run: closed, the trees
 * parsed ahead are dropped, and nothing of it stays in the modules, which a program may use as a library.
 */
final class StartUp implements AutoCloseable {
    private final TreesAhead ahead;

    private StartUp(TreesAhead ahead) {
        this.ahead = ahead;
    }

    /** Starts the work for a run of {@code command} (null: help, a misspelling) with {@code args}. */
    static StartUp begin(String command, String... args) {
        if (command == null || command.equals("init")) {
            return new StartUp(TreesAhead.of(List.of()));
        }
        TreesAhead ahead = TreesAhead.of(filesNamed(args));
        // In the order commands read: the committee file first, then the meetings. The thread that parses the files
        // ahead then sets up for meetings, beside the one that sets up for the committee file.
        start("clerk-warm-up", () -> ModelReader.prepare(FileKind.COMMITTEE));
        start("clerk-read-ahead", () -> {
            ahead.parse();
            ModelReader.prepare(FileKind.MEETING);
        });
        return new StartUp(ahead);
    }

    private static void start(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** The committee files {@code args} name (a meeting file, say), each with its committee's committee.yaml. */
    static List<Path> filesNamed(String... args) {
        Set<Path> files = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.startsWith("-") || !arg.matches("(?i).+\\.(yaml|yml|json)")) {
                continue;
            }
            try {
                Path file = Path.of(arg);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                    CommitteeFolder.findRoot(file).ifPresent(root -> files.add(root.resolve(CommitteeFolder.BODY_FILE)));
                }
            } catch (InvalidPathException e) {
                // not a file name; picocli or the command says what is wrong with it
            }
        }
        return List.copyOf(files);
    }

    @Override
    public void close() {
        ahead.close();
    }
}
