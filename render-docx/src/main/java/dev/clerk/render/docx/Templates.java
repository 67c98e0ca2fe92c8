package dev.clerk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Node;

/**
 * Opens a reference document as the start of a new one, as pandoc's {@code --reference-doc} does: its styles,
 * numbering, page setup, headers and footers stay; its body text goes.
 */
final class Templates {
    private static final String TEMPLATE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String DOCUMENT =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private Templates() {
    }

    static XWPFDocument open(DocxOptions.Template template) throws TemplateException {
        byte[] content = template.content();
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new TemplateException(template.name(),
                    "not a Word document: a .docx file is a zip package, and this file is not one", null);
        }
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(template.name(), "damaged or not a Word document (.docx): " + reason(e), e);
        }
        try {
            String type = doc.getPackagePart().getContentType();
            if (!type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                    && !type.startsWith("application/vnd.ms-word.")) {
                throw new TemplateException(template.name(), "not a Word document: its main part is " + type, null);
            }
            emptyBody(doc);
            if (type.equals(TEMPLATE)) {
                // A .dotx works as a reference too; what comes out is a document, not another template.
                doc.getPackage().replaceContentType(TEMPLATE, DOCUMENT);
            }
            // The body is rebuilt from scratch: reopen so that POI's view of the body matches its XML.
            ByteArrayOutputStream copy = new ByteArrayOutputStream(content.length);
            doc.write(copy);
            doc.close();
            return new XWPFDocument(new ByteArrayInputStream(copy.toByteArray()));
        } catch (IOException | RuntimeException e) {
            throw new TemplateException(template.name(), "damaged Word document (.docx): " + reason(e), e);
        }
    }

    /** Removes every block from the body but the final section properties (page size, margins, headers). */
    private static void emptyBody(XWPFDocument doc) {
        Node body = doc.getDocument().getBody().getDomNode();
        List<Node> blocks = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE || !"sectPr".equals(n.getLocalName())) {
                blocks.add(n);
            }
        }
        blocks.forEach(body::removeChild);
    }

    /** POI's words for a part larger than its limits: "Tried to allocate an array of length ...", "...MaxOverride()". */
    private static final java.util.regex.Pattern OVERSIZED = java.util.regex.Pattern.compile(
            "(?i)tried to allocate|max(?:imum)?\\s+length|setByteArrayMaxOverride|zip bomb|exceeds the max");

    /** Why POI could not read a template, in plain words: no library names, no advice meant for POI's users. */
    static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && OVERSIZED.matcher(c.getMessage()).find() || c instanceof OutOfMemoryError) {
                return "a part of it is far larger than a real document's (it may be damaged, or built to exhaust memory)";
            }
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        // POI wraps causes as "org.apache...InvalidFormatException: message": keep the message, its first sentence.
        String plain = m.strip().replaceAll("\\s+", " ").replaceFirst("^([a-z0-9_]+\\.)+[A-Z][A-Za-z0-9_]*: ", "");
        int end = plain.indexOf(". ");
        return end > 0 ? plain.substring(0, end) : plain;
    }
}
