package dev.clerk.render.docx;

import java.util.Arrays;
import java.util.Objects;

/**
 * How Clerk's Word documents are made.
 *
 * @param template an organisation's own Word file whose styles, page setup, header and footer are used (as pandoc's
 *                 {@code --reference-doc}), or null for Clerk's own
 */
public record DocxOptions(Template template) {
    /** Clerk's own styles and page setup. */
    public static DocxOptions defaults() {
        return new DocxOptions(null);
    }

    /** The styles, page setup, header and footer of {@code template}. */
    public static DocxOptions withTemplate(Template template) {
        return new DocxOptions(Objects.requireNonNull(template, "template"));
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
