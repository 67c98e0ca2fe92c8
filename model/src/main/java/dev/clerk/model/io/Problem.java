package dev.clerk.model.io;

import java.util.Objects;

/**
 * One thing wrong with an input file, located to the line and column.
 * Printed as {@code meetings/2017-03-27.yaml:14:7: attendees[2].name: must not be blank}.
 *
 * @param file     the file as the user named it
 * @param line     the line, from 1; 0 when the problem concerns the whole file
 * @param column   the column, from 1; 0 when unknown
 * @param path     the field, such as {@code agenda[1].actions[0].owners[0]}; empty for the document itself
 * @param message  what is wrong, and where it helps, what would be right
 * @param severity error or warning
 */
public record Problem(String file, int line, int column, String path, String message, Severity severity) {
    public Problem {
        Objects.requireNonNull(file, "file");
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error at a position. */
    public static Problem error(String file, Position at, String path, String message) {
        return new Problem(file, at.line(), at.column(), path, message, Severity.ERROR);
    }

    /** A warning at a position. */
    public static Problem warning(String file, Position at, String path, String message) {
        return new Problem(file, at.line(), at.column(), path, message, Severity.WARNING);
    }

    /** Whether this problem stops the file from being used. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        return sb.append(message).toString();
    }
}
