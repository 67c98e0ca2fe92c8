package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners of action items in more of the forms minutes use, from invented minutes: an undertaking narrated with
 * "would", a topic before the sentence, several owners under one title, a speaker's own "I'll" in a transcript, a
 * block quote; and owners named by title written as the minutes name them.
 */
class ActionOwnerFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cllr. Hale would write to the highways department.|[Cllr. Hale]|Write to the highways department.
            The Clerk would obtain two quotes for the bench.|[Clerk]|Obtain two quotes for the bench.
            Two quotes were received and Cllr Ives would liaise with the supplier.|[Cllr Ives]|Liaise with the supplier.
            Community garden: Priya will ask the allotment society about water.|[Priya]|Ask the allotment society about water.
            Website – Omar will update the calendar.|[Omar]|Update the calendar.
            Cllrs. Hale and Ives to inspect the bus shelter.|[Cllr. Hale, Cllr. Ives]|Inspect the bus shelter.
            Councillors Hale and Ives will inspect the bus shelter.|[Councillor Hale, Councillor Ives]|Inspect the bus shelter.
            Cllr. Hale/Clerk to review the standing orders.|[Cllr. Hale, Clerk]|Review the standing orders.
            Cllr. Hale and the Clerk to review the standing orders.|[Cllr. Hale, Clerk]|Review the standing orders.
            Clerk/RFO to pay the insurance premium.|[Clerk/RFO]|Pay the insurance premium.
            """)
    void readsOwnersInMoreForms(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).owners()).hasToString(owners);
        assertThat(found.get(0).task()).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The council would welcome any volunteers.",
            "Our newsletter would be late this quarter.",
            "Rosa would like to thank everyone for coming.",
            "The Clerk would have preferred an earlier date.",
            "Greta said the bus would stop at the hall.",
            "Note: the hall will be closed in August."})
    void findsNoOwnerInWouldOfHopesOrReportsOrTopicsWithoutOne(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void noOneIsNoSubjectForALaterPronoun() {
        assertThat(ActionItemRecognizer.subjectOf("No one replied to the letter.")).isNull();
        assertThat(ActionItemRecognizer.subjectOf("Our treasurer replied to the letter.")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dan: I'll schedule the reviews for January.|Dan|Schedule the reviews for January.
            Barring objections, I'll also close these.|Dan|Close these.
            No, will double-check my email.|Dan|Double-check my email.
            I will send the draft to the list.|Dan|Send the draft to the list.
            """)
    void readsASpeakersOwnUndertaking(String sentence, String speaker, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.undertaking(speaker, sentence);
        assertThat(found).extracting(f -> f.owners() + " " + f.task()).containsExactly("[" + speaker + "] " + task);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll be away next week.", "I think Tess will like it.", "They'll review it.",
            "I'll think about it.", "We will come back to this."})
    void readsNoUndertakingFromOpinionsOrOthers(String sentence) {
        assertThat(ActionItemRecognizer.undertaking("Dan", sentence)).isEmpty();
    }

    @Test
    void tellsSpeakersFromLabels() {
        assertThat(ActionItemRecognizer.speakerLabel("Dan: I'll schedule them.")).isEqualTo("Dan");
        assertThat(ActionItemRecognizer.speakerLabel("Mary Lou: Sounds good.")).isEqualTo("Mary Lou");
        assertThat(ActionItemRecognizer.speakerLabel("Action: Dan to schedule them.")).isNull();
        assertThat(ActionItemRecognizer.speakerLabel("Present: Dan, Tess")).isNull();
        assertThat(ActionItemRecognizer.speakerLabel("Chair: I'll open the meeting.")).isNull();
        assertThat(ActionItemRecognizer.speakerLabel("TSC: will review")).isNull();
    }

    @Test
    void blockQuoteMarkersAreNoPartOfTheText() {
        assertThat(SourceLines.unquote("> Priya will call.")).isEqualTo("Priya will call.");
        assertThat(SourceLines.unquote("> > nested")).isEqualTo("nested");
        assertThat(SourceLines.unquote("-> not a quote")).isEqualTo("-> not a quote");
        assertThat(SourceLines.isBlank(">")).isTrue();
        assertThat(SourceLines.isBlank("> ")).isTrue();
        assertThat(SourceLines.isBlank("> x")).isFalse();
    }

    @Test
    void readsOwnersFromQuotesTranscriptsAndTitledNames() throws Exception {
        Path f = tmp.resolve("2024-03-04-minutes.md");
        Files.writeString(f, """
                # Riverside Community Council – Minutes, 4 March 2024

                Present: Priya Shah, Omar Haddad, Lena Fox, Tom Reyes

                ## 1. Matters arising

                > Priya will contact the library about the meeting room and
                > report back.
                >
                > JF had written to the housing association. No one replied. He would
                > write again before April.

                ## 2. Reviews

                Lena: The old issues are stale. Barring objections, I'll close the old issues.

                Omar: No, will check my email for replies.

                Tom: I'll think about it.

                ## 3. Newsletter

                Priya, Omar and Bradley will draft the spring newsletter.

                Councillor Fox will inspect the bus shelter. Member Reyes would ask the depot for a new timetable.
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Priya Shah] Contact the library about the meeting room and report back.",
                "[JF] Write again before April.",
                "[Lena Fox] Close the old issues.",
                "[Omar Haddad] Check my email for replies.",
                "[Priya Shah, Omar Haddad, Bradley] Draft the spring newsletter.",
                "[Councillor Fox] Inspect the bus shelter.",
                "[Member Reyes] Ask the depot for a new timetable.");
        assertThat(m.allItems().flatMap(i -> i.narrative().stream()))
                .noneMatch(t -> t.startsWith(">"));
    }
}
