package dev.clerk.model.change;

import static dev.clerk.model.change.MeetingEdits.actions;
import static dev.clerk.model.change.MeetingEdits.attendees;
import static dev.clerk.model.change.MeetingEdits.blank;
import static dev.clerk.model.change.MeetingEdits.due;
import static dev.clerk.model.change.MeetingEdits.insert;
import static dev.clerk.model.change.MeetingEdits.insertParagraph;
import static dev.clerk.model.change.MeetingEdits.item;
import static dev.clerk.model.change.MeetingEdits.motions;
import static dev.clerk.model.change.MeetingEdits.paragraph;
import static dev.clerk.model.change.MeetingEdits.remove;
import static dev.clerk.model.change.MeetingEdits.set;
import static dev.clerk.model.change.MeetingEdits.title;
import static dev.clerk.model.change.MeetingEdits.updates;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.Role;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.Vote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One edit at a time to real meeting files: the difference lists exactly that edit, the file is patched on exactly
 * the lines of that edit, and merging the edit made to a view that lacks the hidden fields gives the meeting with
 * exactly that edit.
 */
class EditCasesTest {
    /**
     * An edit of a meeting file.
     *
     * @param name    what the edit is
     * @param file    the meeting file
     * @param edit    the edit
     * @param changes the changes, described
     * @param removed the lines of the file the patch takes out
     * @param added   the lines it puts in
     */
    record Case(String name, Path file, UnaryOperator<Meeting> edit, List<String> changes, List<String> removed,
                List<String> added) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("typo fixed in a narrative paragraph", MeetingEdits.SWTPIC,
                        m -> item(m, i -> paragraph(i, 0, p -> p.replace("David Buise", "David Boies")), 2),
                        List.of("agenda[2].narrative[0]: \"…well renowned lawyer David Buise, who is providing pro…\""
                                + " → \"…well renowned lawyer David Boies, who is providing pro…\""),
                        List.of("        Legal Momentum has sued Backpage, and partnered with the well renowned lawyer"
                                + " David Buise, who is"),
                        List.of("        Legal Momentum has sued Backpage, and partnered with the well renowned lawyer"
                                + " David Boies, who is")),
                new Case("sentence added as a new narrative paragraph", MeetingEdits.SWTPIC,
                        m -> item(m, i -> insertParagraph(i, 1, "Alix will share the first results in May."), 1, 2),
                        List.of("agenda[1].items[2].narrative[1]: added \"Alix will share the first results in May.\""),
                        List.of(),
                        List.of("          - Alix will share the first results in May.")),
                new Case("an action's due date changed", MeetingEdits.SWTPIC,
                        m -> item(m, i -> actions(i, set(i.actions(), 1, due(i.actions().get(1),
                                LocalDate.of(2017, 7, 15)))), 1, 0),
                        List.of("agenda[1].items[0].actions[1].due: 2017-07-01 → 2017-07-15"),
                        List.of("            due: 2017-07-01"),
                        List.of("            due: 2017-07-15")),
                new Case("an action added", MeetingEdits.SWTPIC,
                        m -> item(m, i -> actions(i, insert(i.actions(), 2, new ActionItem(null,
                                List.of("Minouche Kandel"), "Ask the Police Academy for the training schedule.",
                                LocalDate.of(2017, 4, 30), null, null))), 1, 1),
                        List.of("agenda[1].items[1].actions[2]: added (Minouche Kandel: Ask the Police Academy for"
                                + " the training schedule. (due 2017-04-30))"),
                        List.of(),
                        List.of("          - owners: [Minouche Kandel]",
                                "            task: Ask the Police Academy for the training schedule.",
                                "            due: 2017-04-30")),
                new Case("an attendee removed", MeetingEdits.SWTPIC,
                        m -> attendees(m, remove(m.attendees(), 3)),
                        List.of("attendees[3]: removed (Carol Leigh)"),
                        List.of("  - name: Carol Leigh", "    affiliation: BAYSWAN"),
                        List.of()),
                new Case("an item title changed", MeetingEdits.SWTPIC,
                        m -> item(m, i -> title(i, "Welcome and introductions"), 0),
                        List.of("agenda[0].title: \"Introductions\" → \"Welcome and introductions\""),
                        List.of("  - title: Introductions"),
                        List.of("  - title: Welcome and introductions")),
                new Case("a motion's vote counts changed", MeetingEdits.RIVERGROVE,
                        m -> item(m, i -> {
                            Motion x = i.motions().get(0);
                            Vote v = x.vote();
                            Vote counted = new Vote(3, 1, v.abstentions(), v.ayeNames(), v.noNames(), v.abstainNames(),
                                    v.absentNames());
                            return motions(i, List.of(new Motion(x.text(), x.mover(), x.seconder(), x.result(), counted,
                                    x.note())));
                        }, 2, 0),
                        List.of("agenda[2].items[0].motions[0].vote.ayes: 4 → 3",
                                "agenda[2].items[0].motions[0].vote.noes: 0 → 1"),
                        List.of("              ayes: 4", "              noes: 0"),
                        List.of("              ayes: 3", "              noes: 1")),
                new Case("an attendee added", MeetingEdits.RIVERGROVE,
                        m -> attendees(m, insert(m.attendees(), 5,
                                new Attendee("Kate Brown", null, null, Role.GUEST, "visitor"))),
                        List.of("attendees[5]: added (Kate Brown)"),
                        List.of(),
                        List.of("  - name: Kate Brown", "    role: guest", "    note: visitor")),
                new Case("a task reported done", MeetingEdits.HISTORY,
                        m -> updates(m, set(m.updates(), 0, new TaskUpdate("2024-01-10-1", TaskStatus.DONE, null,
                                "First draft circulated.", List.of("Cleo Park"), LocalDate.of(2024, 3, 1)))),
                        List.of("updates[0].status: in-progress → done"),
                        List.of("    status: in-progress"),
                        List.of("    status: done")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diffListsExactlyTheEdit(Case c) {
        Meeting m = MeetingEdits.read(c.file());
        assertThat(MeetingDiff.between(m, m)).isEmpty();
        List<Change> changes = MeetingDiff.between(m, c.edit().apply(m));
        assertThat(changes.stream().map(MeetingDiff::describe)).containsExactlyElementsOf(c.changes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patchChangesOnlyTheLinesOfTheEdit(Case c) {
        String text = MeetingEdits.text(c.file());
        Meeting m = MeetingEdits.read(text);
        Meeting edited = c.edit().apply(m);
        String patched = YamlPatch.apply(text, m, edited);
        assertThat(MeetingEdits.read(patched)).isEqualTo(edited);
        LineDiff diff = LineDiff.between(text, patched);
        assertThat(diff.removed()).containsExactlyElementsOf(c.removed());
        assertThat(diff.added()).containsExactlyElementsOf(c.added());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergeOfTheEditedViewGivesTheBaseWithTheEdit(Case c) {
        Meeting base = withHiddenFields(MeetingEdits.read(c.file()));
        Meeting expected = c.edit().apply(base);
        Meeting merged = MeetingMerge.merge(base, blank(base), blank(expected));
        assertThat(merged).isEqualTo(expected);
        assertThat(MeetingDiff.between(base, merged).stream().map(MeetingDiff::describe))
                .containsExactlyElementsOf(c.changes());
    }

    /** The meeting with what a view lacks filled in: durations, languages, and an attendee's language. */
    static Meeting withHiddenFields(Meeting m) {
        List<AgendaItem> agenda = new ArrayList<>();
        for (int k = 0; k < m.agenda().size(); k++) {
            agenda.add(hide(m.agenda().get(k), 10 + 5 * k));
        }
        List<Attendee> attendees = new ArrayList<>(m.attendees());
        if (!attendees.isEmpty()) {
            Attendee a = attendees.get(0);
            attendees.set(0, new Attendee(a.name(), "ko", a.affiliation(), a.status(), a.role(), a.note()));
        }
        return attendees(MeetingEdits.agenda(m, agenda), attendees);
    }

    private static AgendaItem hide(AgendaItem i, int duration) {
        List<String> languages = new ArrayList<>();
        for (int p = 0; p < i.narrative().size(); p++) {
            languages.add(p == 0 ? "en-GB" : "");
        }
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaItem sub : i.items()) {
            items.add(hide(sub, duration / 2));
        }
        return MeetingEdits.items(MeetingEdits.hidden(i, "en", duration, languages), items);
    }
}
