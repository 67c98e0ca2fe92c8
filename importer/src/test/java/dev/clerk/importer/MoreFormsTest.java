package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.Role;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two more layouts: a city commission's numbered upper-case agenda with last names only, and a Markdown HOA
 * board with attendance bullets, a seconder in the mover's sentence and an action table (also as a Word table).
 */
class MoreFormsTest {
    @TempDir
    Path tmp;

    private Meeting read(String resource, String name) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, SampleAccuracyTest.resource("forms/" + resource));
        return MinutesImporter.importFile(f).meeting();
    }

    @Test
    void readsANumberedCommissionAgenda() throws Exception {
        Meeting m = read("maple-grove-planning.txt", "maple.txt");
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 6, 4));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
        assertThat(m.end()).isEqualTo(LocalTime.of(20, 45));
        assertThat(m.attendees()).containsExactly(
                new Attendee("Anderson", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Baker", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Chen", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Diaz", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Evans", null, AttendanceStatus.ABSENT, null, "excused"),
                new Attendee("Jo Park", null, AttendanceStatus.PRESENT, Role.STAFF, "City Planner"));
        assertThat(m.allItems().map(i -> i.title())).containsExactly("CALL TO ORDER", "ROLL CALL",
                "APPROVAL OF MINUTES", "May 7, 2019 Regular Meeting", "PUBLIC HEARINGS",
                "Variance request – 123 Oak Street", "ADJOURNMENT");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(MoreFormsTest::motion)).containsExactly(
                "Baker/Chen passed 4-0: to approve the minutes as presented",
                "Chen/Diaz passed 3-1: to recommend approval");
        assertThat(m.actionItems()).extracting(MoreFormsTest::action)
                .containsExactly("[Staff] Forward the recommendation to the City Council by June 18. due 2019-06-18");
        assertThat(m.next().date()).isEqualTo(LocalDate.of(2019, 7, 2));
    }

    @Test
    void readsAMarkdownBoardWithAnActionTable() throws Exception {
        Meeting m = read("willow-creek-hoa.md", "hoa.md");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 1, 9));
        assertThat(m.start()).isEqualTo(LocalTime.of(18, 30));
        assertThat(m.end()).isEqualTo(LocalTime.of(19, 45));
        assertThat(m.attendees()).extracting(a -> a.name() + " " + a.status()).containsExactly(
                "Maria Lopez present", "Ken Ito present", "Ana Silva present", "Paul Green absent");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(MoreFormsTest::motion))
                .containsExactly("Ana Silva/Maria Lopez passed: to accept the report");
        assertThat(m.actionItems()).extracting(MoreFormsTest::action).containsExactly(
                "[Ken Ito] Request a third bid by February 1. due 2023-02-01",
                "[Maria Lopez] Call the insurance company. due null",
                "[Ana Silva] Update the website due 2023-02-15");
        assertThat(m.next().date()).isEqualTo(LocalDate.of(2023, 2, 13));
        assertThat(m.next().time()).isEqualTo(LocalTime.of(18, 30));
    }

    @Test
    void readsAWordTableOfActionItems() throws Exception {
        Path f = tmp.resolve("board.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("Library Board Minutes - March 2, 2022");
            doc.createParagraph().createRun().setText("Present: Ann Lee, Bo Chan");
            doc.createParagraph().createRun().setText("ACTION ITEMS");
            XWPFTable t = doc.createTable(3, 3);
            String[][] cells = {{"Who", "Action", "Due"}, {"Ann Lee", "Order the new shelves", "April 1"},
                    {"Bo Chan", "Post the survey", ""}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(MoreFormsTest::action).containsExactly(
                "[Ann Lee] Order the new shelves due 2022-04-01", "[Bo Chan] Post the survey due null");
    }

    @Test
    void readsWhoPresidedAndWhoTookTheMinutes() throws Exception {
        Meeting m = MinutesImporter.importText("roles.txt", """
                Library Board - Minutes - May 5, 2021
                Chair: Ann Lee
                Minutes taken by: Bo Chan

                Present: Ann Lee, Bo Chan, Cy Dorn

                I. Budget

                Cy Dorn will draft the budget by June 1.
                """, ImportOptions.none()).meeting();
        assertThat(m.presiding()).isEqualTo("Ann Lee");
        assertThat(m.recorder()).isEqualTo("Bo Chan");
        assertThat(m.actionItems()).extracting(MoreFormsTest::action)
                .containsExactly("[Cy Dorn] Draft the budget by June 1. due 2021-06-01");
    }

    private static String motion(Motion x) {
        String counts = x.vote() == null ? "" : " " + x.vote().ayes() + "-" + x.vote().noes();
        return x.mover() + "/" + x.seconder() + " " + x.result() + counts + ": " + x.text();
    }

    private static String action(ActionItem a) {
        return a.owners() + " " + a.task() + " due " + a.due();
    }
}
