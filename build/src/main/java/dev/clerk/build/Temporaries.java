package dev.clerk.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicWrite} writes a document into before moving it into place
 * ({@code .NAME<digits>.tmp}, such as {@code .2017-03-27-minutes.pdf8123456789.tmp}), which a killed Clerk
 * leaves behind, and their removal from an output folder.
 *
 * <p>A build removes them while it holds the folder's {@link BuildLock}, so no other build is writing there; but
 * {@code clerk agenda}, {@code packet} and {@code form} write into {@code out/} without it, and their temporary
 * file may be a second old. So only files of that pattern that have not been written to for {@link #STALE} are
 * removed: no document takes that long to write, and a younger one is left for a later build.
 */
final class Temporaries {
    /** How long a temporary file has gone unwritten before it is taken for one an interrupted run left. */
    static final Duration STALE = Duration.ofMinutes(10);
    private static final Pattern NAME = Pattern.compile("\\..+\\d+\\.tmp");

    private Temporaries() {
    }

    /** Whether {@code name} is that of a temporary file Clerk writes documents through. */
    static boolean isTemporary(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * Removes from {@code dir} (not its subfolders) the regular files named as Clerk's temporary files and last
     * modified before {@code now} minus {@link #STALE}. One that cannot be removed is left for the next build.
     */
    static void removeStale(Path dir, Instant now) {
        Instant before = now.minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> isTemporary(f.getFileName().toString()))) {
            for (Path f : files) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) {
                        Files.delete(f);
                    }
                } catch (IOException e) {
                    // gone meanwhile, or not ours to remove: left for the next build
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the build's own writes will say so
        }
    }
}
