package dev.clerk.model.io;

import java.io.IOException;
import java.nio.file.Path;

/** Paths compared by where they really lead, so that one file has one name whatever links lead to it. */
public final class RealPaths {
    private RealPaths() {
    }

    /**
     * The real path of {@code path}: symbolic links followed as far as the path exists, the rest (a file to be made,
     * a dangling link, which a rename would replace) appended to its nearest existing folder's real path.
     */
    public static Path of(Path path) {
        Path abs = path.toAbsolutePath();
        Path top = abs.getRoot();
        int n = abs.getNameCount();
        for (int i = n; i > 0; i--) {
            Path prefix = top.resolve(abs.subpath(0, i));
            try {
                Path real = prefix.toRealPath();
                return i == n ? real : real.resolve(abs.subpath(i, n)).normalize();
            } catch (IOException | SecurityException e) {
                // not there (or not to be looked at): try its folder
            }
        }
        return abs.normalize();
    }
}
