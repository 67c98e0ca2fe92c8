package dev.clerk.render.docx;

import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Meta;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Paints a composed document (minutes, agenda or task list) as a Word file: each block in a named style a clerk can
 * restyle, item headings and numbered lists with Word's own numbering, real hyperlinks and bookmarks, the language
 * of every run, a running header, page numbers and watermark, and the document's properties. Everything printed
 * comes from the document; the same document always gives the same bytes.
 *
 * <pre>{@code
 * new DocxRenderer(DocxOptions.defaults()).render(MinutesComposer.compose(body, meeting), out);
 * }</pre>
 */
public final class DocxRenderer {
    private final DocxOptions options;

    /** A renderer with the given options. */
    public DocxRenderer(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes {@code doc} to {@code out}, which stays open.
     *
     * @throws TemplateException when the options' template is not a usable .docx file
     * @throws IOException       when {@code out} cannot be written
     */
    public void render(Document doc, OutputStream out) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        Meta meta = doc.meta();
        WordDocument word = WordDocument.create(options, meta.language(), doc.outline());
        new Painter(word, doc).paint();
        word.properties(new WordDocument.Properties(meta.title(), meta.subject(), meta.author(),
                String.join("; ", meta.keywords()), meta.language(), meta.created(), meta.modified()));
        word.write(out, meta.created(), options.record());
    }
}
