package dev.clerk.cli;

import dev.clerk.model.NumberingStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The text a reader gets from each format, read back with the library a reader's tool would use, as a list of
 * words: Word through POI (with the numbers Word's list numbering shows, which are not in the text), PDF through
 * PDFBox by its structure tree (the tagged content in reading order; page furniture is artifacts and not in it),
 * HTML through jsoup (what is shown: visually hidden text and the head left out).
 */
final class DocumentTexts {
    private DocumentTexts() {
    }

    /** The words of a text, compared form by form: NFKC (Arabic presentation forms are letters), bullets dropped. */
    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u00a0', ' ')
                .replaceAll("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "");
        List<String> out = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && !w.matches("[•–◦▪·-]+")) {
                out.add(w);
            }
        }
        return out;
    }

    // ---- HTML ------------------------------------------------------------------------------------------------

    static List<String> html(byte[] bytes) {
        Document doc = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        doc.select(".visually-hidden, .sr-only, script, style, template").remove();
        return words(doc.body().wholeText());
    }

    // ---- PDF -------------------------------------------------------------------------------------------------

    static List<String> pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Map<PDPage, Map<Integer, String>> content = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    collect(mc, byId);
                }
                content.put(page, byId);
            }
            StringBuilder sb = new StringBuilder();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), null, content, sb);
            return words(sb.toString());
        }
    }

    /** Records the text of {@code mc} under its MCID; returns that text (its /ActualText when it has one). */
    private static String collect(PDMarkedContent mc, Map<Integer, String> byId) {
        if (mc.getTag() != null && mc.getTag().equals("Artifact")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                String text = collect(inner, byId);
                if (inner.getMCID() < 0) {
                    sb.append(text);
                }
            }
        }
        String text = mc.getActualText() != null ? mc.getActualText() : sb.toString();
        if (mc.getMCID() >= 0) {
            byId.merge(mc.getMCID(), text, String::concat);
        }
        return text;
    }

    /** Structure types that are blocks (or cells, or labels): a reader takes their texts apart. */
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("Document", "Part", "Sect", "Div", "P",
            "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TFoot",
            "TR", "TH", "TD", "Caption", "BlockQuote", "Note", "TOC", "TOCI", "Index", "Form", "Figure");

    private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> content,
                             StringBuilder sb) {
        boolean block = true;
        if (node instanceof PDStructureElement e) {
            if (e.getPage() != null) {
                page = e.getPage();
            }
            if ("Artifact".equals(e.getStructureType())) {
                return;
            }
            block = BLOCKS.contains(e.getStructureType());
            if (e.getActualText() != null) {
                sb.append(block ? " " : "").append(e.getActualText()).append(block ? " " : "");
                return;
            }
        }
        if (block) {
            sb.append(' ');
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                walk(child, page, content, sb);
            } else if (kid instanceof Integer mcid) {
                append(content, page, mcid, sb);
            } else if (kid instanceof PDMarkedContentReference ref) {
                append(content, ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), sb);
            }
        }
        if (block) {
            sb.append(' ');
        }
    }

    private static void append(Map<PDPage, Map<Integer, String>> content, PDPage page, int mcid, StringBuilder sb) {
        Map<Integer, String> byId = page == null ? null : content.get(page);
        String text = byId == null ? null : byId.get(mcid);
        if (text != null) {
            sb.append(text);
        }
    }

    // ---- Word ------------------------------------------------------------------------------------------------

    static List<String> docx(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Numbers numbers = new Numbers(doc);
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, numbers, sb);
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                paragraph(p, numbers, sb);
                            }
                        }
                    }
                }
            }
            return words(sb.toString());
        }
    }

    private static void paragraph(XWPFParagraph p, Numbers numbers, StringBuilder sb) {
        String label = numbers.label(p);
        if (label != null) {
            sb.append(label).append(' ');
        }
        sb.append(p.getText()).append('\n');
    }

    /** Word's list numbering, worked out as Word does: counters per list and level, deeper levels reset. */
    private static final class Numbers {
        private final XWPFDocument doc;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Numbers(XWPFDocument doc) {
            this.doc = doc;
        }

        String label(XWPFParagraph p) {
            CTNumPr numPr = numPr(p);
            if (numPr == null || numPr.getNumId() == null) {
                return null;
            }
            BigInteger numId = numPr.getNumId().getVal();
            int level = numPr.getIlvl() == null ? levelOfStyle(p) : numPr.getIlvl().getVal().intValue();
            XWPFNumbering numbering = doc.getNumbering();
            XWPFNum num = numbering == null ? null : numbering.getNum(numId);
            if (num == null) {
                return null;
            }
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
            CTLvl[] levels = abs.getCTAbstractNum().getLvlArray();
            int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
            count[level]++;
            for (int i = level + 1; i < count.length; i++) {
                count[i] = 0;
            }
            CTLvl lvl = levels[level];
            String text = lvl.getLvlText().getVal();
            for (int i = 0; i <= level; i++) {
                CTLvl li = levels[i];
                int start = li.getStart() == null ? 1 : li.getStart().getVal().intValue();
                int n = Math.max(count[i], 1) + start - 1;
                text = text.replace("%" + (i + 1), format(li.getNumFmt().getVal().toString(), n));
            }
            return text;
        }

        private CTNumPr numPr(XWPFParagraph p) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) {
                CTNumPr own = p.getCTP().getPPr().getNumPr();
                if (own.getNumId() != null && own.getNumId().getVal().signum() == 0) {
                    return null;
                }
                if (own.getNumId() != null) {
                    return own;
                }
            }
            for (XWPFStyle s = style(p.getStyleID()); s != null; s = style(s.getBasisStyleID())) {
                if (s.getCTStyle().getPPr() != null && s.getCTStyle().getPPr().getNumPr() != null) {
                    return s.getCTStyle().getPPr().getNumPr();
                }
            }
            return null;
        }

        private int levelOfStyle(XWPFParagraph p) {
            for (XWPFStyle s = style(p.getStyleID()); s != null; s = style(s.getBasisStyleID())) {
                var ppr = s.getCTStyle().getPPr();
                if (ppr != null && ppr.getNumPr() != null && ppr.getNumPr().getIlvl() != null) {
                    return ppr.getNumPr().getIlvl().getVal().intValue();
                }
            }
            return 0;
        }

        private XWPFStyle style(String id) {
            return id == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        }

        /** Word's number format applied to {@code n}: the same roman and letter counting as the agenda's labels. */
        private static String format(String fmt, int n) {
            return switch (fmt) {
                case "upperRoman" -> NumberingStyle.UPPER_ROMAN.label(n);
                case "lowerRoman" -> NumberingStyle.LOWER_ROMAN.label(n);
                case "upperLetter" -> NumberingStyle.UPPER_LETTER.label(n);
                case "lowerLetter" -> NumberingStyle.LOWER_LETTER.label(n);
                case "bullet", "none" -> "";
                default -> Integer.toString(n);
            };
        }
    }
}
