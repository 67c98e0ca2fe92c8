package dev.clerk.model.agenda;

import dev.clerk.model.Body;
import dev.clerk.model.Notice;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import java.util.List;
import java.util.Optional;

/**
 * The notices a California public body prints on its agendas (Ralph M. Brown Act practice), for bodies whose
 * committee.yaml gives none: how to ask for a disability accommodation or an interpreter (at least 72 hours
 * before the meeting), and the public's right to comment.
 */
final class DefaultNotices {
    private DefaultNotices() {
    }

    static List<Notice> of(Body body) {
        if (!body.defaults().notices().isEmpty()) {
            return body.defaults().notices();
        }
        String contact = contact(body);
        return List.of(
                new Notice("Disability access", "To request a disability-related modification or accommodation,"
                        + " including auxiliary aids or services, to take part in this meeting, please contact "
                        + contact + " at least 72 hours before the meeting. Late requests will be honored if possible."),
                new Notice("Language interpretation", "To request an interpreter for a language other than English,"
                        + " including American Sign Language, please contact " + contact + " at least 72 hours before"
                        + " the meeting. Late requests will be honored if possible."),
                new Notice("Public comment", "Members of the public may comment on each item on this agenda before"
                        + " or while it is taken up, and on any matter within the jurisdiction of the " + body.name()
                        + " during general public comment. The chair may limit the time given to each speaker."));
    }

    /** The first staff member on the roster (with the email address when known), else the department. */
    private static String contact(Body body) {
        Optional<Person> staff = body.people().stream().filter(p -> p.role() == Role.STAFF).findFirst();
        if (staff.isPresent()) {
            Person p = staff.get();
            String who = p.name() + (p.affiliation() != null ? ", " + p.affiliation() + "," : "");
            return p.email() != null ? who + " at " + p.email() : who.endsWith(",") ? who.substring(0, who.length() - 1) : who;
        }
        return body.department() != null ? "the " + body.department() : "the staff of the " + body.name();
    }
}
