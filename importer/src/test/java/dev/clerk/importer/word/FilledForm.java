package dev.clerk.importer.word;

import dev.clerk.compose.Compositions;
import dev.clerk.compose.FormComposer;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.render.docx.DocxOptions;
import dev.clerk.render.docx.DocxRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;

/**
 * The minutes form of the worked example's meeting of May 22, 2017, as {@code clerk form} makes it, and the same form
 * filled in as a clerk would in Word: statuses picked, discussion typed, an action block copied twice (once pasted
 * into the block's own table, as Word joins tables that touch, once as a table of its own), a motion filled in, a
 * decision block deleted, and paragraphs typed between blocks and after the last.
 */
final class FilledForm {
    static final LocalDate DATE = LocalDate.of(2017, 5, 22);

    private FilledForm() {
    }

    /** The committee of the worked example. */
    static Committee committee() throws Exception {
        return CommitteeFolder.read(Compositions.FOLDERS.get(0));
    }

    /** The blank form. */
    static byte[] blank() throws Exception {
        return form(committee(), DATE);
    }

    /** The blank form of the meeting of {@code date} of the harbor board of compose's fixtures. */
    static byte[] harbor(LocalDate date) throws Exception {
        return form(CommitteeFolder.read(Compositions.FOLDERS.get(3)), date);
    }

