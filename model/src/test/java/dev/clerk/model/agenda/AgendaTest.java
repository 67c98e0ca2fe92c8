package dev.clerk.model.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Committee;
import dev.clerk.model.ItemKind;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Notice;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agenda's content: start times from the time allotted, notices, titles. */
class AgendaTest {
    private static final LocalDate DAY = LocalDate.of(2024, 4, 17);

    private static AgendaItem item(String title, Integer minutes, AgendaItem... items) {
        return new AgendaItem(title, ItemKind.DISCUSSION, null, "Dana Ruiz", minutes, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(items));
    }

    private static Body body(List<Notice> notices) {
        return new Body("Harbor Access Advisory Committee", "HAAC", null, "Port Planning Office", null,
                List.of(new Person("Ben Ng", null, Role.MEMBER, null, "ben@example.org", null, null)), null, List.of(),
                new BodyDefaults(null, LocalTime.of(18, 0), 90, List.of(), List.of(), notices, List.of()));
    }

    private static Meeting meeting(MeetingKind kind, AgendaItem... items) {
        return new Meeting(DAY, kind, null, null, null, null, null, null, null, null, List.of(), List.of(items), null,
                List.of());
    }

    @Test
    void computesStartTimesFromTheTimeAllotted() {
        Meeting m = meeting(MeetingKind.REGULAR, item("Call to order", 5),
                item("Updates", null, item("Signage", 10), item("Data", 15)),
                item("Site visit", 30, item("Photos", 5)),
                item("Open floor", null), item("Adjournment", 0));
        Agenda agenda = Agenda.of(new Committee(body(List.of()), List.of()), m);
        assertThat(agenda.isTimed()).isTrue();
        assertThat(agenda.items()).extracting(AgendaEntry::path, AgendaEntry::startsAt).containsExactly(
                tuple("I.", LocalTime.of(18, 0)), tuple("II.", LocalTime.of(18, 5)), tuple("II.A.", LocalTime.of(18, 5)),
                tuple("II.B.", LocalTime.of(18, 15)), tuple("III.", LocalTime.of(18, 30)),
                tuple("III.A.", LocalTime.of(18, 30)), tuple("IV.", LocalTime.of(19, 0)), tuple("V.", null));
        assertThat(agenda.special()).isFalse();
        assertThat(agenda.start()).isEqualTo(LocalTime.of(18, 0));
        assertThat(agenda.letterhead()).isEqualTo(new Letterhead("Harbor Access Advisory Committee", "HAAC", null,
                "Port Planning Office"));
    }

    @Test
    void carriesTheLanguageAnItemDeclares() {
        AgendaItem spanish = new AgendaItem("Comentarios por escrito", "es", null, "Cartas del público", null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        Agenda agenda = Agenda.of(new Committee(body(List.of()), List.of()),
                meeting(MeetingKind.REGULAR, item("Call to order", 5), spanish));
        assertThat(agenda.items()).extracting(AgendaEntry::title, AgendaEntry::lang).containsExactly(
                tuple("Call to order", null), tuple("Comentarios por escrito", "es"));
    }

    @Test
    void givesTheFactsOfTheStandardNoticesWhenTheBodyGivesNone() {
        Agenda agenda = Agenda.of(new Committee(body(List.of()), List.of()), meeting(MeetingKind.SPECIAL));
        assertThat(agenda.special()).isTrue();
        assertThat(agenda.notices()).isEmpty();
        assertThat(agenda.standardNotices()).isEqualTo(new StandardNotices("Port Planning Office",
                "Harbor Access Advisory Committee"));
    }

    @Test
    void contactsTheFirstStaffMemberForTheStandardNotices() {
        Person staff = new Person("Tomás Ruiz", "es", "Office of Harbor Access", Role.STAFF, null,
                "tomas.ruiz@example.org", null, null);
        Body body = new Body("Harbor Access Advisory Committee", null, null, null, null,
                List.of(new Person("Ben Ng", null, Role.MEMBER, null, "ben@example.org", null, null), staff,
                        new Person("Ida Roe", null, Role.STAFF, null, null, null, null)),
                null, List.of(), null);
        assertThat(Agenda.of(new Committee(body, List.of()), meeting(MeetingKind.REGULAR)).standardNotices())
                .isEqualTo(new StandardNotices(staff, 1, null, "Harbor Access Advisory Committee"));
    }

    @Test
    void usesTheBodysOwnNotices() {
        List<Notice> own = List.of(new Notice("Accessibility", "The room is wheelchair accessible."));
        Agenda agenda = Agenda.of(new Committee(body(own), List.of()), meeting(MeetingKind.REGULAR));
        assertThat(agenda.notices()).isEqualTo(own);
        assertThat(agenda.standardNotices()).isNull();
    }

    @Test
    void rejectsStandardNoticesBesideTheBodysOwn() {
        Agenda a = Agenda.of(new Committee(body(List.of(new Notice("Accessibility", "The room is accessible."))),
                List.of()), meeting(MeetingKind.REGULAR));
        assertThatThrownBy(() -> new Agenda(a.letterhead(), a.language(), a.date(), a.start(), a.location(), a.items(),
                a.notices(), new StandardNotices(null, "Harbor Access Advisory Committee"), a.numbering(),
                a.special(), a.meetingTitle(), a.locationField())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standardNotices: must be null when the body gives its own notices");
    }

    @Test
    void givesThePresenterTheLanguageOfTheAttendanceLineElseOfTheRoster() {
        Body body = new Body("Harbor Access Advisory Committee", null, null, null, null, List.of(
                new Person("Tomás Ruiz", "es", null, Role.STAFF, null, null, null, null),
                new Person("Zoë Łukasiewicz", null, Role.MEMBER, null, null, null, null)), null, List.of(), null);
        Meeting m = new Meeting(DAY, MeetingKind.REGULAR, null, null, null, null, null, null, null, null,
                List.of(new Attendee("Zoë Łukasiewicz", "pl", null, null, null, null),
                        new Attendee("Tomás Ruiz", null, null, null, Role.STAFF, null)),
                List.of(item("Signage", 5), presented("Ramps", "Tomás Ruiz"), presented("Data", "Zoë Łukasiewicz"),
                        presented("Budget", "Ben Ng")), null, List.of());
        assertThat(Agenda.of(new Committee(body, List.of()), m).items())
                .extracting(AgendaEntry::presenter, AgendaEntry::presenterLang).containsExactly(
                        tuple("Dana Ruiz", null), tuple("Tomás Ruiz", "es"), tuple("Zoë Łukasiewicz", "pl"),
                        tuple("Ben Ng", null));
    }

    private static AgendaItem presented(String title, String presenter) {
        return new AgendaItem(title, null, null, presenter, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of());
    }
}
