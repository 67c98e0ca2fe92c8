package dev.clerk.model;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A body and its meetings, oldest first.
 *
 * @param body     the body
 * @param meetings its meetings, sorted by date
 */
public record Committee(Body body, List<Meeting> meetings) {
    public Committee {
        Objects.requireNonNull(body, "body");
        meetings = Checks.list(meetings, "meetings").stream()
                .sorted(Comparator.comparing(Meeting::date).thenComparing(m -> m.start() == null ? LocalTime.MIN : m.start()))
                .toList();
    }
}
