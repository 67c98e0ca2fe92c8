package dev.clerk.model.build;

/**
 * What a build did with one target.
 *
 * @param target the target
 * @param status written, up to date, or failed
 * @param error  why it failed, or null
 */
public record Outcome(Target target, Status status, Exception error) {
    /** What became of a target. */
    public enum Status { WRITTEN, UP_TO_DATE, FAILED }
}
