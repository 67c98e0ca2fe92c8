package dev.clerk.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import picocli.CommandLine.IVersionProvider;

/** The version of Clerk, from the jar's manifest when there is one. */
final class Version implements IVersionProvider {
    static String current() {
        String v = Clerk.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /**
     * The version together with a fingerprint of the program's classes (the names and CRCs of the jar's
     * entries, read from its directory), so that documents are rebuilt when the program changed even though
     * its version number did not, as between two snapshot builds.
     */
    static String fingerprint() {
        String version = current();
        try {
            Path jar = Path.of(Clerk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return version;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer crc = ByteBuffer.allocate(Long.BYTES);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                    digest.update(crc.clear().putLong(entry.getCrc()).array());
                }
            }
            return version + " " + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (Exception e) {
            // No jar to read (classes run from a folder): the version alone.
            return version;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"clerk " + current()};
    }
}
