package dev.clerk.model.io;

/** The kinds of file in a committee folder, each with its published schema. */
public enum FileKind {
    /** {@code committee.yaml}: the body. */
    COMMITTEE("committee.schema.json"),
    /** {@code meetings/YYYY-MM-DD.yaml}: one meeting. */
    MEETING("meeting.schema.json");

    private final String schemaFile;

    FileKind(String schemaFile) {
        this.schemaFile = schemaFile;
    }

    /** The schema's file name in {@code schema/}. */
    public String schemaFile() {
        return schemaFile;
    }
}
