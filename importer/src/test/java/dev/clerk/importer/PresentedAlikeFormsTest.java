package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Minutes presented another way read as they read written plainly, in minutes made up for the test: a list's wrapped
 * lines left where they were when its items were indented with a tab or four spaces; a PDF page's last line that a
 * converter wrote as a heading ("## noted by the members." over the page's number); a label in bold over a group of
 * the people present; labelled entries in bold under a lead-in ("as follows:-").
 */
class PresentedAlikeFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("2024-03-12-minutes.md", text, ImportOptions.none()).meeting();
    }

    private static List<String> tasks(Meeting m) {
        return m.actionItems().stream().map(ActionItem::task).toList();
    }

    private static List<String> names(Meeting m) {
        return m.attendees().stream().map(Attendee::name).toList();
    }

    // ---------------------------------------------------------------- a list's wrapped lines

    private static final String OUTLINE = """
            # Garden Club Committee, 12 March 2024

            * Plant sale
            %1$s- Stalls are booked for the Saturday after Easter and the posters are
                ready to go up in the library and the post office.
            %1$s- **Action**: Mara Lindqvist will ask the school for the loan of its
                trestle tables and the urn.
            %1$s- The float will be counted by the treasurer.

            * Greenhouse
            %1$s- The glazing on the south side is cracked in three panes and must be
                mended before the frosts.
            %1$s%1$s- **Action**: Oskar Penhale to get two quotes for the glazing and the
                  new door.
            %1$s- The watering rota is full until the end of May.
            """;

    /**
     * {@code OUTLINE} with each item's indentation {@code unit} a level, as an editor re-indents a list; the wrapped
     * lines stay where they were, four and six spaces in.
     */
    private static String outline(String unit) {
        return OUTLINE.formatted(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "    "})
    void readsAListItemsWrappedLinesWhereverTheItemsAreIndented(String unit) throws Exception {
        Meeting plain = read(outline("  "));
        Meeting indented = read(outline(unit));
        assertThat(tasks(plain)).anyMatch(t -> t.contains("trestle tables and the urn"))
                .anyMatch(t -> t.contains("glazing and the new door"));
        assertThat(tasks(indented)).isEqualTo(tasks(plain));
        assertThat(Outline.of(indented)).isEqualTo(Outline.of(plain));
    }

    @Test
    void keepsALineAfterAnIndentedItemsSentenceAsALineOfItsOwn() throws Exception {
        Meeting m = read("""
                # Garden Club Committee, 12 March 2024

                * Plant sale
                \t- Mara Lindqvist will ask the school for the loan of its trestle tables.
                    The posters were put up in the library by Oskar Penhale on Monday.
                """);
        assertThat(tasks(m)).noneMatch(t -> t.contains("posters"));
    }

    // ---------------------------------------------------------------- a PDF page's last line as a heading

    private static final String PAGES = """
            MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE HALL ON

            TUESDAY, 12TH MARCH, 2024, AT 7.30 P.M.

            PRESENT: Councillors Lindqvist, Penhale and Adeyemi.

            1. APOLOGIES

            Apologies were received from Councillor Brandt, who was away on council
            %s
            2

            2. PLAYGROUND

            The minutes of the meeting held on 6th February, 2024 were noted. The swings
            will be repaired. It was noted that the next meeting would take place on
            %s
            3

            3. FINANCE

            The accounts were approved.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"## ", "# "})
    void readsAPagesLastLineWrittenAsAHeadingAsTheLineItIs(String marks) throws Exception {
        String lastLines = "business and sent a report on the works at the hall.\n---";
        String other = "Wednesday, 10th April, 2024 at 7.30 p.m.\n---";
        Meeting ruled = read(PAGES.formatted(lastLines, other));
        Meeting headed = read(PAGES.formatted(marks + lastLines.replace("\n---", ""), marks + other.replace("\n---", "")));
        assertThat(Outline.of(ruled)).containsExactly("APOLOGIES", "PLAYGROUND", "FINANCE");
        assertThat(Outline.of(headed)).isEqualTo(Outline.of(ruled));
        assertThat(headed.date()).isEqualTo(ruled.date()).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void readsAPagesLastLineInLowerCaseWithoutAStopAsTheLineItIs() throws Exception {
        Meeting m = read(PAGES.formatted("## business and sent a report on the works at the hall, which",
                "## Wednesday, 10th April, 2024 at 7.30 p.m."));
        assertThat(Outline.of(m)).containsExactly("APOLOGIES", "PLAYGROUND", "FINANCE");
    }

    @Test
    void keepsATitleOverANumberAsAHeading() throws Exception {
        Meeting m = read("""
                # Chess Club AGM, 12 March 2024

                ## Members
                14

                ## A.O.B.
                2

                The club night moves to Thursdays.

                ## Tournament

                The county league starts in May.
                """);
        assertThat(Outline.of(m)).contains("Members", "A.O.B.", "Tournament");
    }

    // ---------------------------------------------------------------- a group's label in bold

    private static final String GROUPS = """
            # Steering Committee, 12 March 2024

            ### Attendees:

            %sVoting members:%s

              * Mara Lindqvist, Acme Labs
              * Oskar Penhale, Northwind
              * Ruth Adeyemi, Initech

            Guests:

              * Ivo Brandt, Globex

            ### Agenda

            * Charter
              - The charter was approved.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"**", "*", "__"})
    void readsAGroupsLabelInBoldAsThePlainLabel(String mark) throws Exception {
        Meeting plain = read(GROUPS.formatted("", ""));
        Meeting bold = read(GROUPS.formatted(mark, mark));
        assertThat(names(plain)).contains("Mara Lindqvist", "Oskar Penhale", "Ruth Adeyemi", "Ivo Brandt");
        assertThat(names(bold)).isEqualTo(names(plain));
        assertThat(Outline.of(bold)).isEqualTo(Outline.of(plain)).noneMatch(t -> t.contains("Voting members"));
    }

    @Test
    void keepsABoldLabelOverTasksAfterTheAttendanceAsATitle() throws Exception {
        Meeting m = read("""
                # Steering Committee, 12 March 2024

                ### Attendees:

                * Mara Lindqvist
                * Oskar Penhale

                **Follow-up tasks:**

                * Mara Lindqvist to write to the bank
                * Oskar Penhale to book the hall
                """);
        assertThat(Outline.of(m)).anyMatch(t -> t.contains("Follow-up tasks"));
        assertThat(names(m)).containsExactly("Mara Lindqvist", "Oskar Penhale");
    }

    // ---------------------------------------------------------------- entries under a lead-in

    private static final String ENTRIES = """
            Parish Council Minutes, 12 March 2024

            1. Roads

            The Engineer gave an update on the estates as follows:-

            The Glebe, Monagea: Traffic calming complete.

            %sMill Lane:%s Snag list agreed with the builder. The builder is now
            engaged to carry out the works.

            %sChurch Street:%s No progress with the receiver.

            %sHall Road:%s Enforcement is being taken.

            2. Finance

            The accounts were approved.
            """;

    @Test
    void readsBoldLabelledEntriesUnderALeadInAsThePlainEntries() throws Exception {
        Meeting plain = read(ENTRIES.replace("%s", ""));
        Meeting bold = read(ENTRIES.replace("%s", "**"));
        assertThat(Outline.of(plain)).containsExactly("Roads", "Finance");
        assertThat(Outline.of(bold)).isEqualTo(Outline.of(plain));
    }

    @Test
    void keepsBoldLabelsUnderALabelStandingAloneAsTitlesRunIn() throws Exception {
        Meeting m = read("""
                Rowing Club Board Meeting, 12 March 2024

                **Reports:**

                **Boat repairs:** The eight needs a new rigger.

                **Regatta:** Entries close on Friday.

                **Fundraising:** The quiz raised 400 pounds.
                """);
        assertThat(Outline.of(m)).contains("  Boat repairs", "  Regatta", "  Fundraising");
    }
}
