package dev.clerk.model;

/** Whether a meeting is a regular or a special one. */
public enum MeetingKind implements Named {
    REGULAR, SPECIAL;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
