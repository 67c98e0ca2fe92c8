package dev.clerk.compose.doc;

import java.util.Objects;

/**
 * A piece of text set one way. A newline in {@code text} is a line break within the paragraph.
 *
 * @param text     the text, as the reader reads it (logical order, even for right-to-left scripts)
 * @param emphasis how it is set apart
 * @param link     where it links to, or null
 * @param language its language as a BCP 47 tag when it differs from the document's ("ar", "he"), or null
 * @param source   the field it came from, or null for Clerk's own wording
 */
public record Run(String text, Emphasis emphasis, Link link, String language, Source source) {
    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emphasis, "emphasis");
        if (language != null && language.isBlank()) {
            throw new IllegalArgumentException("language: must not be blank");
        }
    }

    /** This run in another language. */
    public Run inLanguage(String tag) {
        return new Run(text, emphasis, link, tag, source);
    }
}
