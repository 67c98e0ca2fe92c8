package dev.clerk.mail;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A built document to attach: where it is, what it is, and the name recipients see.
 *
 * @param file        the file to attach
 * @param contentType its MIME type, such as {@code application/pdf}
 * @param fileName    the name the attachment is given: letters, digits, dots, hyphens and underscores
 */
public record Document(Path file, String contentType, String fileName) {
    public Document {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
        if (!contentType.matches("[a-z]+/[A-Za-z0-9.+-]+")) {
            throw new IllegalArgumentException("contentType: '" + contentType + "' is not a MIME type such as application/pdf");
        }
        if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("fileName: '" + fileName
                    + "' must be letters, digits, dots, hyphens and underscores with an extension");
        }
    }

    /** A PDF attached under {@code fileName}. */
    public static Document pdf(Path file, String fileName) {
        return new Document(file, "application/pdf", fileName);
    }
}
