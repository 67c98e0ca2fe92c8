package dev.clerk.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.Person;
import dev.clerk.model.Quorum;
import dev.clerk.model.QuorumKind;
import dev.clerk.model.Role;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesWordingTest {
    private static final LocalDate DATE = LocalDate.of(2017, 3, 27);

    @Test
    void writesTheTitleOfRegularAndSpecialMinutes() {
        assertThat(Wording.minutesTitle(meeting(MeetingKind.REGULAR, List.of()))).isEqualTo("Minutes");
        assertThat(Wording.minutesTitle(meeting(MeetingKind.SPECIAL, List.of()))).isEqualTo("Special Meeting Minutes");
        assertThat(Wording.minutesDocumentTitle(body(null), meeting(MeetingKind.REGULAR, List.of())))
                .isEqualTo("Parks Board – Minutes – March 27, 2017");
    }

    @Test
    void writesAnActionItemInOneLine() {
        ActionItem a = new ActionItem(null, List.of("Carol Leigh", "Minouche Kandel"), "Plan the brown bag.",
                LocalDate.of(2017, 7, 1), null, null);
        assertThat(Wording.actionLine(a)).isEqualTo("Plan the brown bag. (Carol Leigh and Minouche Kandel; due July 1, 2017)");
        ActionItem unowned = new ActionItem(null, List.of(), "Find a room.", null, null, null);
        assertThat(Wording.actionLine(unowned)).isEqualTo("Find a room. (Unassigned)");
    }

    @Test
    void writesWhenAndWhereTheNextMeetingIs() {
        NextMeeting next = new NextMeeting(LocalDate.of(2017, 5, 22), LocalTime.of(11, 0),
                new Location("City Hall, Room 400", List.of()), List.of(), List.of());
        assertThat(Wording.nextMeetingHeading(next)).isEqualTo("Next Meeting: May 22, 2017");
        assertThat(Wording.nextMeetingWhenAndWhere(next)).isEqualTo("Monday, May 22, 2017, 11:00 a.m., City Hall, Room 400");
        assertThat(Wording.nextMeetingHeading(new NextMeeting(null, null, null, List.of(), List.of())))
                .isEqualTo("Next Meeting");
    }

    @Test
    void writesTheAdjournmentAsOneSentence() {
        assertThat(Wording.adjourned(LocalTime.of(12, 30))).isEqualTo("The meeting adjourned at 12:30 p.m.");
    }

    @Test
    void writesAReportOnAnEarlierTask() {
        TaskUpdate u = new TaskUpdate("2017-03-27-3", TaskStatus.IN_PROGRESS, LocalDate.of(2017, 4, 2), "Email sent",
                List.of("Alix Lutnick"), LocalDate.of(2017, 6, 1));
        assertThat(Wording.taskUpdate(u)).isEqualTo(
                "2017-03-27-3: In progress (April 2, 2017). Now owned by Alix Lutnick. Now due June 1, 2017. Email sent.");
    }

    @Test
    void keepsTheSeedsFormWhenOnlyAttendeesAreKnown() {
        Meeting m = meeting(MeetingKind.REGULAR, List.of(Attendee.present("Saerom Choi", "API Legal Outreach"),
                Attendee.present("Ana Ruiz", null)));
        Attendance a = Attendance.of(body(null), m);
        assertThat(a.grouped()).isFalse();
        assertThat(Wording.attendeeList(a.attendees())).isEqualTo("Saerom Choi, API Legal Outreach; Ana Ruiz, District 1");
        assertThat(a.quorum()).isNull();
    }

    @Test
    void groupsByRoleAndCountsTheQuorum() {
        Meeting m = meeting(MeetingKind.REGULAR, List.of(
                new Attendee("Ana Ruiz", null, null, null, null),
                new Attendee("Ben Cole", null, AttendanceStatus.EXCUSED, null, null),
                new Attendee("Cy Dunn", null, null, null, "arrived at 7:15 p.m."),
                new Attendee("Ed Fung", null, null, null, null),
                new Attendee("Flo Gray", "Friends of the Park", null, null, null)));
        Attendance a = Attendance.of(body(new Quorum(QuorumKind.COUNT, 2)), m);
        assertThat(a.grouped()).isTrue();
        assertThat(Wording.attendeeList(a.present())).isEqualTo("Ana Ruiz, District 1; Cy Dunn (arrived at 7:15 p.m.)");
        assertThat(Wording.attendeeList(a.absent())).isEqualTo("Ben Cole (excused); Di Ekko");
        assertThat(Wording.attendeeList(a.staff())).isEqualTo("Ed Fung");
        assertThat(Wording.attendeeList(a.guests())).isEqualTo("Flo Gray, Friends of the Park");
        assertThat(a.quorum()).isEqualTo("A quorum was present (2 of 4 members; 2 needed).");
    }

    private static Body body(Quorum quorum) {
        return new Body("Parks Board", null, null, null, null, List.of(
                new Person("Ana Ruiz", "District 1", Role.CHAIR, null, null, null, null),
                new Person("Ben Cole", null, Role.MEMBER, null, null, null, null),
                new Person("Cy Dunn", null, Role.MEMBER, null, null, null, null),
                new Person("Di Ekko", null, Role.MEMBER, null, null, null, null),
                new Person("Ed Fung", null, Role.STAFF, null, null, null, null)),
                quorum, List.of(), BodyDefaults.none());
    }

    private static Meeting meeting(MeetingKind kind, List<Attendee> attendees) {
        return new Meeting(DATE, kind, null, null, null, null, MeetingStatus.DRAFT, null, null, null, attendees,
                List.of(), null, List.of());
    }
}
