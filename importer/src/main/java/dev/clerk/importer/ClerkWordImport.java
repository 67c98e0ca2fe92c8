package dev.clerk.importer;

import dev.clerk.importer.word.FormView;
import dev.clerk.importer.word.MinutesView;
import dev.clerk.importer.word.WordBlock;
import dev.clerk.importer.word.WordBlocks;
import dev.clerk.importer.word.WordPackage;
import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.change.MeetingMerge;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import dev.clerk.model.tasks.NewTaskIds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads a Word document Clerk made (minutes, or a minutes form) back by its structure. The document keeps a record of
 * the meeting it was made from and a copy of its body as written; the edited body and that copy are read the same way,
 * and what differs between the two readings is applied to the recorded meeting. So an unedited document gives back
 * exactly the meeting it was made from (ids, languages and durations included, which Word does not show), and an
 * edited one gives that meeting with exactly the clerk's edits.
 */
final class ClerkWordImport {
    private ClerkWordImport() {
    }

    /** What was read, or null when {@code path} is not a document Clerk made (the text importer reads it then). */
    static ImportResult read(Path path, String file, ImportOptions options) throws InputException {
        WordPackage pkg;
        List<WordBlock> body;
        try {
            pkg = WordPackage.read(path);
            body = WordBlocks.read(pkg.body(), pkg.styleNames());
        } catch (IOException e) {
            return null; // not a package Clerk can read this way; the general reader reports what is wrong
        }
        List<String> warnings = new ArrayList<>();
        List<Guess> guesses = new ArrayList<>();
        Meeting meeting;
        Meeting base = null;
        try {
            if (pkg.record() != null) {
                base = ModelReader.parseMeeting("record.json", pkg.record().data()).value();
                List<WordBlock> original = WordBlocks.read(pkg.record().body(), pkg.record().styleNames());
                if ("form".equals(pkg.record().kind())) {
                    Meeting before = FormView.read(original);
                    FormView.Reading after = FormView.reading(body);
                    meeting = MeetingMerge.merge(base, before, after.meeting());
                    for (String note : after.notes()) {
                        // "agenda[3].actions[2].due: ..." : what the form's reader could not take as typed.
                        int colon = note.indexOf(": ");
                        boolean located = colon > 0 && note.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]]+");
                        guesses.add(new Guess(located ? note.substring(0, colon) : "",
                                located ? note.substring(colon + 2) : note));
                    }
                } else {
                    MinutesView.Result before = MinutesView.read(original, base.date());
                    MinutesView.Result after = MinutesView.read(body, base.date());
                    meeting = MeetingMerge.merge(base, before.meeting(), withTableEdits(before, after));
                    guesses(meeting, after.guessed(), guesses);
                }
            } else if (clerkMarks(body)) {
                MinutesView.Result read = MinutesView.read(body, options.date());
                meeting = read.meeting();
                guesses(meeting, read.guessed(), guesses);
                guesses.add(new Guess("", "read from the structure of Clerk's Word minutes, whose record of the "
                        + "meeting is missing: task ids outside the Action Items table, languages and attachment paths "
                        + "could not be read"));
            } else {
                return null;
            }
        } catch (InputException e) {
            throw new InputException(Problem.error(file, Position.FILE, "",
                    "Clerk's record inside the document is damaged: " + e.problems().get(0).message()));
        } catch (IOException e) {
            throw new InputException(Problem.error(file, Position.FILE, "",
                    "Clerk's record inside the document is damaged: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.error(file, Position.FILE, "", "cannot be read: " + e.getMessage()));
        }
        meeting = withNewIds(meeting, base);
        MeetingAssembler people = new MeetingAssembler(file, options, warnings);
        return new ImportResult(meeting, guesses, people.newPeople(meeting), warnings);
    }

    /**
     * {@code m} with an id for each action item a clerk added in Word (one not in {@code base}, the meeting the
     * document was made from): the next id of the meeting, as {@code clerk check --fix} would give it, so that the
     * task can be followed from the next agenda on. Without a record nothing is known to be new, and ids are given
     * only when the document's other action items have them.
     */
    static Meeting withNewIds(Meeting m, Meeting base) {
        java.util.Set<String> known = new java.util.HashSet<>();
        if (base != null) {
            base.actionItems().stream().filter(a -> a.id() == null).forEach(a -> known.add(a.task()));
        } else if (m.actionItems().stream().allMatch(a -> a.id() == null)) {
            return m;
        }
        // The plan gives one id to each action without one, in file order, which is the order withAction visits.
        java.util.Iterator<NewTaskIds.NewId> ids = NewTaskIds.plan(List.of(m)).iterator();
        return withAction(m, a -> {
            if (a.id() != null) {
                return a;
            }
            String id = ids.next().id();
            return known.contains(a.task()) ? a : withId(a, id);
        });
    }

    private static ActionItem withId(ActionItem a, String id) {
        return new ActionItem(id, a.owners(), a.task(), a.due(), a.status(), a.note());
    }

    /** A guess for each action read from its wording, at its place in {@code meeting}. */
    private static void guesses(Meeting meeting, List<String> tasks, List<Guess> out) {
        for (String task : tasks) {
            String path = actionPath(meeting.agenda(), "agenda", task);
            out.add(new Guess(path == null ? "" : path, "action typed without Clerk's marks; owners and due date read "
                    + "from its wording \"TASK (OWNERS; due DATE)\""));
        }
    }

    private static String actionPath(List<AgendaItem> items, String prefix, String task) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            for (int k = 0; k < item.actions().size(); k++) {
                if (item.actions().get(k).task().equals(task)) {
                    return prefix + "[" + i + "].actions[" + k + "]";
                }
            }
            String inner = actionPath(item.items(), prefix + "[" + i + "].items", task);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Whether a body without a record still carries Clerk's marks (the value styles of its minutes). */
    private static boolean clerkMarks(List<WordBlock> body) {
        int marked = 0;
        for (WordBlock b : body) {
            if (b instanceof WordBlock.Para p && p.spans().stream().anyMatch(
                    s -> s.style() != null && s.style().startsWith("Clerk "))) {
                marked++;
            }
        }
        return marked >= 3;
    }

    /**
     * The edited reading, with what was changed only in the Action Items table (a task, its owners, its due date)
     * taken as the change: the table and the call-outs say the same things, and a clerk may correct either.
     */
    static Meeting withTableEdits(MinutesView.Result before, MinutesView.Result after) {
        Meeting m = after.meeting();
        for (Map.Entry<String, MinutesView.Row> e : after.rows().entrySet()) {
            MinutesView.Row was = before.rows().get(e.getKey());
            MinutesView.Row now = e.getValue();
            if (was == null || was.equals(now)) {
                continue;
            }
            ActionItem calloutBefore = find(before.meeting(), e.getKey());
            m = withAction(m, e.getKey(), a -> {
                boolean calloutKept = calloutBefore != null && calloutBefore.task().equals(a.task())
                        && calloutBefore.owners().equals(a.owners()) && Objects.equals(calloutBefore.due(), a.due());
                if (!calloutKept) {
                    return a;
                }
                String task = Objects.equals(was.task(), now.task()) || now.task() == null ? a.task() : now.task();
                List<String> owners = was.owners().equals(now.owners()) ? a.owners() : now.owners();
                return new ActionItem(a.id(), owners, task, Objects.equals(was.due(), now.due()) ? a.due() : now.due(),
                        a.status(), a.note());
            });
        }
        return m;
    }

    private static ActionItem find(Meeting m, String id) {
        return m.actionItems().stream().filter(a -> id.equals(a.id())).findFirst().orElse(null);
    }

    static Meeting withAction(Meeting m, String id, UnaryOperator<ActionItem> change) {
        return withAction(m, a -> id.equals(a.id()) ? change.apply(a) : a);
    }

    /** {@code m} with {@code one} applied to every action item, in file order (items depth first, then follow-ups). */
    static Meeting withAction(Meeting m, UnaryOperator<ActionItem> one) {
        List<AgendaItem> agenda = m.agenda().stream().map(i -> withAction(i, one)).toList();
        NextMeeting next = m.next() == null ? null : new NextMeeting(m.next().date(), m.next().time(),
                m.next().location(), m.next().followUps().stream().map(f -> new FollowUp(f.text(), f.tasks(),
                        f.actions().stream().map(one).toList())).toList(), m.next().proposedItems());
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(),
                m.approvedOn(), m.presiding(), m.recorder(), m.attendees(), agenda, next, m.updates());
    }

    private static AgendaItem withAction(AgendaItem i, UnaryOperator<ActionItem> one) {
        return new AgendaItem(i.title(), i.lang(), i.kind(), i.description(), i.presenter(), i.duration(),
                i.narrative(), i.narrativeLanguages(), i.decisions(), i.motions(),
                i.actions().stream().map(one).toList(), i.attachments(), i.minutesOf(), i.tasks(),
                i.items().stream().map(c -> withAction(c, one)).toList());
    }
}
