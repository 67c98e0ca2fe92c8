package dev.clerk.render.docx;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.Input;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Paints a composed document into a {@link WordDocument}, one block at a time, choosing a named style for each and
 * nothing else: every word printed comes from the document. Item headings and numbered lists are numbered by Word
 * itself, and the painter checks, as Word counts, that Word arrives at the document's own labels.
 */
final class Painter {
    /** The size of the Table Text style, in points. */
    private static final float TABLE_POINTS = 9.5f;
    /** The left and right cell margins of the Clerk Table style, together, in twentieths of a point. */
    private static final int CELL_MARGINS = 200;
    private static final Pattern NUMBERED_LABEL = Pattern.compile("([1-9][0-9]{0,8})\\)");
    private static final Pattern PAGE_PLACEHOLDER = Pattern.compile("\\{([01])}");

    private final WordDocument word;
    private final Document doc;
    private final Map<String, String> bookmarks;
    private final Runs runs;
    private final Forms forms;
    /** Whether the block painted last ends in a table, which a table painted next must not touch. */
    private boolean afterTable;
    /** Word's count at each outline level, as it stands after the headings painted so far. */
    private final int[] counters = new int[WordDocument.LIST_LEVELS];
    private int bookmarkId;

    /**
     * An open list.
     *
     * @param kind   numbered or bulleted
     * @param style  the style of its entries
     * @param numId  its Word list, or null when its labels are typed
     * @param level  its level in that list (0 for a list that is not nested)
     * @param textAt where its entries' text starts
     */
    private record Frame(ItemList.Kind kind, Style style, BigInteger numId, int level, int textAt) {
        boolean typed() {
            return numId == null;
        }
    }

    Painter(WordDocument word, Document doc) {
        this.word = word;
        this.doc = doc;
        this.bookmarks = bookmarks(doc.blocks());
        this.runs = new Runs(bookmarks, word::valueStyle);
        this.forms = new Forms(word, runs);
    }

    /** Paints the blocks, then the page furniture. */
    void paint() {
        for (Block b : doc.blocks()) {
            block(b, null);
        }
        furniture(doc.furniture());
    }

    private void block(Block b, Frame list) {
        if (b instanceof Heading h) {
            heading(h);
        } else if (b instanceof Paragraph p) {
            runs.add(word.paragraph(style(p.role())), p.text());
        } else if (b instanceof Fields f) {
            fields(f);
        } else if (b instanceof Callout c) {
            callout(c);
        } else if (b instanceof ItemList l) {
            list(l, list);
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof FillIn f) {
            if (afterTable) {
                forms.gap();
            }
            forms.fillIn(f);
        }
        afterTable = b instanceof Table t && !t.columns().isEmpty() || b instanceof FillIn;
    }

    private static Style style(Paragraph.Role role) {
        return switch (role) {
            case BODY -> Style.BODY_TEXT;
            case LETTERHEAD -> Style.LETTERHEAD;
            case SUBTITLE -> Style.SUBTITLE;
            case DETAILS -> Style.ITEM_DETAILS;
            case ATTENDANCE -> Style.ATTENDANCE;
            case NOTE -> Style.NOTE;
            case LEAD -> Style.LEAD_IN;
            case CLOSING -> Style.ADJOURNMENT;
            case STATUS -> Style.APPROVAL;
        };
    }

    // ---- headings ----------------------------------------------------------------------------------------------

    private void heading(Heading h) {
        XWPFParagraph p;
        String typedLabel = null;
        if (h.kind() == Heading.Kind.TITLE) {
            p = word.paragraph(Style.TITLE);
        } else if (h.kind() == Heading.Kind.SECTION) {
            p = word.paragraph(Style.SECTION_HEADING);
        } else {
            p = word.paragraph(Style.heading(h.depth()));
            if (wordNumbers(h)) {
                if (h.depth() >= Style.HEADING_LEVELS) {
                    // Heading 6 carries outline level 5; deeper items keep their own level on the paragraph.
                    WordDocument.number(p, word.outlineNum(), h.depth());
                }
            } else {
                // Word cannot arrive at this label (a number out of sequence, or deeper than its nine levels):
                // the heading leaves the list and carries its label as text.
                WordDocument.number(p, BigInteger.ZERO, 0);
                typedLabel = h.label();
            }
        }
        String name = h.anchor() == null ? null : bookmarks.get(h.anchor());
        BigInteger id = BigInteger.valueOf(name == null ? -1 : bookmarkId++);
        if (name != null) {
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setId(id);
            start.setName(name);
        }
        if (typedLabel != null) {
            Runs.plain(p, typedLabel);
            Runs.tab(p);
        }
        runs.add(p, h.text());
        if (name != null) {
            p.getCTP().addNewBookmarkEnd().setId(id);
        }
    }

