package dev.clerk.model.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hashes of what each output was built from, kept in the output folder as {@code .clerk-build}:
 * one line per output, {@code <sha-256> <output>}, sorted, so that an output is rebuilt only when something
 * it depends on changed — not when a file was merely touched.
 */
final class Manifest {
    static final String FILE = ".clerk-build";
    private final Map<String, String> hashes;

    private Manifest(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    static Manifest read(Path outDir) {
        Map<String, String> hashes = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(outDir.resolve(FILE), StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space == 64) {
                    hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (NoSuchFileException e) {
            // First build: nothing is known to be up to date.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(hashes);
    }

    String hash(String output) {
        return hashes.get(output);
    }

    void put(String output, String hash) {
        hashes.put(output, hash);
    }

    void remove(String output) {
        hashes.remove(output);
    }

    void write(Path outDir) throws Exception {
        StringBuilder sb = new StringBuilder();
        hashes.forEach((output, hash) -> sb.append(hash).append(' ').append(output).append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Path file = outDir.resolve(FILE);
        // Unchanged, it is left alone: a build that changed nothing touches nothing in the folder.
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        AtomicWrite.write(file, out -> out.write(bytes));
    }

    /** The hash of a target's inputs: the program version, the output's name, and each input's path and bytes. */
    static String hashOf(Target target, String programVersion, Path base) {
        MessageDigest digest = sha256();
        update(digest, "clerk " + programVersion);
        update(digest, target.output());
        target.inputs().stream().map(p -> p.toAbsolutePath().normalize()).sorted().forEach(p -> {
            update(digest, base.toAbsolutePath().normalize().relativize(p).toString().replace('\\', '/'));
            try {
                digest.update(sha256().digest(Files.readAllBytes(p)));
            } catch (NoSuchFileException e) {
                update(digest, "(missing)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
