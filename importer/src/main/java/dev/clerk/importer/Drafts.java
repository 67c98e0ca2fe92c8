package dev.clerk.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The importer's working copies of agenda items, action items and follow-ups, before names are resolved. */
final class Drafts {
    private Drafts() {
    }

    static final class Item {
        final String title;
        final int line;
        final List<String> narrative = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();
        final List<MotionRecognizer.Found> motions = new ArrayList<>();
        final List<Action> actions = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        /** Who presented the item, as written; null when the minutes do not say. */
        String presenter;
        /** The minutes its time slot lasted; null when not given. */
        Integer duration;

        Item(String title, int line) {
            this.title = title;
            this.line = line;
        }
    }

    static final class Action {
        final ActionItemRecognizer.Found found;
        final String context;
        final List<String> owners = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        LocalDate due;
        String dueNote;
        /** A due date given in its own column or field, rather than in the task's words; null when none. */
        String dueText;
        /** Whether the owner was given in its own column or field ("Who", "Owner:"), not read from a sentence. */
        boolean stated;
        String id;

        Action(ActionItemRecognizer.Found found, String context) {
            this.found = found;
            this.context = context;
        }
    }

    static final class FollowUp {
        final String text;
        final List<Action> candidates = new ArrayList<>();
        final List<Action> actions = new ArrayList<>();
        final List<Action> restated = new ArrayList<>();

        FollowUp(String text) {
            this.text = text;
        }
    }
}
