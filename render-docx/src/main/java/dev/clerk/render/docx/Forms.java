package dev.clerk.render.docx;

import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Input;
import dev.clerk.compose.doc.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtDropDownList;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtListItem;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Paints the places a form is filled in at. A {@link FillIn} becomes a small table in the Clerk Form style: a
 * shaded title row in a paragraph style named after the block ("Form Action"), then rows of a shaded label with its
 * hint beside a white place to type, whose paragraph style is named after the field ("Form owners"), so that what
 * is typed there keeps saying which field it fills. A place with choices is a drop-down list (a content control)
 * that shows its hint until a choice is picked. The same goes for the input cells of a table.
 */
final class Forms {
    /** The start of the name of every style a form's places and blocks are in. */
    static final String PREFIX = "Form ";
    /** The width of a label cell, in twentieths of a point. */
    private static final int LABEL_WIDTH = 1700;
    /** The height of a line of typing room (Form Value at 10 points), in twentieths of a point. */
    private static final int LINE_HEIGHT = 290;
    /** The top and bottom cell margins of the Clerk Form style, together. */
    private static final int CELL_PADDING = 80;
    private static final String TITLE_FILL = "D9E2F3";
    private static final String LABEL_FILL = "F2F2F2";

    private final WordDocument word;
    private final Runs runs;

    Forms(WordDocument word, Runs runs) {
        this.word = word;
        this.runs = runs;
    }

