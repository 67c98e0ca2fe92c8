package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** The Word agenda of the worked example's May 22, 2017 meeting, and the Word task list. */
class DocxAgendaRendererTest {
    private static final LocalDate MAY_22 = LocalDate.of(2017, 5, 22);

    private static Committee committee(Path folder) {
        try {
            return CommitteeFolder.read(folder);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] agenda() throws Exception {
        Committee c = committee(Fixtures.EXAMPLE);
        Meeting may22 = c.meetings().stream().filter(m -> m.date().equals(MAY_22)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxAgendaRenderer(DocxOptions.defaults()).render(Agenda.of(c, may22), out);
        return out.toByteArray();
    }

    private static byte[] taskList() throws Exception {
        Committee c = committee(Path.of("../model/src/test/resources/history"));
        TaskList list = TaskLedger.of(c).list(new TaskQuery(LocalDate.of(2024, 3, 20), null, true, Grouping.OWNER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxTaskListRenderer(DocxOptions.defaults()).render(c.body(), list, out);
        return out.toByteArray();
    }

    private static List<String> texts(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    @Test
    void agendaValidatesAgainstEcma376AndIsTheSameBytesTwice() throws Exception {
        byte[] docx = agenda();
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        assertThat(agenda()).isEqualTo(docx);
    }

    @Test
    void agendaHasEveryItemAsANumberedHeadingAndTheOpenTaskTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(agenda()))) {
            assertThat(texts(doc, "Title")).containsExactly("Sex Work and Trafficking Policy Impact Committee");
            assertThat(texts(doc, "Subtitle")).containsExactly("Regular Meeting Agenda");
            assertThat(texts(doc, "MeetingDetails")).containsExactly("Date:\tMonday, May 22, 2017, 11:00 a.m.",
                    "Location:\t25 Van Ness Avenue\nSuite 240\nSan Francisco, CA 94102");
            assertThat(texts(doc, "Heading1")).containsExactly("Introductions",
                    "Approval of the minutes of March 27, 2017", "Review of open action items",
                    "Remaining a part of the Task Force", "Explore Laws that decriminalize transmission of HIV",
                    "Priorities for 2017", "Debrief on presentation at general Task Force meeting", "Public comment",
                    "Next meeting", "Adjournment");
            assertThat(doc.getTables()).hasSize(1);
            List<List<String>> rows = rows(doc.getTables().get(0));
            assertThat(rows.get(0)).containsExactly("ID", "Task", "Owners", "Due", "Assigned", "Status and notes");
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly("2017-03-27-1",
                    "2017-03-27-2", "2017-03-27-3", "2017-03-27-4", "2017-03-27-5", "2017-03-27-6", "2017-03-27-7",
                    "2017-03-27-8");
            assertThat(rows.get(8)).containsExactly("2017-03-27-8", "Discuss the planning for the summer brown bag.",
                    "Carol Leigh and Minouche Kandel", "", "March 27, 2017, IV. Next Meeting, follow-up 2\n(carried once)",
                    "");
            assertThat(texts(doc, "SectionHeading")).containsExactly("Notices");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("SWTPIC Agenda, May 22, 2017");
        }
    }

    @Test
    void taskListValidatesAndGroupsByOwnerWithHistory() throws Exception {
        byte[] docx = taskList();
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        assertThat(taskList()).isEqualTo(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(texts(doc, "Subtitle")).containsExactly("Action Items as of March 20, 2024");
            assertThat(texts(doc, "SectionHeading")).containsExactly("Ben Ng", "Cleo Park", "Group members");
            assertThat(rows(doc.getTables().get(1)).get(2)).containsExactly("2024-01-10-1",
                    "Draft the letter to the ferry operator about signage.", "Cleo Park", "March 1, 2024",
                    "January 10, 2024, II. Ferry landing signage\n(carried twice)",
                    "Done on March 20, 2024\nFebruary 14, 2024: In progress; reassigned from Ana Ortiz to Cleo Park; due"
                            + " date moved to March 1, 2024. First draft circulated.\nMarch 20, 2024: Done. Sent to the"
                            + " ferry operator.");
            assertThat(rows(doc.getTables().get(2)).get(1).get(3)).isEqualTo("January 20, 2024 (60 days overdue)");
        }
    }
}
