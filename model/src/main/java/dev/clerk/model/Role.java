package dev.clerk.model;

/** The part a person plays in the body or at a meeting. */
public enum Role implements Named {
    CHAIR, VICE_CHAIR, MEMBER, ALTERNATE, EX_OFFICIO, SECRETARY, STAFF, GUEST;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
