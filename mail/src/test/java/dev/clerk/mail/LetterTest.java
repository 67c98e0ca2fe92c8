package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.ItemKind;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a message for the cases the golden message does not show: a special meeting, approved minutes. */
class LetterTest {
    private static final Body BODY = new Body("Parks Board", "PB", null, null, null, List.of(), null, List.of(),
            BodyDefaults.none());

    private static Meeting meeting(MeetingKind kind, MeetingStatus status, LocalTime start, LocalTime end) {
        AgendaItem item = new AgendaItem("Budget", ItemKind.ACTION, null, "Ana Ruiz", 90, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new Meeting(LocalDate.of(2024, 6, 5), kind, null, start, end, null, status,
                status == MeetingStatus.APPROVED ? LocalDate.of(2024, 7, 3) : null, null, null, List.of(),
                List.of(item), null, List.of());
    }

    @Test
    void namesASpecialMeetingInTheSubjectAndTheEvent() {
        Meeting m = meeting(MeetingKind.SPECIAL, MeetingStatus.DRAFT, LocalTime.of(18, 30), null);
        assertThat(Letter.subject(BODY, m, DocumentKind.AGENDA)).isEqualTo("Agenda: Parks Board — June 5, 2024"
                + " (special meeting)");
        Letter letter = new Letter(BODY, m, DocumentKind.AGENDA, "PB-2024-06-05-agenda.pdf", null, true, "Clerk");
        assertThat(letter.eventSummary()).isEqualTo("PB special meeting");
        assertThat(letter.eventDescription()).isEqualTo("Parks Board\n\nAgenda:\nI. Budget");
        assertThat(letter.text()).isEqualTo("""
                The agenda for the special meeting of the Parks Board is attached (PB-2024-06-05-agenda.pdf).\r
                \r
                When:  Wednesday, June 5, 2024, 6:30 p.m.\r
                \r
                Agenda\r
                \r
                I. Budget (action, Ana Ruiz, 1 h 30 min)\r
                \r
                A calendar event for the meeting is attached; opening it adds the meeting to your calendar, and a later\
                 notice updates it.\r
                \r
                -- \r
                Clerk\r
                """);
    }

    @Test
    void saysApprovedMinutesAreTheMinutesAndLinksThem() {
        Meeting m = meeting(MeetingKind.REGULAR, MeetingStatus.APPROVED, LocalTime.of(18, 30), LocalTime.of(20, 0));
        Letter letter = new Letter(BODY, m, DocumentKind.MINUTES, null, "https://example.org/m.pdf", false, null);
        assertThat(letter.text()).startsWith("The minutes for the regular meeting of the Parks Board held on June 5,"
                + " 2024 are online: https://example.org/m.pdf\r\n\r\nWhen:  Wednesday, June 5, 2024, 6:30 p.m. –"
                + " 8:00 p.m.\r\n");
        assertThat(letter.html("Minutes", "en-US")).contains("<p>The minutes for the regular meeting of the Parks Board"
                + " held on June 5, 2024 are online: <a href=\"https://example.org/m.pdf\">https://example.org/m.pdf</a>"
                + "</p>");
        assertThat(letter.eventDescription()).endsWith("\n\nMinutes: https://example.org/m.pdf");
    }
}
