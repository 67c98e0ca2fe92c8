package dev.clerk.importer;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import java.util.LinkedHashMap;
import java.util.Map;

/** An imported meeting's action items as the owner forms tests compare them: each task with its owners. */
final class Owners {
    private Owners() {
    }

    /** Each action item's task with its owners as a list's text ("[Ann Lee]"), in the order the minutes give them. */
    static Map<String, String> byTask(Meeting m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ActionItem a : m.actionItems()) {
            out.put(a.task(), a.owners().toString());
        }
        return out;
    }
}
