package dev.clerk.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param timeZone   where its meetings take place, as an IANA zone ("America/Los_Angeles"), or null
 * @param email      how its mail is sent, or null
 * @param lists      its named distribution lists
 * @param allowOutside folders outside the committee folder whose files it may name (attachments, fonts), relative to
 *                   the committee folder or absolute; files are otherwise refused when they lead outside it
 */
public record Body(String name, String shortName, String parentBody, String department, String language,
                   List<Person> people, Quorum quorum, List<Group> groups, BodyDefaults defaults,
                   List<String> fonts, String timeZone, EmailSettings email, List<DistributionList> lists,
                   List<String> allowOutside) {
    public Body {
        name = Checks.required(name, "name");
        shortName = Checks.optional(shortName);
        parentBody = Checks.optional(parentBody);
        department = Checks.optional(department);
        language = language == null || language.isBlank() ? "en-US" : Checks.language(language, "language");
        people = Checks.list(people, "people");
        groups = Checks.list(groups, "groups");
        defaults = defaults == null ? BodyDefaults.none() : defaults;
        fonts = Checks.texts(fonts, "fonts");
        timeZone = Checks.optional(timeZone);
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("timeZone: '" + timeZone
                        + "' is not a time zone; use a name such as America/Los_Angeles");
            }
        }
        lists = Checks.list(lists, "lists");
        allowOutside = Checks.texts(allowOutside, "allowOutside");
        Map<String, Integer> listNames = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            Integer before = listNames.put(lists.get(i).name().toLowerCase(Locale.ROOT), i);
            if (before != null) {
                throw new IllegalArgumentException("lists[" + i + "]: the name '" + lists.get(i).name()
                        + "' is already used by lists[" + before + "]");
            }
        }
    }

    /** A body whose files are all inside its folder. */
    public Body(String name, String shortName, String parentBody, String department, String language,
                List<Person> people, Quorum quorum, List<Group> groups, BodyDefaults defaults,
                List<String> fonts, String timeZone, EmailSettings email, List<DistributionList> lists) {
        this(name, shortName, parentBody, department, language, people, quorum, groups, defaults, fonts, timeZone, email,
                lists, List.of());
    }

    /** A body without extra fonts, time zone, email settings or distribution lists. */
    public Body(String name, String shortName, String parentBody, String department, String language,
                List<Person> people, Quorum quorum, List<Group> groups, BodyDefaults defaults) {
        this(name, shortName, parentBody, department, language, people, quorum, groups, defaults, List.of(), null, null,
                null, List.of());
    }

    /** The zone of the body's meeting times, when it gives one. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    /** The distribution list with this name (case ignored). */
    public Optional<DistributionList> list(String name) {
        return lists.stream().filter(l -> l.name().equalsIgnoreCase(name.strip())).findFirst();
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
