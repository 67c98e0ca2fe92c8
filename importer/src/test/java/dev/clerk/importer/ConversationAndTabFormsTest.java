package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import org.junit.jupiter.api.Test;

/**
 * Two presentations of a kept line, from invented minutes: a conversation whose speakers' names are in bold, where a
 * name that speaks once is one more speaker and no run-in title, also where speakers are named in full once and by first
 * name after; and a line with tabs in it, kept with spaces so that
 * the meeting file shows the words; and the guard: bold labels that each lead one paragraph stay the items' titles.
 */
class ConversationAndTabFormsTest {

    @Test
    void readsANameInBoldThatSpeaksOnceInAConversationAsASpeaker() throws Exception {
        Meeting m = imported("""
                # Minutes of the Data Working Group, 9 March 2021

                ## Datagrams

                **Ann Lee:** We agree with the second option

                **Bo Chen:** Not yet, the draft is open

                **Cy Dunn:** Issues on router function

                **Ann Lee:** Then we wait for the draft

                **Di Ford:** Two implementations exist

                **Bo Chen:** We are coming to that

                **Ed Gray:** One more question on flows

                **Ann Lee:** Take it to the list

                **Bo Chen:** Agreed

                **Ann Lee:** Next item then

                **Bo Chen:** Yes
                """);
        assertThat(Outline.of(m)).containsExactly("Datagrams");
        assertThat(m.agenda().get(m.agenda().size() - 1).narrative()).contains("Cy Dunn: Issues on router function",
                "Di Ford: Two implementations exist", "Ed Gray: One more question on flows");
    }

    @Test
    void readsSpeakersNamedInFullOnceAndByFirstNameAfterAsSpeakers() throws Exception {
        Meeting m = imported("""
                # Minutes of the Routing Working Group, 9 March 2021

                ## Drafts

                **Ann Lee:** The flow draft is ready for review

                **Bo Chen:** Posted the update last week

                **Cy Dunn:** Implementers are asked to speak up

                **Di Ford:** No change since the last session

                **Ann:** Please read the flow draft

                **Bo:** We will align the terms

                **Ann:** Then we poll on the list

                **Cy:** The timer question is open

                **Ann:** Take it to the list

                **Bo:** Agreed
                """);
        assertThat(Outline.of(m)).containsExactly("Drafts");
        assertThat(m.agenda().get(m.agenda().size() - 1).narrative()).contains(
                "Cy Dunn: Implementers are asked to speak up", "Di Ford: No change since the last session");
    }

    @Test
    void keepsBoldLabelsThatEachLeadOneParagraphAsTitles() throws Exception {
        Meeting m = imported("""
                # Minutes of the Parks Board, 4 May 2021

                **Budget:** The treasurer reported a balance of 400 pounds.

                **Trails:** The new trail at Elm Creek is open.

                **Benches:** Two benches are to be replaced.
                """);
        assertThat(Outline.of(m)).containsExactly("Budget", "Trails", "Benches");
    }

    @Test
    void keepsALineWithTabsWithSpaces() throws Exception {
        Meeting m = imported("""
                # Minutes of the Parks Board, 4 May 2021

                ## Public forum

                Members of the public:\t  None attended.
                The board thanked the volunteers.\tThe trail is open.

                Ann Lee, Chair\t\t\t\tBo Chen, Clerk
                """);
        AgendaItem item = m.agenda().stream().filter(i -> i.title().equals("Public forum")).findFirst().orElseThrow();
        assertThat(String.join("\n", item.narrative())).doesNotContain("\t").contains(
                "Members of the public: None attended.", "The board thanked the volunteers. The trail is open.",
                "Ann Lee, Chair   Bo Chen, Clerk");
        assertThat(ModelWriter.yaml(m, null)).doesNotContain("\\t");
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
