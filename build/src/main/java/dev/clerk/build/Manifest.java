package dev.clerk.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each output was built from and what was written, kept in the output folder as {@code .clerk-build}: one
 * line per output, {@code <inputs sha-256> <output sha-256> <output>}, sorted. An output is rebuilt when something
 * it depends on changed by content (not when a file was merely touched), and when the file in the folder is no
 * longer the one that was written (damaged, truncated or replaced).
 */
final class Manifest {
    static final String FILE = ".clerk-build";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) ([0-9a-f]{64}) (.+)");

    /** What an output was built from and the hash of the bytes written. */
    record Entry(String inputs, String output) {
    }

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * The manifest of {@code outDir}; empty for a first build. Lines of another shape (those of an older Clerk,
     * which recorded no output hash) are left out, so those outputs are built again.
     */
    static Manifest read(Path outDir) {
        Map<String, Entry> entries = new TreeMap<>();
        Path file = outDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Manifest(entries);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    entries.put(m.group(3), new Entry(m.group(1), m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(entries);
    }

    Entry entry(String output) {
        return entries.get(output);
    }

    void put(String output, String inputs, String written) {
        entries.put(output, new Entry(inputs, written));
    }

    void remove(String output) {
        entries.remove(output);
    }

    void write(Path outDir) throws Exception {
        StringBuilder sb = new StringBuilder();
        entries.forEach((output, e) -> sb.append(e.inputs()).append(' ').append(e.output()).append(' ')
                .append(output).append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Path file = outDir.resolve(FILE);
        // Unchanged, it is left alone: a build that changed nothing touches nothing in the folder.
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicWrite.write(file, out -> out.write(bytes));
    }

    /**
     * The hash of what a target is built from: the program version, the output's name, and each input's path
     * (relative to {@code base}) with the hash of its content as given in {@code inputs}.
     */
    static String inputsHash(String programVersion, String output, Path base, Map<Path, String> inputs) {
        MessageDigest digest = Digests.sha256();
        update(digest, "clerk " + programVersion);
        update(digest, output);
        Path from = base.toAbsolutePath().normalize();
        new TreeMap<>(inputs).forEach((path, hash) -> {
            update(digest, from.relativize(path).toString().replace('\\', '/'));
            update(digest, hash);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
