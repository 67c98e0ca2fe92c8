package dev.clerk.model;

/** Whether a person was present at a meeting. */
public enum AttendanceStatus implements Named {
    PRESENT, ABSENT, EXCUSED;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
