package dev.clerk.compose.doc;

import java.util.Objects;

/**
 * What every page carries besides the content: a running header, a footer with the page numbers, a watermark.
 * Painters without pages (HTML) leave it out; nothing in it is content.
 *
 * @param headerLeft  the header's left text (the body's name)
 * @param headerRight the header's right text (the document and date)
 * @param footerLeft  the footer's left text, or null
 * @param pageNumbers the page number phrase with {0} for the page and {1} for the count ("Page {0} of {1}")
 * @param watermark   a word drawn across every page ("DRAFT"), or null
 */
public record Furniture(Text headerLeft, Text headerRight, Text footerLeft, String pageNumbers, String watermark) {
    public Furniture {
        Objects.requireNonNull(headerLeft, "headerLeft");
        Objects.requireNonNull(headerRight, "headerRight");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
        if (!pageNumbers.contains("{0}")) {
            throw new IllegalArgumentException("pageNumbers: '" + pageNumbers + "' has no {0}");
        }
    }
}
