package dev.clerk.model.io;

/** How serious a problem is: errors stop a document from being made, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
