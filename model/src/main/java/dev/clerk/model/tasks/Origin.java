package dev.clerk.model.tasks;

import dev.clerk.model.text.Wording;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where an action item was assigned: the meeting, and the numbered part of its minutes.
 * A task restated by a numbered follow-up ("3) Minouche will email ...") is one task; the follow-ups that
 * restate it are listed so that a reader can find both places.
 *
 * @param meeting    the date of the meeting that assigned it
 * @param special    whether that meeting was a special one
 * @param label      the item's number in the body's style ("II.A."), or the next-meeting section's ("IV.")
 * @param title      the item's title, or "Next Meeting" for a task assigned in a follow-up
 * @param followUp   the number of the follow-up that assigned it, or null when an agenda item did
 * @param restatedIn the numbers of the follow-ups that restate it, in order
 * @param field      where the action item is in its meeting file ({@code agenda[1].items[0].actions[0]}), or null
 */
public record Origin(LocalDate meeting, boolean special, String label, String title, Integer followUp,
                     List<Integer> restatedIn, String field) {
    /** The title given to tasks assigned in the next-meeting section. */
    public static final String NEXT_MEETING = "Next Meeting";

    public Origin {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        restatedIn = List.copyOf(restatedIn);
    }

    /** An origin whose place in the meeting file is not known. */
    public Origin(LocalDate meeting, boolean special, String label, String title, Integer followUp,
                  List<Integer> restatedIn) {
        this(meeting, special, label, title, followUp, restatedIn, null);
    }

    /** "II.A. Check in on the policy (also follow-up 3)", or "IV. Next Meeting, follow-up 2". */
    public String reference() {
        StringBuilder sb = new StringBuilder(label).append(' ').append(title);
        if (followUp != null) {
            sb.append(", follow-up ").append(followUp);
        }
        if (!restatedIn.isEmpty()) {
            sb.append(" (also follow-up").append(restatedIn.size() == 1 ? " " : "s ")
                    .append(Wording.names(restatedIn.stream().map(String::valueOf).toList())).append(')');
        }
        return sb.toString();
    }

    /** "March 27, 2017, II.A. Check in on the policy (also follow-up 3)". */
    public String describe() {
        return Wording.date(meeting) + ", " + reference();
    }
}
