package dev.clerk.model;

/** Where an action item stands; {@link #DONE} and {@link #DROPPED} close it. */
public enum TaskStatus implements Named {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    /** Whether a task with this status no longer needs following. */
    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
