package dev.clerk.mail;

import java.util.List;

/**
 * What a run did, recipient by recipient, in the order of the lists.
 *
 * @param outcomes one per recipient
 */
public record SendReport(List<Outcome> outcomes) {
    public SendReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether every recipient has the message, from this run or an earlier one. */
    public boolean complete() {
        return outcomes.stream().allMatch(Outcome::delivered);
    }

    /** How many recipients ended with this status. */
    public long count(Outcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
