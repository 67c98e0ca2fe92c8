package dev.clerk.cli;

import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.FileKind;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.TreesAhead;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** The commands that work on the committee of the current folder when not given one. */
    private static final Set<String> FOLDER_COMMANDS = Set.of("check", "build", "tasks");

    private final TreesAhead ahead;

    private StartUp(TreesAhead ahead) {
        this.ahead = ahead;
    }

    /** Starts the work for a run of {@code command} (null: help, a misspelling) with {@code args}. */
    static StartUp begin(String command, String... args) {
        if (command == null || command.equals("init")) {
            return new StartUp(TreesAhead.of(List.of()));
        }
        List<Path> files = filesNamed(args);
        if (files.isEmpty() && FOLDER_COMMANDS.contains(command)) {
            files = committeeFiles(Path.of(""));
        }
        TreesAhead ahead = TreesAhead.of(files);
        // In the order commands read: the committee file first, then the meetings. One thread sets up the readers,
        // the other parses the files ahead (every file of the committee, which may be many).
        start("clerk-warm-up", () -> {
            ModelReader.prepare(FileKind.COMMITTEE);
            ModelReader.prepare(FileKind.MEETING);
        });
        start("clerk-read-ahead", ahead::parse);
        return new StartUp(ahead);
    }

    private static void start(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * The committee files {@code args} name (a meeting file, a committee folder), each with every file of its
     * committee: a command checks the whole committee before it uses any file of it, and each is parsed once, here.
     */
    static List<Path> filesNamed(String... args) {
        Set<Path> files = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            try {
                Path given = Path.of(arg);
                boolean file = arg.matches("(?i).+\\.(yaml|yml|json)") && Files.isRegularFile(given);
                if (file) {
                    files.add(given);
                }
                if (file || Files.isDirectory(given)) {
                    files.addAll(committeeFiles(given));
                }
            } catch (InvalidPathException | UncheckedIOException e) {
                // not a file name, or a folder that cannot be listed; the command says what is wrong with it
            }
        }
        return List.copyOf(files);
    }

    /** The committee.yaml and meeting files of the committee that holds {@code path}; none outside a committee. */
    private static List<Path> committeeFiles(Path path) {
        List<Path> files = new ArrayList<>();
        CommitteeFolder.findRoot(path).ifPresent(root -> {
            files.add(root.resolve(CommitteeFolder.BODY_FILE));
            files.addAll(CommitteeFolder.meetingFiles(root));
        });
        return files;
    }

    @Override
    public void close() {
        ahead.close();
    }
}
