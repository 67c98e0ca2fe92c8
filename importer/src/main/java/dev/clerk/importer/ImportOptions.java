package dev.clerk.importer;

import dev.clerk.model.Body;
import java.time.LocalDate;

/**
 * How to import: against which roster, and with which date when the minutes give none.
 *
 * @param roster the body whose people and groups owners and attendees are matched to, or null
 * @param date   the meeting date to use when the document states none, or null
 */
public record ImportOptions(Body roster, LocalDate date) {
    /** No roster, no date given. */
    public static ImportOptions none() {
        return new ImportOptions(null, null);
    }
}
