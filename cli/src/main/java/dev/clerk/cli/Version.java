package dev.clerk.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import picocli.CommandLine.IVersionProvider;

/** The version of Clerk, from the jar's manifest when there is one. */
final class Version implements IVersionProvider {
    static String current() {
        String v = Clerk.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /**
     * The version together with a fingerprint of the program's classes, so that documents are rebuilt when the
     * program changed even though its version number did not, as between two snapshot builds. The fingerprint
     * is a CRC-32 of the jar's central directory, which names every entry with the CRC of its content: a
     * content hash of the whole program that costs one small read, not a pass over 40 MB.
     */
    static String fingerprint() {
        try {
            return fingerprint(current(), Path.of(Clerk.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | SecurityException e) {
            return current();
        }
    }

    /** {@code version} with the fingerprint of {@code jar}; the version alone when it is not a jar (a folder). */
    static String fingerprint(String version, Path jar) {
        try {
            if (!Files.isRegularFile(jar)) {
                return version;
            }
            try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
                long size = ch.size();
                int tail = (int) Math.min(size, 22 + 65535);
                ByteBuffer end = read(ch, size - tail, tail);
                for (int i = tail - 22; i >= 0; i--) {
                    if (end.getInt(i) == 0x06054b50) {
                        long cdSize = Integer.toUnsignedLong(end.getInt(i + 12));
                        long cdOffset = Integer.toUnsignedLong(end.getInt(i + 16));
                        if (cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL || cdOffset + cdSize > size) {
                            break;
                        }
                        CRC32 crc = new CRC32();
                        crc.update(read(ch, cdOffset, (int) cdSize));
                        return version + " " + Long.toHexString(size) + "-" + Long.toHexString(crc.getValue());
                    }
                }
                // No plain end record (a zip64 jar): its size and time then.
                return version + " " + Long.toHexString(size) + "-" + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (java.io.IOException e) {
            // Unreadable: the version alone, as for classes run from a folder.
            return version;
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws java.io.IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new java.io.EOFException();
            }
        }
        return buf.flip();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"clerk " + current()};
    }
}
