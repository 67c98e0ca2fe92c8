package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.Role;
import dev.clerk.model.Vote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minutes written in the other forms the importer knows, unlike the seed's: upper-case headings, "Present:",
 * "Absent:", "Excused:", "Staff:", a labelled time and place, "11/13/2017", "M/S/C (A/B)", "Motion by A, second
 * by B", "It was moved by A and seconded by B", "X to ...", "Action: ...", "Owner: task" and "Owner - task" lists,
 * "by December 1st", "before the next meeting", "The next meeting will be held on ...", future agenda items and
 * "Meeting adjourned at ...".
 */
class ListedFormsTest {
    @TempDir
    static Path tmp;
    private static ImportResult result;
    private static Meeting m;

    @BeforeAll
    static void importForms() throws Exception {
        Path f = tmp.resolve("parks-board.txt");
        Files.write(f, SampleAccuracyTest.resource("forms/parks-board.txt"));
        result = MinutesImporter.importFile(f);
        m = result.meeting();
    }

    @Test
    void readsHeaderFields() {
        assertThat(m.date()).isEqualTo(LocalDate.of(2017, 11, 13));
        assertThat(m.kind()).isEqualTo(MeetingKind.SPECIAL);
        // The "Time:" field's 6:00 p.m. is the start; the call to order at 6:02 p.m. is set beside it in a check.
        assertThat(m.start()).isEqualTo(LocalTime.of(18, 0));
        assertThat(result.guesses()).filteredOn(g -> g.path().equals("start")).singleElement()
                .extracting(Guess::note).asString().contains("called to order at 18:02");
        assertThat(m.end()).isEqualTo(LocalTime.of(20, 15));
        assertThat(m.location()).isEqualTo(new Location("Community Center, Room 2",
                List.of("100 Main Street", "Springfield, OR 97477")));
    }

    @Test
    void readsAttendanceByStatus() {
        assertThat(m.attendees()).containsExactly(
                new Attendee("Dana Ortiz", null, AttendanceStatus.PRESENT, Role.CHAIR, null),
                new Attendee("Lee Wong", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Priya Natarajan", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Tom Becker", null, AttendanceStatus.PRESENT, null, null),
                new Attendee("Sam Hill", null, AttendanceStatus.ABSENT, null, null),
                new Attendee("Ruth Gold", null, AttendanceStatus.EXCUSED, null, null),
                new Attendee("Karen Bell", null, AttendanceStatus.PRESENT, Role.STAFF, "Parks Director"));
    }

    @Test
    void readsUpperCaseSectionsWithTheNextMeetingAsAnItem() {
        // "NEXT MEETING" over its date is an item of the order of business; its date is also read as the next meeting's.
        assertThat(m.agenda()).extracting(AgendaItem::title).containsExactly("CALL TO ORDER", "APPROVAL OF MINUTES",
                "TRAIL MAINTENANCE", "SUMMER PROGRAM", "ACTION ITEMS", "NEXT MEETING", "ADJOURNMENT");
    }

    @Test
    void readsMotionsInThreeForms() {
        List<Motion> motions = m.allItems().flatMap(i -> i.motions().stream()).toList();
        assertThat(motions).containsExactly(
                new Motion("to approve the minutes of October 9, 2017 as presented", "Lee Wong", "Priya Natarajan",
                        MotionResult.PASSED, new Vote(4, 0, null, List.of(), List.of(), List.of(), List.of()), null),
                new Motion("to fund gravel for the river trail up to $5,000", "Tom Becker", "Lee Wong",
                        MotionResult.PASSED, null, null),
                new Motion("to extend the summer program by two weeks", "Priya Natarajan", "Tom Becker",
                        MotionResult.FAILED, new Vote(1, 3, null, List.of(), List.of(), List.of(), List.of()), null));
    }

    @Test
    void readsActionItemsInEveryForm() {
        assertThat(m.actionItems()).extracting(ListedFormsTest::line).containsExactly(
                "2017-11-13-1 [Lee Wong] Ask the county about sharing equipment. due null",
                "2017-11-13-2 [Karen Bell] Get two quotes by December 1st. due 2017-12-01",
                "2017-11-13-3 [Priya Natarajan] Draft a survey for parents before the next meeting. due 2017-12-11",
                "2017-11-13-4 [Tom Becker] Contact the school district about field use due null",
                "2017-11-13-5 [Dana Ortiz] Schedule a joint meeting with the council due null");
    }

    @Test
    void readsDecisionsAndTheNextMeeting() {
        assertThat(m.allItems().flatMap(i -> i.decisions().stream()))
                .containsExactly("The board agreed to revisit the trail budget in the spring.");
        assertThat(m.next().date()).isEqualTo(LocalDate.of(2017, 12, 11));
        assertThat(m.next().time()).isEqualTo(LocalTime.of(18, 0));
        assertThat(m.next().proposedItems()).containsExactly("Dog park proposal", "Budget review");
    }

    @Test
    void marksEveryGuess() {
        assertThat(result.guesses()).extracting(g -> g.path() + ": " + g.comment()).contains(
                "agenda[2].actions[0].owners: check: owner guessed from \"Lee\"",
                "agenda[2].actions[1].due: check: due date read from \"by December 1st\" (year taken from the meeting date)",
                "agenda[3].actions[0].owners: check: owner guessed from \"Priya\"",
                "agenda[3].actions[0].due: check: due \"before the next meeting\" read as the next meeting's date",
                "agenda[1].motions[0].mover: check: mover guessed from \"Wong\"");
    }

    private static String line(ActionItem a) {
        return a.id() + " " + a.owners() + " " + a.task() + " due " + a.due();
    }
}