    /**
     * Whether Word's count gives this item heading its label; if so the count moves on as Word's does: this level
     * up by one, the deeper levels back to the start.
     */
    private boolean wordNumbers(Heading h) {
        int depth = h.depth();
        if (depth >= WordDocument.LIST_LEVELS) {
            return false;
        }
        String label = WordNumbers.format(doc.numberingAt(depth), counters[depth] + 1) + ".";
        if (!label.equals(h.label())) {
            return false;
        }
        counters[depth]++;
        for (int d = depth + 1; d < counters.length; d++) {
            counters[d] = 0;
        }
        return true;
    }

    private static Map<String, String> bookmarks(List<Block> blocks) {
        Map<String, String> names = new LinkedHashMap<>();
        collectBookmarks(blocks, names, new HashSet<>());
        return names;
    }

    private static void collectBookmarks(List<Block> blocks, Map<String, String> names, Set<String> used) {
        for (Block b : blocks) {
            if (b instanceof Heading h && h.anchor() != null && !names.containsKey(h.anchor())) {
                names.put(h.anchor(), bookmarkName(h.anchor(), used));
            } else if (b instanceof ItemList l) {
                for (ItemList.Entry e : l.items()) {
                    collectBookmarks(e.blocks(), names, used);
                }
            }
        }
    }

