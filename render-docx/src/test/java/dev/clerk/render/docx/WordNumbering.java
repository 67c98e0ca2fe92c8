package dev.clerk.render.docx;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Counts as Word counts. From numbering.xml and styles.xml alone it works out the label Word shows before each body
 * paragraph: a paragraph's list and level come from its own numPr or its style's (through basedOn); lists that share
 * a definition share its counters; a list's level overrides restart a level the first time the list is used; a level
 * counts up from its start and every deeper level starts again. Written apart from the painter, so that it checks it.
 */
final class WordNumbering {
    /** A body paragraph and the label Word puts before it, or null. */
    record Labelled(XWPFParagraph paragraph, String label) {
    }

    private final XWPFDocument doc;
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();
    private final Set<BigInteger> seen = new HashSet<>();

    private WordNumbering(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Every body paragraph, in order, with Word's label. */
    static List<Labelled> labels(XWPFDocument doc) {
        WordNumbering n = new WordNumbering(doc);
        List<Labelled> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            out.add(new Labelled(p, n.label(p)));
        }
        return out;
    }

    /** The labels Word shows before the item headings (Heading 1 to 6), in order. */
    static List<String> headingLabels(XWPFDocument doc) {
        return labels(doc).stream().filter(l -> l.paragraph().getStyle() != null
                && l.paragraph().getStyle().matches("Heading[1-6]")).map(Labelled::label).toList();
    }

    /** The labels Word shows before the entries of numbered lists (List Number paragraphs with a label). */
    static List<String> numberedEntryLabels(XWPFDocument doc) {
        return labels(doc).stream().filter(l -> "ListNumber".equals(l.paragraph().getStyle()) && l.label() != null)
                .map(Labelled::label).toList();
    }

    /** The labels of the document's item headings, in reading order. */
    static List<String> treeHeadingLabels(Document doc) {
        List<String> out = new ArrayList<>();
        walk(doc.blocks(), out, new ArrayList<>());
        return out;
    }

    /** The labels of the entries of the document's numbered lists, in reading order. */
    static List<String> treeEntryLabels(Document doc) {
        List<String> out = new ArrayList<>();
        walk(doc.blocks(), new ArrayList<>(), out);
        return out;
    }

    private static void walk(List<Block> blocks, List<String> headings, List<String> entries) {
        for (Block b : blocks) {
            if (b instanceof Heading h && h.kind() == Heading.Kind.ITEM) {
                headings.add(h.label());
            } else if (b instanceof ItemList l) {
                for (ItemList.Entry e : l.items()) {
                    if (l.kind() == ItemList.Kind.NUMBERED) {
                        entries.add(e.label());
                    }
                    walk(e.blocks(), headings, entries);
                }
            }
        }
    }

    private String label(XWPFParagraph p) {
        CTNumPr numPr = numPr(p);
        if (numPr == null || !numPr.isSetNumId() || numPr.getNumId().getVal().signum() == 0) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.isSetIlvl() ? numPr.getIlvl().getVal().intValue() : 0;
        CTNum num = doc.getNumbering().getNum(numId).getCTNum();
        BigInteger abstractId = num.getAbstractNumId().getVal();
        CTAbstractNum list = doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum();
        Integer[] count = counters.computeIfAbsent(abstractId, k -> new Integer[9]);
        if (seen.add(numId)) {
            for (CTNumLvl override : num.getLvlOverrideList()) {
                if (override.isSetStartOverride()) {
                    count[override.getIlvl().intValue()] = override.getStartOverride().getVal().intValue() - 1;
                }
            }
        }
        CTLvl lvl = level(list, level);
        count[level] = count[level] == null ? start(lvl) : count[level] + 1;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = null;
        }
        String text = lvl.getLvlText().getVal();
        if ("bullet".equals(lvl.getNumFmt().getVal().toString())) {
            return text;
        }
        for (int k = 1; k <= 9; k++) {
            if (text.contains("%" + k)) {
                CTLvl other = level(list, k - 1);
                int n = count[k - 1] == null ? start(other) : count[k - 1];
                text = text.replace("%" + k, format(other.getNumFmt().getVal().toString(), n));
            }
        }
        return text;
    }

    /** The paragraph's own list reference, else its style's, else its base style's. */
    private CTNumPr numPr(XWPFParagraph p) {
        if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetNumPr()) {
            return p.getCTP().getPPr().getNumPr();
        }
        String id = p.getStyle();
        for (int guard = 0; id != null && guard < 20; guard++) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style == null) {
                return null;
            }
            if (style.getCTStyle().isSetPPr() && style.getCTStyle().getPPr().isSetNumPr()) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            id = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
        }
        return null;
    }

    private static CTLvl level(CTAbstractNum list, int level) {
        for (CTLvl lvl : list.getLvlList()) {
            if (lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        throw new AssertionError("list " + list.getAbstractNumId() + " has no level " + level);
    }

    private static int start(CTLvl lvl) {
        return lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
    }

    /** Word's number formats, written out here rather than borrowed from the painter. */
    static String format(String numFmt, int n) {
        return switch (numFmt) {
            case "decimal" -> Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            default -> throw new AssertionError("number format " + numFmt);
        };
    }

    private static String roman(int n) {
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] hundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
        return "M".repeat(n / 1000) + hundreds[n / 100 % 10] + tens[n / 10 % 10] + ones[n % 10];
    }

    private static String letters(int n) {
        return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }
}
