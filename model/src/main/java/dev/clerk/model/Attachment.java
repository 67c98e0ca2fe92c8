package dev.clerk.model;

/**
 * A supporting document of an agenda item.
 *
 * @param title what the document is
 * @param path  where it is, relative to the committee folder
 */
public record Attachment(String title, String path) {
    public Attachment {
        title = Checks.required(title, "title");
        path = Checks.required(path, "path");
        if (path.startsWith("/") || path.matches("^[A-Za-z]:[\\\\/].*")) {
            throw new IllegalArgumentException("path: '" + path + "' must be relative to the committee folder");
        }
    }
}
