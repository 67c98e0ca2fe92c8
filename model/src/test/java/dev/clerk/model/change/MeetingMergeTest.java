package dev.clerk.model.change;

import static dev.clerk.model.change.MeetingEdits.actions;
import static dev.clerk.model.change.MeetingEdits.attendees;
import static dev.clerk.model.change.MeetingEdits.blank;
import static dev.clerk.model.change.MeetingEdits.insert;
import static dev.clerk.model.change.MeetingEdits.insertParagraph;
import static dev.clerk.model.change.MeetingEdits.item;
import static dev.clerk.model.change.MeetingEdits.location;
import static dev.clerk.model.change.MeetingEdits.motions;
import static dev.clerk.model.change.MeetingEdits.narrative;
import static dev.clerk.model.change.MeetingEdits.paragraph;
import static dev.clerk.model.change.MeetingEdits.remove;
import static dev.clerk.model.change.MeetingEdits.removeParagraph;
import static dev.clerk.model.change.MeetingEdits.title;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.Vote;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three-way merge: base's hidden values survive, the views' edits are applied. */
class MeetingMergeTest {
    private static final Meeting SWTPIC = MeetingEdits.read(MeetingEdits.SWTPIC);
    private static final Location DEFAULT_PLACE = new Location("City Hall, Room 400", List.of());

    private static Meeting withAttendees(String... names) {
        return attendees(SWTPIC, Arrays.stream(names).map(n -> Attendee.present(n, null)).toList());
    }

    private static List<String> names(Meeting m) {
        return m.attendees().stream().map(Attendee::name).toList();
    }

    @Test
    void viewsThatAgreeLeaveBaseAsItIs() {
        Meeting view = location(blank(SWTPIC), DEFAULT_PLACE);
        assertThat(MeetingMerge.merge(SWTPIC, view, view)).isEqualTo(SWTPIC);
    }

    @Test
    void defaultTheViewsShowStaysOutOfBaseWhileAnotherFieldChanges() {
        Meeting base = location(SWTPIC, null);
        Meeting before = location(blank(base), DEFAULT_PLACE);
        Meeting after = item(before, i -> title(i, "Welcome"), 0);
        Meeting merged = MeetingMerge.merge(base, before, after);
        assertThat(merged.location()).isNull();
        assertThat(merged).isEqualTo(item(base, i -> title(i, "Welcome"), 0));
    }

    @Test
    void valueTheViewsDifferOnIsAfters() {
        Meeting base = location(SWTPIC, null);
        Meeting before = location(blank(base), DEFAULT_PLACE);
        Location moved = new Location("Main Library, Koret Auditorium", List.of("100 Larkin Street"));
        assertThat(MeetingMerge.merge(base, before, location(before, moved)).location()).isEqualTo(moved);
    }

    @Test
    void actionWhoseDueDateChangedKeepsItsIdAndNote() {
        Meeting base = item(SWTPIC, i -> actions(i, List.of(new ActionItem("2017-03-27-6", List.of("Alix Lutnick"),
                "Send Minouche the two articles.", null, TaskStatus.OPEN, "articles from the Guardian"))), 2);
        Meeting before = blank(base);
        Meeting after = item(before, i -> actions(i, List.of(MeetingEdits.due(i.actions().get(0),
                LocalDate.of(2017, 4, 10)))), 2);
        ActionItem merged = MeetingMerge.merge(base, before, after).agenda().get(2).actions().get(0);
        assertThat(merged).isEqualTo(new ActionItem("2017-03-27-6", List.of("Alix Lutnick"),
                "Send Minouche the two articles.", LocalDate.of(2017, 4, 10), TaskStatus.OPEN,
                "articles from the Guardian"));
    }

    @Test
    void paragraphsAddedRemovedAndChangedKeepTheLanguagesOfTheOthers() {
        AgendaItem three = narrative(AgendaItem.titled("Informe"), List.of("Uno.", "Two.", "Trois."),
                List.of("es", "", "fr"));
        Meeting base = MeetingEdits.agenda(SWTPIC, List.of(three));
        Meeting before = blank(base);
        assertThat(before.agenda().get(0).narrativeLanguages()).isEmpty();

        AgendaItem inserted = MeetingMerge.merge(base, before, item(before, i -> insertParagraph(i, 2, "Four."), 0))
                .agenda().get(0);
        assertThat(inserted.narrative()).containsExactly("Uno.", "Two.", "Four.", "Trois.");
        assertThat(inserted.narrativeLanguages()).containsExactly("es", "", "", "fr");

        AgendaItem removed = MeetingMerge.merge(base, before, item(before, i -> removeParagraph(i, 1), 0))
                .agenda().get(0);
        assertThat(removed.narrative()).containsExactly("Uno.", "Trois.");
        assertThat(removed.narrativeLanguages()).containsExactly("es", "fr");

        AgendaItem changed = MeetingMerge.merge(base, before, item(before, i -> paragraph(i, 2, p -> "Trois!"), 0))
                .agenda().get(0);
        assertThat(changed.narrative()).containsExactly("Uno.", "Two.", "Trois!");
        assertThat(changed.narrativeLanguages()).containsExactly("es", "", "fr");
    }

