package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who was there, read from minutes that list no one present, each form in minutes made up for the test: the office
 * that introduces a speaker ("The Hon. Treasurer, Ruth Amos, remarked", "The treasurer Ivo Rask presented", "Lev
 * Park, secretary presented"); who chaired the meeting, gave its vote of thanks, asked a question or gave an item
 * ("chaired by the President Dana Orr", "a vote of thanks by joint secretary Eva Frey", "A question was asked, from
 * Carl Dunn", "Presented by Lev Park"); who "was chosen moderator", "was present as clerk", "attended and discussed",
 * "joined us" or signed the minutes; a minute book's members by their first names as they speak or move ("Tomas
 * suggested", "on a motion made by Hana and seconded by Rosa"). And motions: a seconder between the mover and
 * "moved", "This motion was made by Omar", "nominated herself"; the start of a meeting "held @ 3PM"; the first day of
 * a two-day meeting. Guards: a topic, a body, a department and a word the minutes write in lower case are no one; a
 * chair of the next meeting, one merely elected, one who "attended the meeting" of a paragraph on another meeting,
 * and a first name beside a roll are not read.
 */
class TakingPartFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status();
    }

    @Test
    void readsTheOfficeThatIntroducesASpeaker() throws Exception {
        Meeting m = read("""
                Harbour Rowing Club annual meeting, 4 March 2016

                The Hon. Treasurer, Ruth Amos, remarked that the reserves were sound.

                The Secretary, Mrs Lowe, read the balance sheet, which showed a small surplus.

                The President, K. Dunmore read his report.  Two new boats were bought.

                The treasurer Ivo Rask presented the accounts - there were few transactions.

                Lev Park, secretary presented the annual report for the year.
                """);
        assertThat(m.attendees()).extracting(a -> line(a) + " | " + a.note()).containsExactlyInAnyOrder(
                "Ruth Amos | present | Hon. Treasurer", "Mrs Lowe | present | null", "K. Dunmore | present | President",
                "Ivo Rask | present | treasurer", "Lev Park | present | secretary");
    }

    @Test
    void readsWhoChairedWasChosenOrWasPresent() throws Exception {
        Meeting m = read("""
                Valley Python Society, first general meeting, 12 June 2011

                1. Proceedings

                The meeting was chaired by the President Dana Orr. She opened the meeting.

                There were no objections to Carl Dunn chairing the meeting on elections.

                Seth Bell was chosen moderator and Omar Quist was present as District Clerk.

                The proceedings came to an end with a vote of thanks by joint secretary Eva Frey.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly(
                "Dana Orr", "Carl Dunn", "Seth Bell", "Omar Quist", "Eva Frey");
    }

    @Test
    void readsAMinuteBooksMembersByTheirFirstNames() throws Exception {
        Meeting m = read("""
                Family circle, 2 April 1950

                1. Business

                Tomas suggested that the circle buy a plot. This was tabled.

                On a motion made by Hana and seconded by Rosa, the dues were set at one dollar.

                Ivo speaks about the summer picnic.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactlyInAnyOrder("Tomas", "Hana", "Rosa", "Ivo");
        assertThat(m.agenda().get(0).motions()).extracting(x -> x.mover() + " / " + x.seconder())
                .containsExactly("Hana / Rosa");
    }

    @Test
    void readsWhoAskedAttendedJoinedOrSignedTheMinutes() throws Exception {
        Meeting m = read("""
                Residents association, 3 October 2021

                1. Parks

                A question was asked, from Carl Dunn, about the new benches.

                Ruth Amos, with the city's parks office and the person who handles litter, attended and discussed the
                clean-up.

                Later Seth Bell joined us from the library.

                2. Board update

                Presented by Lev Park from the regional board

                The board met in the morning.

                Respectfully submitted

                Eva Frey, Secretary
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactlyInAnyOrder(
                "Carl Dunn", "Ruth Amos", "Seth Bell", "Lev Park", "Eva Frey");
    }

    @Test
    void readsTheMoverOfAMotionToldAfterItsWords() throws Exception {
        Meeting m = read("""
                Family circle, 2 April 1950

                1. Business

                Children may attend meetings. This motion was made by Omar.
                """);
        assertThat(m.agenda().get(0).motions()).extracting(x -> x.mover()).containsExactly("Omar");
    }

    @Test
    void readsAMemberNominatingThemself() throws Exception {
        Meeting m = read("""
                Project steering group, 2 April 2020

                * Office elections
                  - RB nominated herself as lead maintainer, Kira Vance for chair.
                  - Both passed by voice vote without objections.
                """);
        assertThat(m.agenda()).flatExtracting(i -> i.motions()).extracting(x -> x.mover()).containsExactly("RB");
    }

    @Test
    void readsTheStartOfAMeetingHeldAtAnHourAndTheFirstDayOfATwoDayMeeting() throws Exception {
        Meeting held = read("""
                # Meeting Notes: Governance, Dec 17 2019

                Governance meeting held @ 3PM UTC in the chat lobby. Meeting lasted ~ 60 min.

                ## 1. Agenda review
                Accepted.
                """);
        assertThat(held.start()).hasToString("15:00");

        Meeting twoDays = read("""
                Usage Board Meeting Minutes

                Madrid, 9-10 September 2005

                1. Attendance

                Ann Lee (chair)
                """);
        assertThat(twoDays.date()).hasToString("2005-09-09");
        Meeting monthFirst = read("""
                Usage Board Meeting Minutes, September 9–10, 2005

                1. Review
                Done.
                """);
        assertThat(monthFirst.date()).hasToString("2005-09-09");
    }

    @Test
    void readsTheSeconderBetweenTheMoverAndTheVerb() throws Exception {
        Meeting m = read("""
                Township council, 19 June 2019

                1. Council business

                Council Member Amos, seconded by Council Member Rask, moved to approve the stormwater agreement. The
                motion passed unanimously.

                Council Member Rask, second by Council Member Amos, moved to go into a closed session.
                """);
        assertThat(m.agenda().get(0).motions()).extracting(x -> x.mover() + " / " + x.seconder())
                .containsExactly("Amos / Rask", "Rask / Amos");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Budget, Capital Projects, reported a gain.",
        "Finance suggested a new fee.",
        "Staff reported on the survey.",
        "The next meeting will be chaired by Dana Orr.",
        "Dana Orr was elected treasurer for the coming year.",
        "Dana Orr was present at the next meeting of the council.",
        "Dana Orr, an engineer, also attended the meeting at the harbour office last week.",
        "The review was chaired by the Parks Department.",
        "Mark suggested that we mark the date.",
        "None reported.",
        "Nothing reported.",
        "Everyone agreed to meet in June.",
        "All agreed to meet in June."})
    void readsNoOneFromATopicABodyAFutureChairOrAWordWrittenInLowerCase(String sentence) throws Exception {
        Meeting m = read("Garden club, 5 May 2019\n\n1. Business\n\n" + sentence + "\n");
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsNoFirstNameBesideARoll() throws Exception {
        Meeting m = read("""
                Garden club, 5 May 2019

                Present: Ruth Amos, Seth Bell

                1. Business

                Tomas suggested that the club buy a mower.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ruth Amos", "Seth Bell");
    }
}
