package dev.clerk.model.io;

import java.io.IOException;
import java.util.Objects;

/**
 * An input file Clerk refuses to read, or could not read: missing, a folder, a pipe or device, too large, outside
 * the committee folder. The message is one sentence naming the file ({@code fonts/x.ttf: is a folder, not a file});
 * {@link #problem()} is the same sentence without the file, for messages that name it their own way.
 */
public final class InputFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the file was not read. */
    public enum Reason {
        /** Nothing is at the path. */
        MISSING,
        /** A folder is at the path. */
        FOLDER,
        /** A pipe, device or socket is at the path. */
        NOT_REGULAR,
        /** The file holds more than its kind's limit. */
        TOO_LARGE,
        /** The path leads outside the committee folder (and the folders it allows). */
        OUTSIDE,
        /** Anything else: permissions, an input/output error. */
        UNREADABLE
    }

    private final String file;
    private final Reason reason;
    private final String problem;

    InputFileException(String file, Reason reason, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file, as it was named. */
    public String file() {
        return file;
    }

    /** Why it was not read. */
    public Reason reason() {
        return reason;
    }

    /** What is wrong, without the file's name: {@code is a folder, not a file}. */
    public String problem() {
        return problem;
    }
}
