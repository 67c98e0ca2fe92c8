package dev.clerk.build;

import java.util.Objects;

/**
 * A document (or a meeting's documents) that cannot be built because a file it depends on has errors.
 * Its previous output, if any, is left as it was.
 *
 * @param what   the output's file name, or the meeting file whose documents are all blocked
 * @param reason why, as a sentence fragment: "not built: meetings/2017-04-24.yaml has errors"
 */
public record Blocked(String what, String reason) {
    public Blocked {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return what + ": " + reason;
    }
}
