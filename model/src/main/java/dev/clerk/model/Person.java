package dev.clerk.model;

import java.time.LocalDate;

/**
 * Someone on the body's roster.
 *
 * @param name        the full name, as it should be printed
 * @param lang        the language the name is written in, as a BCP 47 tag ("ar"), when it is not the documents'
 *                    language; null to tell it from the script
 * @param affiliation the organisation the person represents, or null
 * @param role        the person's role in the body
 * @param title       an honorific or office printed with the name ("Councilor", "Commander"), or null
 * @param email       the address that receives the body's mail, or null
 * @param termStart   the first day of the person's term, or null
 * @param termEnd     the last day of the person's term, or null
 */
public record Person(String name, String lang, String affiliation, Role role, String title, String email,
                     LocalDate termStart, LocalDate termEnd) {
    public Person {
        name = Checks.required(name, "name");
        lang = Checks.language(lang, "lang");
        affiliation = Checks.optional(affiliation);
        role = role == null ? Role.MEMBER : role;
        title = Checks.optional(title);
        email = Checks.optional(email);
        if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
            throw new IllegalArgumentException("termEnd: " + termEnd + " is before termStart " + termStart);
        }
    }

    /** Someone whose name is in the documents' language or in a script that tells its language. */
    public Person(String name, String affiliation, Role role, String title, String email, LocalDate termStart,
                  LocalDate termEnd) {
        this(name, null, affiliation, role, title, email, termStart, termEnd);
    }

    /** Whether this person votes: members, alternates, chairs and vice-chairs, not staff or guests. */
    public boolean isMember() {
        return switch (role) {
            case CHAIR, VICE_CHAIR, MEMBER, ALTERNATE, SECRETARY -> true;
            case EX_OFFICIO, STAFF, GUEST -> false;
        };
    }
}
