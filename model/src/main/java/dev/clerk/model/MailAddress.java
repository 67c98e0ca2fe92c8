package dev.clerk.model;

import java.util.regex.Pattern;

/**
 * An email address with the name shown beside it ("Minouche Kandel &lt;minouche.kandel@example.org&gt;").
 *
 * @param name  the display name, or null
 * @param email the address itself
 */
public record MailAddress(String name, String email) {
    /** The form the schema accepts: one {@code @}, a dot in the domain, no spaces. */
    static final Pattern FORM = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public MailAddress {
        name = Checks.optional(name);
        email = checkEmail(email, "email");
    }

    /** Checks the form of an address; the message names {@code field} and the bad value. */
    static String checkEmail(String email, String field) {
        email = Checks.required(email, field);
        if (!FORM.matcher(email).matches() || email.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": '" + email + "' is not an email address");
        }
        return email;
    }
}
