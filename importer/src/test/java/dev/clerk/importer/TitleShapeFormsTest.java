package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Section titles in the shapes minutes nobody tuned the importer for set them, from invented minutes: numbered titles
 * closed by a colon over their points, taken out of order, and long titles in title case run into their minute; short
 * titled lines over a minute of two words, in sentence case; a mailing list's labels at the margin over indented
 * paragraphs under its underlined headings; Roman-numbered items with the time each was taken up, run into one line;
 * a web page's one-word label in bold as a paragraph of its own. And the guards: a numbered lead-in to a list, a
 * numbered sentence with a colon, a name over what was said, a sentence between blank lines, a field's label, Roman
 * numbers out of their run, a speaker's label in bold.
 */
class TitleShapeFormsTest {

    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    @Test
    void readsNumberedTitlesClosedByAColonAndLongTitlesRunIntoTheirMinuteInAnyOrder() throws Exception {
        Meeting m = read("minutes.txt", """
                Harbour Trust
                Meeting Minutes
                May 3, 2022

                1. Call to Order: The chair called the meeting to order at 7:00 pm.

                2. Correspondence and Committee Reports/Public Comments (Open Forum): There were no comments this evening.

                The chair moved to take item 5 first. The motion carried unanimously.

                5. New Business:

                A. Tree Survey: The survey was presented by the contractor.

                3. Approval of Minutes from April 5, 2022: Ms. Lowe moved to accept the minutes as written.

                4. Old Business:

                A. Benches: There was nothing new to report.

                6. Adjournment: The meeting adjourned at 8:45 pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Call to Order",
                "Correspondence and Committee Reports/Public Comments (Open Forum)", "New Business", "  Tree Survey",
                "Approval of Minutes from April 5, 2022", "Old Business", "  Benches", "Adjournment");
    }

    @Test
    void leavesANumberedLeadInAndANumberedSentenceWithAColonAsText() throws Exception {
        Meeting m = read("minutes.txt", """
                Harbour Trust
                Meeting Minutes
                May 3, 2022

                1. Elections: The trust held its elections.

                2. The following were elected:

                3. The chair noted several points about the parking rules: First, the signs are wrong.

                4. Adjournment: The meeting adjourned at 8:45 pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Elections", "Adjournment");
    }

    @Test
    void readsShortTitledLinesOverMinutesOfTwoWordsInSentenceCase() throws Exception {
        Meeting m = read("minutes.txt", """
                March 3, 2021

                Present: Ann, Bob, Carol

                Review of minutes

                Minutes approved.

                Garden Plans

                No news.

                New business

                (Carol) Price a new shed for the tools.
                """);
        assertThat(Outline.of(m)).containsExactly("Review of minutes", "Garden Plans", "New business");
    }

    @Test
    void leavesANameOverWhatWasSaidAndAShortLineInOtherMinutesAsText() throws Exception {
        Meeting m = read("minutes.txt", """
                March 3, 2021

                Present: Ann Lee, Bo Chen, Carol Diaz

                1. Garden

                Bo Chen

                Agreed.

                Next steps

                None yet.

                Members thanked the volunteers

                The fence on the lane side still needs two new posts.
                """);
        assertThat(Outline.of(m)).containsExactly("Garden");
    }

    @Test
    void readsLabelsAtTheMarginOverIndentedParagraphsUnderUnderlinedHeadings() throws Exception {
        Meeting m = read("notes.txt", """
                Folks, here are my notes from the working group meeting.

                ==============================================================
                4-5 June 1997 working group notes
                ==============================================================

                Review of the draft so far:
                ===========================

                Faults found in the draft:
                  Ann is getting a warning about a table being declared twice.
                  Note this in the maintenance document.

                Equipment:
                  For the next release, the reference pages will be filled in.

                Topics raised at this meeting:
                ==============================

                Date:
                  The next meeting is planned for September in the usual place.

                Lending library:
                  For now, we want to keep lending the old sets.
                """);
        assertThat(Outline.of(m)).containsExactly("Review of the draft so far", "  Faults found in the draft",
                "  Equipment", "Topics raised at this meeting", "  Lending library");
    }

    @Test
    void readsRomanNumberedItemsWithTheirTimesRunIntoOneLine() throws Exception {
        Meeting m = read("minutes.txt", "PARKS BOARD - Minutes REGULAR MEETING 7:00 P.M. May 8, 2019"
                + " I. 7:00—CALL TO ORDER: II. 7:02--ROLL CALL: All members present III. MINUTES: Approved"
                + " IV. 7:10 pm – NEW BUSINESS: A. Noted V. CORRESPONDENCE: A. None VI. 8:05—ADJOURNMENT\n");
        assertThat(Outline.of(m)).containsExactly("CALL TO ORDER", "ROLL CALL", "MINUTES", "NEW BUSINESS",
                "CORRESPONDENCE", "ADJOURNMENT");
    }

    @Test
    void leavesRomanNumbersOutOfTheirRunInTheText() throws Exception {
        Meeting m = read("minutes.txt", "HISTORY COMMISSION - Minutes May 8, 2019 The meeting opened at 5:15. The"
                + " commission read chapter IV. PLANS AND MAPS of the survey, then chapter II. TOWN WALLS again.\n");
        assertThat(Outline.of(m)).isEmpty();
    }

    @Test
    void readsAWebPagesOneWordLabelInBoldAsAParagraphOfItsOwn() throws Exception {
        Meeting m = read("minutes.txt", """
                <html><body>
                <h1>Board Minutes</h1>
                <h3>May 4, 2011</h3>
                <P>The meeting was held by teleconference at 11:00 am.</P>
                <P><U><B>General Business:</B></U></P>
                <P>Ann Lee welcomed the Board and noted the quorum was present.</P>
                <P><U><B>Budget:</B></U></P>
                <P>Bo Chen led a discussion of the budget for the coming year.</P>
                </body></html>
                """);
        assertThat(Outline.of(m)).containsExactly("General Business", "Budget");
    }

    @Test
    void leavesASpeakersLabelInBoldAsText() throws Exception {
        Meeting m = read("minutes.txt", """
                <html><body>
                <h1>Board Minutes</h1>
                <h3>May 4, 2011</h3>
                <P><U><B>General Business:</B></U></P>
                <P>The chair opened the discussion of the new hall rota.</P>
                <P><B>Rosa:</B></P>
                <P>We should ask the members which evenings suit them.</P>
                <P><B>Tomas:</B></P>
                <P>We asked them last year and nobody answered the letter.</P>
                <P><B>Rosa:</B></P>
                <P>Then we should ask them again at the summer fair.</P>
                </body></html>
                """);
        assertThat(Outline.of(m)).containsExactly("General Business");
    }
}
