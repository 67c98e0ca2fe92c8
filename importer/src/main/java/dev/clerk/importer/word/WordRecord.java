package dev.clerk.importer.word;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;

/**
 * What Clerk keeps inside the Word documents it makes so that they can be read back: which kind of document it is
 * and the meeting it was made from, as JSON (the shape of the meeting files).
 */
public final class WordRecord {
    /** Word minutes. */
    public static final String MINUTES = "minutes";
    /** A minutes form to fill in. */
    public static final String FORM = "form";

    private WordRecord() {
    }

    /** The record's data for {@code meeting}. */
    public static String data(Meeting meeting) {
        return ModelWriter.json(meeting);
    }
}
