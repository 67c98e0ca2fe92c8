package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The minutes' title, date and start time in forms many bodies' minutes take, each in minutes made up for the test: a
 * first heading that approves the agenda or the last minutes, a note of a meeting to come above the minutes' own date
 * line, a date in a link's address, a start time in a page's front matter of its own, and minutes with no headings whose
 * first paragraphs approve the last meeting's minutes by their date. With guards: a first heading
 * naming the minutes stays their title, a next meeting's date is read when it is the only date there is.
 */
class PaperItemAndHeaderDateFormsTest {
    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    @Test
    void readsAFirstHeadingApprovingTheAgendaOrMinutesAsAnItem() throws Exception {
        Meeting m = read("minutes.adoc", """
                ---
                title: Standards Liaison Group Minutes 2021-06-09
                scheduled_time: 7:00-8:00pm
                ---

                == Approval of Agenda

                Approved.

                == Approval of 12 May 2021 Meeting Minutes

                Approved with one correction.

                == Working Group Updates

                Mara reported on the draft.
                """);
        assertThat(Outline.of(m)).containsExactly("Approval of Agenda", "Approval of 12 May 2021 Meeting Minutes",
                "Working Group Updates");
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 6, 9));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void readsAStartTimeFieldOfTheFrontMatter() throws Exception {
        Meeting m = read("minutes.md", """
                ---
                title: Allotment Society Committee 2023-04-18
                time: 6.30 pm
                ---

                ## Water supply

                The troughs are to be refilled weekly.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(18, 30));
    }

    @Test
    void keepsAFirstHeadingNamingTheMinutesAsTheirTitle() throws Exception {
        // Guard: "Minutes of the meeting of 9 June 2021" is the minutes' title, however it names a date.
        Meeting m = read("minutes.md", """
                ## Minutes of the meeting of 9 June 2021

                ## Budget

                Agreed.

                ## Any other business

                None.
                """);
        assertThat(Outline.of(m)).containsExactly("Budget", "Any other business");
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 6, 9));
    }

    @Test
    void readsTheDateBelowANoteOfAMeetingToCome() throws Exception {
        Meeting m = read("notes.md", """
                ---
                title: Lakeside Owners Notes
                ---

                Board meeting proposed for Oct 2, 2023. Details to follow.

                June 4th, 2023 10am
                LAKESIDE OWNERS ANNUAL MEETING

                ## Elections

                Ann Lee was elected Treasurer.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(m.start()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void readsTheDateAfterALinkWhoseAddressHoldsADate() throws Exception {
        Meeting m = read("notes.md", """
                Riverside Tenants Association
                Papers for the meeting are at https://example.org/papers/2019-03-01-agenda.pdf
                12 March 2019, 7pm

                ## Repairs

                The lift is to be fixed in April.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 3, 12));
    }

    @Test
    void keepsANextMeetingDateWhenItIsTheOnlyOne() throws Exception {
        // Guard: with no other date in the header, the one there is read as before.
        Meeting m = read("notes.md", """
                Next meeting proposed for Oct 2, 2023 at the hall.

                ## Elections

                Ann Lee was elected Treasurer.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 10, 2));
    }

    @Test
    void takesNoDateFromAMotionApprovingTheLastMinutesInMinutesWithoutHeadings() throws Exception {
        // Minutes of unheaded paragraphs, a caption left from a picture on top: every line is read before the first item,
        // and the only full date written is the last meeting's, in the motion approving its minutes.
        Meeting m = read("2023-06-13-minutes.txt", """
                Banner – Summer Fair Slides

                The meeting was called to order at 7:05 PM in the church hall. The chair opened with a short reading.

                Nell moved that the minutes of the May 9th, 2023, meeting be approved as circulated. Owen Pryce seconded \
                the motion and it passed. The chair noted that attendance at the spring services was up on last year.

                The treasurer reported that income for May was a little above the budget.

                The meeting was adjourned at 8:15 PM.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 6, 13));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 5));
    }
}
