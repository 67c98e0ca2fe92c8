package dev.clerk.render.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.clerk.compose.doc.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Paints a composed document as one self-contained HTML5 page: semantic, accessible, with its own screen and
 * print style sheet and nothing fetched from elsewhere.
 *
 * <p>The page has a {@code <header>} with the letterhead, the title and the subtitle, and a {@code <main>} with
 * the rest. Page furniture (running headers, footers, page numbers) is left out, as a page has no pages; a draft
 * carries its watermark word as CSS generated content only. The same document always gives the same bytes
 * (UTF-8, pretty-printed).
 */
public final class HtmlRenderer {
    /** A renderer. */
    public HtmlRenderer() {
    }

    /**
     * Writes {@code doc} as an HTML page to {@code out}, which is left open.
     *
     * @throws IOException if writing to {@code out} fails
     */
    public void render(Document doc, OutputStream out) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        String html = new PageBuilder(doc).build().outerHtml();
        out.write(html.getBytes(UTF_8));
        out.write('\n');
        out.flush();
    }
}