    /** A fill-in block as a table as wide as the text column. */
    void fillIn(FillIn f) {
        int width = word.textWidth();
        List<List<int[]>> cells = new ArrayList<>();
        cells.add(List.of(new int[] {0, width}));
        for (List<FillIn.Entry> row : f.rows()) {
            cells.add(edges(row, width));
        }
        int[] grid = grid(cells);
        CTTbl tbl = word.table();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal(Style.FORM_TABLE.id());
        CTTblWidth w = pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        WordDocument.look(pr, false);
        pr.addNewTblDescription().setVal(Runs.xmlSafe(f.title()));
        var tblGrid = tbl.addNewTblGrid();
        for (int i = 1; i < grid.length; i++) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(grid[i] - grid[i - 1]));
        }

        CTRow title = row(tbl, 0);
        XWPFParagraph tp = cell(title, cells.get(0).get(0), grid, TITLE_FILL);
        tp.setStyle(titleStyle(f.kind()));
        runs.add(tp, Text.plain(f.title()));
        if (f.hint() != null) {
            hint(tp, " \u2013 " + f.hint());
        }
        for (int r = 0; r < f.rows().size(); r++) {
            List<FillIn.Entry> entries = f.rows().get(r);
            boolean last = r == f.rows().size() - 1;
            int lines = entries.stream().mapToInt(e -> e.input().lines()).max().orElse(1);
            CTRow row = row(tbl, lines == 1 ? 0 : lines * LINE_HEIGHT + CELL_PADDING);
            List<int[]> edges = cells.get(r + 1);
            int at = 0;
            for (FillIn.Entry e : entries) {
                if (!e.label().isEmpty()) {
                    XWPFParagraph label = cell(row, edges.get(at++), grid, LABEL_FILL);
                    label.setStyle(Style.FORM_LABEL.id());
                    runs.add(label, Text.plain(e.label()));
                    if (e.input().hint() != null && !e.input().hasChoices()) {
                        hint(label, "\n" + e.input().hint());
                    }
                    keepWithNext(label, !last);
                }
                XWPFParagraph value = cell(row, edges.get(at++), grid, null);
                input(value, e.input(), e.value());
                keepWithNext(value, !last);
            }
        }
    }

    /**
     * Fills the paragraph of a place to type in: the style named after its field, and what is filled in already;
     * for a place with choices, a drop-down list holding the value, or the hint until a choice is picked.
     */
    void input(XWPFParagraph p, Input input, Text value) {
        p.setStyle(valueStyle(input.field()));
        if (!input.hasChoices()) {
            runs.add(p, value);
            return;
        }
        CTSdtRun sdt = p.getCTP().addNewSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        // What replaces the hint is set as its paragraph sets it, not in the hint's look.
        pr.addNewRPr();
        pr.addNewTag().setVal(input.field());
        boolean empty = value.isEmpty();
        if (empty && input.hint() != null) {
            pr.addNewShowingPlcHdr();
        }
        CTSdtDropDownList list = pr.addNewDropDownList();
        for (String choice : input.choices()) {
            CTSdtListItem item = list.addNewListItem();
            item.setDisplayText(Runs.xmlSafe(choice));
            item.setValue(Runs.xmlSafe(choice));
        }
        CTSdtContentRun content = sdt.addNewSdtContent();
        if (!empty) {
            text(content.addNewR(), Runs.xmlSafe(value.plainText()));
        } else if (input.hint() != null) {
            CTR r = content.addNewR();
            r.addNewRPr().addNewRStyle().setVal(Style.FORM_HINT.id());
            text(r, Runs.xmlSafe(input.hint()));
        }
    }

    /** The empty line between two tables, which Word would otherwise join into one. */
    void gap() {
        word.paragraph(Style.FORM_GAP);
    }

    /** The id of the paragraph style of a block's title row: "Form Next Meeting" for "next meeting". */
    String titleStyle(String kind) {
        return style(PREFIX + capitalized(kind), Style.FORM_TITLE);
    }

    /** The id of the paragraph style of the places of a field: "Form owners" for "owners". */
    String valueStyle(String field) {
        return style(PREFIX + field, Style.FORM_VALUE);
    }

    private static String capitalized(String kind) {
        StringBuilder sb = new StringBuilder();
        for (String word : kind.split(" ")) {
            sb.append(sb.isEmpty() ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return sb.toString();
    }

    /**
     * A paragraph style named {@code name}, based on {@code base} and setting nothing itself, added to the document
     * the first time it is used; its id is the name without spaces, each word capitalized ("FormUpdateStatus").
     */
    private String style(String name, Style base) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split(" ")) {
            String clean = part.replaceAll("[^A-Za-z0-9]", "");
            if (!clean.isEmpty()) {
                id.append(Character.toUpperCase(clean.charAt(0))).append(clean.substring(1));
            }
        }
        // The hidden flag would keep Word's style gallery tidy, but a clerk applies these styles by name.
        return word.customStyle(STStyleType.PARAGRAPH, id.toString(), name, base.id(), true);
    }

    // ---- table pieces ------------------------------------------------------------------------------------------

    /** The left and right edge of each cell of a row of entries: a label, then its place, across the width. */
    private static List<int[]> edges(List<FillIn.Entry> row, int width) {
        if (row.size() == 1 && row.get(0).label().isEmpty()) {
            return List.of(new int[] {0, width});
        }
        int n = row.size();
        int place = (width - n * LABEL_WIDTH) / n;
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int start = k * (LABEL_WIDTH + place);
            out.add(new int[] {start, start + LABEL_WIDTH});
            out.add(new int[] {start + LABEL_WIDTH, k == n - 1 ? width : start + LABEL_WIDTH + place});
        }
        return out;
    }

    /** Every edge of every cell, in order: the table's grid. */
    private static int[] grid(List<List<int[]>> rows) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (List<int[]> row : rows) {
            for (int[] c : row) {
                edges.add(c[0]);
                edges.add(c[1]);
            }
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    private static CTRow row(CTTbl tbl, int height) {
        CTRow row = tbl.addNewTr();
        CTTrPr pr = row.addNewTrPr();
        pr.addNewCantSplit();
        if (height > 0) {
            var h = pr.addNewTrHeight();
            h.setVal(BigInteger.valueOf(height));
            h.setHRule(STHeightRule.AT_LEAST);
        }
        return row;
    }

    /** A cell from {@code edge[0]} to {@code edge[1]}, spanning the grid columns between, with its paragraph. */
    private XWPFParagraph cell(CTRow row, int[] edge, int[] grid, String fill) {
        CTTc tc = row.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(edge[1] - edge[0]));
        int span = 0;
        for (int i = 1; i < grid.length; i++) {
            if (grid[i - 1] >= edge[0] && grid[i] <= edge[1]) {
                span++;
            }
        }
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (fill != null) {
            CTShd shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(fill);
        }
        pr.addNewVAlign().setVal(STVerticalJc.TOP);
        return new XWPFParagraph(tc.addNewP(), word.poi());
    }

    private static void keepWithNext(XWPFParagraph p, boolean keep) {
        if (keep) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            ppr.addNewKeepNext();
        }
    }

    /** Appends {@code hint} in the Form Hint style, which a reader of the filled form leaves out. */
    private static void hint(XWPFParagraph p, String hint) {
        CTR r = p.getCTP().addNewR();
        r.addNewRPr().addNewRStyle().setVal(Style.FORM_HINT.id());
        text(r, Runs.xmlSafe(hint));
    }

    private static void text(CTR r, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addNewBr();
            }
            if (!lines[i].isEmpty()) {
                CTText t = r.addNewT();
                t.setStringValue(lines[i]);
                if (!lines[i].strip().equals(lines[i])) {
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
            }
        }
    }
}
