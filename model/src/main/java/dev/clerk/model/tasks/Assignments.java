package dev.clerk.model.tasks;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.text.Outline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The action items of one meeting, in the order of {@link Meeting#actionItems()}, with field path and origin. */
final class Assignments {
    /** One action item: where it is in the file, and where in the minutes. */
    record Assigned(String path, ActionItem item, Origin origin) {
    }

    private Assignments() {
    }

    static List<Assigned> of(Meeting meeting, BodyDefaults defaults) {
        Map<AgendaItem, Outline.Entry> labels = new IdentityHashMap<>();
        for (Outline.Entry e : Outline.of(meeting.agenda(), defaults).entries()) {
            labels.put(e.item(), e);
        }
        Map<String, List<Integer>> restated = new LinkedHashMap<>();
        List<FollowUp> followUps = meeting.next() == null ? List.of() : meeting.next().followUps();
        for (int f = 0; f < followUps.size(); f++) {
            for (String id : followUps.get(f).tasks()) {
                List<Integer> numbers = restated.computeIfAbsent(id, k -> new ArrayList<>());
                if (!numbers.contains(f + 1)) {
                    numbers.add(f + 1);
                }
            }
        }
        boolean special = meeting.kind() == MeetingKind.SPECIAL;
        List<Assigned> out = new ArrayList<>();
        for (int i = 0; i < meeting.agenda().size(); i++) {
            walk(meeting, "agenda[" + i + "]", meeting.agenda().get(i), labels, restated, special, out);
        }
        String nextLabel = Outline.labelAfter(meeting.agenda(), defaults);
        for (int f = 0; f < followUps.size(); f++) {
            List<ActionItem> actions = followUps.get(f).actions();
            for (int k = 0; k < actions.size(); k++) {
                ActionItem a = actions.get(k);
                List<Integer> also = new ArrayList<>(restatedOf(a, restated));
                also.remove(Integer.valueOf(f + 1));
                out.add(new Assigned("next.followUps[" + f + "].actions[" + k + "]", a,
                        new Origin(meeting.date(), special, nextLabel, null, f + 1, also,
                                "next.followUps[" + f + "].actions[" + k + "]")));
            }
        }
        return out;
    }

    private static void walk(Meeting meeting, String path, AgendaItem item, Map<AgendaItem, Outline.Entry> labels,
                             Map<String, List<Integer>> restated, boolean special, List<Assigned> out) {
        Outline.Entry entry = labels.get(item);
        for (int k = 0; k < item.actions().size(); k++) {
            ActionItem a = item.actions().get(k);
            out.add(new Assigned(path + ".actions[" + k + "]", a, new Origin(meeting.date(), special, entry.path(),
                    item.title(), null, restatedOf(a, restated), path + ".actions[" + k + "]")));
        }
        for (int i = 0; i < item.items().size(); i++) {
            walk(meeting, path + ".items[" + i + "]", item.items().get(i), labels, restated, special, out);
        }
    }

    private static List<Integer> restatedOf(ActionItem a, Map<String, List<Integer>> restated) {
        return a.id() == null ? List.of() : restated.getOrDefault(a.id(), List.of());
    }
}
