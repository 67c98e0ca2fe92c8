package dev.clerk.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a build did with one target.
 *
 * @param target  the target
 * @param status  written, up to date, or failed
 * @param error   why it failed, or null
 * @param reason  why it was built (written or failed), or null when it was up to date
 * @param changed the inputs that changed while it was being built, as the build found them afterwards: the
 *                document may not reflect them, so it is not recorded as built and the next build makes it again
 */
public record Outcome(Target target, Status status, Exception error, Reason reason, List<Path> changed) {
    /** What became of a target. */
    public enum Status { WRITTEN, UP_TO_DATE, FAILED }

    /** Why a target was built rather than found up to date. */
    public enum Reason {
        /** The folder has no record of building it. */
        NEW,
        /** Something it is made from changed (by content), or the program did. */
        INPUTS_CHANGED,
        /** The build was told to make everything again. */
        FORCED,
        /** Its file is gone from the output folder. */
        MISSING,
        /** Its file is no longer the one the build wrote: damaged, truncated or replaced. */
        ALTERED
    }

    public Outcome {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        if ((status == Status.UP_TO_DATE) != (reason == null)) {
            throw new IllegalArgumentException("reason: given for what was built, and only then");
        }
        changed = List.copyOf(changed);
    }
}
