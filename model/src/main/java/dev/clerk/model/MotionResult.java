package dev.clerk.model;

/** What became of a motion. */
public enum MotionResult implements Named {
    PASSED, FAILED, WITHDRAWN, TABLED;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