    @Test
    void elementsTheViewsDoNotShowStayWhereTheyAre() {
        Meeting base = withAttendees("Ana Ortiz", "Hidden Person", "Ben Ng");
        Meeting before = withAttendees("Ana Ortiz", "Ben Ng");
        assertThat(names(MeetingMerge.merge(base, before, withAttendees("Ana Ortiz", "Ben Ng", "Cleo Park"))))
                .containsExactly("Ana Ortiz", "Hidden Person", "Ben Ng", "Cleo Park");
        assertThat(names(MeetingMerge.merge(base, before, withAttendees("Ana Ortiz", "Cleo Park", "Ben Ng"))))
                .containsExactly("Ana Ortiz", "Cleo Park", "Hidden Person", "Ben Ng");
        assertThat(names(MeetingMerge.merge(base, before, withAttendees("Cleo Park", "Ana Ortiz", "Ben Ng"))))
                .containsExactly("Cleo Park", "Ana Ortiz", "Hidden Person", "Ben Ng");
        assertThat(names(MeetingMerge.merge(base, before, withAttendees("Ana Ortiz"))))
                .containsExactly("Ana Ortiz", "Hidden Person");
    }

    @Test
    void nameWithATypoFixedIsTheSameAttendeeWithItsHiddenLanguage() {
        Meeting base = attendees(SWTPIC, List.of(new Attendee("Alan Guttirez", "es", "LYRIC", null, null, null)));
        Meeting before = blank(base);
        Meeting after = attendees(before, List.of(new Attendee("Alan Gutierrez", null, "LYRIC", null, null, null)));
        assertThat(MeetingMerge.merge(base, before, after).attendees())
                .containsExactly(new Attendee("Alan Gutierrez", "es", "LYRIC", null, null, null));
    }

    @Test
    void itemMovedKeepsWhatTheViewsDoNotShow() {
        AgendaItem a = MeetingEdits.hidden(AgendaItem.titled("First"), null, 10, List.of());
        AgendaItem b = MeetingEdits.hidden(AgendaItem.titled("Second"), null, 20, List.of());
        Meeting base = MeetingEdits.agenda(SWTPIC, List.of(a, b));
        Meeting before = blank(base);
        Meeting after = MeetingEdits.agenda(before, List.of(before.agenda().get(1), before.agenda().get(0)));
        assertThat(MeetingMerge.merge(base, before, after).agenda()).containsExactly(b, a);
    }

    @Test
    void countsEditedBesideNamesTheViewsDoNotShowGiveAValidVote() {
        Vote rollCall = new Vote(null, null, null, List.of("A. Ames", "B. Bose", "C. Cruz"), List.of(), List.of(),
                List.of());
        Meeting base = item(SWTPIC, i -> motions(i, List.of(new Motion("to adjourn", "A. Ames", null,
                MotionResult.PASSED, rollCall, null))), 0);
        Meeting before = item(base, i -> motions(i, List.of(new Motion("to adjourn", "A. Ames", null,
                MotionResult.PASSED, Vote.counted(3, 0, 0), null))), 0);
        Meeting after = item(base, i -> motions(i, List.of(new Motion("to adjourn", "A. Ames", null,
                MotionResult.PASSED, Vote.counted(2, 1, 0), null))), 0);
        assertThat(MeetingMerge.merge(base, before, after).agenda().get(0).motions().get(0).vote())
                .isEqualTo(Vote.counted(2, 1, 0));
    }

    @Test
    void removedAndAddedAtOnceAcrossTheMeeting() {
        Meeting base = EditCasesTest.withHiddenFields(SWTPIC);
        Meeting expected = attendees(item(base, i -> title(i, "Welcome"), 0), remove(base.attendees(), 0));
        expected = attendees(expected, insert(expected.attendees(), 2, Attendee.present("Dee Ray", "LYRIC")));
        Meeting merged = MeetingMerge.merge(base, blank(base), blank(expected));
        assertThat(merged).isEqualTo(expected);
    }
}
