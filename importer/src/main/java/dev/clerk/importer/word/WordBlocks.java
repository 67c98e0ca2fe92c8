package dev.clerk.importer.word;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the body of a Word document ({@code word/document.xml}) into {@link WordBlock}s. Tracked changes are read
 * as accepted (insertions kept, deletions dropped); content controls, hyperlinks, smart tags and fields are read
 * through to their text; pictures, comments and footnote references are left out.
 */
public final class WordBlocks {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordBlocks() {
    }

    /** The body's blocks; {@code styleNames} maps style ids to names (see {@link WordPackage#styleNames}). */
    public static List<WordBlock> read(String documentXml, Map<String, String> styleNames) throws IOException {
        Element root = parse(documentXml).getDocumentElement();
        Element body = child(root, "body");
        List<WordBlock> blocks = new ArrayList<>();
        if (body != null) {
            new WordBlocks.Walker(styleNames).blocks(body, blocks);
        }
        return blocks;
    }

    /** Whether two style names are the same style as Word compares them (case and spaces ignored). */
    public static boolean sameStyle(String a, String b) {
        return a != null && b != null && squash(a).equals(squash(b));
    }

    static String squash(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    static org.w3c.dom.Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Element child(Element e, String localName) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && W.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    static String val(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, "val");
        return v.isEmpty() ? null : v;
    }

    private static final class Walker {
        private final Map<String, String> styleNames;

        Walker(Map<String, String> styleNames) {
            this.styleNames = styleNames;
        }

        /** Block-level content: paragraphs, tables, and containers (content controls, tracked insertions). */
        void blocks(Element parent, List<WordBlock> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "p" -> out.add(paragraph(e));
                    case "tbl" -> out.add(table(e));
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            blocks(content, out);
                        }
                    }
                    case "ins", "customXml", "smartTag" -> blocks(e, out);
                    default -> {
                        // sectPr, bookmarks, deletions, moveFrom: no text.
                    }
                }
            }
        }

        private WordBlock.Table table(Element tbl) {
            Element pr = child(tbl, "tblPr");
            String style = pr == null ? null : name(val(child(pr, "tblStyle")));
            List<List<List<WordBlock.Para>>> rows = new ArrayList<>();
            for (Element tr : rowsOf(tbl)) {
                List<List<WordBlock.Para>> cells = new ArrayList<>();
                for (Element tc : cellsOf(tr)) {
                    List<WordBlock> inner = new ArrayList<>();
                    blocks(tc, inner);
                    List<WordBlock.Para> paras = new ArrayList<>();
                    flatten(inner, paras);
                    cells.add(paras);
                }
                rows.add(cells);
            }
            return new WordBlock.Table(style, rows);
        }

        private static void flatten(List<WordBlock> blocks, List<WordBlock.Para> out) {
            for (WordBlock b : blocks) {
                if (b instanceof WordBlock.Para p) {
                    out.add(p);
                } else if (b instanceof WordBlock.Table t) {
                    for (List<List<WordBlock.Para>> row : t.rows()) {
                        row.forEach(out::addAll);
                    }
                }
            }
        }

        /** A table's rows, including rows inside content controls and tracked insertions. */
        private List<Element> rowsOf(Element tbl) {
            List<Element> rows = new ArrayList<>();
            collect(tbl, "tr", rows);
            return rows;
        }

        private List<Element> cellsOf(Element tr) {
            List<Element> cells = new ArrayList<>();
            collect(tr, "tc", cells);
            return cells;
        }

        private static void collect(Element parent, String localName, List<Element> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                    if (localName.equals(e.getLocalName())) {
                        out.add(e);
                    } else if (e.getLocalName().equals("sdt")) {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            collect(content, localName, out);
                        }
                    } else if (e.getLocalName().equals("ins") || e.getLocalName().equals("customXml")) {
                        collect(e, localName, out);
                    }
                }
            }
        }

        private WordBlock.Para paragraph(Element p) {
            Element pPr = child(p, "pPr");
            String style = null;
            boolean numbered = false;
            int level = 0;
            if (pPr != null) {
                style = name(val(child(pPr, "pStyle")));
                Element numPr = child(pPr, "numPr");
                if (numPr != null) {
                    String numId = val(child(numPr, "numId"));
                    numbered = numId != null && !numId.equals("0");
                    String ilvl = val(child(numPr, "ilvl"));
                    if (ilvl != null && ilvl.matches("[0-8]")) {
                        level = Integer.parseInt(ilvl);
                    }
                }
            }
            List<WordBlock.Span> spans = new ArrayList<>();
            inline(p, spans);
            return new WordBlock.Para(style, numbered, level, merge(spans));
        }

        /** Inline content: runs, and what wraps runs (hyperlinks, content controls, insertions, fields). */
        private void inline(Element parent, List<WordBlock.Span> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "r" -> run(e, out);
                    case "hyperlink", "ins", "smartTag", "customXml", "fldSimple", "moveTo", "dir", "bdo" ->
                            inline(e, out);
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            inline(content, out);
                        }
                    }
                    default -> {
                        // pPr, bookmarks, proofErr, deletions, comment ranges: no text.
                    }
                }
            }
        }

        private void run(Element r, List<WordBlock.Span> out) {
            Element rPr = child(r, "rPr");
            String style = rPr == null ? null : name(val(child(rPr, "rStyle")));
            if (rPr != null && child(rPr, "vanish") != null) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            boolean inFieldCode = false;
            for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "t" -> sb.append(e.getTextContent());
                    case "tab", "ptab" -> sb.append('\t');
                    case "br", "cr" -> sb.append('\n');
                    case "noBreakHyphen" -> sb.append('\u2011');
                    case "softHyphen" -> sb.append('\u00AD');
                    case "sym" -> {
                        String c = e.getAttributeNS(W, "char");
                        if (c.matches("[0-9A-Fa-f]{1,4}")) {
                            sb.appendCodePoint(Integer.parseInt(c, 16));
                        }
                    }
                    default -> {
                        // instrText (field codes), drawings, footnote references: no text.
                    }
                }
            }
            if (!sb.isEmpty() && !inFieldCode) {
                out.add(new WordBlock.Span(sb.toString(), style));
            }
        }

        private String name(String styleId) {
            if (styleId == null) {
                return null;
            }
            return styleNames.getOrDefault(styleId, styleId);
        }

        /** Adjacent runs in one style are one span (editors split runs at will). */
        private static List<WordBlock.Span> merge(List<WordBlock.Span> spans) {
            List<WordBlock.Span> merged = new ArrayList<>();
            for (WordBlock.Span s : spans) {
                if (!merged.isEmpty()) {
                    WordBlock.Span last = merged.get(merged.size() - 1);
                    if (java.util.Objects.equals(last.style() == null ? null : squash(last.style()),
                            s.style() == null ? null : squash(s.style()))) {
                        merged.set(merged.size() - 1, new WordBlock.Span(last.text() + s.text(), last.style()));
                        continue;
                    }
                }
                merged.add(s);
            }
            return merged;
        }
    }
}
