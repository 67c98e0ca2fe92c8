package dev.clerk.model.text;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.BodyDefaults;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda as a numbered outline ("I.", "II. A.", ...), in the body's numbering style.
 * Renderers that can number for themselves (Word's list numbering) use the levels; the others print the labels.
 *
 * @param entries every item, depth first
 */
public record Outline(List<Entry> entries) {
    /**
     * One numbered item.
     *
     * @param item   the agenda item
     * @param level  its depth, 0 for the top level
     * @param label  its label in the body's style, with the period: "II.", "A.", "1."
     * @param number its position among its siblings, from 1
     * @param path   the labels of its ancestors and itself, joined: "II.A."
     */
    public record Entry(AgendaItem item, int level, String label, int number, String path) {
    }

    public Outline {
        entries = List.copyOf(entries);
    }

    /** Numbers {@code agenda} with the styles of {@code defaults}. */
    public static Outline of(List<AgendaItem> agenda, BodyDefaults defaults) {
        List<Entry> entries = new ArrayList<>();
        add(entries, agenda, defaults, 0, "");
        return new Outline(entries);
    }

    private static void add(List<Entry> entries, List<AgendaItem> items, BodyDefaults defaults, int level, String prefix) {
        for (int i = 0; i < items.size(); i++) {
            String label = defaults.numberingAt(level).label(i + 1) + ".";
            AgendaItem item = items.get(i);
            entries.add(new Entry(item, level, label, i + 1, prefix + label));
            add(entries, item.items(), defaults, level + 1, prefix + label);
        }
    }

    /** The label that the item after the last top-level one would get (for a "Next Meeting" section). */
    public static String labelAfter(List<AgendaItem> agenda, BodyDefaults defaults) {
        return defaults.numberingAt(0).label(agenda.size() + 1) + ".";
    }
}
