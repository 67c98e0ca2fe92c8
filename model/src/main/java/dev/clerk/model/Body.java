package dev.clerk.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A committee, task force, council or board: who it is, who is on it, and how it usually meets.
 *
 * @param name       the body's full name
 * @param shortName  an abbreviation for headers and file names ("SWTPIC"), or null
 * @param parentBody the body this one reports to, or null
 * @param department the department that staffs the body, or null
 * @param language   the language of its documents as a BCP 47 tag; en-US when not given
 * @param people     the roster
 * @param quorum     the quorum rule, or null when the body has none
 * @param groups     named groups that can own action items
 * @param defaults   how its meetings usually look
 * @param fonts      font files, relative to the committee folder, for characters the default font lacks (CJK,
 *                   other scripts); tried in order. "FILE.ttc,N" picks the N-th font of a collection
 */
public record Body(String name, String shortName, String parentBody, String department, String language,
                   List<Person> people, Quorum quorum, List<Group> groups, BodyDefaults defaults, List<String> fonts) {
    public Body {
        name = Checks.required(name, "name");
        shortName = Checks.optional(shortName);
        parentBody = Checks.optional(parentBody);
        department = Checks.optional(department);
        language = language == null || language.isBlank() ? "en-US" : language.strip();
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language: '" + language + "' is not a language tag such as en-US");
        }
        people = Checks.list(people, "people");
        groups = Checks.list(groups, "groups");
        defaults = defaults == null ? BodyDefaults.none() : defaults;
        fonts = Checks.texts(fonts, "fonts");
    }

    /** A body that names no extra fonts. */
    public Body(String name, String shortName, String parentBody, String department, String language,
                List<Person> people, Quorum quorum, List<Group> groups, BodyDefaults defaults) {
        this(name, shortName, parentBody, department, language, people, quorum, groups, defaults, List.of());
    }

    /** The person on the roster with this name (case and spacing ignored). */
    public Optional<Person> person(String name) {
        return people.stream().filter(p -> Names.same(p.name(), name)).findFirst();
    }

    /** The group with this name (case and spacing ignored). */
    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> Names.same(g.name(), name)).findFirst();
    }

    /** The voting members on the roster. */
    public List<Person> members() {
        return people.stream().filter(Person::isMember).toList();
    }
}
