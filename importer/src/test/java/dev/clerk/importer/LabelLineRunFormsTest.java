package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Minutes written line under line, with no blank line between their paragraphs, as notes typed one a line or text
 * copied from a page are: a label alone on its line ("Secretary's report:") heads the lines under it, the labelled
 * lines before the first of them ("Minutes: read and signed", "Matters Arising: None") are items with their minute on
 * their line, and each line is a paragraph of its own rather than one run-on paragraph. Each case is minutes written
 * for the test, with the text that only looks like them.
 */
class LabelLineRunFormsTest {

    private static final String CLUB = """
            Riverside Gardening Club
            12 March 2024
            Chair: Wendy Marsh
            Present: Tom Baines, Ursula Kent, Wendy Marsh, Yusuf Hale
            Apologies: Zara Quill
            Minutes: 2023 minutes read and approved
            Matters Arising: None
            Secretary's report:
            Seed order placed with the usual supplier.
            Greenhouse door repaired by volunteers
            Membership stands at 41
            Plant Sale:
            The sale is to be held on 4 May at the church hall.
            Show of hands: all in favour of a second stall.
            Meeting closed at 9pm
            """;

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static AgendaItem item(Meeting m, String title) {
        return m.agenda().stream().filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item \"" + title + "\" in " + Outline.of(m)));
    }

    @Test
    void readsLabelsAloneOnTheirLinesAsItemsWhereNoBlankLineSeparatesThem() throws Exception {
        Meeting m = read(CLUB);
        // A labelled line under a label alone ("Show of hands: ...") is a line of that item, not an item of its own.
        assertThat(Outline.of(m)).containsExactly("Minutes", "Matters Arising", "Secretary's report", "Plant Sale");
        assertThat(m.attendees()).hasSize(5);
    }

    @Test
    void readsLabelledLinesBeforeTheFirstLabelAloneAsItemsWithTheirMinute() throws Exception {
        Meeting m = read(CLUB);
        assertThat(item(m, "Minutes").narrative()).containsExactly("2023 minutes read and approved");
        assertThat(item(m, "Matters Arising").narrative()).containsExactly("None");
    }

    @Test
    void keepsEachLineOfMinutesWrittenLineUnderLineAsItsOwnParagraph() throws Exception {
        Meeting m = read(CLUB);
        assertThat(item(m, "Secretary's report").narrative()).containsExactly("Seed order placed with the usual supplier.",
                "Greenhouse door repaired by volunteers", "Membership stands at 41");
    }

    @Test
    void joinsTheLinesOfAParagraphWhereBlankLinesSeparateParagraphs() throws Exception {
        Meeting m = read("""
                Riverside Gardening Club, 12 March 2024

                Secretary's report:
                Seed order placed with the usual supplier.
                Greenhouse door repaired by volunteers.

                Plant Sale:
                The sale is to be held on 4 May at the church hall.
                """);
        assertThat(Outline.of(m)).containsExactly("Secretary's report", "Plant Sale");
        assertThat(item(m, "Secretary's report").narrative())
                .containsExactly("Seed order placed with the usual supplier. Greenhouse door repaired by volunteers.");
    }

    @Test
    void leavesALabelThatIntroducesTheLinesUnderItAsText() throws Exception {
        Meeting m = read("""
                Riverside Gardening Club
                12 March 2024
                Present: Tom Baines, Ursula Kent, Wendy Marsh, Yusuf Hale
                The following were elected:
                Wendy Marsh as chair
                Tom Baines as treasurer
                Committee members agreed:
                The plant sale will be on 4 May.
                The seed order is placed.
                Ursula thanked the volunteers for the new greenhouse door.
                """);
        assertThat(Outline.of(m)).isEmpty();
    }

    @Test
    void readsTitleLinesOverTheirListsAndMinutesLineUnderLine() throws Exception {
        Meeting m = read("""
                Orchard School Parents Group
                Minutes of 5 March 2024
                Present: Ann Lee, Bo Chen, Cy Dorn, Dee Marsh
                The meeting was opened by Ann Lee, who thanked everyone for coming on a wet evening.
                Spring fair
                The fair raised £640 for the library, more than last year.
                Class reports
                - Year 1 - new reading books have arrived
                - Year 2 - the trip to the farm is on 20 May
                Dr. Bo Chen
                - Thanked the parents for their help with the fair.
                Treasurer's report
                The balance stands at £1,240 after the fair.
                Painting the hall - date to be agreed
                Volunteers will be asked in the next newsletter.
                Respectfully submitted
                Dee Marsh, Secretary
                """);
        assertThat(Outline.of(m)).contains("Spring fair", "Class reports", "Treasurer's report")
                .doesNotContain("Dr. Bo Chen", "Painting the hall - date to be agreed", "Respectfully submitted");
    }
}
