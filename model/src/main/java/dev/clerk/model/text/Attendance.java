package dev.clerk.model.text;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.Names;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting's attendance, sorted the way minutes present it. When the meeting file only lists who attended (no
 * roles, everyone present), it is one list. When roles or absences are recorded, it is grouped: members present,
 * absent or excused (members on the roster who are not listed count as absent), guests and staff, with the quorum
 * count when the body defines a quorum. Documents word it.
 *
 * @param grouped  whether the attendance is grouped by role and status
 * @param attendees every attendee as listed, for the ungrouped form (the roster gives the affiliation and the name's
 *                  language a line leaves out)
 * @param present  members (chairs, alternates, ex officio ...) who were present
 * @param absent   members who were absent or excused
 * @param guests   guests who were present
 * @param staff    staff who were present
 * @param quorum   the quorum count, or null when the body has no quorum rule or the attendance is not grouped
 */
public record Attendance(boolean grouped, List<Attendee> attendees, List<Attendee> present, List<Attendee> absent,
                         List<Attendee> guests, List<Attendee> staff, QuorumCount quorum) {
    /**
     * Whether a quorum was present: "A quorum was present (5 of 9 members; 5 needed)."
     *
     * @param present the voting members present (chairs, members, alternates, the secretary; not ex officio)
     * @param seats   the seats of the body: its members on the roster
     * @param needed  how many voting members make a quorum
     */
    public record QuorumCount(int present, int seats, int needed) {
        public QuorumCount {
            if (present < 0 || seats < 0 || needed < 0) {
                throw new IllegalArgumentException("present, seats, needed: must not be negative (" + present + ", "
                        + seats + ", " + needed + ")");
            }
        }

        /** Whether enough voting members were present. */
        public boolean reached() {
            return present >= needed;
        }
    }

    public Attendance {
        attendees = List.copyOf(attendees);
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        guests = List.copyOf(guests);
        staff = List.copyOf(staff);
    }

    /**
     * The attendance of {@code meeting}, with roles taken from the attendee or else from the body's roster; the
     * roster also gives an attendee the affiliation and the name's language the meeting file leaves out.
     */
    public static Attendance of(Body body, Meeting meeting) {
        Objects.requireNonNull(body, "body");
        List<Attendee> listed = meeting.attendees().stream().map(a -> withRoster(body, a)).toList();
        boolean grouped = listed.stream().anyMatch(a -> a.role() != null || a.status() != AttendanceStatus.PRESENT);
        if (!grouped) {
            return new Attendance(false, listed, List.of(), List.of(), List.of(), List.of(), null);
        }
        List<Attendee> present = new ArrayList<>();
        List<Attendee> absent = new ArrayList<>();
        List<Attendee> guests = new ArrayList<>();
        List<Attendee> staff = new ArrayList<>();
        for (Attendee a : listed) {
            Role role = roleOf(body, a);
            if (a.status() != AttendanceStatus.PRESENT) {
                absent.add(a);
            } else if (role == Role.STAFF) {
                staff.add(a);
            } else if (role == Role.GUEST) {
                guests.add(a);
            } else {
                present.add(a);
            }
        }
        for (Person p : body.members()) {
            if (listed.stream().noneMatch(a -> Names.same(a.name(), p.name()))) {
                absent.add(new Attendee(p.name(), p.lang(), p.affiliation(), AttendanceStatus.ABSENT, p.role(), null));
            }
        }
        QuorumCount quorum = null;
        if (body.quorum() != null && !body.members().isEmpty()) {
            int seats = body.members().size();
            int voting = (int) present.stream().filter(a -> isVoting(roleOf(body, a))).count();
            quorum = new QuorumCount(voting, seats, body.quorum().required(seats));
        }
        return new Attendance(true, listed, present, absent, guests, staff, quorum);
    }

    /**
     * The language {@code name} is written in, as declared: on the person's line of {@code meeting}'s attendance
     * record, else on {@code body}'s roster; null when neither declares one (the script may tell) or name is null.
     */
    public static String nameLanguage(Body body, Meeting meeting, String name) {
        if (name == null) {
            return null;
        }
        for (Attendee a : meeting.attendees()) {
            if (a.lang() != null && Names.same(a.name(), name)) {
                return a.lang();
            }
        }
        return body.person(name).map(Person::lang).orElse(null);
    }

    /**
     * {@code a} with what the roster adds to it: the affiliation printed beside the name and the language the name
     * declares, when the meeting file leaves them out.
     */
    private static Attendee withRoster(Body body, Attendee a) {
        return body.person(a.name()).map(p -> new Attendee(a.name(), a.lang() != null ? a.lang() : p.lang(),
                a.affiliation() != null ? a.affiliation() : p.affiliation(), a.status(), a.role(), a.note())).orElse(a);
    }

    private static Role roleOf(Body body, Attendee a) {
        if (a.role() != null) {
            return a.role();
        }
        Optional<Person> p = body.person(a.name());
        // With no roster (a body just set up, minutes just imported) no one is known to be a guest: all are members.
        return p.map(Person::role).orElse(body.people().isEmpty() ? Role.MEMBER : Role.GUEST);
    }

    private static boolean isVoting(Role role) {
        return switch (role) {
            case CHAIR, VICE_CHAIR, MEMBER, ALTERNATE, SECRETARY -> true;
            case EX_OFFICIO, STAFF, GUEST -> false;
        };
    }
}
