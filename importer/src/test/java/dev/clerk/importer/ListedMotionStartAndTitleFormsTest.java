package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Movers, start times and section titles in more of the forms minutes write them, from invented minutes: a motion's
 * steps listed under a "Motion/Decision:" label, "Proposed A" over "Seconded B" without colons, an amendment and a
 * "2nd" in a newspaper's report of a council, "Moved by him" after a sentence about him; a "Time:" field under a
 * subtitle's heading, a line of the hours alone, a time on the first item's heading, a 24-hour time with its leading
 * zero; the entries of a numbered agenda with nothing under them, an "Agenda" heading that is a part of the minutes,
 * and a plain title over its list under a heading mark.
 * And the guards: a list of decisions, a proposal no one seconded, an amendment of a text, a call to order that gives
 * the start, a year on an item's heading, a list of notes, a sentence over a list, a pronoun no person came before.
 */
class ListedMotionStartAndTitleFormsTest {

    @Test
    void readsAMotionsStepsListedUnderAMotionOrDecisionLabel() throws Exception {
        Meeting m = imported("""
                # Harbour Rowing Club – Minutes, 4 March 2024

                ## 2. Elections

                **Motion/Decision:**
                - **Motion:** Move to elect Ida Frost as Treasurer
                - **Moved by:** Ola Brandt
                - **Seconded by:** Kai Lund
                - **Discussion:** None
                - **Vote:** Unanimous

                **Motion/Decision:**
                - **Motion:** Move to elect Kai Lund as Captain
                - **Moved by:** Ida Frost
                - **Seconded by:** Ola Brandt
                - **Vote:** Unanimous
                """);
        assertThat(motions(m)).containsExactly(
                "Ola Brandt/Kai Lund: Move to elect Ida Frost as Treasurer",
                "Ida Frost/Ola Brandt: Move to elect Kai Lund as Captain");
    }

    @Test
    void keepsAListOfDecisionsAsDecisions() throws Exception {
        Meeting m = imported("""
                # Harbour Rowing Club – Minutes, 4 March 2024

                ## 2. Boat House

                The committee decided:
                - Repaint the doors in May
                - Move the trailer to the yard
                """);
        assertThat(motions(m)).isEmpty();
        assertThat(m.agenda().get(0).decisions()).contains("Repaint the doors in May", "Move the trailer to the yard");
    }

    @Test
    void readsProposedAndSecondedWrittenWithoutColonsUnderTheHeadingOfWhatWasMoved() throws Exception {
        Meeting m = imported("""
                # Vale Chess Club AGM, 4 September 2025

                ## 1) Apologies for Absence

                None.

                ## 3) Minutes of the AGM held 5th Sept, 2024

                Proposed Nora Quist

                Seconded Piet Vos

                Accepted by All
                """);
        assertThat(motions(m)).containsExactly("Nora Quist/Piet Vos: Minutes of the AGM held 5th Sept, 2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Proposed Nora Quist\n\nThe treasurer explained the accounts.",
        "Proposed Changes\n\nThe treasurer explained the accounts.",
        "Proposed Nora Quist\n\nSecond Reading of the rule change."})
    void readsNoMotionFromAProposedLineNoSecondFollows(String body) throws Exception {
        Meeting m = imported("# Vale Chess Club AGM, 4 September 2025\n\n## 4) Accounts\n\n" + body + "\n");
        assertThat(motions(m)).isEmpty();
    }

