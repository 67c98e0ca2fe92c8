package dev.clerk.model;

import java.util.List;

/**
 * A named set of people that can own action items ("Group members", "Data working group").
 *
 * @param name        the name owners refer to
 * @param description what the group is, or null
 * @param members     the people in it by name; empty means every member of the body
 */
public record Group(String name, String description, List<String> members) {
    public Group {
        name = Checks.required(name, "name");
        description = Checks.optional(description);
        members = Checks.texts(members, "members");
    }

    /** Whether the group stands for the whole membership of the body. */
    public boolean isWholeBody() {
        return members.isEmpty();
    }
}
