package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Input;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minutes form beyond what the golden dumps show: who is on it, and what it refuses. */
class FormComposerTest {
    private static final LocalDate DATE = LocalDate.of(2024, 6, 5);

    private static Meeting meeting(List<AgendaItem> agenda) {
        return new Meeting(DATE, null, null, null, null, null, null, null, null, null, List.of(), agenda, null,
                List.of());
    }

    @Test
    void listsThePeopleServingOnTheMeetingDayWithNoStatusPicked() {
        Body body = new Body("Parks Board", null, null, null, null, List.of(
                new Person("Ana Ortiz", "Friends of the Park", Role.CHAIR, null, null, null, null),
                new Person("Ben Ode", null, Role.MEMBER, null, null, null, DATE.minusDays(1)),
                new Person("Cy Park", null, Role.MEMBER, null, null, DATE.plusDays(1), null),
                new Person("Di Lee", null, Role.STAFF, null, null, DATE, DATE)), null, List.of(), BodyDefaults.none());
        Meeting meeting = meeting(List.of(AgendaItem.titled("Call to order")));
        Document form = FormComposer.compose(new Committee(body, List.of(meeting)), meeting);
        Table attendance = form.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).findFirst()
                .orElseThrow();
        assertThat(attendance.rows()).extracting(row -> row.stream().map(Text::plainText).toList()).containsExactly(
                List.of("Ana Ortiz", "Friends of the Park", "chair", ""),
                List.of("Di Lee", "", "staff", ""),
                List.of("", "", "guest", "present"),
                List.of("", "", "guest", "present"),
                List.of("", "", "guest", "present"),
                List.of("", "", "staff", "present"),
                List.of("", "", "staff", "present"));
        // No place, no start: nothing filled in, and the form still has the places to type them.
        FillIn details = (FillIn) form.blocks().stream().filter(b -> b instanceof FillIn).findFirst().orElseThrow();
        assertThat(details.entries()).extracting(e -> e.input().field(), e -> e.value().plainText()).containsExactly(
                tuple("date", "Wednesday, June 5, 2024"),
                tuple("start", ""),
                tuple("place", ""),
                tuple("address", ""),
                tuple("presiding", ""),
                tuple("recorder", ""));
    }

    @Test
    void fillInBlocksRefuseWhatNoPainterCanLayOutOrNameAStyleAfter() {
        FillIn.Entry owners = FillIn.Entry.blank("Owners", Input.text("owners", null));
        FillIn.Entry wide = FillIn.Entry.blank("", Input.lines("narrative", null, 3));
        assertThatThrownBy(() -> new FillIn("action", "Action", null, List.of(List.of(owners, owners, owners, owners))))
                .hasMessage("rows: 4 entries in a row; 1 to 3 fit");
        assertThatThrownBy(() -> new FillIn("action", "Action", null, List.of(List.of(owners, wide))))
                .hasMessage("rows: an entry without a label takes a row of its own");
        assertThatThrownBy(() -> FillIn.of("Next_Meeting", "Next", null, List.of(owners)))
                .hasMessage("kind: 'Next_Meeting' is not lowercase words");
        assertThatThrownBy(() -> Input.text("due date!", null))
                .hasMessage("field: 'due date!' is not letters, digits and single spaces");
        assertThatThrownBy(() -> Input.lines("narrative", null, 0)).hasMessage("lines: 0 is less than 1");
    }

    @Test
    void refusesAMeetingWithoutAgendaItems() {
        Body body = new Body("Parks Board", null, null, null, null, List.of(), null, List.of(), BodyDefaults.none());
        Meeting meeting = meeting(List.of());
        assertThatThrownBy(() -> FormComposer.compose(new Committee(body, List.of(meeting)), meeting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("meeting: the meeting of 2024-06-05 has no agenda items to make a form of");
    }
}
