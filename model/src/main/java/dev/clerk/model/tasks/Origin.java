package dev.clerk.model.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where an action item was assigned: the meeting, and the numbered part of its minutes.
 * A task restated by a numbered follow-up ("3) Minouche will email ...") is one task; the follow-ups that
 * restate it are listed so that a reader can find both places. Documents word it ("March 27, 2017, II.A. Check in
 * on the policy (also follow-up 3)", "IV. Next Meeting, follow-up 2").
 *
 * @param meeting    the date of the meeting that assigned it
 * @param special    whether that meeting was a special one
 * @param label      the item's number in the body's style ("II.A."), or the next-meeting section's ("IV.")
 * @param title      the item's title, or null for a task assigned in a follow-up of the next-meeting section
 * @param followUp   the number of the follow-up that assigned it, or null when an agenda item did
 * @param restatedIn the numbers of the follow-ups that restate it, in order
 * @param field      where the action item is in its meeting file ({@code agenda[1].items[0].actions[0]}), or null
 */
public record Origin(LocalDate meeting, boolean special, String label, String title, Integer followUp,
                     List<Integer> restatedIn, String field) {
    public Origin {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(label, "label");
        if ((title == null) == (followUp == null)) {
            throw new IllegalArgumentException("title: an agenda item's task has its title, a follow-up's none");
        }
        if (followUp != null && followUp < 1) {
            throw new IllegalArgumentException("followUp: " + followUp + " is not a follow-up number");
        }
        restatedIn = List.copyOf(restatedIn);
    }

    /** An origin whose place in the meeting file is not known. */
    public Origin(LocalDate meeting, boolean special, String label, String title, Integer followUp,
                  List<Integer> restatedIn) {
        this(meeting, special, label, title, followUp, restatedIn, null);
    }

    /** Whether a follow-up of the next-meeting section assigned the task (rather than an agenda item). */
    public boolean isFollowUp() {
        return followUp != null;
    }
}