    @Test
    void readsAnAmendmentAndASecondAbbreviatedInAReportOfACouncil() throws Exception {
        Meeting m = imported("""
                Dunmore Town Council, Special Meeting 3 December 1895.

                Cr Alder moved that Council meet on the 1st and 3rd Monday evenings.  Cr Birch 2nd.

                Cr Cobb amended to Tuesday and Cr Dale 2nd.

                The amendment was carried.
                """);
        assertThat(motions(m)).extracting(s -> s.substring(0, s.indexOf(':'))).containsExactly("Alder/Birch", "Cobb/Dale");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The secretary amended to read as follows.",
        "Ann Lee amended to the new form.",
        "Cr Cobb amended to Tuesday and Cr Dale agreed."})
    void readsNoAmendmentWithoutANamedSecond(String sentence) {
        assertThat(MotionRecognizer.opens(sentence)).isNull();
    }

    @Test
    void readsAMoverNamedByAPronounAsThePersonTheSentenceBeforeNamed() throws Exception {
        Meeting m = imported("""
                # Lakeside Radio Club, 12 June 2024

                ## Minutes

                - Ivo (VE3XYZ) posted a draft of the May minutes on the club website before this meeting. Moved by him that the minutes be adopted as posted. Seconded by Una (VA3UNA). The motion was carried.
                """);
        // The seconder stays as written, call sign and all, as no attendance gives the name.
        assertThat(motions(m)).containsExactly("Ivo/Una (VA3UNA): that the minutes be adopted as posted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "The Board"})
    void leavesAPronounMoverWhenNoPersonCameBefore(String subject) {
        String sentence = "Moved by them that the minutes be adopted.";
        assertThat(MotionRecognizer.pronounMover(sentence, subject.isEmpty() ? null : subject)).isEqualTo(sentence);
        MotionRecognizer.Found f = MotionRecognizer.opens(sentence);
        assertThat(f == null ? null : f.mover).isNull();
    }

    @Test
    void keepsTheTimeFieldUnderASubtitleAsTheStart() throws Exception {
        Meeting m = imported("""
                # 2024 Branch Convention Minutes
                ## Lakeside Tenants Union

                **Date:** 2024-06-12
                **Time:** 6:00 PM

                ## I. Call to Order

                The chair called the meeting to order at 6:14 pm.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void readsALineOfTheHoursAloneAtTheTop() throws Exception {
        Meeting m = importedAs("2024-03-05-minutes.txt", """
                2024-03-05 Renderer Developers Meeting
                =====================================
                :Author: anna
                :Date: 2024-03-06

                19:30 -21:00 UTC on #renderer

                Participants
                ------------
                 * anna
                 * bo
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 30));
    }

    @Test
    void readsTheTimeOnTheFirstItemsHeadingWhenNothingElseGivesIt() throws Exception {
        Meeting m = imported("""
                # Friends Meeting for Business, May 12, 2024

                ## 1. Opening Silence 9:05am

                We gathered in silence.

                ## 2. Approval of April minutes

                Approved.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(9, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "## 1. Budget 2024\n\nThe treasurer presented the budget.\n",
        "## 1. Welcome 7:00pm\n\nThe chair called the meeting to order at 7:10 pm.\n"})
    void takesNoFirstItemTimeWhenTheHeadingEndsOtherwiseOrACallToOrderGivesIt(String body) throws Exception {
        Meeting m = imported("# Friends Meeting for Business, May 12, 2024\n\n" + body);
        assertThat(m.start()).isIn(null, LocalTime.of(19, 10));
    }

    @Test
    void readsAnHourWithItsLeadingZeroOnTheTwentyFourHourClock() {
        assertThat(TimeRecognizer.first("Monday 7 December 2020, 07:00 Pacific Time", null))
                .extracting(TimeRecognizer.Found::time, TimeRecognizer.Found::guessed)
                .containsExactly(LocalTime.of(7, 0), false);
        // Without the zero the hour is a guess, read as a meeting's evening hour.
        assertThat(TimeRecognizer.first("Monday 7 December 2020, 7:00", null))
                .extracting(TimeRecognizer.Found::time, TimeRecognizer.Found::guessed)
                .containsExactly(LocalTime.of(19, 0), true);
    }

    @Test
    void readsEveryEntryOfANumberedAgendaMostOfWhoseEntriesHeadPoints() throws Exception {
        Meeting m = imported("""
                ---
                date: 2025-02-03
                ---

                ## Agenda

                1. Introductions
                2. How do we share files?
                   - A shared drive for private notes
                   - A public repository for minutes
                3. Budget
                   - The grant covers travel
                4. Website working group
                5. Next meeting
                   - 2025-02-10

                ## Action items

                - Ann: set up the shared drive
                """);
        assertThat(Outline.of(m)).containsExactly(
                "Agenda",
                "  Introductions",
                "  How do we share files?",
                "  Budget",
                "  Website working group",
                "  Next meeting",
                "Action items");
    }

    @Test
    void keepsANumberedListOfNotesWithAPointUnderOneAsText() throws Exception {
        Meeting m = imported("""
                # Garden Group, 3 February 2025

                ## Updates

                1. Seeds ordered
                2. Shed roof fixed
                   - by Tom
                3. Compost turned
                4. Gate painted
                """);
        // "Shed roof fixed" heads a point of its own and is read as before; the notes beside it stay text.
        assertThat(Outline.of(m)).doesNotContain("  Seeds ordered", "  Compost turned", "  Gate painted");
    }

    @Test
    void readsPlainTitlesOverTheirListsUnderAHeadingMark() throws Exception {
        Meeting m = imported("""
                ---
                title: Lantern Foundation Meeting Notes 2024-11-15
                ---

                ### Attendees ###

                * Ann Lee
                * Bo Chan

                ### Discussion ###

                Ann is working with the broker on insurance
                * Looking at general liability cover

                Spring Workshop
                * A save the date should go out before the year ends
                * The venue is open to hosting it again

                Funding priorities
                * Windows client
                * Documentation
                """);
        assertThat(Outline.of(m)).containsExactly(
                "Attendees",
                "Discussion",
                "  Spring Workshop",
                "  Funding priorities");
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(ListedMotionStartAndTitleFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + ": " + x.text();
    }

    private static Meeting imported(String text) throws Exception {
        return importedAs("2024-06-12-minutes.md", text);
    }

    private static Meeting importedAs(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }
}
