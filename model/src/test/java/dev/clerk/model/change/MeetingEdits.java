package dev.clerk.model.change;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Meetings for the change tests, and copies of them with one thing changed. */
final class MeetingEdits {
    static final Path SWTPIC = Path.of("src/test/resources/change/swtpic-2017-03-27.yaml");
    static final Path RIVERGROVE = Path.of("src/test/resources/fixtures/rivergrove/meetings/2017-11-13.yaml");
    static final Path HISTORY = Path.of("src/test/resources/history/meetings/2024-02-14.yaml");

    private MeetingEdits() {
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Meeting read(String text) {
        try {
            return ModelReader.parseMeeting("test.yaml", text).value();
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Meeting read(Path file) {
        return read(text(file));
    }

    static <T> List<T> set(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }

    static <T> List<T> insert(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(i, value);
        return copy;
    }

    static <T> List<T> remove(List<T> list, int i) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(i);
        return copy;
    }

    static Meeting attendees(Meeting m, List<Attendee> attendees) {
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), attendees, m.agenda(), m.next(), m.updates());
    }

    static Meeting agenda(Meeting m, List<AgendaItem> agenda) {
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), m.attendees(), agenda, m.next(), m.updates());
    }

    static Meeting location(Meeting m, Location location) {
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), location, m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), m.attendees(), m.agenda(), m.next(), m.updates());
    }

    static Meeting next(Meeting m, NextMeeting next) {
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), m.attendees(), m.agenda(), next, m.updates());
    }

    static Meeting updates(Meeting m, List<TaskUpdate> updates) {
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), m.attendees(), m.agenda(), m.next(), updates);
    }

    /** The meeting with the agenda item at {@code path} (indices into agenda, then into items) changed. */
    static Meeting item(Meeting m, UnaryOperator<AgendaItem> edit, int... path) {
        return agenda(m, item(m.agenda(), edit, path, 0));
    }

    private static List<AgendaItem> item(List<AgendaItem> items, UnaryOperator<AgendaItem> edit, int[] path, int depth) {
        AgendaItem it = items.get(path[depth]);
        AgendaItem changed = depth == path.length - 1 ? edit.apply(it) : items(it, item(it.items(), edit, path, depth + 1));
        return set(items, path[depth], changed);
    }

    static AgendaItem title(AgendaItem i, String title) {
        return new AgendaItem(title, i.lang(), i.kind(), i.description(), i.presenter(), i.duration(), i.narrative(),
                i.narrativeLanguages(), i.decisions(), i.motions(), i.actions(), i.attachments(), i.minutesOf(),
                i.tasks(), i.items());
    }

    static AgendaItem hidden(AgendaItem i, String lang, Integer duration, List<String> narrativeLanguages) {
        return new AgendaItem(i.title(), lang, i.kind(), i.description(), i.presenter(), duration, i.narrative(),
                narrativeLanguages, i.decisions(), i.motions(), i.actions(), i.attachments(), i.minutesOf(),
                i.tasks(), i.items());
    }

    static AgendaItem narrative(AgendaItem i, List<String> narrative, List<String> languages) {
        return new AgendaItem(i.title(), i.lang(), i.kind(), i.description(), i.presenter(), i.duration(), narrative,
                languages, i.decisions(), i.motions(), i.actions(), i.attachments(), i.minutesOf(), i.tasks(), i.items());
    }

    /** The paragraph at {@code at} replaced, its language (if any) kept. */
    static AgendaItem paragraph(AgendaItem i, int at, UnaryOperator<String> edit) {
        return narrative(i, set(i.narrative(), at, edit.apply(i.narrative().get(at))), i.narrativeLanguages());
    }

    /** A paragraph inserted at {@code at} that declares no language. */
    static AgendaItem insertParagraph(AgendaItem i, int at, String text) {
        List<String> languages = i.narrativeLanguages().isEmpty() ? List.of() : insert(i.narrativeLanguages(), at, "");
        return narrative(i, insert(i.narrative(), at, text), languages);
    }

    static AgendaItem removeParagraph(AgendaItem i, int at) {
        List<String> languages = i.narrativeLanguages().isEmpty() ? List.of() : remove(i.narrativeLanguages(), at);
        return narrative(i, remove(i.narrative(), at), languages);
    }

    static AgendaItem actions(AgendaItem i, List<ActionItem> actions) {
        return new AgendaItem(i.title(), i.lang(), i.kind(), i.description(), i.presenter(), i.duration(), i.narrative(),
                i.narrativeLanguages(), i.decisions(), i.motions(), actions, i.attachments(), i.minutesOf(), i.tasks(),
                i.items());
    }

    static AgendaItem motions(AgendaItem i, List<Motion> motions) {
        return new AgendaItem(i.title(), i.lang(), i.kind(), i.description(), i.presenter(), i.duration(), i.narrative(),
                i.narrativeLanguages(), i.decisions(), motions, i.actions(), i.attachments(), i.minutesOf(), i.tasks(),
                i.items());
    }

    static AgendaItem items(AgendaItem i, List<AgendaItem> items) {
        return new AgendaItem(i.title(), i.lang(), i.kind(), i.description(), i.presenter(), i.duration(), i.narrative(),
                i.narrativeLanguages(), i.decisions(), i.motions(), i.actions(), i.attachments(), i.minutesOf(),
                i.tasks(), items);
    }

    static ActionItem due(ActionItem a, java.time.LocalDate due) {
        return new ActionItem(a.id(), a.owners(), a.task(), due, a.status(), a.note());
    }

    /**
     * What a view of the meeting (minutes read back from Word) lacks: ids of action items, languages, durations.
     */
    static Meeting blank(Meeting m) {
        List<Attendee> attendees = m.attendees().stream()
                .map(a -> new Attendee(a.name(), null, a.affiliation(), a.status(), a.role(), a.note())).toList();
        NextMeeting next = m.next() == null ? null : new NextMeeting(m.next().date(), m.next().time(),
                m.next().location(), m.next().followUps().stream()
                        .map(f -> new FollowUp(f.text(), f.tasks(), blankActions(f.actions()))).toList(),
                m.next().proposedItems());
        return next(attendees(agenda(m, blankItems(m.agenda())), attendees), next);
    }

    private static List<AgendaItem> blankItems(List<AgendaItem> items) {
        return items.stream().map(i -> items(actions(hidden(i, null, null, List.of()), blankActions(i.actions())),
                blankItems(i.items()))).toList();
    }

    private static List<ActionItem> blankActions(List<ActionItem> actions) {
        return actions.stream().map(a -> a.withId(null)).toList();
    }
}
