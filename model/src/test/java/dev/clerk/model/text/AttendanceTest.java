package dev.clerk.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Person;
import dev.clerk.model.Quorum;
import dev.clerk.model.QuorumKind;
import dev.clerk.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting's attendance sorted as minutes present it, with the quorum as a count. */
class AttendanceTest {
    private static final LocalDate DATE = LocalDate.of(2017, 3, 27);

    @Test
    void keepsOneListWhenOnlyAttendeesAreKnown() {
        Meeting m = meeting(List.of(Attendee.present("Saerom Choi", "API Legal Outreach"),
                Attendee.present("Ana Ruiz", null)));
        Attendance a = Attendance.of(body(null), m);
        assertThat(a.grouped()).isFalse();
        // The roster supplies the affiliation the meeting file leaves out.
        assertThat(a.attendees()).containsExactly(Attendee.present("Saerom Choi", "API Legal Outreach"),
                Attendee.present("Ana Ruiz", "District 1"));
        assertThat(a.quorum()).isNull();
    }

    @Test
    void groupsByRoleAndCountsTheQuorum() {
        Meeting m = meeting(List.of(
                new Attendee("Ana Ruiz", null, null, null, null),
                new Attendee("Ben Cole", null, AttendanceStatus.EXCUSED, null, null),
                new Attendee("Cy Dunn", null, null, null, "arrived at 7:15 p.m."),
                new Attendee("Ed Fung", null, null, null, null),
                new Attendee("Flo Gray", "Friends of the Park", null, null, null)));
        Attendance a = Attendance.of(body(new Quorum(QuorumKind.COUNT, 2)), m);
        assertThat(a.grouped()).isTrue();
        assertThat(a.present()).extracting(Attendee::name, Attendee::affiliation, Attendee::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ana Ruiz", "District 1", null),
                org.assertj.core.groups.Tuple.tuple("Cy Dunn", null, "arrived at 7:15 p.m."));
        assertThat(a.absent()).extracting(Attendee::name, Attendee::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ben Cole", AttendanceStatus.EXCUSED),
                org.assertj.core.groups.Tuple.tuple("Di Ekko", AttendanceStatus.ABSENT));
        assertThat(a.staff()).extracting(Attendee::name).containsExactly("Ed Fung");
        assertThat(a.guests()).extracting(Attendee::name).containsExactly("Flo Gray");
        assertThat(a.quorum()).isEqualTo(new Attendance.QuorumCount(2, 4, 2));
        assertThat(a.quorum().reached()).isTrue();
    }

    /**
     * A body with no roster yet (just set up, its old minutes imported): those present are its members, none a guest,
     * and no quorum can be counted. With a roster, one not on it is a guest.
     */
    @Test
    void countsNoOneAGuestWhenTheBodyHasNoRoster() {
        Meeting m = meeting(List.of(new Attendee("Ana Ruiz", null, null, Role.CHAIR, null),
                new Attendee("Gus Hale", null, null, null, "GH"),
                new Attendee("Ben Cole", null, AttendanceStatus.EXCUSED, null, null)));
        Body empty = new Body("Parks Board", null, null, null, null, List.of(), new Quorum(QuorumKind.COUNT, 2),
                List.of(), BodyDefaults.none());
        Attendance a = Attendance.of(empty, m);
        assertThat(a.present()).extracting(Attendee::name).containsExactly("Ana Ruiz", "Gus Hale");
        assertThat(a.guests()).isEmpty();
        assertThat(a.absent()).extracting(Attendee::name).containsExactly("Ben Cole");
        assertThat(a.quorum()).isNull();
        assertThat(Attendance.of(body(null), m).guests()).extracting(Attendee::name).containsExactly("Gus Hale");
    }

    @Test
    void saysWhenTheQuorumIsNotReached() {
        Meeting m = meeting(List.of(new Attendee("Ana Ruiz", null, null, null, null),
                new Attendee("Ben Cole", null, AttendanceStatus.ABSENT, null, null)));
        Attendance a = Attendance.of(body(new Quorum(QuorumKind.COUNT, 3)), m);
        assertThat(a.quorum()).isEqualTo(new Attendance.QuorumCount(1, 4, 3));
        assertThat(a.quorum().reached()).isFalse();
    }

    @Test
    void takesTheNamesLanguageFromTheRosterWhenTheLineDeclaresNone() {
        Body body = new Body("Parks Board", null, null, null, null, List.of(
                new Person("Ana Ruiz", "es", "District 1", Role.CHAIR, null, null, null, null),
                new Person("Ben Cole", "en", null, Role.MEMBER, null, null, null, null),
                new Person("Cy Dunn", "ga", null, Role.MEMBER, null, null, null, null)), null, List.of(), null);
        Meeting m = meeting(List.of(new Attendee("Ana Ruiz", null, null, null, null, null),
                new Attendee("Ben Cole", "cy", null, AttendanceStatus.EXCUSED, null, null)));
        Attendance a = Attendance.of(body, m);
        assertThat(a.attendees()).extracting(Attendee::name, Attendee::lang, Attendee::affiliation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ana Ruiz", "es", "District 1"),
                org.assertj.core.groups.Tuple.tuple("Ben Cole", "cy", null));
        assertThat(a.absent()).extracting(Attendee::name, Attendee::lang).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ben Cole", "cy"),
                org.assertj.core.groups.Tuple.tuple("Cy Dunn", "ga"));
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> new Attendance.QuorumCount(-1, 4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("present, seats, needed: must not be negative (-1, 4, 3)");
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

    private static Meeting meeting(List<Attendee> attendees) {
        return new Meeting(DATE, MeetingKind.REGULAR, null, null, null, null, MeetingStatus.DRAFT, null, null, null,
                attendees, List.of(), null, List.of());
    }
}
