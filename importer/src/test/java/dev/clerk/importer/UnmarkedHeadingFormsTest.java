package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Section titles of short plain minutes whose headings lost their marks in a conversion, each in minutes written for the
 * test: a short title line right over its paragraph or list, in a document whose other items have the same shape, blank
 * lines or none; and a label in capitals opening its paragraph ("OLD BUSINESS: The bench ..."). The guards: a name over
 * what the person said, a lone short line, a resolution, a motion's steps, the attendance and a speaker in capitals.
 */
class UnmarkedHeadingFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @Test
    void readsTitleLinesOverTheirParagraphsWithoutBlankLines() throws Exception {
        Meeting m = read("""
                March 3, 2021
                The meeting was called to order by Ada Byrne at 7:02
                Present
                Ada Byrne, Colm Ruane, Nell Quigley, Tess Farrow, Owen Daly and Pia Lund were there tonight.
                Approval of Minutes
                The minutes of the February meeting were read and approved without change.
                Principal's Report
                Enrolment is steady. The roof repair will be done over the Easter break.
                Fundraising
                - The bake sale raised four hundred dollars.
                - The fun run is set for May.
                Motion to adjourn was made at 8:15 and passed.
                """);
        assertThat(Outline.of(m)).containsExactly("Approval of Minutes", "Principal's Report", "Fundraising");
    }

    @Test
    void readsTitleLinesOverTheirParagraphsBetweenBlankLines() throws Exception {
        Meeting m = read("""
                Glenview Food Co-op Board

                The board met on 12 April 2022. The chair opened the meeting at six in the evening.

                Treasurer's Report

                The accounts show a small surplus for the quarter and the auditor has been paid.

                Store Hours

                Members asked for longer opening on Saturdays; the manager will look at the rota.
                """);
        assertThat(Outline.of(m)).containsExactly("Treasurer's Report", "Store Hours");
    }

    @Test
    void keepsANameOverWhatThePersonSaidAsText() throws Exception {
        Meeting m = read("""
                March 3, 2021
                The meeting was called to order by Ada Byrne at 7:02 with nine members there tonight.
                Budget Review
                The budget for the year was read out to the members and agreed.
                Colm Ruane
                He reported that the hall roof is leaking again and needs a builder.
                Playground Fund
                The fund stands at two thousand dollars after the spring appeal.
                """);
        assertThat(Outline.of(m)).containsExactly("Budget Review", "Playground Fund");
    }

    @Test
    void keepsALoneShortLineBeforeTheFirstSectionAsText() throws Exception {
        Meeting m = read("""
                March 3, 2021
                The meeting was called to order by Ada Byrne at 7:02 with nine members there tonight.
                Warm Welcome
                The chair thanked the new members for coming and hoped they would stay on.
                The hall roof is leaking again and needs a builder before the winter.
                """);
        assertThat(Outline.of(m)).isEmpty();
    }

    @Test
    void readsCapitalLabelsOpeningParagraphs() throws Exception {
        Meeting m = read("""
                Cedar Park Advisory Board
                Minutes of June 8, 2022

                CALL TO ORDER: The chair called the meeting to order at 6:30 pm.

                OLD BUSINESS: The bench by the pond has been repaired. The path is next.

                NEW BUSINESS: Staff asked the board to look at the summer programme fees.

                ADJOURNMENT: The meeting closed at 7:40 pm.
                """);
        assertThat(Outline.of(m)).containsExactly("CALL TO ORDER", "OLD BUSINESS", "NEW BUSINESS", "ADJOURNMENT");
        assertThat(m.agenda().get(m.agenda().size() - 3).narrative())
                .containsExactly("The bench by the pond has been repaired. The path is next.");
    }

    @Test
    void keepsResolutionsMotionStepsAttendanceAndSpeakersInCapitalsAsText() throws Exception {
        Meeting m = read("""
                Cedar Park Advisory Board
                Minutes of June 8, 2022

                MEMBERS PRESENT: Ada Byrne, Colm Ruane, Nell Quigley.

                OLD BUSINESS: The bench by the pond has been repaired.

                RESOLVED: That the summer fees stay as they are.

                MOTION: To buy two new benches for the play area.

                NELL QUIGLEY: I think the fees are already too high.

                NEW BUSINESS: Staff asked the board to look at the lighting.
                """);
        assertThat(Outline.of(m)).containsExactly("OLD BUSINESS", "NEW BUSINESS");
    }

    @Test
    void keepsASingleCapitalLabelAsText() throws Exception {
        Meeting m = read("""
                Cedar Park Advisory Board
                Minutes of June 8, 2022

                The chair called the meeting to order at 6:30 pm and welcomed the members.

                PUBLIC COMMENT: None was offered at this meeting.

                The board then talked about the summer programme for a while.
                """);
        assertThat(Outline.of(m)).isEmpty();
    }

    @Test
    void readsARomanOutlineRunIntoTheText() throws Exception {
        Meeting m = read("""
                Lakeside Parks and Recreation Board
                Regular Meeting Minutes, May 4, 2023

                I. CALL TO ORDER – 7:00 pm The meeting was called to order by the chair. II. ROLL CALL All members were there. III. APPROVAL OF MINUTES The minutes of April were approved. IV. OLD BUSINESS: The dock repairs are done.

                V. ADJOURNMENT The meeting adjourned at 8:10 pm.
                """);
        assertThat(Outline.of(m)).containsExactly("CALL TO ORDER – 7:00 pm", "ROLL CALL", "APPROVAL OF MINUTES", "OLD BUSINESS",
                "ADJOURNMENT");
        assertThat(m.agenda().get(m.agenda().size() - 2).narrative()).contains("The dock repairs are done.");
    }

    @Test
    void keepsRomanNumbersOutOfTheOutlineAsText() throws Exception {
        Meeting m = read("""
                Lakeside Parks and Recreation Board
                Regular Meeting Minutes, May 4, 2023

                The chair read from Title II. THE PARKS ACT and from Part IV. GRANTS ON LOAN before the vote.

                The board agreed to write to the county. VI. BUDGET was left for the next meeting.
                """);
        assertThat(Outline.of(m)).isEmpty();
    }
}
