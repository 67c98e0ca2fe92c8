package dev.clerk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, symbolic links followed: nothing, a regular file, a folder, or one of the special files
 * (a FIFO, a device, a socket) that a document must never be renamed over.
 */
public enum FileType {
    /** Nothing exists at the path (or a symbolic link leads nowhere). */
    MISSING("nothing"),
    /** A regular file. */
    REGULAR("a regular file"),
    /** A folder. */
    FOLDER("a folder"),
    /** A named pipe, as made by {@code mkfifo} or a shell's {@code >(command)}. */
    FIFO("a named pipe (FIFO)"),
    /** A character device, such as {@code /dev/null} or a terminal. */
    CHARACTER_DEVICE("a character device"),
    /** A block device: a disk or a partition. */
    BLOCK_DEVICE("a block device (a disk)"),
    /** A Unix domain socket. */
    SOCKET("a socket"),
    /** Something else the file system cannot tell more about. */
    OTHER("a special file");

    // The file type bits of st_mode (<sys/stat.h>).
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final String described;

    FileType(String described) {
        this.described = described;
    }

    /** "a named pipe (FIFO)", "a folder": the type in words, for messages. */
    public String described() {
        return described;
    }

    /** Whether a document can be written to the path straight, without a temporary file: a pipe or a device. */
    public boolean isStream() {
        return this == FIFO || this == CHARACTER_DEVICE;
    }

    /**
     * What {@code path} names, its symbolic links followed.
     *
     * @throws IOException when the path cannot be looked at (a folder on the way that may not be read)
     */
    public static FileType of(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        return special(path);
    }

    /** The kind of special file, from the mode bits where the file system gives them ("unix" view: Linux, macOS). */
    private static FileType special(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return OTHER;
        }
        Object mode;
        try {
            mode = Files.getAttribute(path, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return OTHER;
        }
        if (!(mode instanceof Integer bits)) {
            return OTHER;
        }
        return switch (bits & S_IFMT) {
            case S_IFIFO -> FIFO;
            case S_IFCHR -> CHARACTER_DEVICE;
            case S_IFBLK -> BLOCK_DEVICE;
            case S_IFSOCK -> SOCKET;
            default -> OTHER;
        };
    }
}
