package dev.clerk.render.docx;

import java.util.Arrays;
import java.util.Objects;

/**
 * How Clerk's Word documents are made.
 *
 * @param template an organisation's own Word file whose styles, page setup, header and footer are used (as pandoc's
 *                 {@code --reference-doc}), or null for Clerk's own
 * @param record   the data the document was made from, kept inside it for a reader to compare an edited copy
 *                 with, or null
 */
public record DocxOptions(Template template, Record record) {
    /** Clerk's own styles and page setup. */
    public static DocxOptions defaults() {
        return new DocxOptions(null, null);
    }

    /** The styles, page setup, header and footer of {@code template}. */
    public static DocxOptions withTemplate(Template template) {
        return new DocxOptions(Objects.requireNonNull(template, "template"), null);
    }

    /** These options, with {@code record} kept in the document. */
    public DocxOptions withRecord(Record record) {
        return new DocxOptions(template, Objects.requireNonNull(record, "record"));
    }

    /**
     * What a document was made from, kept in it as a custom XML part ({@code customXml/item1.xml}, which Word and
     * LibreOffice keep through a save) together with a copy of the document's body and style names as written. A
     * reader compares the edited body with that copy to find what was changed, and takes what the body does not show
     * from the data.
     *
     * @param kind what the document is ("minutes", "form"), for the reader
     * @param data the data, as JSON
     */
    public record Record(String kind, String data) {
        public Record {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * A reference Word document, read by the caller: the renderer never opens files.
     *
     * @param name    how messages name it, usually its path
     * @param content the bytes of the .docx file
     */
    public record Template(String name, byte[] content) {
        public Template {
            Objects.requireNonNull(name, "name");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Template t && name.equals(t.name) && Arrays.equals(content, t.content);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Template[" + name + ", " + content.length + " bytes]";
        }
    }
}
