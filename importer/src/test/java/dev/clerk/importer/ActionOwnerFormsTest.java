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
            The Clerk would obtain two quotes for the bench.|[The Clerk]|Obtain two quotes for the bench.
            Two quotes were received and Cllr Ives would liaise with the supplier.|[Cllr Ives]|Liaise with the supplier.
            Community garden: Priya will ask the allotment society about water.|[Priya]|Ask the allotment society about water.
            Website – Omar will update the calendar.|[Omar]|Update the calendar.
            Cllrs. Hale and Ives to inspect the bus shelter.|[Cllr. Hale, Cllr. Ives]|Inspect the bus shelter.
            Councillors Hale and Ives will inspect the bus shelter.|[Councillor Hale, Councillor Ives]|Inspect the bus shelter.
            Cllr. Hale/Clerk to review the standing orders.|[Cllr. Hale, Clerk]|Review the standing orders.
            Cllr. Hale and the Clerk to review the standing orders.|[Cllr. Hale, the Clerk]|Review the standing orders.
            Clerk/RFO to pay the insurance premium.|[Clerk/RFO]|Pay the insurance premium.
            """)
    void readsOwnersInMoreForms(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Clerk will write to the council about the verge.|[The Clerk]|Write to the council about the verge.
            The Chair agreed to contact the school.|[The Chair]|Contact the school.
            Our Chair will ask the police for the figures.|[Our Chair]|Ask the police for the figures.
            11i) Cllr. Hale would look into the fencing.|[Cllr. Hale]|Look into the fencing.
            (b) The Clerk to chase the insurers.|[The Clerk]|Chase the insurers.
            4. 4.5ii) Priya will order the chairs.|[Priya]|Order the chairs.
            Additionally, it was agreed that Rosa should check the lease.|[Rosa]|Check the lease.
            However, it was agreed that the Treasurer would pay the deposit.|[the Treasurer]|Pay the deposit.
            This account will be administered by Jon.|[Jon]|This account will be administered
            The minutes will be signed by the Chair.|[the Chair]|The minutes will be signed
            We will have Abby do some publicity for the fair.|[Abby]|Do some publicity for the fair.
            In addition to this we need to have our CTO take on the lab and we need to discuss rent.|[our CTO]|Take on the lab
            """)
    void readsOfficesAsWrittenAndSentencesAfterNumbersConnectorsOrPassives(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).extracting(f -> f.owners() + "|" + f.task()).containsExactly(owners + "|" + task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will have Sam available on the day.",
            "We will have Christmas drinks after the meeting.",
            "We will have a stall at the fair.",
            "The hall will be booked by Friday.",
            "1.5 million people will visit the park."})
    void findsNoOwnerInWhatWeWillHaveOrWhenATaskIsDone(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The noticeboard needs repainting – Action: Clerk|[Clerk]|The noticeboard needs repainting
            The minutes of the AGM need circulating (Action: JS)|[JS]|The minutes of the AGM need circulating
            The gate is broken [Owner: Ann]|[Ann]|The gate is broken
            The website needs updating. Responsible: Priya|[Priya]|The website needs updating.
            Members were asked to think of ways to help. ALL|[ALL]|Members were asked to think of ways to help.
            The hedge on Mill Lane is overgrown. Cllr. O. Williams/Clerk|[Cllr. O. Williams, Clerk]|The hedge on Mill Lane is overgrown.
            3.2) The bus shelter glass is cracked.		the Clerk|[the Clerk]|The bus shelter glass is cracked.
            The insurance is due for renewal. *Cllr. Hale*|[Cllr. Hale]|The insurance is due for renewal.
            """)
    void readsAnOwnerMarkAfterTheMinute(String text, String owners, String task) {
        ActionItemRecognizer.Found mark = ActionItemRecognizer.ownerMark(text.replace("\\t", "\t"));
        assertThat(mark).isNotNull();
        assertThat(mark.owners() + "|" + mark.task()).isEqualTo(owners + "|" + task);
    }

    @Test
    void readsAnOwnerMarkOnALineOfItsOwn() {
        assertThat(ActionItemRecognizer.ownerMark("Owner: Kate")).extracting(f -> f.owners() + "|" + f.task())
                .isEqualTo("[Kate]|");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The meeting closed at 9 pm. John Smith",
            "Thanks were given to the volunteers. Jane",
            "Project lead: Ann Lee",
            "Book the hall (by Friday)",
            "We read the report of the U.S. Dept. of Energy.",
            "The vote was taken. The result was close",
            "Owner: to be confirmed"})
    void findsNoOwnerMarkInNamesOrLabelsThatAreNone(String text) {
        assertThat(ActionItemRecognizer.ownerMark(text)).isNull();
    }

    @Test
    void readsARunOfDutiesEachANameAndABareVerb() {
        assertThat(ActionItemRecognizer.duties("Gary take pictures of the truck, Linda and Carrie work with Rory on the grant,"
                + " Ray speak with Jen about the post The next meeting will be in May"))
                .extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Gary] Take pictures of the truck", "[Linda, Carrie] Work with Rory on the grant",
                        "[Ray] Speak with Jen about the post");
        assertThat(ActionItemRecognizer.duties("Ann speak with the vicar about the hall, the rota and the keys"))
                .extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Ann] Speak with the vicar about the hall, the rota and the keys");
        assertThat(ActionItemRecognizer.duties("Ann was thanked, Bo said no")).isEmpty();
        assertThat(ActionItemRecognizer.duties("The hall, Ann said, is booked")).isEmpty();
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

    @Test
    void readsOwnerMarksDutiesAndInitialsInMinutes() throws Exception {
        Path f = tmp.resolve("2024-04-08-minutes.md");
        Files.writeString(f, """
                # Elm Park Residents Association – Minutes, 8 April 2024

                Present: Ann Lee, John Smith, Kate Ross, Priya Shah

                ## 1. Matters arising

                The bins by the shop are overflowing.
                Owner: Kate

                The gate to the play area is broken.

                Action – Ann

                The Clerk will ask the council for a new bench (Action: Clerk)

                Priya will update the website. Responsible: John

                ## 2. Action points

                - JS: send the letter to the school
                - KR - order the chairs
                - Priya book the hall for the fair

                ## 3. Review of duties

                John check the lease with the solicitor, Ann and Kate collect the raffle prizes
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Kate Ross] The bins by the shop are overflowing.",
                "[Ann Lee] The gate to the play area is broken.",
                "[The Clerk] Ask the council for a new bench",
                "[John Smith] Update the website.",
                "[JS] Send the letter to the school",
                "[KR] Order the chairs",
                "[Priya Shah] Book the hall for the fair",
                "[John Smith] Check the lease with the solicitor",
                "[Ann Lee, Kate Ross] Collect the raffle prizes");
    }

    @Test
    void readsTheTasksOfMinutesWithoutHeadings() throws Exception {
        Path f = tmp.resolve("2025-06-24-minutes.txt");
        Files.writeString(f, """
                Elm Park Chess Club – Committee Meeting, 24 June 2025

                Attendees: Jimmy, Matt, Steve, Rob
                Apologies: Ben

                Matt advised that the new cards are ready.

                Steve will contact members about the change of venue. The club account will be administered by Rob.

                Next meeting: in one month.
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Steve] Contact members about the change of venue.",
                "[Rob] The club account will be administered");
        assertThat(m.agenda()).extracting(i -> i.title()).containsExactly("Preamble");
        assertThat(m.agenda().get(0).narrative()).contains("Matt advised that the new cards are ready.");
    }
}
