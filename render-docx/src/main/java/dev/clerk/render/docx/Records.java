package dev.clerk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Keeps a {@link DocxOptions.Record} in a written document as a custom XML part: the data, the style names, and a
 * copy of the body as written. Custom XML parts are what Word and LibreOffice keep through a save without showing
 * them; the part is found by its namespace, {@value #NAMESPACE}, since editors may renumber the parts.
 */
final class Records {
    /** The namespace of the record's root element. */
    static final String NAMESPACE = "urn:dev.clerk:record:1";

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DOCUMENT = "word/document.xml";
    private static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
    private static final String STYLES = "word/styles.xml";
    private static final Pattern STYLE = Pattern.compile(
            "<w:style\\b[^>]*?w:styleId=\"([^\"]*)\"[^>]*>\\s*<w:name w:val=\"([^\"]*)\"");

    private Records() {
    }

    /** The package {@code docx} with {@code record} added. */
    static byte[] embed(byte[] docx, DocxOptions.Record record) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        int n = 1;
        while (parts.containsKey("customXml/item" + n + ".xml")) {
            n++;
        }
        String item = "customXml/item" + n + ".xml";
        String props = "customXml/itemProps" + n + ".xml";
        parts.put(item, recordXml(record, text(parts.get(DOCUMENT)), text(parts.get(STYLES))));
        parts.put(props, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<ds:datastoreItem ds:itemID=\"{C1E7C0DE-0000-4000-8000-00000000000" + Math.min(n, 9) + "}\" "
                + "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"><ds:schemaRefs>"
                + "<ds:schemaRef ds:uri=\"" + NAMESPACE + "\"/></ds:schemaRefs></ds:datastoreItem>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("customXml/_rels/item" + n + ".xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                + "standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                + "2006/relationships/customXmlProps\" Target=\"itemProps" + n + ".xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put(CONTENT_TYPES, text(parts.get(CONTENT_TYPES)).replace("</Types>",
                "<Override PartName=\"/" + item + "\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/" + props + "\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.customXmlProperties+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        parts.put(DOCUMENT_RELS, text(parts.get(DOCUMENT_RELS)).replace("</Relationships>",
                "<Relationship Id=\"rIdClerkRecord\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/customXml\" Target=\"../" + item + "\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 2);
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] recordXml(DocxOptions.Record record, String document, String styles) {
        StringBuilder sb = new StringBuilder(document.length() * 11 / 10 + record.data().length() + 4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        sb.append("<clerk xmlns=\"").append(NAMESPACE).append("\" kind=\"").append(escape(record.kind()))
                .append("\">\n<data>").append(escape(record.data())).append("</data>\n<styles>");
        Matcher m = STYLE.matcher(styles);
        while (m.find()) {
            sb.append("<style id=\"").append(m.group(1)).append("\" name=\"").append(m.group(2)).append("\"/>");
        }
        sb.append("</styles>\n<body>").append(escape(document)).append("</body>\n</clerk>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalStateException("the written document lacks a part Clerk always writes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r", "&#13;");
    }
}
