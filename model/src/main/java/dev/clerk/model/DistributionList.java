package dev.clerk.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A named set of recipients ({@code clerk send --to members}), drawn from the roster by role, by name or by group,
 * plus addresses outside the roster.
 *
 * @param name        the name used on the command line: letters, digits, hyphens
 * @param description who is on it, or null
 * @param roles       everyone on the roster with one of these roles
 * @param people      people on the roster, by name
 * @param groups      the body's groups, by name; a group without members stands for every voting member
 * @param external    addresses of people not on the roster, each with a name
 */
public record DistributionList(String name, String description, List<Role> roles, List<String> people,
                               List<String> groups, List<MailAddress> external) {
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]*$");

    public DistributionList {
        name = Checks.required(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: '" + name
                    + "' must be one word of letters, digits and hyphens, such as members or interested-public");
        }
        description = Checks.optional(description);
        roles = Checks.list(roles, "roles");
        people = Checks.texts(people, "people");
        groups = Checks.texts(groups, "groups");
        external = Checks.list(external, "external");
        for (int i = 0; i < external.size(); i++) {
            if (external.get(i).name() == null) {
                throw new IllegalArgumentException("external[" + i + "]: give the name of '" + external.get(i).email() + "'");
            }
        }
        if (roles.isEmpty() && people.isEmpty() && groups.isEmpty() && external.isEmpty()) {
            throw new IllegalArgumentException("name: list '" + name + "' names nobody; give roles, people, groups or external");
        }
    }
}
