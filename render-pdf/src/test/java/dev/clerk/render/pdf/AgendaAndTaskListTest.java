package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/** The PDF agenda and task list say what the Word forms say, with bookmarks, and the same bytes every time. */
class AgendaAndTaskListTest {
    @Test
    void agendaShowsEveryItemTheTaskTableAndTheNotices() throws Exception {
        String text = Pdfs.flatText(Fixtures.agenda());
        assertThat(text).contains("Sex Work and Trafficking Policy Impact Committee", "Regular Meeting Agenda",
                "Date: Monday, May 22, 2017, 11:00 a.m.", "25 Van Ness Avenue",
                "I. Introductions", "II. Approval of the minutes of March 27, 2017",
                "The draft minutes of March 27, 2017 are in the agenda packet.",
                "III. Review of open action items", "2017-03-27-8", "X. Adjournment", "Notices",
                "Disability access.", "Page 1 of ");
    }

    @Test
    void agendaBookmarksMirrorItsHeadings() throws Exception {
        try (PDDocument d = Loader.loadPDF(Fixtures.agenda())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem top : d.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(top.getTitle());
                top.children().forEach(k -> titles.add("  " + k.getTitle()));
            }
            assertThat(titles).startsWith("Sex Work and Trafficking Policy Impact Committee", "  I. Introductions",
                    "  II. Approval of the minutes of March 27, 2017", "  III. Review of open action items");
            assertThat(titles).endsWith("  X. Adjournment", "  Notices");
        }
    }

    @Test
    void taskListShowsSummaryAndEveryOpenTask() throws Exception {
        String text = Pdfs.flatText(Fixtures.taskList(false));
        assertThat(text).contains("Action Items as of May 21, 2017", "As of May 21, 2017: 8 open",
                "2017-03-27-1", "2017-03-27-8", "Status and notes");
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        assertThat(Fixtures.agenda()).isEqualTo(Fixtures.agenda());
        assertThat(Fixtures.taskList(true)).isEqualTo(Fixtures.taskList(true));
    }
}
