package dev.clerk.cli;

import dev.clerk.build.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command writes its document: a file (through {@link AtomicFile}: a temporary file moved into place, or
 * straight into a named pipe or character device), or standard output ({@code -o -}, or no {@code -o} for the text
 * a command prints). An output given on the command line is refused (exit 2, one sentence) when it is one of the
 * command's inputs ({@link CommandInputs}), a folder, a socket or a block device; a binary document (Word, PDF) is
 * not sent to a terminal.
 */
final class OutputTarget {
    /** The output name that means standard output. */
    static final String STANDARD_OUTPUT = "-";

    /** Standard output as bytes, for Word and PDF documents; replaced by tests. */
    static Supplier<OutputStream> standardOutput = () -> System.out;
    /** Whether standard output is a terminal, where a binary document is refused; replaced by tests. */
    static BooleanSupplier terminal = () -> System.console() != null;

    private final Path path;
    private final boolean text;

    private OutputTarget(Path path, boolean text) {
        this.path = path;
        this.text = text;
    }

    /**
     * The output the user named with {@code option}, or null when they named none.
     *
     * @param option the option that names it ("-o")
     * @param given  what the option gave ({@code -} for standard output), or null when it was not given
     * @param text   whether the document is text (Markdown, CSV, JSON, YAML, HTML), which a terminal can show
     * @param inputs what the command reads, which {@code given} must not be
     * @throws UsageException when the output cannot be written as asked
     */
    static OutputTarget given(String option, Path given, boolean text, CommandInputs inputs) {
        if (given == null) {
            return null;
        }
        if (given.toString().equals(STANDARD_OUTPUT)) {
            return standardOutput(option, text);
        }
        inputs.refuseAsFile(option, given);
        return file(option + " " + given, given, text);
    }

    /**
     * The output a command writes when none is named: {@code path}, or standard output when null.
     *
     * @throws UsageException when something other than a file, a pipe or a device is at {@code path}
     */
    static OutputTarget fallback(Path path, boolean text) {
        return path == null ? standardOutput("-o", text) : file(path.toString(), path, text);
    }

    private static OutputTarget standardOutput(String option, boolean text) {
        if (!text && terminal.getAsBoolean()) {
            throw new UsageException("standard output is a terminal, and this document is not text; redirect it to a"
                    + " file (> FILE) or give " + option + " FILE");
        }
        return new OutputTarget(null, text);
    }

    private static OutputTarget file(String named, Path path, boolean text) {
        FileType type;
        try {
            type = FileType.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type == FileType.FOLDER) {
            throw new UsageException(named + " is a folder; give the name of a file to write");
        }
        if (type != FileType.MISSING && type != FileType.REGULAR && !type.isStream()) {
            throw new UsageException(named + " is " + type.described() + "; give a file, a named pipe or a"
                    + " character device");
        }
        return new OutputTarget(path, text);
    }

    /** Whether the document goes to standard output. */
    boolean isStandardOutput() {
        return path == null;
    }

    /** The file written, or null for standard output. */
    Path path() {
        return path;
    }

    /**
     * Writes the document: text to the command's output, binary bytes to standard output, or the file (atomically, or
     * straight into a pipe or device).
     */
    void write(CommandSpec spec, AtomicFile.Content content) throws Exception {
        if (path != null) {
            AtomicFile.write(path, content);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(bytes);
        PrintWriter out = spec.commandLine().getOut();
        if (text) {
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        } else {
            out.flush();
            OutputStream stream = standardOutput.get();
            bytes.writeTo(stream);
            stream.flush();
        }
    }

    /** Where the command's own lines go ("wrote ..."): {@code usual}, or standard error when the document is on it. */
    PrintWriter info(CommandSpec spec, PrintWriter usual) {
        return path == null ? spec.commandLine().getErr() : usual;
    }
}
