package dev.clerk.model;

/**
 * How many members must be present for the body to act.
 *
 * @param kind  a majority of the members on the roster, or a fixed count
 * @param count the fixed count, required when {@code kind} is {@link QuorumKind#COUNT}
 */
public record Quorum(QuorumKind kind, Integer count) {
    public Quorum {
        kind = kind == null ? (count == null ? QuorumKind.MAJORITY : QuorumKind.COUNT) : kind;
        if (kind == QuorumKind.COUNT && (count == null || count < 1)) {
            throw new IllegalArgumentException("count: a count quorum needs a count of at least 1, was " + count);
        }
        if (kind == QuorumKind.MAJORITY && count != null) {
            throw new IllegalArgumentException("count: a majority quorum takes no count, was " + count);
        }
        Checks.upTo(count, Checks.MAX_COUNT, "count");
    }

    /** The number of members that makes a quorum, given how many seats the roster has. */
    public int required(int members) {
        return kind == QuorumKind.COUNT ? count : members / 2 + 1;
    }
}
