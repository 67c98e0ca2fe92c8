package dev.clerk.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How minutes name a person without writing the full name: by title and surname ("Member Wasserman", "Cllr. O.
 * Williams", "Mr. Jim Soper"), by the office they hold ("the Chair", "the Clerk", "Our Chair") or by initials
 * ("JS"). A reference stands for someone
 * only when exactly one person known to the meeting fits it; two Wassermans, or a Chair no one is recorded as holding,
 * leave it standing for no one.
 */
public final class NameReference {
    /** Words that come before a name as a title or office and are not part of it. */
    private static final Set<String> TITLES = Set.of("mayor", "vice-mayor", "council", "president", "vice-president",
            "vice", "councilor", "councilors", "councillor", "councillors", "councilmember", "councilmembers",
            "commissioner", "commissioners", "chair", "chairs", "chairman", "chairwoman", "chairperson", "co-chair",
            "vice-chair", "secretary", "treasurer", "director", "directors", "supervisor", "supervisors", "trustee",
            "trustees", "alderman", "alderwoman", "alderperson", "member", "members", "board", "dr", "mr", "mrs",
            "ms", "mx", "miss", "sgt", "sergeant", "commander", "chief", "officer", "captain", "capt", "lt",
            "lieutenant", "deputy", "prof", "professor", "hon", "honorable", "city", "county", "manager",
            "recorder", "clerk", "attorney", "planner", "engineer", "staff", "representative", "rep", "senator",
            "delegate", "executive", "assistant", "planning", "commission", "administrator", "superintendent",
            "judge", "justice", "sheriff", "coordinator", "port", "selectman", "selectwoman", "selectboard",
            "engineers", "inspector", "auditor", "counsel", "solicitor", "cllr", "cllrs", "aldermen", "cr", "crs",
            "messrs");
    /** Courtesy titles, which say nothing of an office. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor",
            "messrs");
    /** Offices a meeting or roster records the holder of, as minutes name them ("the Chair", "Minute taker"). */
    private static final Map<String, Role> OFFICES = Map.ofEntries(Map.entry("chair", Role.CHAIR),
            Map.entry("chairman", Role.CHAIR), Map.entry("chairwoman", Role.CHAIR), Map.entry("chairperson", Role.CHAIR),
            Map.entry("chair person", Role.CHAIR), Map.entry("presiding officer", Role.CHAIR),
            Map.entry("vice chair", Role.VICE_CHAIR), Map.entry("vice-chair", Role.VICE_CHAIR),
            Map.entry("vice chairman", Role.VICE_CHAIR), Map.entry("vice-chairman", Role.VICE_CHAIR),
            Map.entry("vice chairperson", Role.VICE_CHAIR), Map.entry("vice-chairperson", Role.VICE_CHAIR),
            Map.entry("deputy chair", Role.VICE_CHAIR), Map.entry("clerk", Role.SECRETARY),
            Map.entry("secretary", Role.SECRETARY), Map.entry("recorder", Role.SECRETARY),
            Map.entry("minute taker", Role.SECRETARY), Map.entry("minute-taker", Role.SECRETARY),
            Map.entry("minutes secretary", Role.SECRETARY));

    /** An initial, or initials run together: "O.", "O", "A.J.". */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.?|(?:\\p{Lu}\\.){2,3}");

    /** Full names known, each once, in the order met: the roster, then the attendance. */
    private final List<String> people;
    /** Who holds each office, as far as the meeting and the roster say. */
    private final Map<Role, Set<String>> holders = new LinkedHashMap<>();
    /** The names of office holders as the meeting writes them, by canonical name (a chair who is not an attendee). */
    private final Map<String, String> officers = new LinkedHashMap<>();
    /** Who carries each title on the roster ("Treasurer" for the person whose {@code title} it is). */
    private final Map<String, Set<String>> titled = new LinkedHashMap<>();

    private NameReference(List<String> people) {
        this.people = List.copyOf(people);
    }

    /**
     * The people a meeting's minutes may refer to: the roster (when there is one) and the meeting's attendees, with
     * the offices they hold: the meeting's presiding officer and recorder, and the roles of roster and attendance.
     */
    public static NameReference among(Body roster, Meeting meeting) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<Holder> offices = new ArrayList<>();
        if (roster != null) {
            for (Person p : roster.people()) {
                byKey.putIfAbsent(Names.canonical(p.name()), p.name());
                offices.add(new Holder(p.role(), p.name()));
            }
        }
        if (meeting != null) {
            for (Attendee a : meeting.attendees()) {
                byKey.putIfAbsent(Names.canonical(a.name()), a.name());
                if (a.role() != null) {
                    offices.add(new Holder(a.role(), a.name()));
                }
            }
            if (meeting.presiding() != null) {
                offices.add(new Holder(Role.CHAIR, meeting.presiding()));
            }
            if (meeting.recorder() != null) {
                offices.add(new Holder(Role.SECRETARY, meeting.recorder()));
            }
        }
        NameReference reference = new NameReference(new ArrayList<>(byKey.values()));
        for (Holder h : offices) {
            reference.holders.computeIfAbsent(h.role(), r -> new LinkedHashSet<>()).add(Names.canonical(h.name()));
            reference.officers.putIfAbsent(Names.canonical(h.name()), h.name());
        }
        if (roster != null) {
            for (Person p : roster.people()) {
                if (p.title() != null) {
                    reference.titled.computeIfAbsent(fold(p.title()), t -> new LinkedHashSet<>())
                            .add(Names.canonical(p.name()));
                }
            }
        }
        return reference;
    }

    private record Holder(Role role, String name) {
    }

    /**
     * Whether {@code reference} names exactly one known person: by an office that one person is recorded as holding
     * ("the Chair", "Clerk"), or by a title followed by a surname, perhaps with initials or a first name before it
     * ("Member Wasserman", "Cllr. O. Williams", "Mr. Jim Soper"). A name without a title is not a reference: it is the
     * name itself, or no one's.
     */
    public boolean namesOnePerson(String reference) {
        return holderOf(reference) || person(reference).isPresent() || initialled(reference).isPresent();
    }

    /**
     * The one known person whose initials {@code reference} is ("JS" for John Smith), as action lists name owners;
     * empty when it is no two or three capitals, or no one or more than one has those initials.
     */
    public Optional<String> initialled(String reference) {
        String wanted = reference.strip();
        if (!wanted.matches("\\p{Lu}{2,3}")) {
            return Optional.empty();
        }
        String found = null;
        for (String name : people) {
            if (initialsOf(name).equals(wanted)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = name;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The initials of a full name: "JS" for John Smith, "AW" for Dr. Anna de Witt (titles and names in lower case
     * give no letter); empty for a name of one word.
     */
    public static String initialsOf(String name) {
        StringBuilder own = new StringBuilder();
        for (String w : name.strip().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !isTitle(w)) {
                own.appendCodePoint(w.codePointAt(0));
            }
        }
        return own.length() >= 2 ? own.toString() : "";
    }

    private boolean holderOf(String reference) {
        return holding(reference).size() == 1;
    }

    /** Everyone, by canonical name, recorded as holding the office or title {@code reference} names. */
    private Set<String> holding(String reference) {
        // "the Chair", "Our Chair": the office, whichever way the minutes point to it.
        String office = fold(reference).replaceFirst("^(?:the|our) ", "");
        Set<String> holding = new LinkedHashSet<>();
        Role role = OFFICES.get(office);
        if (role != null) {
            holding.addAll(holders.getOrDefault(role, Set.of()));
        }
        holding.addAll(titled.getOrDefault(office, Set.of()));
        return holding;
    }

    /**
     * The full name of the one person {@code reference} stands for: a known person's name as it is known, a title and
     * surname ({@link #person}), or an office one person is recorded as holding ("the Chair"); empty when it names no
     * one person (a group, a stranger, two Wassermans).
     */
    public Optional<String> resolve(String reference) {
        String key = Names.canonical(reference);
        Optional<String> known = people.stream().filter(n -> Names.canonical(n).equals(key)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        Optional<String> titledPerson = person(reference);
        if (titledPerson.isPresent()) {
            return titledPerson;
        }
        Set<String> holding = holding(reference);
        if (holding.size() != 1) {
            return Optional.empty();
        }
        String holder = holding.iterator().next();
        return Optional.of(people.stream().filter(n -> Names.canonical(n).equals(holder)).findFirst()
                .orElse(officers.getOrDefault(holder, holder)));
    }

    /**
     * The full name of the one known person that a title and surname stand for ("Member Wasserman" is Tony Wasserman
     * when no other Wasserman is known); empty when there is no title, no such person, or more than one.
     */
    public Optional<String> person(String reference) {
        String[] words = reference.strip().split("\\s+");
        int first = 0;
        while (first < words.length - 1 && isTitle(words[first])) {
            first++;
        }
        if (first == 0) {
            return Optional.empty();
        }
        List<String> given = List.of(words).subList(first, words.length - 1);
        String surname = fold(words[words.length - 1]);
        String found = null;
        for (String name : people) {
            if (fits(name, given, surname)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = name;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a full name has this surname and first names that the given initials or names fit. */
    private static boolean fits(String name, List<String> given, String surname) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (words.size() > 1 && isTitle(words.get(0))) {
            words.remove(0);
        }
        if (words.size() < 2 || !fold(words.get(words.size() - 1)).equals(surname)) {
            return false;
        }
        List<String> firstNames = words.subList(0, words.size() - 1).stream().map(NameReference::fold).toList();
        if (given.size() > firstNames.size()) {
            return false;
        }
        for (int i = 0; i < given.size(); i++) {
            String f = firstNames.get(i);
            // "O." or "O" is an initial; "Jim" is the first name itself.
            boolean initial = INITIAL.matcher(given.get(i)).matches();
            String g = fold(given.get(i));
            if (initial ? !f.startsWith(g.substring(0, 1)) : !f.equals(g)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word is a title or office written before a name ("Cllr.", "Member", "Chair", "Dr"), not part of it;
     * case and trailing dots or commas aside.
     */
    public static boolean isTitle(String word) {
        return TITLES.contains(bare(word));
    }

    /** Whether a word is a courtesy title ("Mr.", "Ms", "Dr."), which names no office. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(bare(word));
    }

    /** Every title word, in lower case and without dots. */
    public static Set<String> titles() {
        return TITLES;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
    }

    /** The comparable form of a name or word: no accents, lower case, single spaces, no dots. */
    private static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
    }
}
