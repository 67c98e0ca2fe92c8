package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners and movers in forms of minutes that name people without an attendance list, from invented minutes: a given
 * name opening the plain future of a task ("Guillaume will open an issue"), the same in brackets after its topic, a
 * later sentence of an action label that names its own owner, the post of the person set off by commas ("Mr. P. Ryan,
 * County Engineer, would meet ..."), the owner after "by" of a passive task ("Minutes to be circulated by the Clerk",
 * "...; copy to be provided by A. Whitley soon"), what "I" undertakes in an officer's own report, and the mover and seconder
 * after dashes ("Moved - A, seconded - B") below the "Moved that ..." they moved. With guards: capitalised words that
 * are no one, things that happen, speech in the report, a report of someone not an office.
 */
class UndertakingFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"- %s", "* %s", "%s", "1. %s"})
    void readsAGivenNameOpeningThePlainFutureAsAnOwnerWithNoAttendance(String markup) throws Exception {
        Meeting m = imported("""
                # Library dev call, March 4 2025

                ## Release

                %s

                %s

                %s
                """.formatted(markup.formatted("Guillaume will open an issue with the details."),
                markup.formatted("No consensus today: Marta needs to run more benchmarks."),
                markup.formatted("Treasury will determine how much we can spend.")));
        assertThat(Owners.byTask(m)).containsEntry("Open an issue with the details.", "[Guillaume]")
                .containsEntry("Run more benchmarks.", "[Marta]")
                .containsEntry("Determine how much we can spend.", "[Treasury]");
    }

    @Test
    void readsTheUndertakingInBracketsAfterItsTopic() throws Exception {
        Meeting m = imported("""
                # Library dev call, March 4 2025

                ## Downstream testing

                - dependency issues:
                    - pandas (Ilse will open an issue with the details)
                    - keras
                - Remote sprints at the conference (Nicolas will check their answer) and online
                """);
        assertThat(Owners.byTask(m)).containsEntry("Open an issue with the details", "[Ilse]")
                .containsEntry("Check their answer", "[Nicolas]");
    }

    @Test
    void givesNoTaskToCapitalisedWordsThatAreNoOne() throws Exception {
        Meeting m = imported("""
                # Library dev call, March 4 2025

                ## Notes

                - Volunteers will get one entry per slot filled.
                - Registration will open the doors at noon.
                - Training will cover the new release.
                - Work will continue on the docs next week.
                - Lunch will follow the session.
                - Someone will book the room.
                - Sprint will take place in June.
                - Packaging will need a new maintainer.
                - Docs will describe the new API, and the docs team meets weekly.
                - The report (see attached) will be circulated.
                - Ann noted the plan (which will change) for the record.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void givesALaterSentenceOfAnActionLabelThatNamesItsOwnerATaskOfItsOwn() throws Exception {
        Meeting m = imported("""
                # Library dev call, March 4 2025

                ## Board

                - TODO: update the board page with the new member. Andreas will send an e-mail to the list.
                - TODO: draft the charter. Review it together next week.
                """);
        Map<String, String> owners = Owners.byTask(m);
        assertThat(owners).containsEntry("Update the board page with the new member.", "[]")
                .containsEntry("Send an e-mail to the list.", "[Andreas]")
                // A later sentence that names no one stays with the label's task.
                .containsEntry("Draft the charter. Review it together next week.", "[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Executive Engineer", "the County Secretary", "Senior Planner"})
    void readsTheOwnerPastThePostSetOffByCommas(String post) throws Exception {
        Meeting m = imported("""
                # District council, July 2, 2014

                ## Roads

                It was agreed that Mr. P. Ryan, %s, would meet with Mr. Dan Keane to discuss the flooding.

                ## Housing

                Ms. A. Moore, %s, will write to the residents.
                """.formatted(post, post));
        assertThat(Owners.byTask(m)).containsEntry("Meet with Mr. Dan Keane to discuss the flooding.", "[Mr. P. Ryan]")
                .containsEntry("Write to the residents.", "[Ms. A. Moore]");
    }

    @Test
    void givesWhatIUndertakeInAnOfficersReportToThatOfficer() throws Exception {
        Meeting m = imported("""
                # Hackspace member meeting, November 10, 2015

                ### Secretary's Report

                - The wallet has close to $75 in it, FYI. I'll try to transfer
                  it to the treasurer.
                - I'll reiterate that we need more members running the space.
                - I will be away in December.

                ### Treasurer’s report

                I will send the accounts to the auditor next week.

                ### Ann's report

                I will repaint the door.

                ### Building

                I will fix the lock.
                """);
        assertThat(Owners.byTask(m)).containsOnly(
                Map.entry("Try to transfer it to the treasurer.", "[Secretary]"),
                Map.entry("Send the accounts to the auditor next week.", "[Treasurer]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Moved - %s, seconded - %s.", "Moved – %s, seconded – %s.", "Moved: %s, seconded: %s."})
    void readsTheMoverAndSeconderAfterDashesBelowWhatWasMoved(String form) throws Exception {
        Meeting m = imported("""
                # Association annual general meeting, May 20, 1999

                ## 4. Approval of the minutes

                Moved that the minutes of the 1998 annual general meeting be approved as
                presented. %s The motion
                passed.
                """.formatted(form.formatted("Laine Ross", "Wendy Walker")));
        List<Motion> motions = m.agenda().stream().flatMap(i -> i.motions().stream()).toList();
        assertThat(motions).hasSize(1);
        assertThat(motions.get(0).mover()).isEqualTo("Laine Ross");
        assertThat(motions.get(0).seconder()).isEqualTo("Wendy Walker");
        assertThat(motions.get(0).text()).contains("the minutes of the 1998 annual general meeting be approved");
    }

    @Test
    void readsTheOwnerAfterByInAPassiveTaskOpeningWithItsNounOrAfterASemicolon() throws Exception {
        Meeting m = imported("""
                # Makerspace committee, February 1, 2011

                ## Lease

                - Lease has finally been signed; copy to be provided by Andrew Whitley soon
                - Minutes to be circulated by the Clerk before the next meeting.
                - Payment to be made by Friday.
                - Rent to be paid by March 3.
                """);
        assertThat(Owners.byTask(m)).containsOnly(Map.entry("Copy to be provided soon", "[Andrew Whitley]"),
                Map.entry("Minutes to be circulated before the next meeting", "[The Clerk]"));
    }

    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2025-03-04-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
