package dev.clerk.model.agenda;

import java.util.Objects;

/**
 * The facts at the head of a body's documents.
 *
 * @param body       the body's full name
 * @param shortName  its abbreviation, or null
 * @param parentBody the body it reports to, or null
 * @param department the department that staffs it, or null
 */
public record Letterhead(String body, String shortName, String parentBody, String department) {
    public Letterhead {
        Objects.requireNonNull(body, "body");
    }
}
