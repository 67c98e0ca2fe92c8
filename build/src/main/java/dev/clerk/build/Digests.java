package dev.clerk.build;

import dev.clerk.model.io.Examined;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content hashes, in hex, of bytes in hand or of a file's current content. */
final class Digests {
    /** What stands for the content of a file that does not exist. */
    static final String MISSING = "(missing)";
    /** What stands for the content of something that is not a regular file (a folder, a FIFO, a device). */
    static final String NOT_A_FILE = "(not a file)";

    private Digests() {
    }

    static String of(byte[] bytes) {
        return Examined.Content.digest(bytes);
    }

    /**
     * The hash of what {@code file} holds now, read in pieces; {@link #MISSING} or {@link #NOT_A_FILE} instead of
     * reading what is not a regular file, so that a FIFO or a device never stalls a build.
     */
    static String ofFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Files.exists(file) ? NOT_A_FILE : MISSING;
        }
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
