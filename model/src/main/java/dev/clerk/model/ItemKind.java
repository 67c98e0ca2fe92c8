package dev.clerk.model;

/** What an agenda item asks of the body. */
public enum ItemKind implements Named {
    INFORMATION, DISCUSSION, ACTION;

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
