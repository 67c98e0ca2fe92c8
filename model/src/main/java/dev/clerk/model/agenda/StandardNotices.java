package dev.clerk.model.agenda;

import dev.clerk.model.Body;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import java.util.Objects;

/**
 * The facts behind the notices a California public body prints on its agendas (Ralph M. Brown Act practice), for
 * bodies whose committee.yaml gives none: whom to contact for a disability accommodation or an interpreter (at
 * least 72 hours before the meeting), and whose jurisdiction public comment covers. Documents word them.
 *
 * @param staff      the first staff member on the roster, whom the public contacts, or null when there is none
 * @param staffIndex where that staff member is on the roster ({@code people[i]}), or -1 when there is none
 * @param department the department that staffs the body, contacted when there is no staff member; or null
 * @param body       the body's name: public comment covers its jurisdiction, and its staff are contacted when
 *                   neither a staff member nor a department is known
 */
public record StandardNotices(Person staff, int staffIndex, String department, String body) {
    public StandardNotices {
        Objects.requireNonNull(body, "body");
        if ((staff == null) != (staffIndex < 0)) {
            throw new IllegalArgumentException("staffIndex: " + staffIndex + " for " + (staff == null ? "no" : "a")
                    + " staff member");
        }
    }

    /** The notices' facts with no staff member to contact. */
    public StandardNotices(String department, String body) {
        this(null, -1, department, body);
    }

    /** The standard notices of {@code body}: its first staff member, its department and its name. */
    static StandardNotices of(Body body) {
        for (int i = 0; i < body.people().size(); i++) {
            if (body.people().get(i).role() == Role.STAFF) {
                return new StandardNotices(body.people().get(i), i, body.department(), body.name());
            }
        }
        return new StandardNotices(body.department(), body.name());
    }
}