    private static byte[] form(Committee committee, LocalDate date) throws Exception {
        Meeting meeting = committee.meetings().stream().filter(m -> m.date().equals(date)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer(DocxOptions.defaults()).render(FormComposer.compose(committee, meeting), out);
        return out.toByteArray();
    }

    /** The form filled in. */
    static byte[] filled() throws Exception {
        byte[] reshaped;
        try (XWPFDocument doc = open(blank())) {
            // The blocks copied and deleted first; the document is read again before it is filled in.
            XWPFTable action = block(doc, "Remaining a part of the Task Force", "Form Action");
            XmlCursor after = action.getCTTbl().newCursor();
            after.toEndToken();
            after.toNextToken();
            XWPFParagraph gap = doc.insertNewParagraph(after);
            gap.setStyle(doc.getParagraphs().stream().filter(p -> "Form Gap".equals(styleName(doc, p)))
                    .findFirst().orElseThrow().getStyle());
            XmlCursor pasted = gap.getCTP().newCursor();
            pasted.toEndToken();
            pasted.toNextToken();
            XmlCursor source = action.getCTTbl().newCursor();
            source.copyXml(pasted);
            List<CTRow> rows = action.getCTTbl().getTrList();
            int n = rows.size();
            for (int i = 0; i < n; i++) {
                action.getCTTbl().addNewTr().set(rows.get(i).copy());
            }
            XWPFTable decision = block(doc, "Review of open action items", "Form Decision");
            doc.removeBodyElement(doc.getPosOfTable(decision));
            reshaped = bytes(doc);
        }
        try (XWPFDocument doc = open(reshaped)) {
            XWPFTable details = doc.getTables().get(0);
            type(place(details, "Form start", 0), "11:10 a.m.");
            type(place(details, "Form presiding", 0), "Alix Lutnick");
            type(place(details, "Form recorder", 0), "Maggie McHale");

            XWPFTable attendance = doc.getTables().get(1);
            pick(status(doc, attendance, "Saerom Choi"), "present");
            pick(status(doc, attendance, "Alan Guttirez"), "absent");
            pick(status(doc, attendance, "Minouche Kandel"), "present");
            pick(status(doc, attendance, "Carol Leigh"), "excused");
            pick(status(doc, attendance, "Alix Lutnick"), "late");
            pick(status(doc, attendance, "Jessica Marques"), "late 11:20");
            pick(status(doc, attendance, "Maggie McHale"), "present");
            type(place(attendance, "Form name", 8), "Jane Roe");
            type(place(attendance, "Form affiliation", 8), "Sex Workers Outreach");

            XWPFTable discussion = block(doc, "Introductions", "Form Discussion");
            type(place(discussion, "Form narrative", 0), "Members introduced themselves.",
                    "Jane Roe joined as a guest.");

            XWPFTable motion = block(doc, "Approval of the minutes of March 27, 2017", "Form Motion");
            type(place(motion, "Form motion text", 0), "to approve the minutes of March 27, 2017");
            type(place(motion, "Form mover", 0), "Saerom Choi");
            type(place(motion, "Form seconder", 0), "Alix Lutnick");
            pick(place(motion, "Form result", 0), "passed");
            type(place(motion, "Form ayes", 0), "5");
            type(place(motion, "Form noes", 0), "0");
            type(place(motion, "Form abstentions", 0), "1");

            XWPFTable review = doc.getTables().stream().filter(t -> has(doc, t, "Form update task")).findFirst()
                    .orElseThrow();
            pick(place(review, "Form update status", 0), "done");
            type(place(review, "Form update note", 0), "Commander McEachern was told in April.");
            pick(place(review, "Form update status", 2), "in progress");

            XWPFTable actions = block(doc, "Remaining a part of the Task Force", "Form Action");
            type(place(actions, "Form task", 0), "Ask the Task Force chair about the committee's standing.");
            type(place(actions, "Form owners", 0), "Minouche Kandel and Carol Leigh");
            type(place(actions, "Form due", 0), "July 1, 2017");
            type(place(actions, "Form task", 1), "Draft a one-page summary of the committee's work.");
            type(place(actions, "Form owners", 1), "Alix Lutnick, Rachel West & Saerom Choi");
            type(place(actions, "Form due", 1), "7/15/2017");
            XWPFTable copy = blocks(doc, "Remaining a part of the Task Force", "Form Action").get(1);
            type(place(copy, "Form task", 0), "Circulate the summary.");
            type(place(copy, "Form owners", 0), "Maggie McHale");
            type(place(copy, "Form due", 0), "next meeting");

            XWPFTable vote = block(doc, "Explore Laws that decriminalize transmission of HIV", "Form Motion");
            type(place(vote, "Form motion text", 0), "to support decriminalizing the transmission of HIV");
            type(place(vote, "Form mover", 0), "Rachel West");
            pick(place(vote, "Form result", 0), "passed");
            type(place(vote, "Form ayeNames", 0), "Saerom Choi, Alix Lutnick, Minouche Kandel");
            type(place(vote, "Form abstainNames", 0), "Jessica Marques");
            type(place(vote, "Form absentNames", 0), "Alan Guttirez, Carol Leigh");

            XWPFTable priorities = block(doc, "Priorities for 2017", "Form Discussion");
            type(gapAfter(doc, priorities), "Members agreed to revisit the priorities in July.");
            type(place(block(doc, "Priorities for 2017", "Form Decision"), "Form decision text", 0),
                    "The committee adopts the draft priorities.");

            XWPFTable next = doc.getTables().stream().filter(t -> has(doc, t, "Form next date")).findFirst()
                    .orElseThrow();
            type(place(next, "Form next date", 0), "July 24, 2017");
            type(place(next, "Form next time", 0), "11:00 a.m.");
            type(place(next, "Form next location", 0), "City Hall, Room 400");
            type(place(next, "Form proposedItems", 0), "Priorities for 2017", "Summer brown bag");
            XWPFTable end = doc.getTables().get(doc.getTables().size() - 1);
            type(place(end, "Form end", 0), "12:35 p.m.");
            XWPFParagraph last = doc.createParagraph();
            last.setStyle(gapAfter(doc, priorities).getStyle());
            last.createRun().setText("Minutes typed up from the clerk's notes.");
            return bytes(doc);
        }
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        XWPFStyle s = p.getStyle() == null ? null : doc.getStyles().getStyle(p.getStyle());
        return s == null ? null : s.getName();
    }

    /** The tables under the item titled {@code item} whose first row is in {@code titleStyle}, in order. */
    private static List<XWPFTable> blocks(XWPFDocument doc, String item, String titleStyle) {
        List<XWPFTable> out = new ArrayList<>();
        boolean in = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e.getElementType() == BodyElementType.PARAGRAPH) {
                XWPFParagraph p = (XWPFParagraph) e;
                String style = styleName(doc, p);
                if (style != null && style.startsWith("heading")) {
                    in = p.getText().equals(item);
                }
            } else if (in && e instanceof XWPFTable t
                    && titleStyle.equals(styleName(doc, t.getRow(0).getCell(0).getParagraphs().get(0)))) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new AssertionError("no " + titleStyle + " block under " + item);
        }
        return out;
    }

    private static XWPFTable block(XWPFDocument doc, String item, String titleStyle) {
        return blocks(doc, item, titleStyle).get(0);
    }

    private static boolean has(XWPFDocument doc, XWPFTable t, String style) {
        return t.getRows().stream().flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
                .anyMatch(p -> style.equals(styleName(doc, p)));
    }

    /** The {@code nth} paragraph in {@code style} in the table, counted from 0. */
    private static XWPFParagraph place(XWPFTable t, String style, int nth) {
        XWPFDocument doc = t.getBody().getXWPFDocument();
        int seen = 0;
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    if (style.equals(styleName(doc, p)) && seen++ == nth) {
                        return p;
                    }
                }
            }
        }
        throw new AssertionError("no " + style + " number " + nth);
    }

    /** The status place of the attendance row of {@code name}. */
    private static XWPFParagraph status(XWPFDocument doc, XWPFTable attendance, String name) {
        for (XWPFTableRow row : attendance.getRows()) {
            if (row.getCell(0).getText().equals(name)) {
                return row.getCell(3).getParagraphs().get(0);
            }
        }
        throw new AssertionError("no attendance row for " + name);
    }

    /** The empty line after {@code table}. */
    private static XWPFParagraph gapAfter(XWPFDocument doc, XWPFTable table) {
        List<IBodyElement> body = doc.getBodyElements();
        return (XWPFParagraph) body.get(body.indexOf(table) + 1);
    }

    /** Types {@code paragraphs} into a place as a clerk does: the first where the cursor is, Enter before the others. */
    private static void type(XWPFParagraph p, String... paragraphs) {
        while (!p.getRuns().isEmpty()) {
            p.removeRun(0);
        }
        p.createRun().setText(paragraphs[0]);
        if (paragraphs.length > 1) {
            XWPFTableCell cell = (XWPFTableCell) p.getBody();
            for (int i = 1; i < paragraphs.length; i++) {
                XWPFParagraph more = cell.addParagraph();
                more.setStyle(p.getStyle());
                more.createRun().setText(paragraphs[i]);
            }
        }
    }

    /** Picks {@code choice} from a drop-down list, as Word does: the hint gives way to the choice. */
    private static void pick(XWPFParagraph p, String choice) {
        CTSdtRun sdt = p.getCTP().getSdtArray(0);
        if (sdt.getSdtPr().isSetShowingPlcHdr()) {
            sdt.getSdtPr().unsetShowingPlcHdr();
        }
        CTSdtContentRun content = sdt.getSdtContent();
        while (content.sizeOfRArray() > 0) {
            content.removeR(0);
        }
        content.addNewR().addNewT().setStringValue(choice);
    }
}
