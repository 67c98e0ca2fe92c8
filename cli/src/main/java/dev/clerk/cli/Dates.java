package dev.clerk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates given on the command line, YYYY-MM-DD. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": '" + value + "' is not a date; write it as YYYY-MM-DD, such as 2017-05-22");
        }
    }
}
