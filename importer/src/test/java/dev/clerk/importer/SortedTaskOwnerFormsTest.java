package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners in forms read from invented minutes: an action list sorted into subsections by when or what ("### Immediate",
 * "### Short-term") whose "- [ ] **Lee**: Present the budget" lines are tasks; what someone reported they would do under
 * a condition ("Josh has stated that once he receives it, he will ..."), or said after the sentence before named them
 * ("Councillor Trigg replied ... He said that if ..., he would ..."); the editors or attendees directed or asked to do
 * something; what the body, writing in the first person, agreed someone will do ("To this, we agreed that the Board
 * will ..."); and "Further," as a sentence's joint before the person it is about.
 */
class SortedTaskOwnerFormsTest {
    @TempDir
    Path tmp;

    /** Each subsection heading that sorts an action list by when or what. */
    @ParameterizedTest
    @ValueSource(strings = {"### Immediate (By Friday's Meeting)", "### Short-term (next 1-2 weeks)", "### Fundraising",
        "#### Before the fair", "**This week**"})
    void readsTheOwnersOfAnActionListSortedIntoSubsections(String head) throws Exception {
        Meeting m = imported("""
                # Garden club executive meeting, April 8, 2025

                ## Present
                - Ann Lee - Chair
                - Bo Chen - Treasurer
                - Cy Diaz

                ## Plant sale
                The sale raised $400.

                ## Action Items & Follow-ups

                %s
                - [ ] **Ann**: Book the hall for May
                - [ ] **Bo & Cy**: Send the flyer to the printer
                - [x] Cy: Order the compost
                - Bo – Pay the deposit

                ### Ongoing projects
                - [ ] **Bulletin board redesign**: Pinterest-style display of the rota
                - [ ] **All**: Bring a plant for the sale
                - [ ] **Supplier outreach**: Target local shops (Bob's Garden, Green Acres)
                """.formatted(head));
        Map<String, String> owners = Owners.byTask(m);
        assertThat(owners).containsEntry("Book the hall for May", "[Ann Lee]")
                .containsEntry("Send the flyer to the printer", "[Bo Chen, Cy Diaz]")
                .containsEntry("Order the compost", "[Cy Diaz]")
                .containsEntry("Pay the deposit", "[Bo Chen]")
                .containsEntry("Bring a plant for the sale", "[All]");
        // A topic before the colon names no one: the line is a task without an owner.
        assertThat(m.actionItems()).flatExtracting(ActionItem::owners).doesNotContain("Bulletin board redesign");
        assertThat(m.actionItems()).flatExtracting(ActionItem::owners).doesNotContain("Ongoing projects");
        // Shops named as examples in brackets own nothing.
        assertThat(m.actionItems()).flatExtracting(ActionItem::owners).doesNotContain("Bob's Garden", "Green Acres");
    }

    /** A council's "Action Items" holds the business to vote on: a subsection's sentences are no one's task by position. */
    @Test
    void aSubsectionOfACouncilsActionItemsReadsItsLinesAsAnyItemWould() throws Exception {
        Meeting m = imported("""
                # Town council minutes, April 8, 2025

                ## Present
                - Ann Lee
                - Bo Chen

                ## Action Items

                ### Vote to fill the vacancy
                - Committee until newly elected members are sworn in on January 3.
                - Council voted 9-0 to select Cy Diaz.
                """);
        assertThat(m.actionItems()).flatExtracting(ActionItem::owners).isEmpty();
    }

    @Test
    void aSubsectionOutsideAnActionListGivesNoTasks() throws Exception {
        Meeting m = imported("""
                # Garden club executive meeting, April 8, 2025

                ## Present
                - Ann Lee
                - Bo Chen

                ## Fundraising

                ### Immediate
                - **Ann**: Presented the sale's takings
                - **Bo**: Thanked the volunteers
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void aDecisionsSubsectionOfActionsAndDecisionsHoldsNoTasksByTopic() throws Exception {
        Meeting m = imported("""
                # Garden club executive meeting, April 8, 2025

                ## Present
                - Ann Lee
                - Bo Chen

                ## Actions and decisions

                ### Decisions
                - Hall hire: kept at twenty pounds
                - Compost: the cheaper supplier
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    /** What someone reported they would do, once or if something happened: the task theirs, the condition kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Josh has stated that once he receives it, he will keep the council informed.|Josh Hale|keep the council informed",
        "Josh said that if the battery arrives, he would fix the phone.|Josh Hale|fix the phone",
        "Ann Lee had confirmed that when the hall was free, she would book it for May.|Ann Lee|book it for May",
        "Josh told the board that as soon as the grant came through, he would order the seeds.|Josh Hale|order the seeds"})
    void readsAnUndertakingReportedUnderACondition(String sentence, String owner, String task) throws Exception {
        Meeting m = imported(minutes(sentence));
        assertThat(m.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.owners()).containsExactly(owner);
            assertThat(a.task()).contains(task);
        });
    }

    @Test
    void readsHeOrSheSayingItAsThePersonTheSentenceBeforeNamed() throws Exception {
        Meeting m = imported(minutes("A resident complained about the camera. Ann Lee replied that there was no charge. "
                + "She said that if the resident gave her the number, she would look into the fine."));
        assertThat(m.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.owners()).containsExactly("Ann Lee");
            assertThat(a.task()).contains("look into the fine");
        });
    }

    /** A condition and a report that give no one a task: another's doing, a thing, or nothing to be done. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Josh said that if the council agreed, they would fund the hall.",
        "Josh said that once the roof is mended, the hall will be warmer.",
        "Josh said that when the hall was booked, the fair went well.",
        "He said that if she gave him the number, he would look into it.",
        "Ann Lee spoke about the fair. She said that they would give feedback on the rota.",
        "Ann Lee reported that the fence would need repairs."})
    void readsNoOwnerFromAConditionThatGivesNoOneATask(String sentence) throws Exception {
        Meeting m = imported(minutes(sentence));
        assertThat(m.actionItems()).flatExtracting(ActionItem::owners).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "After discussion the editors were directed to proceed with a mechanical translation.|the editors|proceed with a mechanical",
        "The editors were asked to tidy the draft.|The editors|Tidy the draft",
        "Ann Lee asked attendees to spread the word about the fair.|attendees|Spread the word",
        "Attendees were asked to bring a plant each.|Attendees|Bring a plant each"})
    void readsTheEditorsAndTheAttendeesAsOwners(String sentence, String owner, String task) throws Exception {
        Meeting m = imported(minutes(sentence));
        assertThat(m.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.owners()).singleElement().satisfies(o -> assertThat(o).isEqualToIgnoringCase(owner));
            assertThat(a.task()).contains(task);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"The editors' draft was discussed at length.", "Attendees were thanked for coming.",
        "Attendees said the hall was cold.", "Chair Lee instructed attendees to turn off or silence their phones.",
        "Ann Lee asked attendees to mute their microphones when not speaking."})
    void readsNoTaskWhereTheEditorsOrAttendeesAreOnlyMentioned(String sentence) throws Exception {
        Meeting m = imported(minutes(sentence));
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsFurtherAsAJointBeforeThePersonLaterSentencesAreAbout() throws Exception {
        Meeting m = imported(minutes("Further, Ann Lee has heard back from the county. They have asked that she meet "
                + "them on Tuesday. She will confirm the times with the county."));
        assertThat(m.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.owners()).containsExactly("Ann Lee");
            assertThat(a.task()).contains("Confirm the times");
        });
    }

    /** Minutes the body writes in the first person: "We agreed that the Board will ...", with a joint before it or not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "To this, we agreed that the Board will begin posting summaries of meetings.|the Board|Begin posting summaries",
        "We all decided that Ann Lee would book the hall for May.|Ann Lee|Book the hall for May",
        "To that end, we agreed that the Treasurer is to pay the deposit.|the Treasurer|Pay the deposit"})
    void readsWhatTheBodyAgreedInTheFirstPersonThatSomeoneWillDo(String sentence, String owner, String task)
            throws Exception {
        Meeting m = imported(minutes(sentence));
        assertThat(m.actionItems()).singleElement().satisfies(a -> {
            assertThat(a.owners()).singleElement().satisfies(o -> assertThat(o).isEqualToIgnoringCase(owner));
            assertThat(a.task()).contains(task);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"We agreed that the Board was right to wait.", "We agreed that the hall will be cheaper in May.",
        "We agreed that Ann Lee will be missed.", "We suggested that Ann Lee might book the hall."})
    void readsNoTaskFromWhatTheBodyAgreedWasSo(String sentence) throws Exception {
        Meeting m = imported(minutes(sentence));
        assertThat(m.actionItems()).flatExtracting(ActionItem::owners).isEmpty();
    }

    private static String minutes(String sentence) {
        return """
                # Garden club minutes, April 8, 2025

                ## Present
                - Ann Lee
                - Josh Hale

                ## Hall

                %s
                """.formatted(sentence);
    }

    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2025-04-08-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
