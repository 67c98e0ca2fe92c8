package dev.clerk.importer.word;

import dev.clerk.model.io.InputFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parts of a Word file that Clerk reads back: the body, the style names, and Clerk's record when the file is one
 * Clerk made (a custom XML part in the namespace {@value #RECORD_NAMESPACE}, found by namespace wherever an editor
 * put it). Parts are read with a size limit, so a zip bomb is refused rather than unpacked.
 *
 * @param body       {@code word/document.xml} (or wherever the package's main part is)
 * @param styleNames the style names by style id
 * @param record     Clerk's record, or null when the file has none
 */
public record WordPackage(String body, Map<String, String> styleNames, Record record) {
    /** The namespace of Clerk's record. */
    public static final String RECORD_NAMESPACE = "urn:dev.clerk:record:1";
    /** The most a part may hold once unpacked. */
    static final long MAX_PART = 64L * 1024 * 1024;
    /** The most custom XML parts looked into for Clerk's record. */
    static final int MAX_CUSTOM_PARTS = 32;

    private static final Pattern MAIN = Pattern.compile(
            "Type=\"http://schemas\\.openxmlformats\\.org/officeDocument/2006/relationships/officeDocument\"[^>]*?"
                    + "Target=\"/?([^\"]+)\"|Target=\"/?([^\"]+)\"[^>]*?Type=\"http://schemas\\.openxmlformats\\.org/"
                    + "officeDocument/2006/relationships/officeDocument\"");

    /**
     * What Clerk kept in a document it made.
     *
     * @param kind       what the document is ("minutes", "form")
     * @param data       the data it was made from (JSON)
     * @param body       the body as Clerk wrote it
     * @param styleNames the style names as Clerk wrote them
     */
    public record Record(String kind, String data, String body, Map<String, String> styleNames) {
        public Record {
            styleNames = Map.copyOf(styleNames);
        }
    }

    public WordPackage {
        styleNames = Map.copyOf(styleNames);
    }

    /** Reads the parts of {@code path}; an IOException says why the file is not a usable Word document. */
    public static WordPackage read(Path path) throws IOException {
        // A regular file within the limit, checked before the zip is opened (a pipe would block it).
        InputFiles.requireReadable(path, InputFiles.Limit.IMPORTED_WORD);
        try (ZipFile zip = new ZipFile(path.toFile())) {
            String main = "word/document.xml";
            String rels = part(zip, "_rels/.rels");
            if (rels != null) {
                Matcher m = MAIN.matcher(rels);
                if (m.find()) {
                    main = m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
            String body = part(zip, main);
            if (body == null) {
                throw new IOException("it has no document body (" + main + ")");
            }
            String dir = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
            String styles = part(zip, dir + "styles.xml");
            Map<String, String> names = styles == null ? Map.of() : styleNames(styles);
            Record record = null;
            List<String> custom = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith("customXml/") && name.endsWith(".xml") && !name.contains("/_rels/")
                        && !name.contains("itemProps")) {
                    custom.add(name);
                }
            }
            for (String name : custom.subList(0, Math.min(custom.size(), MAX_CUSTOM_PARTS))) {
                String xml = part(zip, name);
                if (xml != null && xml.contains(RECORD_NAMESPACE)) {
                    record = record(xml);
                    if (record != null) {
                        break;
                    }
                }
            }
            return new WordPackage(body, names, record);
        }
    }

    /** The style names by id in a styles part. */
    static Map<String, String> styleNames(String stylesXml) throws IOException {
        Map<String, String> names = new HashMap<>();
        Element root = WordBlocks.parse(stylesXml).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element style && "style".equals(style.getLocalName())) {
                String id = style.getAttributeNS(WordBlocks.W, "styleId");
                String name = WordBlocks.val(WordBlocks.child(style, "name"));
                if (!id.isEmpty()) {
                    names.put(id, name == null ? id : name);
                }
            }
        }
        return names;
    }

    private static Record record(String xml) throws IOException {
        Element root = WordBlocks.parse(xml).getDocumentElement();
        if (!RECORD_NAMESPACE.equals(root.getNamespaceURI()) || !"clerk".equals(root.getLocalName())) {
            return null;
        }
        String data = null;
        String body = null;
        Map<String, String> styles = new HashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "data" -> data = e.getTextContent();
                    case "body" -> body = e.getTextContent();
                    case "styles" -> {
                        for (Node s = e.getFirstChild(); s != null; s = s.getNextSibling()) {
                            if (s instanceof Element st) {
                                styles.put(st.getAttribute("id"), st.getAttribute("name"));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        if (data == null || body == null) {
            return null;
        }
        return new Record(root.getAttribute("kind"), data, body, styles);
    }

    private static String part(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null || e.isDirectory()) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int r; (r = in.read(buf)) > 0; ) {
                total += r;
                if (total > MAX_PART) {
                    throw new IOException("its part " + name + " expands to more than " + MAX_PART / (1024 * 1024)
                            + " MB (possible zip bomb)");
                }
                out.write(buf, 0, r);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
