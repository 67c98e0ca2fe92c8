package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Sections that a clerk sees at a glance but that are written without the marks an outline usually has, each form in
 * minutes made up for the test: numbered paragraphs whose topic opens each paragraph ("1) Grounds – The hedge ...",
 * "2. Water supply. The standpipe ..."), numbered topics with their paragraphs between them on a web page, and a title
 * in capitals that lost its heading mark among headings in capitals; with what must stay text (people with what they
 * said or do, numbered sentences, a postcode, the office under a signature, capitals where the headings are not).
 */
class ParagraphOutlineFormsTest {
    private static Meeting read(String file, String text) throws Exception {
        return MinutesImporter.importText(file, text, ImportOptions.none()).meeting();
    }

    @Test
    void readsTheTopicOpeningEachNumberedParagraph() throws Exception {
        Meeting m = read("minutes.txt", """
                Orchard Lane Allotment Society
                Committee meeting, 9 March 2023

                Present: Ann Lee, Bo Chan, Cy Dee.

                1) Grounds – The hedge by the north gate needs cutting before April. Bo will ask the contractor.
                2) Water supply. The standpipe on plot 12 leaks again and the committee agreed to replace it.
                3) Open day –
                The open day will be on 10 June. Cy will make posters.
                4) Seed swap. Twenty members came to the February swap.
                """);
        assertThat(Outline.of(m)).containsExactly("Grounds", "Water supply", "Open day", "Seed swap");
        // The minute written on after the topic stays with it.
        assertThat(m.agenda().get(m.agenda().size() - 1).narrative())
                .anySatisfy(n -> assertThat(n).contains("Twenty members came to the February swap."));
    }

    @Test
    void keepsADashWithinATitleEndingInItsColon() throws Exception {
        // "Bank mandate - Cheque signatory:" over its minute is one title; a dash with the minute after it still splits.
        Meeting m = read("minutes.txt", """
                Millbrook Parish Council
                Minutes of the meeting of 9 March 2023

                1.   Bank Mandate - Cheque Signatory:

                The Clerk reported that a third signatory is needed. Cllr Hale was agreed.

                2.   Application for Free Trees:

                The Clerk will apply to the tree scheme.

                3.   Grounds – The hedge by the north gate needs cutting before April.
                """);
        assertThat(Outline.of(m)).containsExactly("Bank Mandate - Cheque Signatory", "Application for Free Trees", "Grounds");
    }

    @Test
    void readsNumberedTopicsWithTheirParagraphsOnAWebPage() throws Exception {
        Meeting m = read("minutes.txt", """
                <html>
                <head><title>Walkers Club</title></head>
                <body>
                <h1>Walkers Club</h1>
                <h3>Committee Meeting Notes</h3>
                April 4, 2019, Library Room<br><br>
                Attendees: Dora, Eli, Fay.<br><br>
                1. Spring programme
                <br><br>
                The programme was agreed with two extra walks in May.
                <br><br>
                2. Footpath survey...how to find helpers? Eli offered to coordinate the volunteers
                for the survey of the river path.
                <br><br>
                3. Insurance renewal
                <br><br>
                The premium went up by ten percent. Fay will compare quotes.
                <br><br>
                4. Newsletter deadline - May 1st.
                <br><br>
                </body>
                </html>
                """);
        assertThat(Outline.of(m)).contains("Spring programme", "Footpath survey...how to find helpers?", "Insurance renewal",
                "Newsletter deadline");
    }

    @Test
    void leavesPeopleWithWhatTheyDoAsText() throws Exception {
        Meeting m = read("minutes.txt", """
                Orchard Lane Allotment Society
                Committee meeting, 9 March 2023

                Actions:

                1. Ann Lee – reported on the budget.
                2. Bo Chan – will book the hall.
                3. JW: send the letter.
                4. All: read the report.
                """);
        assertThat(Outline.of(m)).doesNotContain("Ann Lee", "Bo Chan", "JW", "All");
    }

    @Test
    void leavesNumberedSentencesAsText() throws Exception {
        Meeting m = read("minutes.txt", """
                Orchard Lane Allotment Society
                Committee meeting, 9 March 2023

                Present: Ann Lee, Bo Chan, Cy Dee.

                1. We agreed to meet in May. Ann will book the room.
                2. The treasurer reported a balance of £400. Nothing further.
                3. Bo asked about the gate. It is to be fixed.
                """);
        assertThat(Outline.of(m)).isEmpty();
    }

    @Test
    void readsATitleInCapitalsAmongHeadingsInCapitals() throws Exception {
        Meeting m = read("minutes.md", """
                # Harbour Board - 3 May 2022

                ## MINUTES – REGULAR MEETING

                ### CALL TO ORDER

                The meeting was called to order at 6:00 pm.

                ### CONSENT ITEMS

                Approved as listed.

                NEW BUSINESS

                1. Dock lighting – Staff will bring quotes.

                PUBLIC COMMENTS

                No one spoke.

                Harbour Master's Office
                Pier Road

                AB1 2CD

                Signed 4 May 2022

                CHAIRPERSON
                """);
        assertThat(Outline.of(m)).containsExactly("CALL TO ORDER", "CONSENT ITEMS", "NEW BUSINESS", "PUBLIC COMMENTS");
    }

    @Test
    void leavesCapitalsAloneWhereHeadingsAreNotInCapitals() throws Exception {
        Meeting m = read("minutes.md", """
                # Harbour Board - 3 May 2022

                ### Call to order

                The meeting was called to order at 6:00 pm.

                NEW BUSINESS

                Dock lighting was discussed.
                """);
        assertThat(Outline.of(m)).doesNotContain("NEW BUSINESS");
    }
}
