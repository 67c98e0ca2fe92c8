package dev.clerk.model.change;

import static dev.clerk.model.change.MeetingEdits.actions;
import static dev.clerk.model.change.MeetingEdits.attendees;
import static dev.clerk.model.change.MeetingEdits.insert;
import static dev.clerk.model.change.MeetingEdits.item;
import static dev.clerk.model.change.MeetingEdits.location;
import static dev.clerk.model.change.MeetingEdits.narrative;
import static dev.clerk.model.change.MeetingEdits.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.ItemKind;
import dev.clerk.model.Meeting;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Differences between versions of a meeting, and how they read. */
class MeetingDiffTest {
    private static final Meeting SWTPIC = MeetingEdits.read(MeetingEdits.SWTPIC);

    private static List<String> described(Meeting a, Meeting b) {
        return MeetingDiff.between(a, b).stream().map(MeetingDiff::describe).toList();
    }

    @Test
    void describesEachKindOfValue() {
        assertThat(MeetingDiff.describe(new Change("start", LocalTime.of(11, 0), LocalTime.of(11, 30))))
                .isEqualTo("start: 11:00 → 11:30");
        assertThat(MeetingDiff.describe(new Change("attendees[2]", Attendee.present("Jane Doe", "LYRIC"), null)))
                .isEqualTo("attendees[2]: removed (Jane Doe)");
        assertThat(MeetingDiff.describe(new Change("agenda[1].narrative[3]", null, "The group agreed.")))
                .isEqualTo("agenda[1].narrative[3]: added \"The group agreed.\"");
        assertThat(MeetingDiff.describe(new Change("agenda[0].kind", ItemKind.ACTION, null)))
                .isEqualTo("agenda[0].kind: removed action");
        assertThat(MeetingDiff.describe(new Change("agenda[0].narrative[0]", null, "Legal Momentum has sued"
                + " Backpage, and partnered with the well renowned lawyer David Boies, who is providing pro bono"
                + " legal assistance.")))
                .isEqualTo("agenda[0].narrative[0]: added \"Legal Momentum has sued Backpage, and partnered with the"
                        + " well renowned lawyer…\"");
    }

    @Test
    void changesFarApartInALongParagraphBothShow() {
        String before = "The data reflects incident reports related to prostitution and human trafficking. The data"
                + " provides location, demographic data, and unique codes for each person involved in the incidents."
                + " The data is a random sample pulled from four years of SFPD incident reports.";
        String after = before.replace("reflects", "covers").replace("four years", "five years");
        assertThat(MeetingDiff.describe(new Change("agenda[1].narrative[0]", before, after))).isEqualTo(
                "agenda[1].narrative[0]: \"The data reflects incident reports… pulled from four years of SFPD"
                        + " incident…\" → \"The data covers incident reports… pulled from five years of SFPD"
                        + " incident…\"");
    }

    @Test
    void nameWithATypoFixedIsOneChangeOfTheName() {
        Meeting fixed = attendees(SWTPIC, set(SWTPIC.attendees(), 1, Attendee.present("Alan Gutierrez", "LYRIC")));
        assertThat(described(SWTPIC, fixed))
                .containsExactly("attendees[1].name: \"Alan Guttirez\" → \"Alan Gutierrez\"");
    }

    @Test
    void taskRewordedIsOneChangeOfTheTask() {
        Meeting reworded = item(SWTPIC, i -> {
            ActionItem a = i.actions().get(0);
            return actions(i, List.of(new ActionItem(a.id(), a.owners(), "Email Alix any further data points.",
                    a.due(), a.status(), a.note())));
        }, 1, 2);
        assertThat(described(SWTPIC, reworded)).containsExactly("agenda[1].items[2].actions[0].task: \"Email Alix"
                + " with any further data points or data collection requests.\" → \"Email Alix any further data"
                + " points.\"");
    }

    @Test
    void paragraphLanguageIsAChangeOfItsOwn() {
        Meeting es = item(SWTPIC, i -> narrative(i, i.narrative(), List.of("es")), 2);
        Meeting fr = item(SWTPIC, i -> narrative(i, i.narrative(), List.of("fr")), 2);
        assertThat(described(es, fr)).containsExactly("agenda[2].narrative[0].lang: es → fr");
        assertThat(described(SWTPIC, es)).containsExactly("agenda[2].narrative[0].lang: added es");
        assertThat(MeetingDiff.describe(new Change("updates[0].task", "2024-01-10-1", "2024-01-10-2")))
                .isEqualTo("updates[0].task: 2024-01-10-1 → 2024-01-10-2");
    }

    @Test
    void fieldsAndElementsAddedAndRemovedInDocumentOrder() {
        Meeting changed = location(SWTPIC, null);
        changed = new Meeting(changed.date(), changed.kind(), changed.title(), changed.start(), LocalTime.of(12, 30),
                changed.location(), changed.status(), changed.approvedOn(), changed.presiding(), changed.recorder(),
                changed.attendees(), insert(changed.agenda(), 3, AgendaItem.titled("Public comment")), changed.next(),
                changed.updates());
        assertThat(described(SWTPIC, changed)).containsExactly(
                "end: added 12:30",
                "location: removed (25 Van Ness Avenue, Suite 240, San Francisco, CA 94102)",
                "agenda[3]: added (Public comment)");
    }
}
