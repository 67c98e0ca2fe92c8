package dev.clerk.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of one document, as it writes them: the names of its lists of people ("Ann Lee, Bo Chu", "* Casey Detrio
 * (ewasm)", "- Ruy Adorno (@ruyadorno)") with their first names and surnames, the handles and names that open lines as
 * a speaker's ("@ruyadorno: ...", "Dana: ..." twice or more), the names its roles give ("Facilitator: Jack"), and the
 * person a bullet head names ("ewasm (Casey)", "Mikhail (Harmony)") over the notes of what that person said. A line
 * about one of these people can be read with looser cues than a line about an unknown word.
 */
final class DocumentPeople {
    /** "- ", "* ", "1. ", "a. ", "ii. ": the marker of a list item. */
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*•●○■◦+]|\\d{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)])\\s+");
    /** "@ruyadorno: ..." or "Dana: ...": what opens a line as someone's words. */
    private static final Pattern HANDLE_TAG = Pattern.compile("^(?<handle>@[\\w.-]{2,39})\\s*:");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@[\\w.-]{2,39}(?<![.-])");
    /** "Facilitator: Jack", "Note Taker(s): Elizabeth", "Scribe - Ann Lee": the people a meeting's roles name. */
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:facilitator|facilitated\\s+by|chair(?:ed\\s+by|person)?|note[-\\s]?takers?"
            + "(?:\\(s\\))?|notes?\\s+(?:taken\\s+)?by|scribe|minute[-\\s]?takers?|minutes\\s+(?:taken\\s+)?by|recorder|time[-\\s]?keeper"
            + "|host|moderator)\\s*(?::|\\s[-–—])\\s*(?<names>\\S.*)$");
    /** "ewasm (Casey)", "Mikhail (Harmony)", "Nimbus (Jacek):": a short head with a second name in brackets. */
    private static final Pattern HEAD = Pattern.compile("^(?<a>[^()\\[\\]:]{1,40}?)\\s*\\((?<b>[^()]{1,40})\\)\\s*:?$");
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");
    /**
     * "members: [powell, lori, pat]", "attendees = [\"Ann Lee\", \"Bo\"]": a page's front matter listing its people, each
     * name as the site's generator wants it, often in lower case.
     */
    private static final Pattern FRONT_LIST = Pattern.compile("(?i)^(?:members|attendees|present|participants|people|board)"
            + "\\s*[:=]\\s*\\[(?<names>[^\\[\\]]{2,400})]\\s*$");

    private final Set<String> people = new HashSet<>();
    /** The people a front-matter list declares, as folded words: names even where the page writes them in lower case. */
    private final Set<String> declared = new HashSet<>();
    private final Map<String, String> heads = new HashMap<>();

    private DocumentPeople() {
    }

    /** The people the lines write, and the person each bullet head with notes under it names. */
    static DocumentPeople of(List<Line> lines) {
        return of(lines, List.of());
    }

    /** The people the lines and the front matter's lists of people ("members: [pat, sara]") write. */
    static DocumentPeople of(List<Line> lines, List<Line> frontMatter) {
        DocumentPeople d = new DocumentPeople();
        for (Line line : frontMatter) {
            Matcher front = FRONT_LIST.matcher(line.text().strip());
            if (front.matches()) {
                d.declare(front.group("names"));
            }
        }
        Map<String, Integer> tags = new HashMap<>();
        for (Line line : lines) {
            String text = EMPHASIS.matcher(line.text()).replaceAll("").strip();
            String item = MARKER.matcher(text).replaceFirst("").strip();
            Matcher h = HANDLE.matcher(text);
            while (h.find()) {
                d.people.add(NameIndex.fold(h.group()));
            }
            String label = ActionItemRecognizer.speakerLabel(item);
            if (label != null) {
                tags.merge(label, 1, Integer::sum);
            }
            Matcher front = FRONT_LIST.matcher(text);
            if (front.matches()) {
                d.declare(front.group("names"));
                continue;
            }
            Matcher role = ROLE.matcher(item);
            if (role.matches()) {
                for (String n : role.group("names").split("\\s*(?:,|&|\\band\\b)\\s*")) {
                    d.addName(n.replaceAll("[.;]+$", "").strip());
                }
            }
            if (ROSTER.matcher(item).matches()) {
                d.addGivenNames(item);
                continue;
            }
            // "Ann Lee, Bo Chu (Acme), Cy Dee": each piece of a list of people, its brackets aside.
            String names = item.replaceFirst("^[^:()]{1,40}:\\s*(?=\\S)", "");
            for (String piece : names.split("\\s*[,;]\\s*")) {
                String bare = piece.replaceAll("\\s*\\([^()]*\\)\\s*\\.?$", "").replaceAll("\\.$", "").strip();
                if (bare.split("\\s+").length >= 2) {
                    d.addName(bare);
                }
            }
        }
        tags.forEach((name, n) -> {
            if (n >= 2) {
                d.people.add(NameIndex.fold(name));
            }
        });
        d.readHeads(lines);
        return d;
    }

    /**
     * A line of given names alone, three or more, as staff notes write who took part ("_Pia, Omar, Lena, Rafe_"): a
     * word each, capitalised, nothing else on the line but commas, an "and" and emphasis.
     */
    private static final Pattern ROSTER = Pattern.compile("^[_*]*\\p{Lu}\\p{Ll}{2,}(?:\\s*,\\s*\\p{Lu}\\p{Ll}{2,}){1,}"
            + "(?:\\s*,?\\s*(?:,|and|&)\\s*\\p{Lu}\\p{Ll}{2,})[_*]*$");
    /** Endings of words that name a thing or a doing, never a person: "Finance", "Planning", "Roads", "Events". */
    private static final Pattern NOT_GIVEN = Pattern.compile("(?i).*(?:ion|ing|ment|ness|ity|ship|ance|ence|ics|ure|ies"
            + "|[^aeiouy'’]s|ates|ues|ets|als|ers)");

    /** The given names of a line {@link #ROSTER} matches, when every one of them is shaped like a person's. */
    private void addGivenNames(String line) {
        String[] names = line.replaceAll("^[_*]+|[_*]+$", "").split("\\s*(?:,|&|\\band\\b)\\s*");
        List<String> words = new ArrayList<>();
        for (String n : names) {
            String w = n.strip();
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (NOT_GIVEN.matcher(w).matches() || NameIndex.ORG_WORDS.contains(lower) || Speakers.DEPARTMENT_WORDS.contains(lower)
                    || NameIndex.isOnlyTitles(w) || !NameIndex.looksLikePersonName(w)) {
                return;
            }
            words.add(w);
        }
        if (words.size() >= 3) {
            words.forEach(w -> people.add(NameIndex.fold(w)));
        }
    }

    /** The names of a front matter's list of people, each a person even where written in lower case. */
    private void declare(String names) {
        for (String n : names.split("\\s*,\\s*")) {
            String bare = n.replaceAll("[\"'‘’“”]", "").strip();
            if (!bare.matches("\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3}")) {
                continue;
            }
            String name = java.util.Arrays.stream(bare.split("\\s+")).map(ActionItemRecognizer::capitalise)
                    .collect(java.util.stream.Collectors.joining(" "));
            addName(name);
            if (people.contains(NameIndex.fold(name))) {
                for (String w : name.split("\\s+")) {
                    declared.add(NameIndex.fold(w));
                }
            }
        }
    }

    /** A full name and its first and last words; a name written alone counts only as that word. */
    private void addName(String name) {
        String bare = NameIndex.stripTitles(name);
        if (bare.isEmpty() || !NameIndex.looksLikePersonName(bare) || bare.split("\\s+").length > 4) {
            return;
        }
        for (String w : bare.split("\\s+")) {
            if (Speakers.DEPARTMENT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        String[] words = bare.split("\\s+");
        people.add(NameIndex.fold(bare));
        people.add(NameIndex.fold(words[0]));
        people.add(NameIndex.fold(words[words.length - 1]));
    }

    /**
     * The person of each bullet head "A (B)" with notes under it: the side that is someone the document names, or, when
     * neither is, the side where its other heads keep their people ("geth (Peter)", "ewasm (Casey)" put the person in
     * brackets, so "Nimbus (Jacek)" is Jacek's).
     */
    private void readHeads(List<Line> lines) {
        List<String[]> unknown = new ArrayList<>();
        int inBrackets = 0;
        int before = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isListItem() || !hasNotes(lines, i)) {
                continue;
            }
            String text = EMPHASIS.matcher(line.text()).replaceAll("").strip();
            Matcher m = HEAD.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String a = m.group("a").strip();
            String b = m.group("b").strip();
            boolean aKnown = ONE_NAME.matcher(a).matches() && people.contains(NameIndex.fold(a));
            boolean bKnown = ONE_NAME.matcher(b).matches() && people.contains(NameIndex.fold(b));
            if (aKnown == bKnown) {
                unknown.add(new String[] {text, a, b});
            } else {
                heads.put(text, aKnown ? a : b);
                before += aKnown ? 1 : 0;
                inBrackets += bKnown ? 1 : 0;
            }
        }
        for (String[] u : unknown) {
            String side = inBrackets > before ? u[2] : before > inBrackets ? u[1] : null;
            if (side != null && ONE_NAME.matcher(side).matches() && !NameIndex.ORG_WORDS.contains(side.toLowerCase(Locale.ROOT))
                    && !NameIndex.isAcronym(side)) {
                heads.put(u[0], side);
                people.add(NameIndex.fold(side));
            }
        }
    }

    /** Whether the list item at {@code i} has deeper list items under it. */
    private static boolean hasNotes(List<Line> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && lines.get(j).isListItem() && lines.get(j).depth() > lines.get(i).depth();
    }

    /** Whether a mention ("Casey", "@ruyadorno", "Ann Lee") is one of the document's people. */
    boolean knows(String mention) {
        String m = mention.strip();
        return !m.isEmpty() && people.contains(NameIndex.fold(m));
    }

    /** Whether a word is a name a front-matter list of the page's people declares ("pat" of "members: [pat, sara]"). */
    boolean declares(String word) {
        return declared.contains(NameIndex.fold(word.strip()));
    }

    /** The person a bullet head names ("Casey" for "ewasm (Casey)"), or null when the text is no such head. */
    String headPerson(String text) {
        return heads.get(EMPHASIS.matcher(text).replaceAll("").strip());
    }

    /** Whether {@code person} is the one some bullet head names. */
    boolean namesInHead(String person) {
        return heads.containsValue(person);
    }

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
}
