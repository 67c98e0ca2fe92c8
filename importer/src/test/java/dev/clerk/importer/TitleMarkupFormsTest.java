package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Section titles in markup that the first forms did not read, each in minutes written for the test: Markdown headings
 * whose hashes run into the title ("##Outreach"), and a bold title closed by a colon standing alone over its text
 * ("**Treasurer's report:**"). Guards: a hashtag or an issue number is no heading, a bold field, speaker or lead-in is
 * no title, and a sentence introducing the minutes is never their title.
 */
class TitleMarkupFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @Test
    void readsHashesRunIntoTheTitleAsHeadings() throws Exception {
        assertThat(Outline.of(read("""
                Board meeting 2022-05-04

                ##Finances

                The account holds 300 dollars.

                ##Events

                The fair is on June 4.
                """))).containsExactly("Finances", "Events");
        assertThat(Outline.of(read("""
                # Working group call, 4 May 2022

                ###Website redesign
                Ann showed the new home page.

                ###Next steps
                We meet again in June.
                """))).contains("Website redesign", "Next steps");
        assertThat(Outline.of(read("""
                Committee notes 2022-05-04

                #Budget
                The budget was approved.

                #Volunteers
                Three people signed up.
                """))).containsExactly("Budget", "Volunteers");
    }

    @Test
    void readsNoHashtagOrIssueNumberAsAHeading() throws Exception {
        Meeting m = read("""
                Board meeting 2022-05-04

                ## Outreach

                We will tweet with the tag
                #opendata
                #CivicTech
                #42 was closed last week.
                #7
                """);
        assertThat(Outline.of(m)).containsExactly("Outreach");
        // One line with its hashes run in is no sign the minutes write headings so.
        assertThat(Outline.of(read("""
                Board meeting 2022-05-04

                ## Outreach
                ##Hashes doubled by mistake
                We will tweet more.
                """))).doesNotContain("Hashes doubled by mistake");
    }

    @Test
    void readsABoldTitleClosedByAColonOverItsTextAsASection() throws Exception {
        assertThat(Outline.of(read("""
                # Annual meeting 2022-05-04

                ## Reports

                **President's report:**

                It was a busy year for the club. We held ten events.

                **Treasurer's report:**

                - The account holds 300 dollars.
                - Fees are due in June.
                """))).containsExactly("Reports", "  President's report", "  Treasurer's report");
    }

    @Test
    void readsNoBoldFieldSpeakerOrLeadInAsASection() throws Exception {
        Meeting m = read("""
                # Annual meeting 2022-05-04

                ## Reports

                **Members present:**

                Ann Lee, Bo Chan, Cy Diaz.

                **Ann Lee:**

                We should buy chairs.

                **The committee agreed the following:**

                - Buy ten chairs.

                **Date and time:**

                4 May 2022, 7pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Reports");
    }

    @Test
    void takesNoSentenceIntroducingTheMinutesAsTheirTitle() throws Exception {
        Meeting m = read("""
                Here are the minutes from the Communications committee meeting on 23rd May 2014.

                ## Website

                We agreed to go live.

                ## Outreach

                Jen will email the attendees.
                """);
        assertThat(m.title()).isNull();
        assertThat(Outline.of(m)).containsExactly("Website", "Outreach");
    }
}
