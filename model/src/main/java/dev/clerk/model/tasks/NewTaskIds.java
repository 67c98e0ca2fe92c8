package dev.clerk.model.tasks;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.TaskUpdate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ids for the action items that have none: the meeting's date and a number ({@code 2017-03-27-9}), numbered on
 * from the highest number any id of that date has, so that an id in use (or referred to) is never given again.
 */
public final class NewTaskIds {
    /**
     * One id to write.
     *
     * @param meeting the meeting the action item is in
     * @param path    the action item's field path in the meeting file ({@code agenda[1].actions[0]})
     * @param id      the id it gets
     */
    public record NewId(Meeting meeting, String path, String id) {
        public NewId {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(id, "id");
        }
    }

    private NewTaskIds() {
    }

    /** The ids to give, in file order, for every action item without one in {@code meetings}. */
    public static List<NewId> plan(List<Meeting> meetings) {
        Set<String> used = new HashSet<>();
        for (Meeting m : meetings) {
            m.actionItems().forEach(a -> {
                if (a.id() != null) {
                    used.add(a.id());
                }
            });
            m.updates().stream().map(TaskUpdate::task).forEach(used::add);
            m.allItems().map(AgendaItem::tasks).forEach(used::addAll);
            if (m.next() != null) {
                m.next().followUps().stream().map(FollowUp::tasks).forEach(used::addAll);
            }
        }
        List<NewId> out = new ArrayList<>();
        for (Meeting m : meetings) {
            String prefix = m.date() + "-";
            int next = highest(used, prefix) + 1;
            for (Assignments.Assigned a : Assignments.of(m, BodyDefaults.none())) {
                if (a.item().id() != null) {
                    continue;
                }
                String id;
                do {
                    id = prefix + next++;
                } while (used.contains(id));
                used.add(id);
                out.add(new NewId(m, a.path(), id));
            }
        }
        return out;
    }

    private static int highest(Set<String> ids, String prefix) {
        int max = 0;
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                String rest = id.substring(prefix.length());
                if (rest.matches("[0-9]{1,9}")) {
                    max = Math.max(max, Integer.parseInt(rest));
                }
            }
        }
        return max;
    }
}
