package dev.clerk.model.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example: the open tasks of the March 27, 2017 minutes carried to May 22, 2017, the drafted
 * {@code meetings/2017-05-22.yaml} committed beside them, and its agenda.
 */
class SwtpicExampleTest {
    private static final Path EXAMPLE = Path.of("../examples/swtpic");
    private static final LocalDate MAY_22 = LocalDate.of(2017, 5, 22);

    private static Committee committee() throws Exception {
        return CommitteeFolder.read(EXAMPLE);
    }

    private static Meeting meeting(Committee c, LocalDate date) {
        return c.meetings().stream().filter(m -> m.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void carriesTheEightOpenTasksOfMarch27ToMay22EachOnce() throws Exception {
        Committee c = committee();
        // Tasks the seed states twice (the articles in III and follow-up 1, the data requests in II.C and
        // follow-up 4, the policy timeline in II.A and follow-up 3) are one task each, listed where first stated.
        assertThat(TaskLedger.of(c).carriedTo(meeting(c, MAY_22)))
                .extracting(TaskEntry::id, TaskEntry::owners, TaskEntry::due, e -> e.origin().label(),
                        e -> e.origin().followUp(), e -> e.origin().restatedIn(), TaskEntry::timesCarried)
                .containsExactly(
                        tuple("2017-03-27-1", List.of("Minouche Kandel"), null, "II.A.", null, List.of(3), 1),
                        tuple("2017-03-27-2", List.of("Group members"), LocalDate.of(2017, 7, 1), "II.A.", null,
                                List.of(), 1),
                        tuple("2017-03-27-3", List.of("Minouche Kandel"), null, "II.B.", null, List.of(), 1),
                        tuple("2017-03-27-4", List.of("Minouche Kandel"), null, "II.B.", null, List.of(), 1),
                        tuple("2017-03-27-5", List.of("Group members"), null, "II.C.", null, List.of(4), 1),
                        tuple("2017-03-27-6", List.of("Alix Lutnick"), null, "III.", null, List.of(1), 1),
                        tuple("2017-03-27-7", List.of("Alix Lutnick"), null, "IV.", 1, List.of(), 1),
                        tuple("2017-03-27-8", List.of("Carol Leigh", "Minouche Kandel"), null, "IV.", 2, List.of(), 1));
        assertThat(TaskLedger.of(c).carriedTo(meeting(c, MAY_22))).extracting(e -> e.origin().title())
                .containsExactly("Check in on the Prioritizing Safety for Sex Workers Policy",
                        "Check in on the Prioritizing Safety for Sex Workers Policy",
                        "Meeting with Sgt. Flores on Human Trafficking Training at SFPD",
                        "Meeting with Sgt. Flores on Human Trafficking Training at SFPD", "SFPD data",
                        "Request to join Legal Momentum lawsuit against Backpage", null, null);
    }

    @Test
    void draftsTheCommittedMay22File() throws Exception {
        Committee c = committee();
        Meeting minutes = meeting(c, LocalDate.of(2017, 3, 27));
        Meeting draft = NextMeetingDraft.draft(c, minutes, MAY_22);
        // The committed file is the draft plus the two sample attachments the clerk added for the packet.
        Meeting committed = ModelReader.readMeeting(EXAMPLE.resolve("meetings/2017-05-22.yaml"));
        assertThat(committed.agenda().get(5).attachments()).extracting(dev.clerk.model.Attachment::path)
                .containsExactly("attachments/2017-priorities-discussion-draft.pdf");
        assertThat(committed.agenda().get(6).attachments()).extracting(dev.clerk.model.Attachment::path)
                .containsExactly("attachments/2017-04-task-force-presentation.pdf");
        assertThat(draft).isEqualTo(withoutAttachments(committed));
        assertThat(draft.agenda()).extracting(i -> i.title()).containsExactly("Introductions",
                "Approval of the minutes of March 27, 2017", "Review of open action items",
                "Remaining a part of the Task Force", "Explore Laws that decriminalize transmission of HIV",
                "Priorities for 2017", "Debrief on presentation at general Task Force meeting", "Public comment",
                "Next meeting", "Adjournment");
        assertThat(draft.agenda().get(1).minutesOf()).isEqualTo(LocalDate.of(2017, 3, 27));
        assertThat(draft.agenda().get(2).tasks()).containsExactly("2017-03-27-1", "2017-03-27-2", "2017-03-27-3",
                "2017-03-27-4", "2017-03-27-5", "2017-03-27-6", "2017-03-27-7", "2017-03-27-8");
    }

    @Test
    void leavesOutTheApprovalOnceTheMinutesAreApproved() throws Exception {
        Committee c = committee();
        Meeting m = meeting(c, LocalDate.of(2017, 3, 27));
        Meeting approved = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(),
                dev.clerk.model.MeetingStatus.APPROVED, MAY_22, m.presiding(), m.recorder(), m.attendees(), m.agenda(),
                m.next(), m.updates());
        assertThat(NextMeetingDraft.draft(c, approved, MAY_22).agenda()).extracting(i -> i.title())
                .doesNotContain("Approval of the minutes of March 27, 2017");
    }

    @Test
    void worksOutTheMay22Agenda() throws Exception {
        Committee c = committee();
        Agenda agenda = Agenda.of(c, meeting(c, MAY_22));
        assertThat(agenda.items()).hasSize(10);
        assertThat(agenda.items().get(1).minutesOf()).isEqualTo(LocalDate.of(2017, 3, 27));
        assertThat(agenda.items().get(2).tasks()).hasSize(8);
        assertThat(agenda.start()).isEqualTo(java.time.LocalTime.of(11, 0));
        assertThat(agenda.location()).containsExactly("25 Van Ness Avenue", "Suite 240", "San Francisco, CA 94102");
    }

    private static Meeting withoutAttachments(Meeting m) {
        java.util.List<dev.clerk.model.AgendaItem> items = m.agenda().stream().map(i -> new dev.clerk.model.AgendaItem(
                i.title(), i.kind(), i.description(), i.presenter(), i.duration(), i.narrative(), i.decisions(),
                i.motions(), i.actions(), java.util.List.of(), i.minutesOf(), i.tasks(), i.items())).toList();
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), m.attendees(), items, m.next(), m.updates());
    }
}
