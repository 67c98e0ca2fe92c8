package dev.clerk.importer;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.ArrayList;
import java.util.List;

/** An imported meeting's agenda tree as the forms tests compare it: one title a line, indented two spaces a level. */
final class Outline {
    private Outline() {
    }

    /**
     * The titles of the meeting's items and their sub-items, in order. The preamble the importer adds to keep the lines
     * above the first section is no section of the minutes, and is left out.
     */
    static List<String> of(Meeting m) {
        List<String> out = new ArrayList<>();
        m.agenda().stream().filter(i -> !i.title().equals(LineKeeper.PREAMBLE)).forEach(i -> add(i, "", out));
        return out;
    }

    private static void add(AgendaItem item, String indent, List<String> out) {
        out.add(indent + item.title());
        item.items().forEach(c -> add(c, indent + "  ", out));
    }
}
