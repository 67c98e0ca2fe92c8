package dev.clerk.importer;

import dev.clerk.model.Body;
import dev.clerk.model.Group;
import dev.clerk.model.NameReference;
import dev.clerk.model.Person;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches the names the minutes use ("Alix", "Councilor Tuttle", "Çağıl Uluşahin Sonmez") to the people known:
 * the meeting's attendees and the roster. A full name matches as written (accents and case aside); a first or
 * last name alone matches when exactly one person has it, and the match is reported as a guess.
 */
final class NameIndex {
    /** Words that come before a name as a title or office and are not part of it: the model's, so that the check agrees. */
    static final Set<String> TITLES = NameReference.titles();
    static final String GROUP_MEMBERS = "Group members";
    /**
     * A call sign or member number written after a name: "Kent KA0LDG", "Ann Lee (W1ABC)"; radio clubs write each
     * member's so. A regular expression, for the recognisers' name patterns.
     */
    static final String CALL_SIGN = "\\(?\\p{Lu}[\\p{Lu}\\d]{0,3}\\d[\\p{Lu}\\d]{0,5}\\)?(?![\\p{L}\\d])";
    private static final Pattern TRAILING_CALL_SIGN = Pattern.compile("\\s" + CALL_SIGN + "$");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:whole\\s+|entire\\s+)?(?:group|group members|members|committee|committee members"
                    + "|board members|all members|everyone|all|task force members|subcommittee)$");

    private static final Pattern THE_GROUP = Pattern.compile("(?i)(?:the\\s+)?(?:whole\\s+|entire\\s+)?(?:group|group members)");

    private final Map<String, String> people = new LinkedHashMap<>();
    private final List<String> groups = new ArrayList<>();
    /** The short forms the attendance gives in brackets ("Pu Chen - Netflix (PUC)"), by the short form. */
    private final Map<String, String> shortForms = new LinkedHashMap<>();

    NameIndex(Body roster) {
        if (roster != null) {
            for (Person p : roster.people()) {
                people.putIfAbsent(fold(p.name()), p.name());
            }
            for (Group g : roster.groups()) {
                groups.add(g.name());
            }
        }
    }

    void add(String name) {
        people.putIfAbsent(fold(name), name);
        // "Dr. Jane Roe" is also "Jane Roe" when the minutes name her without the title.
        String[] words = name.strip().split("\\s+");
        if (words.length > 2 && isCourtesyTitle(words[0])) {
            people.putIfAbsent(fold(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length))), name);
        }
    }

    /**
     * An attendee's name, and the nickname written in brackets after it ("Carter Anderson (Cart)"), so that the
     * minutes' later "Cart" stands for them: one capitalised word, no office or organisation, starting with the
     * first name's letter.
     */
    void add(dev.clerk.model.Attendee attendee) {
        add(attendee.name());
        String note = attendee.note() == null ? "" : attendee.note().strip();
        String first = attendee.name().strip().split("\\s+")[0];
        for (String part : note.split("\\s*;\\s*")) {
            if (AttendanceParser.isOwnInitials(attendee.name(), part, true)) {
                // "SFC" for Shane Carr: the dialogue and the action items name her so.
                shortForms.merge(part, attendee.name(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        if (note.matches("\\p{Lu}\\p{Ll}+") && first.length() > note.length() - 1 && !first.equals(note)
                && first.codePointAt(0) == note.codePointAt(0) && !TITLES.contains(note.toLowerCase(Locale.ROOT))
                && !ORG_WORDS.contains(note.toLowerCase(Locale.ROOT)) && attendee.name().strip().contains(" ")) {
            people.putIfAbsent(fold(note), attendee.name());
        }
    }

    /** "Mr.", "Ms", "Dr.": a courtesy title, which attendance keeps with the name (the model has no place for it). */
    static boolean isCourtesyTitle(String word) {
        return NameReference.isHonorific(word);
    }

    boolean knows(String name) {
        return people.containsKey(fold(name));
    }

    /** A name resolved: the name to write, and whether it was guessed from a partial or spelled-differently one. */
    record Resolved(String name, boolean guessed) {
    }

    /** The person or group {@code mention} stands for, or null when it is no one known. */
    /** A user name that runs a person's names together in their capitals: "AnnLee", "BillMcCoy". */
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)+");

    /**
     * The one listed person that {@code bare} names with the spaces left out or put in: "Ann Lee" for a list's user
     * name "AnnLee", or "AnnLee" for a listed "Ann Lee". Only a name run together in its capitals, of two words or
     * more spelled out, is the same person: "Annlee" and "Ann" are not.
     */
    private String joinedSpelling(String bare, String key) {
        String spaced = bare.strip();
        String solid = key.replace(" ", "");
        String found = null;
        for (Map.Entry<String, String> e : people.entrySet()) {
            String listed = e.getValue().strip();
            boolean hit = spaced.contains(" ") ? RUN_TOGETHER.matcher(listed).matches() && e.getKey().equals(solid)
                    : RUN_TOGETHER.matcher(spaced).matches() && e.getKey().contains(" ")
                            && e.getKey().replace(" ", "").equals(solid);
            if (hit) {
                if (found != null && !found.equals(listed)) {
                    return null;
                }
                found = listed;
            }
        }
        return found;
    }

    Resolved resolve(String mention) {
        String bare = stripTitles(mention);
        if (bare.isEmpty()) {
            return null;
        }
        if (COLLECTIVE.matcher(bare).matches() || COLLECTIVE.matcher(mention.strip()).matches()) {
            for (String g : groups) {
                if (g.equalsIgnoreCase(GROUP_MEMBERS) || g.toLowerCase(Locale.ROOT).contains("member")) {
                    return new Resolved(g, !mention.strip().equalsIgnoreCase(g));
                }
            }
            // With no roster group, "the group" is the committee template's "Group members"; "All members",
            // "Everyone" and "the committee" stay as the minutes name them.
            return THE_GROUP.matcher(mention.strip()).matches()
                    ? new Resolved(GROUP_MEMBERS, !mention.strip().equalsIgnoreCase(GROUP_MEMBERS)) : null;
        }
        for (String g : groups) {
            if (fold(g).equals(fold(bare)) || fold(g).equals(fold(mention))) {
                return new Resolved(g, false);
            }
        }
        String key = fold(bare);
        String exact = people.get(key);
        if (exact != null) {
            boolean sameSpelling = exact.equals(bare) || exact.equalsIgnoreCase(bare);
            return new Resolved(exact, !sameSpelling);
        }
        String joined = joinedSpelling(bare, key);
        if (joined != null) {
            return new Resolved(joined, true);
        }
        String[] words = key.split(" ");
        String match = null;
        int count = 0;
        for (Map.Entry<String, String> e : people.entrySet()) {
            String[] pw = e.getKey().split(" ");
            boolean hit;
            if (words.length == 1) {
                hit = pw[0].equals(words[0]) || pw[pw.length - 1].equals(words[0]);
            } else {
                // "Alan Guttierez" vs "Alan Guttirez" do not match; "Jan Power" matches "Jan Power" only.
                hit = pw.length > words.length && pw[0].equals(words[0]) && pw[pw.length - 1].equals(words[words.length - 1]);
            }
            if (hit && !e.getValue().equals(match)) {
                match = e.getValue();
                count++;
            }
        }
        return count == 1 ? new Resolved(match, true) : null;
    }

    /**
     * The one person known whose initials these are ("JS" for John Smith), as action lists name owners; null when no
     * one, or more than one, has them.
     */
    String byInitials(String initials) {
        String wanted = initials.strip();
        String shortForm = shortForms.get(wanted);
        if (shortForm != null) {
            return shortForm.isEmpty() ? null : shortForm;
        }
        if (!wanted.matches("\\p{Lu}{2,3}")) {
            return null;
        }
        String match = null;
        for (String name : people.values()) {
            if (NameReference.initialsOf(name).equals(wanted) && !name.equals(match)) {
                if (match != null) {
                    return null;
                }
                match = name;
            }
        }
        return match;
    }

    /** The name without the titles and offices before it ("City Manager/ City Recorder Leanne Moll" → "Leanne Moll"). */
    static String stripTitles(String mention) {
        String s = mention.strip().replaceAll("\\s*/\\s*", "/ ").replaceAll("^(?i)the\\s+", "");
        String[] words = s.split("\\s+");
        int i = 0;
        while (i < words.length - 1 && isTitleWord(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)).replace("/ ", "/").strip();
    }

    /**
     * Whether a mention names a person by title ("Member Wasserman", "Cllr. O. Williams", "Mr. Jim Soper"): a title
     * word first, then a name; not an office alone ("the Clerk") or a body ("Board members").
     */
    static boolean isTitled(String mention) {
        String s = mention.strip().replaceFirst("^(?i)the\\s+", "");
        String[] words = s.split("\\s+");
        return words.length > 1 && isTitleWord(words[0]) && !isOnlyTitles(s);
    }

    /** Whether every word is a title or office ("City Planner", "Council President"): a role, not a name. */
    static boolean isOnlyTitles(String text) {
        for (String w : text.strip().split("\\s+")) {
            if (!isTitleWord(w) && !ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTitleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.,/]+$", "");
        return TITLES.contains(w) || word.endsWith("/");
    }

    /** The comparable form of a name: no accents, lower case, single spaces, no dots. */
    static String fold(String name) {
        String s = name.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace("ß", "ss").replace('’', '\'');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
    }

    /** Whether {@code text} looks like a person's name: one to four capitalised words, no digits. */
    static boolean looksLikePersonName(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 60 || t.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 4 || words.length == 1 && COUNTING.contains(t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
            // "One, hire an expert. Two, Ann will look into it.": a count of points, no one's name.
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            if (k > 0 && k == words.length - 1 && GENERATION.matcher(word).matches()) {
                // "John Smith Jr.", "Henry Ford III".
                continue;
            }
            // A nickname in quotes between the names: Terence ‘Tex’ McCutcheon, Robert "Bob" Ray.
            String w = NICKNAME.matcher(word).matches() ? word.substring(1, word.length() - 1) : word;
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")) || isAcronym(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The full name that an initialled one ("R. Crisp", "Mrs P Roe") stands for, when the minutes write exactly one
     * full name with that surname and a first name of that initial ("Cllr. Rosemary Crisp was proposed ..."); null
     * otherwise, or when the name is no initial and surname.
     */
    static String spelledOut(String name, List<String> texts) {
        java.util.regex.Matcher m = INITIALLED.matcher(name.strip());
        if (!m.matches()) {
            return null;
        }
        Pattern full = Pattern.compile("(?<![\\p{L}.])(" + m.group("initial") + "\\p{Ll}[\\p{L}'’-]+)\\s+"
                + Pattern.quote(m.group("surname")) + "(?![\\p{L}'’-])");
        String found = null;
        for (String text : texts) {
            java.util.regex.Matcher f = full.matcher(text);
            while (f.find()) {
                String first = f.group(1);
                if (TITLES.contains(first.toLowerCase(Locale.ROOT)) || ORG_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String candidate = first + " " + m.group("surname");
                if (found != null && !found.equals(candidate)) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** Capitalised words that follow a first name at a sentence's start or in a heading without being a surname. */
    private static final Pattern NOT_A_SURNAME = Pattern.compile("(?i)the|this|that|these|those|and|but|or|so|then|if|on|in|at"
            + "|to|for|with|from|by|as|is|was|will|would|we|he|she|they|it|yes|no|also|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|january|february|march|april|may|june|july|august|september|october|november|december");

    /**
     * The full name that a first name alone ("Michael", from "Michael votes yes") stands for, when the minutes write
     * exactly one full name starting with it ("Michael Kirk is confirmed ..."); null otherwise.
     */
    static String fromFirstName(String given, List<String> texts) {
        String g = given.strip();
        if (!g.matches("\\p{Lu}\\p{Ll}[\\p{L}'’-]*") || TITLES.contains(g.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Pattern full = Pattern.compile("(?<![\\p{L}.'’-])" + Pattern.quote(g) + "\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?![\\p{L}'’-])");
        String found = null;
        for (String text : texts) {
            java.util.regex.Matcher f = full.matcher(text);
            while (f.find()) {
                String surname = f.group(1);
                String lower = surname.toLowerCase(Locale.ROOT);
                if (TITLES.contains(lower) || ORG_WORDS.contains(lower) || NOT_A_SURNAME.matcher(surname).matches()
                        || !looksLikePersonName(g + " " + surname)) {
                    continue;
                }
                String candidate = g + " " + surname;
                if (found != null && !found.equals(candidate)) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /**
     * The full name that a surname alone ("Hage", from "Members Hage, Roe") stands for, when the minutes write exactly
     * one full name ending in it ("Carl Hage, Member" in a member list) and never use it as a first name; null
     * otherwise.
     */
    static String fromSurname(String surname, List<String> texts) {
        String s = surname.strip();
        if (!s.matches("\\p{Lu}[\\p{L}'’-]+") || TITLES.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Pattern full = Pattern.compile("(?<![\\p{L}.'’-])(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\s+" + Pattern.quote(s) + "(?![\\p{L}'’-])");
        Pattern first = Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(s) + "\\s+\\p{Lu}\\p{Ll}");
        String found = null;
        for (String text : texts) {
            java.util.regex.Matcher f = full.matcher(text);
            while (f.find()) {
                String given = f.group(1);
                String lower = given.toLowerCase(Locale.ROOT);
                if (TITLES.contains(lower) || ORG_WORDS.contains(lower) || NameReference.isHonorific(lower)
                        || !looksLikePersonName(given + " " + s)) {
                    continue;
                }
                String candidate = given + " " + s;
                if (found != null && !found.equals(candidate)) {
                    return null;
                }
                found = candidate;
            }
            java.util.regex.Matcher asFirst = first.matcher(text);
            while (asFirst.find()) {
                String after = text.substring(asFirst.end() - 2).split("[^\\p{L}'’-]", 2)[0];
                if (!TITLES.contains(after.toLowerCase(Locale.ROOT)) && !ORG_WORDS.contains(after.toLowerCase(Locale.ROOT))) {
                    // "Hage Smith": the word is someone's first name here, so no surname to spell out.
                    return null;
                }
            }
        }
        return found;
    }

    private static final Pattern INITIALLED = Pattern.compile("(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?(?<initial>\\p{Lu})\\.?\\s+"
            + "(?<surname>\\p{Lu}[\\p{L}'’-]+)");

    /**
     * "GDS", "SAP", "DfID": a short word with two or more capitals ("McHale" is longer). A short surname cased as
     * surnames are ("McKay", "LeBon", "Ho-Ma": a prefix or a hyphen before the second capital) is none.
     */
    static boolean isAcronym(String word) {
        long upper = word.codePoints().filter(Character::isUpperCase).count();
        return upper >= 2 && word.length() <= 5 && !SURNAME_CASE.matcher(word).matches();
    }

    private static final Pattern SURNAME_CASE = Pattern.compile("(?:Mc|Mac|De|Di|Du|La|Le|O['’])\\p{Lu}\\p{Ll}+"
            + "|\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+");

    /** A generation written after a name, part of it: "Jr.", "III". */
    static final Pattern GENERATION = Pattern.compile("(?:Jr|Sr)\\.?|II|III|IV");
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile("^[‘“'\"(].+[’”'\")]$");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "del", "la", "le",
            "bin", "dos", "du", "di", "al", "los", "las", "della", "des", "ter", "ten");

    /** Words that count the points of a list ("One, ...", "Second, ..."), never a person's name alone. */
    private static final Set<String> COUNTING = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "first", "second", "third", "fourth", "fifth", "firstly", "secondly", "thirdly", "lastly", "finally");

    static final Set<String> ORG_WORDS = Set.of("department", "office", "city", "county", "council", "committee",
            "board", "inc", "llc", "ltd", "university", "college", "association", "center", "centre", "foundation",
            "agency", "commission", "society", "institute", "international", "group", "collective", "legal",
            "outreach", "health", "company", "bank", "police", "services", "service", "project", "coalition",
            "network", "team", "school", "district", "authority", "trust", "council's", "corporation", "corp",
            "partners", "alliance", "union", "church", "hospital", "public", "state", "national", "federal",
            "ministry", "agenda", "minutes", "meeting", "manager", "director", "chair", "staff", "program",
            "programme", "research", "archives", "panel", "working", "task", "force", "and", "the", "of", "for",
            "approved", "business", "report", "reports", "present", "absent", "administration");

    /** The name without the call sign or number written after it ("Kent KA0LDG" is "Kent"), or null when it has none. */
    static String withoutCallSign(String name) {
        java.util.regex.Matcher m = TRAILING_CALL_SIGN.matcher(name.strip());
        return m.find() && m.start() > 0 ? name.strip().substring(0, m.start()).strip() : null;
    }
}
