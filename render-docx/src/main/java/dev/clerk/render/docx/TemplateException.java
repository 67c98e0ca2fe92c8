package dev.clerk.render.docx;

import java.io.IOException;

/**
 * A reference document given with {@code --template} that cannot be used: not a .docx file, or a damaged one.
 * The message names the file: {@code letterhead.docx: not a Word document (.docx): ...}.
 */
public final class TemplateException extends IOException {
    private static final long serialVersionUID = 1L;

    TemplateException(String name, String problem, Throwable cause) {
        super(name + ": " + problem, cause);
    }
}