    /**
     * A bookmark name Word accepts for {@code anchor}: a letter, then letters, digits and underscores, at most 40
     * characters, unique in the document.
     */
    private static String bookmarkName(String anchor, Set<String> used) {
        String base = anchor.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "a" + base;
        }
        base = base.length() > 40 ? base.substring(0, 40) : base;
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), 40 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    // ---- fields, call-outs -------------------------------------------------------------------------------------

    private void fields(Fields fields) {
        for (Fields.Field f : fields.fields()) {
            XWPFParagraph p = word.paragraph(Style.MEETING_DETAILS);
            runs.add(p, Text.strong(f.label(), null));
            Runs.tab(p);
            runs.add(p, f.value());
        }
    }

    private void callout(Callout c) {
        Style style = switch (c.kind()) {
            case MOTION -> Style.MOTION;
            case DECISION -> Style.DECISION;
            case ACTION -> Style.ACTION;
        };
        runs.add(word.paragraph(style), Text.builder().strong(c.label()).plain(" ").add(c.text()).build());
    }

    // ---- lists -------------------------------------------------------------------------------------------------

    private void list(ItemList l, Frame parent) {
        Frame frame = frame(l, parent);
        for (ItemList.Entry e : l.items()) {
            List<Block> blocks = e.blocks();
            XWPFParagraph p = word.paragraph(frame.style());
            if (frame.typed()) {
                WordDocument.number(p, BigInteger.ZERO, 0);
                indent(p, frame.textAt(), WordDocument.LIST_STEP);
                Runs.plain(p, e.label());
                Runs.tab(p);
            } else {
                WordDocument.number(p, frame.numId(), frame.level());
            }
            runs.add(p, ((Paragraph) blocks.get(0)).text());
            for (Block b : blocks.subList(1, blocks.size())) {
                if (b instanceof Paragraph more) {
                    // A further paragraph of the entry: its text column, without a label.
                    XWPFParagraph q = word.paragraph(frame.style());
                    WordDocument.number(q, BigInteger.ZERO, 0);
                    indent(q, frame.textAt(), 0);
                    runs.add(q, more.text());
                } else {
                    block(b, frame);
                }
            }
        }
    }

    /**
     * How a list is numbered. A numbered list of its own is a new Word list counting from its first label; a
     * bulleted one nested in it takes the level below; bullets nest in bullets. Anything else, or labels Word would
     * not arrive at, is typed.
     */
    private Frame frame(ItemList l, Frame parent) {
        int level = parent == null ? 0 : parent.level() + 1;
        if (l.kind() == ItemList.Kind.NUMBERED) {
            Integer start = parent == null ? consecutiveFrom(l) : null;
            if (start != null) {
                return new Frame(l.kind(), Style.LIST_NUMBER, word.newNumberedList(start), 0,
                        WordDocument.listTextAt(0));
            }
            return new Frame(l.kind(), Style.LIST_NUMBER, null, level, WordDocument.listTextAt(level));
        }
        Style style = level == 0 ? Style.LIST_BULLET : Style.LIST_BULLET_2;
        if (parent != null && parent.typed() || level >= WordDocument.LIST_LEVELS) {
            return new Frame(l.kind(), style, null, level, WordDocument.listTextAt(level));
        }
        if (parent != null && parent.kind() == ItemList.Kind.NUMBERED) {
            return new Frame(l.kind(), style, parent.numId(), level, WordDocument.listTextAt(level));
        }
        return new Frame(l.kind(), style, word.bulletNum(), level, WordDocument.listTextAt(level));
    }

    /** The first number of a list labelled "1)", "2)", ... in sequence; null when its labels are otherwise. */
    private static Integer consecutiveFrom(ItemList l) {
        Integer start = null;
        for (int i = 0; i < l.items().size(); i++) {
            Matcher m = NUMBERED_LABEL.matcher(l.items().get(i).label());
            if (!m.matches()) {
                return null;
            }
            int n = Integer.parseInt(m.group(1));
            if (start == null) {
                start = n;
            } else if (n != start + i) {
                return null;
            }
        }
        return start == null ? 1 : start;
    }

    private static void indent(XWPFParagraph p, int left, int hanging) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setLeft(BigInteger.valueOf(left));
        if (hanging > 0) {
            ind.setHanging(BigInteger.valueOf(hanging));
            CTTabStop tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
            tab.setVal(STTabJc.LEFT);
            tab.setPos(BigInteger.valueOf(left));
        }
    }

    // ---- tables ------------------------------------------------------------------------------------------------

    /**
     * A table as wide as the text column, in the Clerk Table style, whose first row is a header row repeated at the
     * top of every page; rows never split across pages, and columns of codes are wide enough for their longest one.
     */
    private void table(Table t) {
        if (t.columns().isEmpty()) {
            // Word takes a table without cells for a damaged file; there is nothing to show.
            return;
        }
        if (afterTable) {
            forms.gap();
        }
        int[] twips = widths(t);
        CTTbl tbl = word.table();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal(Style.TABLE.id());
        pr.addNewTblW().setType(STTblWidth.PCT);
        pr.getTblW().setW(BigInteger.valueOf(5000));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        WordDocument.look(pr, true);
        if (!t.summary().isBlank()) {
            pr.addNewTblDescription().setVal(Runs.xmlSafe(t.summary()));
        }
        CTTblGrid grid = tbl.addNewTblGrid();
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        row(tbl, t, twips, t.columns().stream().map(Table.Column::header).toList(), true);
        for (List<Text> cells : t.rows()) {
            row(tbl, t, twips, cells, false);
        }
    }

    private void row(CTTbl tbl, Table t, int[] twips, List<Text> cells, boolean header) {
        CTRow row = tbl.addNewTr();
        CTTrPr trPr = row.addNewTrPr();
        trPr.addNewCantSplit();
        if (header) {
            trPr.addNewTblHeader();
        }
        for (int i = 0; i < cells.size(); i++) {
            CTTc tc = row.addNewTc();
            CTTcPr tcPr = tc.addNewTcPr();
            CTTblWidth w = tcPr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips[i]));
            if (t.columns().get(i).noWrap()) {
                tcPr.addNewNoWrap();
            }
            XWPFParagraph p = new XWPFParagraph(tc.addNewP(), word.poi());
            Input input = t.columns().get(i).input();
            if (!header && input != null) {
                // A place to type in, in the style named after its field.
                forms.input(p, input, cells.get(i));
                continue;
            }
            p.setStyle((header ? Style.TABLE_HEADING : Style.TABLE_TEXT).id());
            runs.add(p, cells.get(i));
        }
    }

    /**
     * Each column's share of the text column; a column of codes gets at least the width of its longest word, taken
     * from the other columns in proportion to theirs.
     */
    private int[] widths(Table t) {
        int n = t.columns().size();
        int total = word.textWidth();
        float sum = 0;
        for (Table.Column c : t.columns()) {
            sum += c.width();
        }
        int[] twips = new int[n];
        int[] least = new int[n];
        int deficit = 0;
        int flexible = 0;
        for (int i = 0; i < n; i++) {
            Table.Column c = t.columns().get(i);
            twips[i] = (int) (total * c.width() / sum);
            if (c.noWrap()) {
                least[i] = longestWord(t, i) + CELL_MARGINS;
                deficit += Math.max(0, least[i] - twips[i]);
            } else {
                flexible += twips[i];
            }
        }
        if (deficit > 0 && flexible > deficit) {
            int flexibleBefore = flexible;
            for (int i = 0; i < n; i++) {
                if (t.columns().get(i).noWrap()) {
                    twips[i] = Math.max(twips[i], least[i]);
                } else {
                    twips[i] -= (int) Math.ceil((double) deficit * twips[i] / flexibleBefore);
                }
            }
        }
        // What rounding leaves over goes to the widest column that may wrap, so the table fills the text column.
        int widest = -1;
        int used = 0;
        for (int i = 0; i < n; i++) {
            used += twips[i];
            if (!t.columns().get(i).noWrap() && (widest < 0 || twips[i] > twips[widest])) {
                widest = i;
            }
        }
        if (n > 0) {
            twips[widest < 0 ? n - 1 : widest] += total - used;
        }
        return twips;
    }

    /** The width of the longest word in a column, header included, with a tenth to spare for other fonts. */
    private static int longestWord(Table t, int column) {
        int widest = width(t.columns().get(column).header());
        for (List<Text> row : t.rows()) {
            widest = Math.max(widest, width(row.get(column)));
        }
        return widest + widest / 10;
    }

    private static int width(Text text) {
        int widest = 0;
        for (String w : text.plainText().split("\\s+")) {
            widest = Math.max(widest, TextWidths.twips(w, TABLE_POINTS));
        }
        return widest;
    }

    // ---- furniture ---------------------------------------------------------------------------------------------

    /** The running header (left, tab, right), the watermark, the footer with the page-number phrase. */
    private void furniture(Furniture f) {
        XWPFParagraph header = word.headerLine();
        runs.add(header, f.headerLeft());
        Runs.tab(header);
        runs.add(header, f.headerRight());
        if (f.watermark() != null) {
            word.watermark(f.watermark());
        }
        boolean pages = !word.footerHasPageNumbers();
        if (f.footerLeft() == null && !pages) {
            return;
        }
        XWPFParagraph footer = word.footerLine();
        if (f.footerLeft() != null) {
            runs.add(footer, f.footerLeft());
            if (pages) {
                // The text at the left margin, the page numbers at the right.
                CTPPr ppr = footer.getCTP().isSetPPr() ? footer.getCTP().getPPr() : footer.getCTP().addNewPPr();
                CTTabStop tab = ppr.addNewTabs().addNewTab();
                tab.setVal(STTabJc.RIGHT);
                tab.setPos(BigInteger.valueOf(word.textWidth()));
                ppr.addNewJc().setVal(STJc.LEFT);
                Runs.tab(footer);
            }
        }
        if (pages) {
            pageNumbers(footer, f.pageNumbers());
        }
    }

    /** "Page {0} of {1}": the text, a PAGE field, the text, a NUMPAGES field. */
    private static void pageNumbers(XWPFParagraph p, String phrase) {
        Matcher m = PAGE_PLACEHOLDER.matcher(phrase);
        int at = 0;
        while (m.find()) {
            Runs.plain(p, phrase.substring(at, m.start()));
            WordDocument.field(p, m.group(1).equals("0") ? "PAGE" : "NUMPAGES", "1");
            at = m.end();
        }
        Runs.plain(p, phrase.substring(at));
    }
}
