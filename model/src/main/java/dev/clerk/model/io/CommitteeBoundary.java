package dev.clerk.model.io;

import dev.clerk.model.Body;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the files a committee names (attachments, fonts) may be: inside its folder, or inside one of the outside
 * folders its {@code committee.yaml} allows ({@code allowOutside: [../shared-docs]}). A path is judged by where it
 * really leads, symlinks followed and {@code ..} resolved, before any byte of it is read.
 *
 * <pre>{@code
 * Path font = CommitteeBoundary.of(root, body).resolve("fonts/wqy-microhei.ttc");
 * }</pre>
 */
public final class CommitteeBoundary {
    private final Path root;
    private final Path realRoot;
    private final List<Path> allowed;

    private CommitteeBoundary(Path root, Path realRoot, List<Path> allowed) {
        this.root = root;
        this.realRoot = realRoot;
        this.allowed = List.copyOf(allowed);
    }

    /** The boundary of the committee folder {@code root}, with the outside folders {@code body} allows. */
    public static CommitteeBoundary of(Path root, Body body) {
        return of(root, body == null ? List.of() : body.allowOutside());
    }

    /**
     * The boundary of the committee folder {@code root}, with the outside folders {@code allowOutside} names
     * (relative to {@code root}, or absolute). Folders that do not exist allow nothing; the check reports them.
     */
    public static CommitteeBoundary of(Path root, List<String> allowOutside) {
        Objects.requireNonNull(root, "root");
        Path realRoot = real(root);
        List<Path> allowed = new ArrayList<>();
        for (String folder : allowOutside) {
            allowedFolder(root, folder).ifPresent(allowed::add);
        }
        return new CommitteeBoundary(root, realRoot, allowed);
    }

    /** The real path of an {@code allowOutside} folder, when it is one. */
    private static Optional<Path> allowedFolder(Path root, String folder) {
        try {
            Path p = root.resolve(folder);
            return Files.isDirectory(p) ? Optional.of(p.toRealPath()) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Where {@code declared} (relative to the committee folder) really leads, symlinks followed; a path to nothing
     * is resolved as far as it exists, so that reading it then reports it missing.
     *
     * @throws InputFileException when it leads outside the committee folder and the folders it allows
     */
    public Path resolve(String declared) throws InputFileException {
        Objects.requireNonNull(declared, "declared");
        Path given;
        try {
            given = root.resolve(declared);
        } catch (InvalidPathException e) {
            throw new InputFileException(declared, InputFileException.Reason.MISSING, "is not a valid path", e);
        }
        Path real;
        try {
            real = realAsFarAsItExists(given);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputFileException(declared, InputFileException.Reason.UNREADABLE,
                    "cannot be followed to a file (" + why + ")", e);
        }
        if (real.startsWith(realRoot) || allowed.stream().anyMatch(real::startsWith)) {
            return real;
        }
        boolean lexically = given.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
        String where = lexically ? "leads outside the committee folder (to " + real + ")"
                : "is outside the committee folder";
        throw new InputFileException(declared, InputFileException.Reason.OUTSIDE, where + "; move it into "
                + name(root) + "/, or list its folder under allowOutside in " + CommitteeFolder.BODY_FILE, null);
    }

    private static Path realAsFarAsItExists(Path path) throws IOException {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            Path normal = path.toAbsolutePath().normalize();
            Path existing = normal;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return normal;
            }
            return existing.toRealPath().resolve(existing.relativize(normal));
        }
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    private static String name(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? root.toString() : name.toString();
    }
}
