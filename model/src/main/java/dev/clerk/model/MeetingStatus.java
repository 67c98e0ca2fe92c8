package dev.clerk.model;

/** Whether a meeting's minutes are still a draft or have been approved. */
public enum MeetingStatus implements Named {
    DRAFT, APPROVED;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
