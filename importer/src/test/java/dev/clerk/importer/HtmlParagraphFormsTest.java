package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A web page's paragraph written over several lines of its source is the one paragraph a browser shows, from invented
 * minutes: a resolution wrapped over four lines, with a date in it, stays one paragraph where it stood (not its two ends
 * joined and its middle kept after them); a paragraph led by an underlined label and a name ("Officers: Ann Jones" over
 * "introduced a series of motions ...") is one sentence, not a line of attendance; a heading wrapped over two lines is
 * one title. Guard: line breaks inside a paragraph still break it ("Present:<br>" over "Ann Lee<br>").
 */
class HtmlParagraphFormsTest {

    private static final String PAGE = """
            <html><body>
            <h1>Harbour Trust Board</h1>
            <p>Meeting date: May 4, 2021</p>
            <p>Present: Ann Jones, Bo Chen, Cy Dee</p>
            <p><span><u>Spring meeting</u></span><span>: The chair
            introduced a motion to hold the spring members meeting at the expo.
            There was unanimous consent to approve the following resolution:</span></p>
            <p style="margin-left: 1cm"><span><b>RESOLVED</b></span><span>,
            that the Board approved the recommendation of the staff to have the
            annual members meeting on April 12, 2022 at Harbour Expo 2022, in
            Dover, Delaware.&nbsp; </span>
            </p>
            <p><span><u>Officers of the Trust</u></span><span>:&nbsp; Ann Jones
            introduced a series of motions to re-appoint the officers. There was unanimous
            consent to approve the following resolutions:</span></p>
            <h2>Report of the
            Treasurer</h2>
            <p>The balance is 400 pounds.</p>
            </body></html>
            """;

    private static ImportResult read(String text) throws Exception {
        return MinutesImporter.importText("minutes.html", text, ImportOptions.none());
    }

    private static AgendaItem item(Meeting m, String title) {
        return m.agenda().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void readsAWrappedParagraphAsOneWhereItStands() throws Exception {
        Meeting m = read(PAGE).meeting();
        assertThat(m.agenda().get(0).narrative()).containsSubsequence(
                "Spring meeting: The chair introduced a motion to hold the spring members meeting at the expo. There was"
                        + " unanimous consent to approve the following resolution:",
                "RESOLVED, that the Board approved the recommendation of the staff to have the annual members meeting on"
                        + " April 12, 2022 at Harbour Expo 2022, in Dover, Delaware.",
                "Officers of the Trust: Ann Jones introduced a series of motions to re-appoint the officers. There was"
                        + " unanimous consent to approve the following resolutions:");
        assertThat(m.agenda().get(0).narrative()).noneMatch(p -> p.startsWith("RESOLVED, Dover"));
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Jones", "Bo Chen", "Cy Dee");
    }

    @Test
    void readsAWrappedHeadingAsOneTitle() throws Exception {
        assertThat(Outline.of(read(PAGE).meeting())).contains("Report of the Treasurer");
    }

    @Test
    void dropsNoLineOfTheJoinedParagraphs() throws Exception {
        ImportResult result = read(PAGE);
        String yaml = ModelWriter.yaml(result.meeting(), null).replaceAll("(?m)^\\s*#.*$", "");
        assertThat(NoLineDroppedTest.dropped(PAGE, yaml)).isEmpty();
        // Each of a paragraph's lines goes where the paragraph went.
        assertThat(result.placements()).filteredOn(p -> p.line() >= 8 && p.line() <= 11)
                .extracting(Placement::paths).containsOnly(List.of("agenda[0].narrative[2]"));
    }

    @Test
    void lineBreaksInsideAParagraphStillBreakIt() throws Exception {
        String page = """
                <html><body>
                <h1>Harbour Trust Board</h1>
                <p>Meeting date: May 4, 2021</p>
                <p>Present:<br>
                Ann Jones<br>
                Bo Chen</p>
                <h2>Boat shed</h2>
                <p>The board thanked the volunteers.</p>
                </body></html>
                """;
        assertThat(read(page).meeting().attendees()).extracting(Attendee::name).containsExactly("Ann Jones", "Bo Chen");
    }
}
