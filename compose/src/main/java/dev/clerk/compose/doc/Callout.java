package dev.clerk.compose.doc;

import java.util.Objects;

/**
 * An outcome of an item set off from its narrative, so that a reader skimming for what was decided finds it:
 * "Motion: ...", "Decision: ...", "Action 2: ...".
 *
 * @param kind  what kind of outcome
 * @param label its label with the colon ("Action 2:")
 * @param text  the outcome
 */
public record Callout(Kind kind, String label, Text text) implements Block {
    /** The kinds of outcome. */
    public enum Kind {
        /** A motion put to the body, with its mover and result. */
        MOTION,
        /** A decision. */
        DECISION,
        /** An action item. */
        ACTION
    }

    public Callout {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
