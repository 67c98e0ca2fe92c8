package dev.clerk.compose;

import dev.clerk.compose.doc.Document;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every document the composition tests and the painters' parity tests look at: for each committee folder of the
 * worked example and the fixtures, each meeting's minutes (when it has minutes) and agenda, and the committee's
 * open-task list going into its last meeting. Paths are relative to any module folder.
 */
public final class Compositions {
    /** The committee folders, by path from a module folder. */
    public static final List<Path> FOLDERS = List.of(
            Path.of("..", "examples", "swtpic"),
            Path.of("..", "model", "src", "test", "resources", "fixtures", "rivergrove"),
            Path.of("..", "model", "src", "test", "resources", "history"),
            Path.of("..", "compose", "src", "test", "resources", "fixtures", "harbor"));

    /**
     * One composed document.
     *
     * @param name     a file-name-like name: "swtpic-2017-03-27-minutes"
     * @param document the document
     */
    public record Case(String name, Document document) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Compositions() {
    }

    /**
     * The minutes form of every meeting of the example and the fixtures that has an agenda and no minutes yet, in a
     * stable order.
     */
    public static List<Case> forms() {
        List<Case> out = new ArrayList<>();
        for (Path folder : FOLDERS) {
            Committee committee = read(folder);
            for (Meeting m : committee.meetings()) {
                if (!m.hasMinutes() && !m.agenda().isEmpty()) {
                    out.add(new Case(folder.getFileName() + "-" + m.date()
                            + (m.kind() == dev.clerk.model.MeetingKind.SPECIAL ? "-special" : "") + "-form",
                            FormComposer.compose(committee, m)));
                }
            }
        }
        return out;
    }

    private static Committee read(Path folder) {
        try {
            return CommitteeFolder.read(folder);
        } catch (InputException e) {
            throw new IllegalStateException(folder + ": " + e.getMessage(), e);
        }
    }

    /** Every case, in a stable order. */
    public static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (Path folder : FOLDERS) {
            Committee committee;
            try {
                committee = CommitteeFolder.read(folder);
            } catch (InputException e) {
                throw new IllegalStateException(folder + ": " + e.getMessage(), e);
            }
            String name = folder.getFileName().toString();
            for (Meeting m : committee.meetings()) {
                String key = name + "-" + m.date() + (m.kind() == dev.clerk.model.MeetingKind.SPECIAL ? "-special" : "");
                if (m.hasMinutes()) {
                    out.add(new Case(key + "-minutes", MinutesComposer.compose(committee, m)));
                }
                out.add(new Case(key + "-agenda", AgendaComposer.compose(Agenda.of(committee, m))));
            }
            Meeting last = committee.meetings().get(committee.meetings().size() - 1);
            out.add(new Case(name + "-tasks", TaskListComposer.compose(committee.body(),
                    TaskLedger.of(committee).list(TaskQuery.goingInto(last.date())))));
        }
        return out;
    }
}
