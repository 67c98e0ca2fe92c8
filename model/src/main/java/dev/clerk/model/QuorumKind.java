package dev.clerk.model;

/** How the quorum of a body is counted. */
public enum QuorumKind implements Named {
    MAJORITY, COUNT;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
