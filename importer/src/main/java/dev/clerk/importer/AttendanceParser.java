package dev.clerk.importer;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads attendance in the forms minutes use. A label ("Present:", "Attendees", "Members Present", "Board members in
 * attendance were:", "Absent:", "Excused:", "Apologies", "Regrets", "Staff:", "Guests:", "Also present:", "Present in
 * the chair:") is followed by names on the same line or on the lines below: "Name, Org; Name, Org", "Mayor A,
 * Councilors B, C, and D were present.", one per line ("Liam Maxwell  Chair", "- Catherine Holmes (Assistant to
 * Treasurer)"), a list wrapped over several lines, "Office (Mr. A. Name), Office (Ms. B. Name)", a roll call with
 * marks ("Smith - present", "Jones: absent", "Brown  X"), a checkbox roster ("[x] Name, Org"), a table with a
 * Yes/No column, or two columns side by side ("Members Present  Staff Present"). A sentence such as "Board members
 * present were supervisors A, B and C, treasurer D and guests E and F" reads the same way.
 *
 * <p>Offices before a name ("Commissioner", "Vice President", "Cllr") are not part of it: the chair's is kept as
 * the role, others in the note. Courtesy titles ("Mr.", "Dr.") stay in the name, as the model has no other place
 * for them; a first name alone stays as written.
 */
final class AttendanceParser {
    private static final String KEYWORD = "present|attendees|attendance|attending|in\\s+attendance|absent|excused"
            + "|apologies(?:\\s+for\\s+absence)?|apologies\\s+received(?:\\s+from)?|regrets|staff|guests?|visitors?"
            + "|observers?|observing|roll\\s+call|members\\s+of\\s+the\\s+public(?:\\s+and\\s+(?:the\\s+)?media)?|public"
            + "|also\\s+present|not\\s+present|apologi[sz]ed|participants?|participating|joining"
            // "OTHERS: Cameron Platt of Peak Law", "Also: ...": a caption only with its colon ("Others" alone titles
            // other business).
            + "|others(?=\\s*:)|also(?=\\s*:)"
            // "Remote: Ann, Bo", "Members remote: ...": those who took part from afar, a caption only with its colon.
            + "|remote(?=\\s*:)"
            // "All speakers: ann, bo": the list W3C's scribe tool ends its minutes with, of everyone who spoke.
            + "|all\\s+speakers(?=\\s*:)"
            // "Absent Members", "Present Councillors": the state before the people it describes.
            + "|(?:present|absent|excused)\\s+(?:(?:board|committee|council)\\s+)?(?:members|councill?ors|directors|trustees"
            + "|officers|commissioners|governors)";
    /**
     * "remotely", "in person", "by phone", "via Zoom": how people took part, after the keyword ("Members participating
     * remotely", "Present in person", "Attending via Teams").
     */
    static final String MODE = "(?:remotely|virtually|electronically|online|in\\s+person|in\\s+the\\s+room"
            + "|(?:by|via|on|over)\\s+(?:tele)?(?:phone|video(?:\\s*conference)?|zoom|teams|webex|skype|conference\\s+call"
            + "|microsoft\\s+teams|google\\s+meet|video\\s+link|audio|the\\s+phone|remote\\s+link))";
    /** "Maybe present", "Possibly attending": words that make the label a guess. */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:maybe|possibly|probably|perhaps|likely|unconfirmed)\\b");
    /** "Present today", "Attendees on the call": words after the keyword that say where or when, not who. */
    private static final String LABEL_TAIL = "(?:\\s+of\\s+(?:the\\s+)?(?:board\\s+)?(?:directors|members|trustees|officers"
            + "|councill?ors|commissioners|governors|delegates|board|committee|council))?"
            // "Roll Call of Directors", "Attendance of Members": whose roll it is.
            + "(?:\\s+(?:today|(?:at|in|on)\\s+(?:the\\s+|this\\s+)?(?:meeting|call)))?"
            + "(?:\\s+" + MODE + ")?";
    /**
     * "Members in Attendance in Official Capacity", "Present ex officio": words after the label that say in what
     * capacity the people came, not who they are.
     */
    private static final String CAPACITY_WORDS = "\\s+(?:in\\s+(?:an?\\s+|their\\s+)?official\\s+capacit(?:y|ies)|ex[-\\s]officio)";
    private static final String CAPACITY = "(?:" + CAPACITY_WORDS + ")?";
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?<label>(?<words>(?<pre>(?:[\\p{L}'’/&,][\\p{L}'’/&,-]*\\s){0,5}?)"
            + "(?:" + KEYWORD + ")" + LABEL_TAIL + ")(?<chair>\\s+in\\s+the\\s+chair)?" + CAPACITY + ")(?:\\s*\\((?<aside>[^()]{1,40})\\))?(?:\\s*(?<sep>::?|[-–—]\\s|$)"
            + "|\\s+(?<verb>(?:were|was|have\\s+been|had\\s+been)\\s+(?:received|sent|given)(?:\\s+in\\s+advance)?\\s+from"
            + "|were|was|are|included|include)\\b\\s*:?)\\s*(?<rest>.*)$");
    private static final Pattern SENTENCE_STATUS = Pattern.compile(
            "(?i)\\s*,?\\s*(?:(?:was|were)\\s+)?(?:also\\s+)?(present|absent|excused|in\\s+attendance)"
            + "(?:\\s+from\\s+the\\s+meeting)?\\.?$");
    /** Brackets that close the text, one pair inside allowed: "(Principal Engineer (Parking), LBRUT)". */
    private static final Pattern PAREN = Pattern.compile("\\s*\\(((?:[^()]|\\([^()]*\\))*)\\)\\s*$");
    /** "Collins (B)": a letter that tells two members of one surname apart is part of the name. */
    private static final Pattern DISAMBIGUATOR = Pattern.compile("\\s*\\(\\p{Lu}{1,2}\\.?\\)$");
    private static final Pattern NOBODY = Pattern.compile("(?i)^(none|no one|nobody|no members|no others|n/a|-)\\b.*");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[(?<mark>[ xX✓✔✗]?)]\\s*(?<rest>\\S.*)$");
    /**
     * "Smith - present", "Jones: absent", "Roe, Ann, present", "Bo Ek, absent (excused)": a roll call's line, the name,
     * then the state it answered with, and a reason in brackets or a lower-case remark after it.
     */
    private static final Pattern MARK_WORD = Pattern.compile("(?i)^(?<name>.+?)(?:\\s*[-–—:,]\\s*|\\s+)\\(?(?<mark>present|absent"
            + "|excused|here|apologies|regrets|not present)\\)?\\.?(?:\\s*\\((?<reason>[^()]{1,30})\\))?"
            + "(?:\\s*[,;]\\s*(?<after>[\\p{Ll}\\d].*))?$");
    /** "~~Roe, Ann~~": a name struck through, as a roll call copied from the last one marks who did not come. */
    private static final Pattern STRUCK = Pattern.compile("~~([^~]+)~~");
    /**
     * "Roe, Ann", "Hale, Bo C": a surname, a comma, then the given name and any initial, as a roll copied from a
     * roster sorted by surname writes each member.
     */
    private static final Pattern SURNAME_FIRST = Pattern.compile("(?<surname>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)\\s*,\\s*"
            + "(?<given>\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?(?:\\s+\\p{Lu}\\.?)?)");
    private static final Pattern MARK_SIGN = Pattern.compile("(?i)^(?<name>.+?)(?:\\s*[-–—:]\\s*|\\s{2,}|\\t+)(?<mark>x|✓|✔|✗|yes|no"
            + "|y|n|p|a|e)\\.?$");
    /** "Chief Executive (Dr. P. Daly)": an office, then the person holding it in brackets. */
    private static final Pattern OFFICE_NAME = Pattern.compile("\\G\\s*(?:[,;]\\s*)?(?:and\\s+)?(?<office>[^()]*?)\\s*"
            + "\\((?<name>[^()]+)\\)\\s*\\.?");
    private static final Pattern COLUMNS = Pattern.compile("\\s{2,}|\\t+");
    /** "Cllr A. Lee - Chair", "Vicky Bright – Clerk": a name, a spaced dash, the office held. */
    private static final Pattern DASH_OFFICE = Pattern.compile("^(?<who>[^()]+?)(?:\\s+[-–—]\\s*|\\s*[–—]\\s+)(?<office>\\S.*)$");
    /** "... Minutes by TO.", "; notes taken by Ann Lee": the minute taker named at the end of the attendance. */
    private static final Pattern MINUTES_BY = Pattern.compile("(?:^|[\\s.;,(])\\s*(?i:minutes|notes)\\s+(?i:taken\\s+|recorded\\s+"
            + "|written\\s+)?(?i:by)\\s*:?\\s*(?<who>\\p{Lu}[\\p{L}'’. -]{0,40}?)\\s*\\)?\\.?\\s*$");
    /** "and 3 members of the public", "9 members of the public present": a head count, not a person. */
    private static final Pattern PUBLIC_COUNT = Pattern.compile("(?i)(?:^|,|\\s+and|\\s+&|\\s)\\s*(?:\\d+|one|two|three|four"
            + "|five|six|seven|eight|nine|ten|several|some|no|many)\\s+(?:other\\s+)?members?\\s+of\\s+(?:the\\s+)?"
            + "(?:public|press)(?:\\s+(?:and|&)\\s+(?:the\\s+)?(?:press|media))?(?:\\s+(?:were\\s+|was\\s+)?present)?\\s*$");
    /**
     * "The following directors were present at the meeting:", "The following were absent:": a sentence, at the end of
     * its paragraph, that introduces the people listed under it.
     */
    private static final Pattern FOLLOWING = Pattern.compile("(?i)(?:^|[.;]\\s+)" + followingWere(3) + "$");
    /**
     * "The following members of the Board of Directors were present at the meeting: Ann Lee, Bo Chen, and Cy Dee.": the
     * sentence opening a paragraph, with the people after its colon.
     */
    private static final Pattern FOLLOWING_INLINE = Pattern.compile("(?i)^" + followingWere(6) + "(?<rest>\\p{Lu}.*)$");
    /** "Present – Ann Lee; Bo Ek", "Present" alone: the word a roll call's line answers with, before who is there. */
    private static final Pattern ROLL_PRESENT = Pattern.compile("(?i)^present\\b(?:\\s*[-–—:]\\s*(\\S.*)|\\s*)$");
    /** A head count after an attendance label: "14", "14 (3 new)", "12 members", "9 people present". */
    private static final Pattern HEAD_COUNT = Pattern.compile("(?i)^\\(?\\d{1,3}\\)?(?:\\s+(?:people|persons|members|attendees"
            + "|in\\s+total|total|present))*\\s*(?:\\([^()]{0,30}\\))?\\.?$");
    private static final Pattern FIELD_LABEL = Pattern.compile("^\\p{Lu}[\\p{L}’' ]{0,30}:\\s");
    private static final Pattern HTML_COMMENT = Pattern.compile("^\\s*<!--.*-->\\s*$");
    /** The separators of a list of people: commas, "and", "&". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s+&\\s+");
    /**
     * Letters written after a name and its comma: degrees and honours ("Ed.D.", "PhD", "OBE"), which go to the note,
     * and generations ("Jr.", "III"), which stay in the name.
     */
    private static final Pattern POST_NOMINAL = Pattern.compile("(?:Jr|Sr|Ph\\.\\s?D|PhD|Ed\\.\\s?D|EdD|MD|DDS|Esq|MBA|CPA"
            + "|OBE|MBE|CBE|KC|QC|JP|MP|RN|II|III|IV"
            // "M.C.C.", "S.E.E.", "A.O.": a council's members and officers, letters of their seat or grade after the name.
            + "|(?:\\p{Lu}\\.){1,3}\\p{Lu}(?=\\.|$))\\.?");
    private static final Pattern JOINED_POST_NOMINAL = Pattern.compile("\\s*,\\s*(" + POST_NOMINAL.pattern()
            + ")(?=\\s*[,;)]|\\s*$|\\s+(?:and|&)\\s)");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "to", "the", "on", "de", "la", "du", "van", "von",
            "der", "und", "et", "&", "-", "–", "/", "at", "in", "los", "las", "del", "della", "da", "di", "dos", "das", "le", "ter", "ten");

    private AttendanceParser() {
    }

    /**
     * What a label says about the people after it.
     *
     * @param status  their attendance
     * @param role    their role, when the label gives one (staff, guests, the chair)
     * @param inline  what follows the label on its line
     * @param columns for a line of labels side by side ("Members Present  Staff Present"), each column's label and
     *                where it starts; empty otherwise
     */
    record Label(AttendanceStatus status, Role role, String inline, List<Column> columns) {
        Label with(AttendanceStatus s) {
            return new Label(s, role, inline, columns);
        }

        Label with(Role r) {
            return new Label(status, r, inline, columns);
        }
    }

    /**
     * "the following members of the Board were present at the meeting:": the sentence that introduces a list of people,
     * with at most {@code words} words naming who they are, its status in the group "status".
     */
    private static String followingWere(int words) {
        return "the\\s+following\\s+(?:[\\p{L}-]+\\s+){0," + words + "}?(?:were|was|are)\\s+(?<status>present"
                + "|in\\s+attendance|absent|excused)(?:\\s+(?:at|for)\\s+(?:the|this)\\s+meeting)?\\s*:\\s*";
    }

    /** A line of text that opens with the list's own sentence and goes on with the people, matched; else null. */
    private static Matcher followingInline(Line line) {
        Matcher m = line.kind() == Line.Kind.TEXT ? FOLLOWING_INLINE.matcher(withoutMarkup(line.text()).strip()) : null;
        return m != null && m.matches() ? m : null;
    }

    /** A column of a two-column attendance block: its label and the offset it starts at in the heading line. */
    record Column(Label label, int offset) {
    }

    /** The label a line starts with, or null when it is no attendance label. */
    static Label label(Line line) {
        if (line.kind() != Line.Kind.TEXT && line.kind() != Line.Kind.HEADING && !line.isListItem()) {
            return null;
        }
        String written = line.text();
        Label columns = columns(written, line.indent());
        if (columns != null) {
            return columns;
        }
        // "== Attendees ==", "h2. Present", "*Attendance*": a heading or bold line in wiki markup reads as one.
        Matcher definition = DEFINITION.matcher(written.strip());
        if (definition.matches()) {
            // ":   Members present: Ann, Bo": a definition list's item (as Pandoc writes a wiki's) holding the label.
            written = definition.group(1);
        }
        String text = withoutMarkup(written);
        boolean heading = line.kind() == Line.Kind.HEADING || !text.equals(written.strip()) && !line.isListItem();
        text = withoutLeadingDate(heading ? withoutDesignation(text) : text);
        Matcher m = LABEL.matcher(text);
        if (!m.matches() || HEDGE.matcher(m.group("pre")).find()) {
            // "Maybe present: dape, henk": a tool's guess at who was there, from who spoke, no roll.
            return null;
        }
        String rest = m.group("rest");
        Matcher roll = ROLL_PRESENT.matcher(rest);
        if (roll.matches() && !m.group("label").toLowerCase(Locale.ROOT).matches("(?s).*(?:absent|excused|apolog|regrets).*")) {
            // "Roll Call of Directors: Present – Ann Lee; Bo Ek": the roll's answer, then who answered it.
            rest = roll.group(1) == null ? "" : roll.group(1);
        }
        if (HEAD_COUNT.matcher(rest).matches()) {
            // "People in Attendance: 14 (3 new)", "Present: 9": a count, the names listed under it.
            rest = "";
        }
        boolean verb = m.group("verb") != null;
        // "Attendees::" is reStructuredText's colon before an indented (literal) block: a colon all the same.
        boolean colon = verb || m.group("sep") != null && m.group("sep").startsWith(":");
        int words = m.group("words").split("\\s+").length;
        if (!colon && m.group("sep") != null && !rest.isBlank() && words <= 3 && groupWords(m.group("pre"))) {
            // "Present – Cllr A. Lee - Chair, Cllr B. Ray", "Apologies - none": a dash in place of the colon, when
            // people (or no one) follow it; "Staff - answered questions" stays a sentence.
            List<Attendee> trial = new ArrayList<>();
            parseEntries(rest, of(m.group("label"), rest), trial);
            colon = !trial.isEmpty() || NOBODY.matcher(rest.strip()).matches();
        }
        // "Present" alone, or a label ending in ':' or a bold label: not a sentence that happens to contain the word.
        if (!colon && !rest.isEmpty() || line.isListItem() && !colon) {
            return null;
        }
        if (!colon && !line.bold() && !heading && (words > 3 || !groupWords(m.group("pre")))) {
            // "Smith present" is a roll call's line; "Members Present", "Staff Present" label what follows.
            return null;
        }
        if (words > 6 || heading && words > 3) {
            return null;
        }
        Label label = of(m.group("label"), rest);
        if (verb) {
            // "Members present were concerned about ...": a sentence, unless people follow the verb.
            // Only the first sentence counts: "3 members of the public were present and presented ...; ..." is no list.
            List<Attendee> trial = new ArrayList<>();
            List<String> sentences = Sentences.plain(rest);
            parseEntries(sentences.isEmpty() ? "" : sentences.get(0), label, trial);
            if (trial.isEmpty() || rest.isBlank()) {
                return rest.isBlank() ? label : null;
            }
        }
        return label;
    }

    /**
     * The sentences before the one that introduces a list of people ("On May 2 at 1 pm the Board met by video call."
     * before "The following directors were present:"), or null when the line holds no such sentence after others.
     */
    static String leadingProse(Line line) {
        String text = withoutMarkup(line.text());
        Matcher f = FOLLOWING.matcher(text);
        return f.find() && f.start() > 0 ? text.substring(0, f.start() + 1).strip() : null;
    }

    /** A section title that is an attendance label ("Attendance", "Members Present", "2.1 Observers present"), or null. */
    static Label heading(String title) {
        Matcher m = LABEL.matcher(withoutCount(withoutLeadingDate(withoutDesignation(withoutMarkup(title.strip())))));
        Matcher at = PRESENT_AT.matcher(withoutMarkup(title.strip()));
        if (!m.matches() && at.matches()) {
            // "Were present on the workshop day:", "Present at the meeting": who came, as a sub-heading.
            return of(at.group("status"), "");
        }
        if (!m.matches() || !m.group("rest").isBlank() && !HEAD_COUNT.matcher(m.group("rest")).matches() || m.group("verb") != null
                || m.group("words").split("\\s+").length > 5) {
            return null;
        }
        return of(m.group("label"), "");
    }

    /**
     * "Were present on the workshop day:", "Those present at the workshop", "Present at the meeting": a
     * heading that says who came to the occasion it names, the people listed under it.
     */
    private static final Pattern PRESENT_AT = Pattern.compile("(?i)^(?:(?:who|those|people|members|persons)\\s+)?"
            + "(?:(?:were|was)\\s+)?(?:also\\s+)?(?<status>present|in\\s+attendance|absent|excused)\\s+(?:at|on|in|during|for)"
            + "\\s+(?:the|this|our)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:meeting|call|day|session|workshop|visit|event|conference"
            + "|retreat|sitting)\\s*:?$");

    /**
     * A section title that is an attendance label, or one that names the body's people ("Board Members", "Officers",
     * "Committee", "Directors") over a body in which every line names one person ("- Jane Roe - Treasurer", "Li Wei,
     * President", "Omar Haddad (oh12)"); null otherwise. "Officers" over "The officers' reports were received." is
     * no attendance.
     */
    static Label heading(String title, List<Line> body) {
        return heading(title, body, null);
    }

    /**
     * As {@link #heading(String, List)}, for a section under {@code enclosing}, the attendance section it is part of
     * (or null): there any short title over a body of people's names captions a group of them ("Attendance" over
     * "Steering Committee", "Staff", "Others"), the label of the title telling their role when it names one.
     */
    static Label heading(String title, List<Line> body, Label enclosing) {
        Label label = heading(title);
        String t = withoutMarkup(title.strip());
        Label last = label == null ? lastPart(t) : null;
        if (last != null && peoplePerLine(body, last) > 1) {
            // "Call to Order and Roll Call", "Welcome / Attendance" over one person a line: the item's last part
            // labels the people under it.
            return last;
        }
        boolean caption = enclosing != null && t.split("\\s+").length <= 4 && !t.endsWith(".") && !t.matches(".*\\d.*");
        if (label != null || !caption && !MEMBER_TITLE.matcher(title.strip()).matches()) {
            return label;
        }
        Label present = caption ? of(t, "") : new Label(AttendanceStatus.PRESENT, null, "", List.of());
        return peoplePerLine(body, present) == 0 ? null : present;
    }

    /** The step after "and", "&", "/" or a full stop that ends an item's title, read as a heading; null if none. */
    private static Label lastPart(String title) {
        String[] parts = TITLE_PARTS.split(title.strip().replaceFirst("[.:]$", ""));
        return parts.length < 2 ? null : heading(parts[parts.length - 1]);
    }

    /** "Call to Order and Roll Call", "Welcome / Attendance", "Call to Order. Roll call.": the steps one item joins. */
    private static final Pattern TITLE_PARTS = Pattern.compile("(?i)\\s+(?:and|&)\\s+|\\s*/\\s*|\\.\\s+|;\\s+");

    /**
     * How many lines of {@code body} each name one person of two words or more under {@code label}; 0 when a line
     * does not, or is neither text nor a list item.
     */
    private static int peoplePerLine(List<Line> body, Label label) {
        List<Line> filled = body.stream().filter(l -> !isBlankOrComment(l) && l.kind() != Line.Kind.RULE).toList();
        if (!filled.isEmpty() && filled.stream().allMatch(l -> l.kind() == Line.Kind.TABLE)) {
            return peoplePerRow(filled, label);
        }
        int people = 0;
        for (Line l : body) {
            if (isBlankOrComment(l)) {
                continue;
            }
            if (l.kind() != Line.Kind.TEXT && !l.isListItem()) {
                return 0;
            }
            List<Attendee> one = new ArrayList<>();
            readLine(l.text(), label, false, one);
            if (one.size() != 1 || one.get(0).name().split("\\s+").length < 2) {
                return 0;
            }
            people++;
        }
        return people;
    }

    /**
     * How many rows of a table with a heading row name one person of two words or more in its name column ("| Name |
     * Title |" over "| Ann Lee | Treasurer |"), as a roster under "Board of Directors" or "Staff" lists them; 0 when a
     * row does not, or the table has no name column.
     */
    private static int peoplePerRow(List<Line> rows, Label label) {
        String[] header = cells(rows.get(0));
        int name = isHeaderRow(header) ? column(header, NAME_COLUMN) : -1;
        if (name < 0 || rows.size() < 2) {
            return 0;
        }
        for (Line row : rows.subList(1, rows.size())) {
            List<Attendee> one = new ArrayList<>();
            addOne(cell(cells(row), name), label, false, one);
            if (one.size() != 1 || one.get(0).name().split("\\s+").length < 2) {
                return 0;
            }
        }
        return rows.size() - 1;
    }

    /**
     * The text of a line without the marks wiki and document markup put around a heading or a field: "== Attendees ==",
     * "h3. Present", ".Attendees" (an AsciiDoc block title), "*Attendance*", "'''Present'''", ":Attendees: A, B" (a
     * reStructuredText field).
     */
    static String withoutMarkup(String text) {
        String t = text.strip();
        Matcher callout = CALLOUT.matcher(t);
        if (callout.matches()) {
            // "> [!abstract]- Present:", "> [!note] Attendees": a callout (Obsidian, GitHub) titled by its label.
            t = callout.group(1);
        }
        Matcher wiki = WIKI_HEADING.matcher(t);
        if (wiki.matches()) {
            for (int g = 1; g <= 3; g++) {
                if (wiki.group(g) != null) {
                    return wiki.group(g).strip();
                }
            }
        }
        Matcher wrapped = WRAPPED_MARK.matcher(t);
        if (wrapped.matches()) {
            int g = wrapped.group(1) != null ? 2 : 5;
            return (wrapped.group(g) + (wrapped.group(g + 1) == null ? "" : wrapped.group(g + 1))).strip();
        }
        Matcher field = RST_FIELD.matcher(t);
        return field.matches() ? field.group(1) + ":" + field.group(2) : t;
    }

    /** "== Attendees ==", "h3. Present", ".Attendees": a MediaWiki or AsciiDoc heading, a Textile one, a block title. */
    private static final Pattern WIKI_HEADING = Pattern.compile("^(?:={1,6}\\s*(\\S.*?)\\s*=*|h[1-6]\\.\\s+(\\S.*)"
            + "|\\.(\\p{L}[^.]*))$");
    /** ":   Members present: Ann, Bo", ":  Regrets: Cy": the colon and spaces that open a definition list's item. */
    private static final Pattern DEFINITION = Pattern.compile("^:\\s{1,4}(\\S.*)$");
    /** "[!abstract]- Present:", "[!NOTE] Attendees": a Markdown callout's type mark before its title. */
    private static final Pattern CALLOUT = Pattern.compile("^\\[![\\p{L}-]+][-+]?\\s+(\\S.*)$");
    /**
     * "*Attendees*", "'''Present:'''", "_Attendance_:": a line wrapped in one emphasis mark, a colon inside or after;
     * also "**Members Present **", bold marks left as written because a space stands inside them (a converter
     * escapes them so: "\\*\\*Members Present \\*\\*").
     */
    private static final Pattern WRAPPED_MARK = Pattern.compile("^(\\*\\*|__)\\s*([^*_\\s](?:.*[^*_\\s])?)\\s*\\1(:)?$"
            + "|^('{2,3}|\\*|_)(\\S(?:.*\\S)?)\\4(:)?$");
    /** ":Attendees: Ann Lee, Bo Ek": a reStructuredText field, its name between colons. */
    private static final Pattern RST_FIELD = Pattern.compile("^:(\\p{L}[\\p{L} ]{1,30}):(\\s.*|)$");

    /**
     * The text after a count that a site's template fills in: "{{ page.tally }} Members Present", "{{ count }} present",
     * as a count written in figures or words ("9 Members Present", "Twelve members present") heads the names under it.
     */
    static String withoutCount(String text) {
        Matcher m = TEMPLATE_COUNT.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    private static final Pattern TEMPLATE_COUNT = Pattern.compile("^(?:\\{\\{[^{}]{1,40}}}|\\{%[^{}]{1,40}%}|\\$\\{[^{}]{1,40}})"
            + "\\s*(?=\\p{L})");

    /**
     * The text after a date that opens it: "January 27 Attendees:", "2020-01-27 Present", "Mon 3 May - Attendance" name
     * the attendance of the meeting on that day.
     */
    static String withoutLeadingDate(String text) {
        Matcher m = LEADING_DATE.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /**
     * The text after the designation of an annex that opens it: "Annex B — Meeting Participants", "Appendix 2: List of
     * Attendees", "Attachment A - Members Present" head the attendance a report puts at its end.
     */
    static String withoutDesignation(String text) {
        Matcher m = DESIGNATION.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    private static final Pattern DESIGNATION = Pattern.compile("^(?i:annex|appendix|attachment|enclosure|exhibit|schedule)"
            + "\\s+(?:\\d{1,2}|\\p{Lu}{1,2}|[IVX]{1,4})\\.?\\s*(?:(?:--|[-–—:.])\\s*)?(?=\\p{L})");

    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
            + "(?:day|nesday|sday|urday)?\\.?,?\\s+)?(?:" + DateRecognizer.MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + DateRecognizer.MONTH + "\\.?|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{4})?"
            + "\\s*(?:[-–—:,]\\s*)?(?=\\p{L})");

    /** The titles that name a body's people: "Board Members", "Officers", "Committee", "Trustees", "Members". */
    private static final Pattern MEMBER_TITLE = Pattern.compile("(?i)(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:the\\s+)?"
            + "(?:(?:board|committee|council|executive|steering\\s+group|working\\s+group|commission)(?:\\s+members)?"
            + "|board\\s+of\\s+directors|members|officers|directors|trustees|councillors|councilors|commissioners"
            + "|participants|people|who\\s+was\\s+there)\\s*:?");

    /** Whether the words before the keyword name a group ("Council Members", "Also"), not a person ("Smith"). */
    private static boolean groupWords(String label) {
        for (String word : label.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
            if (!GROUP.contains(w) && !NameIndex.TITLES.contains(w) && !NameIndex.ORG_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> GROUP = Set.of("members", "other", "commissioners", "councillors", "councilors", "directors",
            "trustees", "supervisors", "officials", "officers", "voting", "non-voting", "also", "those", "others",
            "persons", "people", "participants", "delegates", "representatives", "aldermen", "selectmen", "governors",
            "elected", "appointed", "absent", "present", "in", "not", "excused", "alternates", "advisory", "ex-officio",
            "regular", "associate", "associates", "attending", "council", "board", "committee", "commission", "all",
            "meeting", "call", "todays", "session",
            // "Guests present:", "Staff in attendance:": the people the label is about.
            "guests", "visitors", "staff", "observers");

    private static Label of(String labelText, String rest) {
        // "Members in Attendance in Official Capacity": the capacity says how they sat, not that they are staff.
        String label = labelText.toLowerCase(Locale.ROOT).replaceAll(CAPACITY_WORDS, "");
        AttendanceStatus status = AttendanceStatus.PRESENT;
        if (label.contains("absent") || label.contains("not present") || label.matches("(?s).*\\bnot\\s+(?:in\\s+)?attend.*")) {
            status = AttendanceStatus.ABSENT;
        } else if (label.contains("excused") || label.contains("apolog") || label.contains("regrets")) {
            status = AttendanceStatus.EXCUSED;
        }
        Role role = null;
        if (label.contains("in the chair")) {
            role = Role.CHAIR;
        } else if (label.contains("staff") || label.contains("management") || label.contains("official")) {
            role = Role.STAFF;
        } else if (label.contains("guest") || label.contains("visitor") || label.contains("public")
                || label.contains("non-member") || label.contains("observ")) {
            role = Role.GUEST;
        }
        return new Label(status, role, rest, List.of());
    }

    /**
     * "Members Present  Staff Present", "Board of Directors:      City Staff:": two or more labels side by side, as text
     * extraction leaves columns; each column's offset counted from the start of the line as written ({@code indent}).
     */
    private static Label columns(String text, int indent) {
        String[] parts = COLUMNS.split(text.strip());
        if (parts.length < 2) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        Matcher sep = COLUMNS.matcher(text.strip());
        int offset = 0;
        for (String part : parts) {
            Label cell = cellLabel(part);
            if (cell == null || !cell.inline().isBlank()) {
                return null;
            }
            columns.add(new Column(cell, indent + offset));
            if (sep.find()) {
                offset = sep.end();
            }
        }
        return new Label(AttendanceStatus.PRESENT, null, "", List.copyOf(columns));
    }

    /**
     * A cell of a row that is a label of its own ("Staff Present", "City Staff:", "Board of Directors:", "Absent: Ann
     * Lee"), what follows it in the cell as its inline text; null for any other cell.
     */
    private static Label cellLabel(String cell) {
        String t = withoutMarkup(cell.strip());
        Matcher m = LABEL.matcher(t);
        if (m.matches() && m.group("verb") == null && m.group("words").split("\\s+").length <= 3
                && (m.group("rest").isBlank() || m.group("sep") != null && m.group("sep").startsWith(":"))) {
            return of(m.group("label"), m.group("rest"));
        }
        Matcher c = MEMBER_CAPTION.matcher(t);
        return c.matches() && (c.group("rest").isBlank() || c.group("colon") != null)
                ? new Label(AttendanceStatus.PRESENT, null, c.group("rest"), List.of()) : null;
    }

    /**
     * "Board of Directors:", "Council Members:", "School Committee Members:", "Trustees:": a caption naming the body's
     * members, over the names of those present (or with them after the colon).
     */
    private static final Pattern MEMBER_CAPTION = Pattern.compile("(?i)(?:the\\s+)?(?:\\p{L}[\\p{L}'’&.-]*\\s+){0,3}?"
            + "(?:board\\s+of\\s+(?:directors|trustees|governors|commissioners|supervisors|education|selectmen)"
            + "|(?:board|council|committee|commission|school\\s+committee|planning\\s+board)\\s+members|directors|trustees|governors|councillors"
            + "|councilors|councilmembers|commissioners|officers|aldermen|alderpersons|selectmen|selectboard\\s+members"
            + "|supervisors|delegates|representatives)(?<colon>\\s*:)?\\s*(?<rest>.*)$");

    /**
     * "Board of Directors:" over "Daniel Roe, Chair", "Council Members: Ann Lee, Bo Ek": a caption naming the body's
     * members, ended by its colon, with people after it on its line or on the next; null for a caption over anything
     * else ("Directors: the report was received.").
     */
    private static Label memberCaption(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.kind() != Line.Kind.TEXT) {
            return null;
        }
        Matcher c = MEMBER_CAPTION.matcher(withoutMarkup(line.text()));
        if (!c.matches() || c.group("colon") == null) {
            return null;
        }
        Label label = new Label(AttendanceStatus.PRESENT, null, c.group("rest"), List.of());
        String people = c.group("rest");
        if (people.isBlank()) {
            int j = i + 1;
            while (j < lines.size() && isBlankOrComment(lines.get(j))) {
                j++;
            }
            if (j >= lines.size() || lines.get(j).kind() != Line.Kind.TEXT) {
                return null;
            }
            people = COLUMNS.split(lines.get(j).text().strip())[0];
        } else if (isProse(people)) {
            return null;
        }
        List<Attendee> trial = new ArrayList<>();
        readLine(people, label, false, trial);
        boolean named = !trial.isEmpty() && trial.stream().allMatch(a -> a.name().strip().contains(" ") || NameIndex.looksLikePersonName(a.name()))
                && trial.stream().anyMatch(a -> a.name().strip().contains(" ") && !isOrganisation(a.name()));
        return named ? label : null;
    }

    /**
     * Reads the block that starts at {@code lines[start]} (a label line); returns the index after it.
     * The people found are added to {@code out}.
     */
    static int read(List<Line> lines, int start, Label label, List<Attendee> out) {
        int table = flatTable(lines, start, out);
        if (table > start) {
            return table;
        }
        Line first = lines.get(start);
        if (first.kind() == Line.Kind.TABLE) {
            // A table headed by labels ("| Present | Apologies |"): the head row is part of what is read.
            return readBlock(lines, start, label, out, new ArrayList<>());
        }
        int i = start + 1;
        if (ALL_SPEAKERS.matcher(withoutMarkup(first.text())).lookingAt()) {
            // "All speakers: dape, henk, tove": everyone who spoke, some already listed as present by their full names.
            List<Attendee> spoke = new ArrayList<>();
            parseEntries(label.inline(), label, spoke);
            spoke.stream().filter(a -> out.stream().noneMatch(o -> sameNick(a.name(), o.name()))).forEach(out::add);
            return i;
        }
        if (!label.inline().isBlank()) {
            StringBuilder text = new StringBuilder(label.inline());
            // A list wrapped onto the next lines: "Present: A, B,\nC and D."
            if (i + 1 < lines.size() && lines.get(i).isBlank() && cutShort(text.toString(), lines.get(i + 1).text())
                    && continues(text.toString(), lines.get(i + 1)) && !isProse(lines.get(i + 1).text())) {
                // "Present: K. Roe, J.P., D." then a blank line, then "Hale, J.P.": PDF text with a blank line after
                // each line, the surname of the list's last entry on the next.
                i++;
            }
            while (i < lines.size() && (continues(text.toString(), lines.get(i))
                    || fillsItsLine(lines.get(i - 1), text.toString(), lines.get(i)))) {
                text.append(' ').append(raw(lines.get(i)));
                i++;
                if (i + 1 < lines.size() && lines.get(i).isBlank()
                        && (wrapsStrongly(text.toString()) || cutShort(text.toString(), lines.get(i + 1).text()))
                        && continues(text.toString(), lines.get(i + 1)) && !isProse(lines.get(i + 1).text())) {
                    // "A, B," then a blank line, then "C and D.": the list goes on past the blank line it left.
                    i++;
                }
            }
            int before = out.size();
            runOnLabels(text.toString(), label, out);
            int after = officeHolderLines(lines, i, label, out);
            after = out.size() == before + 1 && after == i ? onePerLine(lines, i, label, out) : after;
            after = groupLines(lines, after, out);
            meetingOffices(lines, after, out);
            return after;
        }
        if (first.isListItem() && i < lines.size() && lines.get(i).isListItem() && lines.get(i).depth() > first.depth()) {
            return nestedRoll(lines, i, first.depth(), label, out);
        }
        if (first.isListItem()) {
            // "- Present:" with the names as the list items under it (nested or not, as text extraction leaves
            // them): read while the items name people.
            while (i < lines.size() && lines.get(i).isListItem() && label(lines.get(i)) == null
                    && readLine(lines.get(i).text(), label, false, out)) {
                i++;
            }
            return i;
        }
        int before = out.size();
        int cells = cellPerLine(lines, i, label, out);
        if (cells > i) {
            return cells;
        }
        int end = readBlock(lines, i, label, out, new ArrayList<>());
        List<Line> block = lines.subList(i, end).stream().filter(l -> !isBlankOrComment(l)).toList();
        if (out.size() == before + 1 && block.size() == 1) {
            end = block.get(0).isListItem() ? looseItems(lines, end, block.get(0), label, out) : spacedNames(lines, end, label, out);
        }
        return captionedLists(lines, end, label, out);
    }

    /** "Dr. Ann Lee", "Prof. B.K. Rao", "Sri J.A. Roe": a cell a courtesy or academic title opens, then a name. */
    private static final Pattern TITLED_CELL = Pattern.compile("(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sri|Shri|Smt|Rev)\\.?"
            + "\\s*\\p{Lu}[\\p{L}'’. -]{1,40}");

    /** "1", "12.": the serial number of a table's row, in a cell of its own. */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,3}[.)]?");

    /**
     * Reads a table of people that a web page or PDF left one cell to a line, blank lines between the cells, under its
     * label: "1" over "Dr. Ann Lee" over "Member", then "2" over "Prof. Bo Chen" over "Special Invitee". Each row is a
     * serial number (or none), a name, and at most one short office after it; the first line that is none of these,
     * another label or a heading ends the table. Returns the index after it, or {@code from} when no two rows read so
     * (one will do with both its serial number and its office).
     */
    private static int cellPerLine(List<Line> lines, int from, Label label, List<Attendee> out) {
        List<Attendee> read = new ArrayList<>();
        int i = from;
        int end = from;
        int blanks = 0;
        int cellsBeside = 0;
        boolean office = false;
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (isBlankOrComment(l)) {
                blanks++;
                continue;
            }
            String t = l.text().strip();
            if (l.kind() != Line.Kind.TEXT || l.bold() || label(l) != null) {
                break;
            }
            if (SERIAL.matcher(t).matches()) {
                cellsBeside++;
                office = false;
                end = i + 1;
                continue;
            }
            boolean officeCell = office && !read.isEmpty() && t.split("\\s+").length <= 4 && officesOnly(t);
            if (officeCell) {
                read.set(read.size() - 1, describe(read.get(read.size() - 1), t));
                cellsBeside++;
                office = false;
                end = i + 1;
                continue;
            }
            List<Attendee> one = new ArrayList<>();
            boolean whole = !t.contains(",") && t.split("\\s+").length <= 5 && readLine(t, label, false, one) && one.size() == 1
                    && one.get(0).name().contains(" ") && (t.equals(one.get(0).name()) || t.startsWith(one.get(0).name() + " ("));
            if (whole || TITLED_CELL.matcher(t).matches()) {
                // "Prof. J .Arun Menon": a title says the cell names a person, however its initials are spaced.
                read.add(whole ? one.get(0) : attendee(t, null, label, null));
                office = true;
                end = i + 1;
                continue;
            }
            break;
        }
        // Cells parted by blank lines, and a serial number or an office beside the names: a list of names alone,
        // one to a line, is read as a block.
        if (read.isEmpty() || blanks < read.size() || cellsBeside < read.size() || read.size() == 1 && cellsBeside < 2) {
            return from;
        }
        out.addAll(read);
        return end;
    }

    /** One entry set as code: "`Treasurer`", "`jdoe`". */
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    /** A list whose every entry is set as code: "`Treasurer`, `WebAdmin`, `Chair`". */
    private static final Pattern CODE_SPANS = Pattern.compile("`[^`,]+`(?:\\s*,\\s*`[^`,]+`)+");
    /** "ann\_roe": Markdown's backslash before a mark it is to print as written, no part of the name. */
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(?=[_*`#\\[\\]])");
    /** Whether what follows a label names no one: "None", "n/a", "-". */
    static boolean namesNoOne(String text) {
        return NOBODY.matcher(text.strip()).matches();
    }

    /** "- Ann Lee, Bo Ek": a dash or bullet between the label's colon and the first name. */
    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*[-–—•]\\s+(?=\\p{Lu})");
    /** A colon closing a caption inside a line, with text after it: "... Parish Clerk: Cy Dunn". */
    private static final Pattern INNER_COLON = Pattern.compile(":\\s+(?=\\S)");
    /** "Parish", "Deputy", "Locum": words that go before an office in its caption ("Parish Clerk", "Deputy Clerk"). */
    private static final Pattern OFFICE_MODIFIER = Pattern.compile("(?i)parish|town|city|county|district|borough|village"
            + "|vice|deputy|assistant|acting|interim|locum|recording|minutes|executive|responsible|finance|financial");
    /** "Bo Ek (BE) – Chair,": an office written after a name and a spaced dash, within a list of people. */
    private static final Pattern LISTED_DASH_OFFICE = Pattern.compile("(?<=[\\p{L}.)])\\s+[-–—]\\s+(?<office>\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+[\\p{L}'’.-]+){0,3}?)(?=\\s*[,;]|\\.?\\s*$|\\.\\s)");
    /** "(AL) Bo Ek (BE)": a short bracket closing one entry, the next entry's name after it with no comma between. */
    private static final Pattern BRACKET_THEN_NAME = Pattern.compile("(\\([\\p{Lu}\\d][\\p{L}\\d&.-]{0,11}\\))\\s+"
            + "(?=(?<word>\\p{Lu}[\\p{Ll}'’-]+)(?:\\s+\\p{Lu}|\\s*\\())");

    /**
     * Reads the people on a label's line when further labels run on in it, as a parish clerk writes the whole
     * attendance in one line: "Ann Lee (AL), Bo Ek (BE) – Chair, Cy Dunn (CD). Parish Clerk: Di Fox In attendance: two
     * members of the public." Each label after the first reads the people up to the next one, with the status and
     * role it gives (an office caption reads its holder); an office after a dash goes to its holder.
     */
    private static void runOnLabels(String text, Label label, List<Attendee> out) {
        String t = unclosedBracketsParted(LEADING_DASH.matcher(text).replaceFirst(""));
        List<Integer> cuts = runOnCuts(t);
        if (cuts.isEmpty()) {
            int before = out.size();
            dashedOffices(t, label, out);
            if (out.size() == before && inCapitals(t)) {
                // "PRESENT: ROBERT ROE, DAVID DEE": the list typed in capitals.
                readCapitals(t, out, (cased, found) -> dashedOffices(cased, label, found));
            }
            return;
        }
        dashedOffices(t.substring(0, cuts.get(0)), label, out);
        for (int k = 0; k < cuts.size(); k++) {
            String part = t.substring(cuts.get(k), k + 1 < cuts.size() ? cuts.get(k + 1) : t.length()).strip();
            Matcher m = LABEL.matcher(part);
            if (m.matches() && m.group("sep") != null && m.group("sep").startsWith(":") && groupWords(m.group("pre"))) {
                dashedOffices(m.group("rest"), of(m.group("label"), m.group("rest")), out);
            } else {
                parseEntries(part.replaceFirst("[.;,]$", ""), label, out);
            }
        }
    }

    /**
     * Where labels run on inside a list of people: the start of each caption closed by a colon that is an attendance
     * label ("In attendance:", "Apologies:") or an office ("Parish Clerk:"), the longest such caption of the words
     * before the colon.
     */
    private static List<Integer> runOnCuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        Matcher colon = INNER_COLON.matcher(text);
        while (colon.find()) {
            if (depth(text, colon.start()) != 0) {
                continue;
            }
            // The words before the colon, back to the last stop, comma or bracket.
            List<Integer> starts = new ArrayList<>();
            int i = colon.start();
            while (starts.size() < 4) {
                int end = i;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                int start = end;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                if (start == end || !text.substring(start, end).matches("[\\p{L}'’-]+")) {
                    break;
                }
                starts.add(start);
                i = start;
            }
            for (int k = starts.size() - 1; k >= 0; k--) {
                int start = starts.get(k);
                String caption = text.substring(start, colon.start()).strip();
                if (start > 0 && Character.isUpperCase(caption.codePointAt(0)) && runOnCaption(caption)) {
                    cuts.add(start);
                    break;
                }
            }
        }
        return cuts;
    }

    /** Whether a caption run on in a list opens a new one: an attendance label, or an office and its modifiers alone. */
    private static boolean runOnCaption(String caption) {
        Matcher m = LABEL.matcher(caption + ":");
        if (m.matches() && groupWords(m.group("pre")) && m.group("rest").isEmpty()) {
            return true;
        }
        return isOffice(caption) && Arrays.stream(caption.split("\\s+")).allMatch(w -> isOfficeWord(w)
                || NameIndex.isOnlyTitles(w) || OFFICE_MODIFIER.matcher(w).matches() || isOffice(w));
    }

    /** How many brackets are open at {@code at} in {@code text}. */
    private static int depth(String text, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            d += c == '(' ? 1 : c == ')' && d > 0 ? -1 : 0;
        }
        return d;
    }

    /** A full name right after a bracket: "(Bo Ekland (e), ...". */
    private static final Pattern NAME_AFTER_BRACKET = Pattern.compile("\\(\\s*\\p{Lu}[\\p{Ll}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+\\s*(?:[,(]|$)");

    /**
     * "Ann Roe (e), Cy Dunn (Bo Ekland (n/a), Di Fox": in a comma list, a bracket never closed, a full name right after
     * it, is a slip for the comma between two people; left open it would swallow everyone after it.
     */
    private static String unclosedBracketsParted(String text) {
        if (text.indexOf('(') < 0 || commas(text) < 2) {
            return text;
        }
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                open.push(i);
            } else if (text.charAt(i) == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        StringBuilder sb = new StringBuilder(text);
        for (int at : open) {
            if (NAME_AFTER_BRACKET.matcher(text).region(at, text.length()).lookingAt()) {
                sb.setCharAt(at, ',');
            }
        }
        return sb.toString();
    }

    /**
     * "Ann Lee (AL), Bo Ek (BE) Cy Dunn (CD), Di Fox": in a comma list, a comma left out between a short bracket
     * (initials, an organisation's letters) and the next person's name is put back. An office after the bracket
     * ("Ann Lee (AL) Chair") is no name.
     */
    private static String bracketsParted(String text) {
        if (commas(text) < 2) {
            return text;
        }
        Matcher m = BRACKET_THEN_NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String word = m.group("word");
            m.appendReplacement(sb, Matcher.quoteReplacement(isOffice(word) || isOfficeWord(word) || roleOf(word) != null
                    ? m.group() : m.group(1) + ", "));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Two words of capitals, at least two letters each, with no small letter anywhere: "ROBERT ROE". */
    private static final Pattern CAPITAL_NAME = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}['’-]?\\p{Lu}*\\s+\\p{Lu}{2,}");
    /** Small words a title in capitals has and a name has not: "CALL TO ORDER", "ROLL OF THE BOARD". */
    private static final Pattern CAPITAL_NOT_NAME = Pattern.compile("\\b(?:TO|OF|THE|AND|FOR|AT|IN|ON|BY|OR|WITH|FROM)\\b");

    /**
     * Whether a line of people is typed in capitals: two words of capitals in a row, and no small letter before the
     * first comma ("JOE JONES, Mayor" has its office in mixed case).
     */
    private static boolean inCapitals(String text) {
        String first = text.split("[,;(]", 2)[0];
        return first.codePoints().noneMatch(Character::isLowerCase) && CAPITAL_NAME.matcher(first).find()
                && !CAPITAL_NOT_NAME.matcher(text).find();
    }

    /** Something that reads people from a text into a list. */
    private interface PeopleReader {
        void read(String text, List<Attendee> found);
    }

    /**
     * Reads a text typed in capitals through {@code reader} as if its words were written with an initial capital
     * ("ROBERT ROE" as "Robert Roe"), then gives each name, affiliation and note found its letters as written.
     */
    private static void readCapitals(String text, List<Attendee> out, PeopleReader reader) {
        String mixed = initialCapitals(text);
        List<Attendee> found = new ArrayList<>();
        reader.read(mixed, found);
        for (Attendee a : found) {
            out.add(new Attendee(asWritten(a.name(), mixed, text), asWritten(a.affiliation(), mixed, text), a.status(),
                    a.role(), asWritten(a.note(), mixed, text)));
        }
    }

    /** The text with each word's letters after its first in small letters: "ROBERT ROE-DEE" → "Robert Roe-Dee". */
    private static String initialCapitals(String text) {
        StringBuilder cased = new StringBuilder(text.length());
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cased.append(inWord ? Character.toLowerCase(c) : c);
            inWord = Character.isLetter(c);
        }
        return cased.toString();
    }

    /** The part of {@code text} that {@code value} was read from in its mixed-case copy, or the value itself. */
    private static String asWritten(String value, String mixed, String text) {
        int at = value == null ? -1 : mixed.indexOf(value);
        return at < 0 ? value : text.substring(at, at + value.length());
    }

    /**
     * Reads a list of people in which an office may follow a name after a spaced dash ("Bo Ek (BE) – Chair, Cy
     * Dunn"): the office is taken out before the list is read and given to the person it follows.
     */
    private static void dashedOffices(String text, Label label, List<Attendee> out) {
        Matcher m = LISTED_DASH_OFFICE.matcher(text);
        StringBuilder list = new StringBuilder();
        List<String[]> held = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String office = m.group("office").strip();
            if (!isOffice(office) && roleOf(office) == null) {
                continue;
            }
            String before = text.substring(from, m.start());
            String who = text.substring(Math.max(text.lastIndexOf(',', m.start()), text.lastIndexOf(';', m.start())) + 1,
                    m.start()).replaceAll("\\([^()]*\\)", "").strip();
            list.append(before);
            held.add(new String[] {who, office});
            from = m.end();
        }
        list.append(text.substring(from));
        int first = out.size();
        parseEntries(list.toString(), label, out);
        for (String[] h : held) {
            for (int k = first; k < out.size(); k++) {
                if (out.get(k).name().equals(h[0]) || h[0].endsWith(out.get(k).name())) {
                    out.set(k, describe(out.get(k), h[1]));
                    break;
                }
            }
        }
    }

    /**
     * Reads the fields right under a labelled line that name the meeting's officers ("Present: Ann, Bo" over "Chair:
     * Ann", "Scribe: cydee"), as W3C's minutes and others list them: each holder was there. "Chair: -" names no one.
     * The fields stay where they are, to be read as the meeting's chair or recorder and kept as written.
     */
    private static void meetingOffices(List<Line> lines, int from, List<Attendee> out) {
        int i = from;
        Label present = new Label(AttendanceStatus.PRESENT, null, "", List.of());
        while (true) {
            // "Scribe: cydee" may stand a blank line below, as a definition list's fields come out of HTML.
            int j = i;
            while (j < lines.size() && j - i < 2 && lines.get(j).isBlank()) {
                j++;
            }
            if (j >= lines.size() || lines.get(j).kind() != Line.Kind.TEXT || label(lines.get(j)) != null) {
                return;
            }
            Matcher m = CAPTION.matcher(withoutMarkup(lines.get(j).text()).strip());
            // "Clerk: Mrs P. Roe" is staff, read as the header's field; the chair and the scribe are read here.
            if (!m.matches() || roleOf(m.group("caption").strip()) == null && !OFFICE_NOUN.matcher(m.group("caption").strip()).find()) {
                return;
            }
            List<Attendee> found = new ArrayList<>();
            String rest = m.group("rest").strip();
            if (!NOBODY.matcher(rest).matches() && !rest.matches("[-–—?]+")
                    && !officeCaptioned(m.group("caption").strip(), m.group("rest"), present, found)) {
                return;
            }
            found.stream().filter(a -> out.stream().noneMatch(o -> NameIndex.fold(o.name()).equals(NameIndex.fold(a.name()))))
                    .forEach(out::add);
            i = j + 1;
        }
    }

    private static final Pattern ALL_SPEAKERS = Pattern.compile("(?i)all\\s+speakers\\s*:");

    /**
     * Whether {@code nick}, a name as a chat writes it, is {@code listed}: the same, its first name ("henk" of "Henk
     * Spaaj"), or the start of its first name joined to the start of its surname ("dape" of "Daniel Peintner").
     */
    private static boolean sameNick(String nick, String listed) {
        String n = NameIndex.fold(nick).replace("@", "");
        String[] words = NameIndex.fold(listed).replace("@", "").split("[\\s_]+");
        if (n.equals(String.join(" ", words)) || n.equals(words[0]) || n.equals(String.join("", words))) {
            return true;
        }
        String last = words[words.length - 1];
        for (int k = 1; words.length > 1 && n.length() >= 3 && k < n.length(); k++) {
            if (words[0].startsWith(n.substring(0, k)) && last.startsWith(n.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the next line with words after one to three blank lines (or lines only a comment fills) from
     * {@code i}, as a loose list or a page's paragraphs set them apart; -1 when no blank line is there, more than three
     * are, or the lines end.
     */
    private static int pastBlanks(List<Line> lines, int i) {
        int j = i;
        while (j < lines.size() && j - i < 3 && isBlankOrComment(lines.get(j))) {
            j++;
        }
        return j == i || j >= lines.size() ? -1 : j;
    }

    /**
     * Reads on after a label's first name when the names stand one to a line with blank lines between them, as HTML
     * line breaks and PDF text leave them ("Board Members Present:" over "Bartlett Durand", a blank line, "Mondo Chun",
     * ...): each line that is one person's full name and nothing else, or the name and where the person comes from
     * ("Ann Lee, Home Office"); stops at the first line that is not.
     */
    private static int spacedNames(List<Line> lines, int from, Label label, List<Attendee> out) {
        int i = from;
        while (true) {
            int j = pastBlanks(lines, i);
            if (j < 0) {
                return i;
            }
            Line l = lines.get(j);
            String t = l.text().strip();
            List<Attendee> one = new ArrayList<>();
            // "Ann Lee, Home Office": a name with where the person comes from, one paragraph each as HTML leaves them.
            String[] parts = t.split("\\s*,\\s*", 2);
            String name = parts.length == 2 && !isProse(parts[1]) ? parts[0] : t;
            if (l.kind() != Line.Kind.TEXT || l.bold() || label(l) != null || name.split("\\s+").length < 2
                    || !isName(name)
                    || NOT_A_NAME.matcher(t).find() || !readLine(t, label, false, one) || one.size() != 1
                    || !one.get(0).name().equals(name)) {
                return i;
            }
            out.addAll(one);
            i = j + 1;
        }
    }

    /**
     * Reads on after a label's first list item when the items stand apart with blank lines between them, as a loose list
     * is written in Markdown ("- Ann Lee", a blank line, "- Bo Chen") and as a page's list items ("<li>Ann Lee</li>")
     * come out: each item of the same list that names one person, and nothing else; stops at the first that does not,
     * at another label and at anything that is not such an item.
     */
    private static int looseItems(List<Line> lines, int from, Line first, Label label, List<Attendee> out) {
        int i = from;
        while (true) {
            int j = pastBlanks(lines, i);
            if (j < 0) {
                return i;
            }
            Line l = lines.get(j);
            List<Attendee> one = new ArrayList<>();
            if (l.kind() != first.kind() || l.depth() != first.depth() || label(l) != null
                    || NOT_A_NAME.matcher(l.text()).find() || !readLine(l.text(), label, false, one) || one.size() != 1) {
                return i;
            }
            out.addAll(one);
            i = j + 1;
        }
    }

    /**
     * Words of an agenda's titles, never a person's name: "Old Business", "Public Comment", "Citizen Commentary",
     * "Treasurer Report".
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\b(?:business|comment(?:s|ary)?|reports?|minutes|agenda|items?"
            + "|matters|updates?|approval|adjourn\\w*|correspondence|announcements?|discussion|session|call|order"
            + "|budget|finance|review|new|old|other|general|public|closed|open|remarks|closing|opening|welcome|break"
            + "|lunch|introductions?|wrap-up|summary|questions)\\b");

    /**
     * Whether a line after a blank line below a comma list is the title of what comes next ("Agenda", "Minutes of the
     * last meeting"), not more of the list: capitalised, no comma, and a word of an agenda's titles.
     */
    private static boolean titleAfterList(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && !t.contains(",") && hasAgendaWord(t);
    }

    /** Whether {@code text} holds a word of an agenda's titles ("Closing Remarks", "Open Discussion"), never a name's. */
    static boolean hasAgendaWord(String text) {
        return NOT_A_NAME.matcher(text).find();
    }

    /**
     * Reads the items nested under a roll call item ("1. Roll Call"), deeper than {@code depth}: one person per item
     * ("President - Nora Quint: Present"), or a caption item ("Executive Board", "Committee Chairs:") over items that
     * each name one person. Stops at the first item that is neither; returns the index after the last one read.
     */
    private static int nestedRoll(List<Line> lines, int from, int depth, Label label, List<Attendee> out) {
        int i = from;
        while (i < lines.size() && lines.get(i).isListItem() && lines.get(i).depth() > depth && label(lines.get(i)) == null) {
            Line item = lines.get(i);
            boolean caption = i + 1 < lines.size() && lines.get(i + 1).isListItem() && lines.get(i + 1).depth() > item.depth();
            if (!caption) {
                if (!readLine(item.text(), label, false, out)) {
                    return i;
                }
                i++;
                continue;
            }
            List<Attendee> found = new ArrayList<>();
            int k = i + 1;
            while (k < lines.size() && lines.get(k).isListItem() && lines.get(k).depth() > item.depth()) {
                int before = found.size();
                if (!readLine(lines.get(k).text(), label, false, found) || found.size() != before + 1) {
                    return i;
                }
                k++;
            }
            out.addAll(found);
            i = k;
        }
        return i;
    }

    /**
     * The label that {@code lines[i]} starts with: {@link #label(Line)}, or a list item that is only "Roll Call" or
     * "Attendance" with the roll nested under it.
     */
    static Label label(List<Line> lines, int i) {
        Line line = lines.get(i);
        Matcher following = line.kind() == Line.Kind.TEXT ? FOLLOWING.matcher(withoutMarkup(line.text())) : null;
        if (following != null && following.find()) {
            // "... met by video call. The following directors were present at the meeting:": the names come below. The
            // sentence is the minutes' own, kept as written, not a label to leave out.
            return of(following.group("status"), "");
        }
        Matcher inline = followingInline(line);
        if (inline != null) {
            return of(inline.group("status"), inline.group("rest"));
        }
        Label label = label(line);
        if (label == null && flatTable(lines, i, new ArrayList<>()) > i) {
            return new Label(AttendanceStatus.PRESENT, null, "", List.of());
        }
        boolean firstRow = line.kind() == Line.Kind.TABLE && (i == 0 || lines.get(i - 1).kind() != Line.Kind.TABLE);
        if (label == null && firstRow && rollHeader(line)) {
            return new Label(AttendanceStatus.PRESENT, null, "", List.of());
        }
        if (label == null && line.kind() == Line.Kind.TABLE && (i == 0 || lines.get(i - 1).kind() != Line.Kind.TABLE
                || labelsOnly(line))) {
            // "| Board of Directors | City Staff |" heading a table: its columns list the people under each label.
            // "| Present: | | |" in a table of the meeting's fields: the rows below list the people, another label
            // further down ("| Ann Lee | Clerk | Apologies: | Bo Ek |") starting a column of its own.
            List<Line> rows = new ArrayList<>();
            for (int k = i; k < lines.size() && lines.get(k).kind() == Line.Kind.TABLE; k++) {
                rows.add(lines.get(k));
            }
            return labelledColumns(rows) ? new Label(AttendanceStatus.PRESENT, null, "", List.of()) : null;
        }
        if (label == null) {
            label = memberCaption(lines, i);
        }
        if (label != null || !line.isListItem() || !ROLL_ITEM.matcher(line.text().strip()).matches()) {
            return label;
        }
        boolean nested = i + 1 < lines.size() && lines.get(i + 1).isListItem() && lines.get(i + 1).depth() > line.depth();
        return nested ? new Label(AttendanceStatus.PRESENT, null, "", List.of()) : null;
    }

    private static final Pattern FLAT_NAME = Pattern.compile("(?i)(?:attendee|member|director|participant)?\\s*name");
    private static final Pattern FLAT_HEADER = Pattern.compile("(?i)title|role|position|office|status|attendance|present"
            + "|arrived|departed|left|organi[sz]ation|affiliation|district|representing");
    private static final Pattern FLAT_STATUS = Pattern.compile("(?i)present|absent|excused|remote|late");
    private static final Pattern FLAT_TIME = Pattern.compile("(?i)\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?");

    /**
     * An attendance table that PDF extraction flattened into one column ("Attendee Name", "Title", "Status", then
     * names, offices and Present/Absent, a row or a few rows at a time): read from its header at {@code start}, the
     * n-th name taking the n-th status and office. Returns the index after the table, or {@code start} when the
     * lines there are no such table or the names and statuses do not pair up.
     */
    static int flatTable(List<Line> lines, int start, List<Attendee> out) {
        if (lines.get(start).kind() != Line.Kind.TEXT || !FLAT_NAME.matcher(lines.get(start).text().strip()).matches()) {
            return start;
        }
        int i = start + 1;
        boolean status = false;
        while (i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT && FLAT_HEADER.matcher(lines.get(i).text().strip()).matches()) {
            status |= lines.get(i).text().strip().matches("(?i)status|attendance|present");
            i++;
        }
        if (!status || i == start + 1) {
            return start;
        }
        List<String> names = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        int end = i;
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (l.isBlank()) {
                continue;
            }
            if (l.kind() != Line.Kind.TEXT) {
                break;
            }
            if (FLAT_STATUS.matcher(t).matches()) {
                statuses.add(t);
            } else if (FLAT_TIME.matcher(t).matches() || FLAT_HEADER.matcher(t).matches()) {
                // an arrival time, a column heading repeated where the columns go on
            } else if (isOffice(t) && !t.endsWith(".")) {
                offices.add(t);
            } else if (isName(t) && t.contains(" ") && label(l) == null) {
                names.add(t);
            } else {
                break;
            }
            end = i + 1;
        }
        if (names.size() < 2 || names.size() != statuses.size()) {
            return start;
        }
        for (int k = 0; k < names.size(); k++) {
            Attendee a = new Attendee(names.get(k), null, status(statuses.get(k)), null, null);
            out.add(offices.size() == names.size() ? describe(a, offices.get(k)) : a);
        }
        return end;
    }

    private static final Pattern ROLL_ITEM = Pattern.compile("(?i)(?:roll\\s+call|attendance|attendees)\\s*:?");

    /**
     * Reads the lists that go on after a labelled block under captions of their own ("For the Foundation:", "From
     * the city:", "Officers:"), each followed by one person per item; returns the index after the last one read.
     */
    private static int captionedLists(List<Line> lines, int from, Label label, List<Attendee> out) {
        int i = from;
        while (true) {
            int c = i;
            while (c < lines.size() && isBlankOrComment(lines.get(c))) {
                c++;
            }
            if (c >= lines.size() || !isCaption(lines.get(c))) {
                return i;
            }
            int k = c + 1;
            while (k < lines.size() && isBlankOrComment(lines.get(k))) {
                k++;
            }
            List<Attendee> found = new ArrayList<>();
            int end = k;
            while (end < lines.size() && lines.get(end).isListItem() && label(lines.get(end)) == null) {
                int before = found.size();
                if (!readLine(lines.get(end).text(), label, false, found) || found.size() != before + 1) {
                    return i;
                }
                end++;
            }
            if (found.isEmpty()) {
                return i;
            }
            out.addAll(found);
            i = end;
        }
    }

    /**
     * "For the Foundation:", "Officers:": a short line ending in a colon that is no label and no sentence, nor the
     * caption of the minutes' own record ("Minutes of the Meeting:", "Items discussed:").
     */
    private static boolean isCaption(Line line) {
        String t = line.text().strip();
        return line.kind() == Line.Kind.TEXT && t.endsWith(":") && t.length() > 2 && Character.isUpperCase(t.codePointAt(0))
                && t.split("\\s+").length <= 6 && label(line) == null && !t.contains(". ") && !RECORD_CAPTION.matcher(t).find();
    }

    /** Words that caption the record of the meeting, never a group of people: "Minutes", "Agenda", "Items", "Business". */
    private static final Pattern RECORD_CAPTION = Pattern.compile("(?i)\\b(?:minutes|agenda|business|discussions?|items?"
            + "|matters|proceedings|decisions|resolutions)\\b");

    /**
     * A list of people with no label, right before the absences ("- Jane Roe (Chair, jr123)" ... then "Apologies"):
     * the people who were there, as minutes list them first. Every item must name one person by a full name; returns
     * the index after the list, or {@code from} when the lines there are no such list.
     */
    static int listBeforeAbsences(List<Line> lines, int from, List<Attendee> out) {
        return listBeforeAbsences(lines, from, null, out);
    }

    /**
     * {@link #listBeforeAbsences(List, int, List)} where {@code following} (or null) is the line after {@code lines}:
     * the heading of the first section, when the absences are a section of their own ("Apologies for Absence").
     */
    static int listBeforeAbsences(List<Line> lines, int from, Line following, List<Attendee> out) {
        if (!lines.get(from).isListItem() || from > 0 && lines.get(from - 1).isListItem()) {
            return from;
        }
        int end = from;
        while (end < lines.size() && lines.get(end).isListItem() && label(lines.get(end)) == null) {
            end++;
        }
        int next = end;
        while (next < lines.size() && isBlankOrComment(lines.get(next))) {
            next++;
        }
        Line afterLine = next < lines.size() ? lines.get(next) : following;
        if (end - from < 2 || afterLine == null) {
            return from;
        }
        Label after = next < lines.size() ? label(afterLine) : heading(afterLine.text());
        if (after == null || after.status() == AttendanceStatus.PRESENT || after.role() != null) {
            return from;
        }
        Label present = new Label(AttendanceStatus.PRESENT, null, "", List.of());
        List<Attendee> found = new ArrayList<>();
        int missed = 0;
        for (int k = from; k < end; k++) {
            List<Attendee> one = new ArrayList<>();
            readLine(lines.get(k).text(), present, false, one);
            if (one.size() == 1 && one.get(0).name().split("\\s+").length >= 2) {
                found.addAll(one);
            } else {
                // "Charles Board (Committee)": a name that reads as an organisation is left as written.
                missed++;
            }
        }
        if (missed * 4 > end - from) {
            return from;
        }
        out.addAll(found);
        return end;
    }

    /** "Trustee Cy DunnAbsent:": a name with the label of its column run on after it, as PDF text extraction leaves it. */
    private static final Pattern TRAILING_LABEL = Pattern.compile("^(?<who>.*[\\p{Ll}.])\\s?(?<label>Present|Absent|Excused"
            + "|Not\\s+Present|Apologies|Remote)\\s*:\\s*$");

    /**
     * The roll of a meeting system's minutes as PDF text extraction leaves it, each label after the names it captions:
     * "Trustee Ann Roe" over "Trustee Bo Ek" over "Present:" over "Trustee Cy DunnAbsent:". Names one per line, each a
     * full name (an office before it allowed), then a label alone on its line or run on after the last name; the
     * names above each label have its state. The roll must end at its last label with no name after it, so a list
     * under a label in the usual order is never read this way. Returns the index after the roll, or {@code from}.
     */
    static int namesBeforeLabels(List<Line> lines, int from, List<Attendee> out) {
        if (from > 0 && lines.get(from - 1).kind() == Line.Kind.TEXT && !lines.get(from - 1).isBlank()) {
            return from;
        }
        Label present = new Label(AttendanceStatus.PRESENT, null, "", List.of());
        List<Attendee> found = new ArrayList<>();
        List<Attendee> pending = new ArrayList<>();
        int i = from;
        int end = from;
        boolean longRun = false;
        while (i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT) {
            String t = lines.get(i).text().strip();
            Label label = label(lines.get(i));
            Matcher trailing = TRAILING_LABEL.matcher(t);
            if (label != null && !label.inline().isBlank() && !trailing.matches() || label != null && !label.columns().isEmpty()) {
                break;
            }
            String who = label != null ? null : trailing.matches() ? trailing.group("who") : t;
            if (who != null) {
                Attendee one = onePerson(who, present);
                if (one == null) {
                    break;
                }
                pending.add(one);
            }
            if (label == null && !trailing.matches()) {
                i++;
                continue;
            }
            if (pending.isEmpty()) {
                break;
            }
            Label status = label != null ? label : of(trailing.group("label"), "");
            longRun |= pending.size() >= 2;
            pending.forEach(a -> found.add(new Attendee(a.name(), a.affiliation(), status.status(), a.role(), a.note())));
            pending.clear();
            end = ++i;
        }
        if (!longRun || !pending.isEmpty()) {
            return from;
        }
        out.addAll(found);
        return end;
    }

    /** The one person a line names by a full name, an office before it allowed, or null. */
    private static Attendee onePerson(String text, Label label) {
        List<Attendee> one = new ArrayList<>();
        readLine(text, label, false, one);
        return one.size() == 1 && one.get(0).name().split("\\s+").length >= 2 ? one.get(0) : null;
    }

    /**
     * "... at 6:10 p.m. Present: Members A, B and C. ...", "... after the fair. Board members in attendance were: A, B
     * and C.", "... Attending were A, B and C.": a label that opens a sentence inside a paragraph, a colon after it or
     * "were" before the first name.
     */
    private static final Pattern EMBEDDED = Pattern.compile("(?<=[.!?]\\s{1,3})(?<label>(?<pre>(?:\\p{Lu}\\p{L}*\\s+)"
            + "(?:\\p{L}+\\s+)?)?(?i:present|absent|excused|apologies|regrets|staff|guests|also\\s+present|not\\s+present"
            + "|in\\s+attendance|attending)"
            // "Board members present in person: A, B. Present virtually via Zoom: C.": how they took part, before the colon.
            + "(?:\\s+(?i:" + MODE + ")){0,2})"
            + "(?:(?:\\s+(?i:were|are))?\\s*:|\\s+(?i:were|are)(?=\\s+\\p{Lu}))\\s*(?=\\S)");

    /**
     * "A meeting of the Trustees, held on Tuesday, at which were present Ann Roe, Bo Ek and Cy Dunn.", "There were
     * present: A, B and C.", "... when there were absent A and B.": the state before the people, in the older
     * clerk's order, after a clause that points back at the meeting. Only capitalised words may follow, so "there
     * were present some twenty residents" names no one.
     */
    private static final Pattern STATE_FIRST = Pattern.compile("(?i:\\b(?:at\\s+which|in\\s+which|where|when|there)"
            + "(?:\\s+there)?\\s+(?:were|was)\\s+(?<label>present|absent|in\\s+attendance)(?:\\s+also)?)\\s*:?\\s+(?=\\p{Lu})");

    /**
     * Reads the labels that open a sentence inside a paragraph ("Chair Lee called the meeting to order. Present:
     * Members Hage, Roe. Also present: Secretary Chan."), and the state put before the people in a clause ("at which
     * were present A, B and C"): each reads the people up to the end of its sentence.
     */
    static void embedded(String paragraph, List<Attendee> out) {
        Matcher with = WITH_FOLLOWING.matcher(paragraph);
        while (with.find()) {
            readSentence(paragraph.substring(with.end()), with.group("label"), out);
        }
        for (String sentence : Sentences.plain(paragraph)) {
            namesThenState(sentence.strip(), out);
        }
        Matcher m = EMBEDDED.matcher(paragraph);
        while (m.find()) {
            String pre = m.group("pre") == null ? "" : m.group("pre");
            if (!Character.isUpperCase(m.group("label").codePointAt(0)) || !groupWords(pre)) {
                continue;
            }
            readSentence(paragraph.substring(m.end()), m.group("label"), out);
        }
        Matcher s = STATE_FIRST.matcher(paragraph);
        while (s.find()) {
            readSentence(paragraph.substring(s.end()), s.group("label"), out);
        }
    }

    /**
     * "The Board met on 3 March with the following present: Ann Roe, Bo Ek and Cy Dunn.", "... with the following
     * members in attendance: ...": the people after the colon of a clause that closes the sentence about the meeting.
     */
    private static final Pattern WITH_FOLLOWING = Pattern.compile("(?i:\\bwith\\s+the\\s+following(?:\\s+(?:members|directors"
            + "|trustees|councill?ors|councilors|commissioners|supervisors|officers|governors|people|persons))?\\s+"
            + "(?<label>present|in\\s+attendance|attending|absent))\\s*:?\\s+(?=\\p{Lu})");

    /**
     * "Cllr. Eva Ray and Cllr. Bo Chu were also in attendance.", "Ann Roe, Bo Ek and Cy Dunn were present.": a sentence
     * whose subject is only people's full names (an office or a title before one allowed), then the state they were in.
     */
    private static final Pattern NAMES_THEN_STATE = Pattern.compile("^(?<who>\\p{Lu}[\\p{L}'’.-]*(?:(?:\\s*,\\s*(?:and\\s+)?"
            + "|\\s+(?:and|&)\\s+|\\s+)\\p{Lu}[\\p{L}'’.-]*)+)\\s+(?:was|were)\\s+(?:also\\s+)?(?<label>present|absent"
            + "|in\\s+attendance)\\s*\\.?$");

    /** Reads a sentence of the form {@link #NAMES_THEN_STATE} reads, when everyone in it is a person named in full. */
    private static void namesThenState(String sentence, List<Attendee> out) {
        Matcher m = NAMES_THEN_STATE.matcher(sentence);
        if (!m.matches()) {
            return;
        }
        List<Attendee> found = new ArrayList<>();
        List<String> parts = listParts(m.group("who"));
        parseEntries(m.group("who"), of(m.group("label"), ""), found);
        if (found.isEmpty() || found.size() != parts.size()
                || !found.stream().allMatch(a -> a.name().contains(" ") && isName(a.name())
                        && NameIndex.looksLikePersonName(a.name()))) {
            return;
        }
        for (Attendee a : found) {
            if (out.stream().noneMatch(o -> NameIndex.fold(o.name()).equals(NameIndex.fold(a.name())))) {
                out.add(a);
            }
        }
    }

    /** Reads the people up to the end of the sentence {@code text} opens, each once. */
    private static void readSentence(String text, String label, List<Attendee> out) {
        List<String> sentences = Sentences.split(text);
        if (!sentences.isEmpty()) {
            // A paragraph read twice (as the opening lines, then as narrative) adds each person once.
            List<Attendee> found = new ArrayList<>();
            parseEntries(sentences.get(0), of(label, ""), found);
            for (Attendee a : found) {
                if (out.stream().noneMatch(o -> NameIndex.fold(o.name()).equals(NameIndex.fold(a.name())))) {
                    out.add(a);
                }
            }
        }
    }

    /**
     * "Member Roe arrived late at 6:30 p.m.", "Jane Roe joined the meeting at 7:05", "Ann Lee joined the committee
     * tonight": someone who came, so was there.
     */
    private static final Pattern ARRIVAL = Pattern.compile("^(?<who>(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){0,4}\\p{Lu}[\\p{L}'’\\-]+)"
            + "\\s+(?<what>(?:arrived|(?:had\\s+(?:already\\s+)?)?(?:joined|entered|left)\\s+the\\s+meeting"
            // "Agata Blazevic officially joined the committee tonight": joining the body at the meeting, so there.
            + "|(?:officially\\s+|formally\\s+)?joined\\s+the\\s+(?:committee|board|council|group|team|executive)"
            + "\\s+(?:tonight|today|this\\s+evening|at\\s+(?:this|the|today['’]s|tonight['’]s)\\s+meeting))\\b.*)$");
    /**
     * "(Shreya will lead it; Wilsn had already left the meeting when ...)": a clause after a semicolon or an opening
     * bracket that records someone coming or going, read as a sentence of its own.
     */
    private static final Pattern CLAUSE_START = Pattern.compile("(?:;|\\()\\s*(?=\\p{Lu})");
    /** "left the meeting", "had joined the meeting": a coming or going only a person does, a first name alone enough. */
    private static final Pattern MEETING_MOVE = Pattern.compile("(?i)^(?:had\\s+(?:already\\s+)?)?(?:joined|entered|left)\\s+the\\s+meeting\\b.*");
    /** Words that open such a sentence without naming anyone: "Everyone left the meeting", "Members joined". */
    private static final Set<String> NO_ONE = Set.of("everyone", "everybody", "all", "members", "staff", "guests", "visitors",
            "public", "he", "she", "they", "we", "it", "someone", "somebody", "nobody", "none", "others", "both", "each");

    /**
     * Reads a sentence that records someone arriving or leaving ("Member Roe arrived late at 6:30 p.m."): the person
     * was there. One already in {@code out} gets the sentence as a note; another is added as present. A surname
     * alone counts only with an office before it ("Member Roe", not "Lunch arrived").
     */
    static void arrival(String sentence, List<Attendee> out) {
        oneArrival(sentence, out);
        Matcher clause = CLAUSE_START.matcher(sentence);
        while (clause.find()) {
            oneArrival(sentence.substring(clause.end()).replaceFirst("[;)].*$", ""), out);
        }
    }

    private static void oneArrival(String sentence, List<Attendee> out) {
        String text = sentence.strip();
        Matcher label = EMBEDDED.matcher(text);
        if (label.find()) {
            // "... arrived at 5:50 p.m. Also present: ...": the sentence the abbreviation did not end.
            text = text.substring(0, label.start()).strip();
        }
        Matcher m = ARRIVAL.matcher(text);
        if (!m.matches()) {
            return;
        }
        String[] split = officeAndName(m.group("who"));
        String name = split[1];
        boolean single = name.split("\\s+").length == 1;
        // "Lunch arrived" names no one; "Wilsn left the meeting" names someone, a first name as minutes call members.
        boolean person = !single || !split[0].isEmpty() || MEETING_MOVE.matcher(m.group("what")).matches()
                && !NO_ONE.contains(name.toLowerCase(Locale.ROOT)) && !NameIndex.TITLES.contains(name.toLowerCase(Locale.ROOT));
        if (!isName(name) || !person || NameIndex.isOnlyTitles(m.group("who"))) {
            return;
        }
        String what = m.group("what").strip().replaceFirst("(?<![ap]\\.m)\\.$", "");
        for (int k = 0; k < out.size(); k++) {
            Attendee a = out.get(k);
            String[] words = a.name().split("\\s+");
            if (NameIndex.fold(a.name()).equals(NameIndex.fold(name))
                    || single && NameIndex.fold(words[words.length - 1]).equals(NameIndex.fold(name))
                    // "Akhilesh joined the meeting" of "Akhilesh Jamdar", listed: a first name alone is the one listed.
                    || single && split[0].isEmpty() && NameIndex.fold(words[0]).equals(NameIndex.fold(name))) {
                if (a.note() == null || !a.note().contains(what)) {
                    out.set(k, new Attendee(a.name(), a.lang(), a.affiliation(), a.status(), a.role(), join(a.note(), what)));
                }
                return;
            }
        }
        Attendee a = new Attendee(name, null, AttendanceStatus.PRESENT, null, null);
        a = split[0].isEmpty() ? a : describe(a, singular(split[0]));
        out.add(new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), what)));
    }

    /**
     * Reads the paragraphs after a labelled list that go on naming people with their offices ("Rosa Quill – Clerk
     * and 3 members of the public.", "Mr T Fenwick – County Councillor"); returns the index after the last one read.
     */
    private static int officeHolderLines(List<Line> lines, int from, Label label, List<Attendee> out) {
        int i = from;
        while (true) {
            int j = i;
            while (j < lines.size() && isBlankOrComment(lines.get(j))) {
                j++;
            }
            if (j >= lines.size() || lines.get(j).kind() != Line.Kind.TEXT || label(lines.get(j)) != null) {
                return i;
            }
            List<Attendee> found = officeHolders(lines.get(j).text(), label);
            if (found.isEmpty()) {
                return i;
            }
            out.addAll(found);
            i = j + 1;
        }
    }

    /**
     * Reads the people listed one to a line after a label that names the first of them on its own line ("MEMBERS
     * PRESENT: Mr. Al Roe (Chair)" over "Ms. Bea Lind" over "Mr. Cy Moss, Clerk"), blank lines between them as PDF
     * text leaves them: each line a name, perhaps with its office after a comma or in brackets. Returns the index
     * after the last one read.
     */
    private static int onePerLine(List<Line> lines, int from, Label label, List<Attendee> out) {
        int i = from;
        while (true) {
            int j = i;
            while (j < lines.size() && isBlankOrComment(lines.get(j))) {
                j++;
            }
            if (j >= lines.size() || lines.get(j).kind() != Line.Kind.TEXT || label(lines.get(j)) != null) {
                return i;
            }
            String text = lines.get(j).text().strip();
            String[] parts = text.split("\\s*,\\s*", 2);
            String who = parts[0];
            boolean titled = COURTESY_NAME.matcher(who).matches();
            // "Council Member Ann Lee" under "PRESENT: Mayor Al Roe": an office, then the holder's full name.
            String bare = who.replaceFirst("\\s*\\(.*", "");
            // "Clerk: Mrs P. Roe" is a field of its own, not the next of the list.
            boolean office = !FIELD_LABEL.matcher(text).find() && officeThenName(bare);
            if (text.split("\\s+").length > 12 || who.contains(";") || !titled && !office && !isName(bare)) {
                return i;
            }
            List<Attendee> one = new ArrayList<>();
            parseEntries(text, label, one);
            if (one.size() != 1 || !(office ? who.contains(one.get(0).name()) : who.startsWith(one.get(0).name()))) {
                if (!titled || parts.length > 1 && (startsWithCourtesy(parts[1]) || parts[1].contains(","))) {
                    return i;
                }
                // "Mr. PJ Henningson", "Ms. Candy Thomas, Court Reporter": a courtesy title says a person is named.
                Attendee a = attendee(who, null, label, null);
                one = List.of(parts.length > 1 ? describe(a, parts[1]) : a);
            }
            out.addAll(one);
            i = j + 1;
        }
    }

    /** "Ms. Jo Park", "Mr. PJ Henningson": a courtesy title and a name of one to three capitalised words. */
    private static final Pattern COURTESY_NAME = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    /**
     * The people of a line made only of "Name – Office" entries, perhaps ending in a count of the public; empty when
     * any part of the line is something else.
     */
    private static List<Attendee> officeHolders(String text, Label label) {
        String t = text.strip().replaceFirst("\\.$", "");
        Matcher count = PUBLIC_COUNT.matcher(t);
        if (count.find()) {
            t = t.substring(0, count.start()).strip();
        }
        List<Attendee> found = new ArrayList<>();
        for (String part : listParts(t)) {
            Matcher d = DASH_OFFICE.matcher(part.strip());
            String[] split = d.matches() ? officeAndName(d.group("who")) : null;
            if (split == null || !isName(split[1]) || !isOffice(d.group("office")) && roleOf(d.group("office")) == null) {
                return List.of();
            }
            Attendee a = attendee(split[1], null, label, null);
            if (!split[0].isEmpty()) {
                a = describe(a, singular(split[0]));
            }
            found.add(describe(a, d.group("office")));
        }
        return found;
    }

    /** A blank line, or one only an HTML comment fills ("{@code <!-- end list -->}"), which a reader never sees. */
    private static boolean isBlankOrComment(Line line) {
        return line.isBlank() || HTML_COMMENT.matcher(line.text()).matches();
    }

    /**
     * The people a site generator's front matter lists for the meeting: YAML or TOML fields named for attendance
     * ("attendees", "present", "apologies", "absent", "guests", "members_present"), for the body's people ("directors",
     * "members", "trustees", "board", "participants") or for an office ("chair", "secretary", "facilitator",
     * "minute_taker", "scribe"), their values a block list ("- Ann Lee"), a list of maps ("- name: Ann Lee" over
     * "role: Chair"), a flow list ("[Ann Lee, Bo Ek]", "[\"Ann Lee\", \"Bo Ek\"]", over several lines in TOML), a TOML
     * table array ("[[attendees]]" over "name = \"Ann Lee\"") or a comma list. Whoever an office names by a first name
     * alone ("chair: Matthew") is the listed person of that first name, when there is one. One listed as present and
     * under apologies too ("Ann Lee (joined at 05:27)" and "apologies: [Ann Lee]") came, late.
     *
     * @param lines the front matter's lines, fences included, as {@link SourceLines} keeps them (stripped)
     */
    static List<Attendee> frontMatter(List<Line> lines) {
        List<Attendee> found = new ArrayList<>();
        Label label = null;
        String office = null;
        boolean maps = false;
        StringBuilder flow = null;
        for (String t : folded(lines)) {
            if (t.isEmpty() || t.equals("---") || t.equals("+++") || t.startsWith("#")) {
                continue;
            }
            if (flow != null) {
                // A TOML or YAML flow list over several lines: "attendees = [" ... "]".
                flow.append(' ').append(t);
                if (t.contains("]")) {
                    readFlow(flow.toString(), label, office, found);
                    flow = null;
                }
                continue;
            }
            Matcher table = FRONT_TABLE.matcher(t);
            if (table.matches()) {
                // "[[attendees]]": a TOML table array, each table one person with a "name" key.
                Label key = frontLabel(table.group(1));
                label = key;
                office = key == null ? null : frontOffice(table.group(1));
                maps = key != null;
                continue;
            }
            Matcher item = FRONT_ITEM.matcher(t);
            if (item.matches()) {
                if (label != null) {
                    String value = item.group(1).strip();
                    Matcher field = FRONT_FIELD.matcher(value);
                    if (field.matches()) {
                        // "- name: Ann Lee": a list of maps, the person's name under one of its keys.
                        maps = true;
                        if (PERSON_KEY.matcher(field.group(1)).matches()) {
                            frontValue(unquote(field.group(2)), label, office, found);
                        }
                    } else {
                        frontValue(unquote(value), label, office, found);
                    }
                }
                continue;
            }
            Matcher field = FRONT_FIELD.matcher(t);
            if (!field.matches()) {
                label = null;
                continue;
            }
            String key = field.group(1);
            String value = field.group(2) == null ? "" : field.group(2).strip();
            if (maps && label != null && MAP_KEY.matcher(key).matches()) {
                // "role: Chair" under "- name: Ann Lee", "name = \"Ann Lee\"" in a TOML table: the item's own keys.
                if (PERSON_KEY.matcher(key).matches()) {
                    frontValue(unquote(value), label, office, found);
                }
                continue;
            }
            label = frontLabel(key);
            office = label == null ? null : frontOffice(key);
            maps = false;
            if (label == null || value.isEmpty()) {
                continue;
            }
            if (value.startsWith("[")) {
                if (value.contains("]")) {
                    readFlow(value, label, office, found);
                } else {
                    flow = new StringBuilder(value);
                }
            } else if (!BODY_KEY.matcher(key.replaceAll("[_-]+", " ").strip()).matches()) {
                // "board: Harbour Sailing Club" names the body; only a list under it names its people.
                frontValue(unquote(value), label, office, found);
            }
        }
        return found;
    }

    /**
     * The front matter's lines, stripped, a field's plain value wrapped over lines read as the one line it is, as YAML
     * reads it: "attendees: Ann Lee, Bo Chen, Cy" over "Dee, Ed Fox". Not a quoted value, a flow list ("[") nor a
     * block's ("|", ">"), and never a line that is a field, a list's item or a table of its own.
     */
    private static List<String> folded(List<Line> lines) {
        List<String> out = new ArrayList<>();
        boolean plain = false;
        for (Line line : lines) {
            String t = line.text().strip();
            boolean own = t.isEmpty() || t.equals("---") || t.equals("+++") || t.startsWith("#")
                    || FRONT_FIELD.matcher(t).matches() || FRONT_ITEM.matcher(t).matches() || FRONT_TABLE.matcher(t).matches();
            if (plain && !own) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
                continue;
            }
            out.add(t);
            Matcher field = FRONT_FIELD.matcher(t);
            String value = field.matches() && field.group(2) != null ? field.group(2).strip() : "";
            plain = !value.isEmpty() && "[{|>\"'".indexOf(value.charAt(0)) < 0;
        }
        return out;
    }

    /** "attendees:", "- Ann Lee", "name = \"Ann Lee\"": a front matter line's key and value, YAML or TOML. */
    private static final Pattern FRONT_FIELD = Pattern.compile("^[\"']?([A-Za-z_][\\w -]{0,40}?)[\"']?\\s*(?::|=)(?:\\s+(.*)|)$");
    private static final Pattern FRONT_ITEM = Pattern.compile("^-\\s+(\\S.*)$");
    private static final Pattern FRONT_TABLE = Pattern.compile("^\\[\\[\\s*([A-Za-z_][\\w -]{0,40}?)\\s*]]$");
    /** Keys that name a body, whose single value is the body's name: "board", "committee", "team". */
    private static final Pattern BODY_KEY = Pattern.compile("(?i)(?:steering\\s+|executive\\s+|core\\s+)?"
            + "(?:board|committee|council|team|executive|working\\s+group)");
    /** The keys of a map that describes a person: the one giving the name, then the others. */
    private static final Pattern PERSON_KEY = Pattern.compile("(?i)name|full[_ -]?name|person|who|display[_ -]?name");
    private static final Pattern MAP_KEY = Pattern.compile("(?i)name|full[_ -]?name|person|who|display[_ -]?name|role|title"
            + "|office|position|affiliation|organi[sz]ation|org|company|status|note|notes|email|github|handle|username"
            + "|pronouns|remote|present|attended|joined|left|from|representing|url|link");
    /** Front matter keys that name the body's people or the meeting's offices, each with its office (or null). */
    private static final Pattern FRONT_MEMBERS = Pattern.compile("(?i)(?:board|committee|council|steering\\s+committee"
            + "|executive|team|core\\s+team|working\\s+group|voting)?\\s*(?:members?|directors|trustees|officers|governors"
            + "|councillors|councilors|commissioners|delegates|representatives|participants|people|board|committee|council)");
    private static final Pattern FRONT_OFFICE = Pattern.compile("(?i)(?:co\\s+|vice\\s+|deputy\\s+|company\\s+|recording\\s+)?"
            + "(?:chair|chairs|chairperson|chairman|chairwoman|president|secretary|secretaries|treasurer|clerk|facilitators?"
            + "|moderators?|hosts?|convenors?|conveners?|minute\\s+takers?|minutetaker|minutes\\s+by|minutes\\s+taken\\s+by"
            + "|note\\s+takers?|notetakers?|notes\\s+by|scribes?|recorders?|timekeepers?|presiding|presided\\s+by"
            + "|chaired\\s+by|facilitated\\s+by|leads?)");

    /** The label a front matter key gives the people under it, or null for a key that names none. */
    private static Label frontLabel(String key) {
        String k = key.replaceAll("[_-]+", " ").strip();
        if (k.isEmpty() || k.equalsIgnoreCase("author") || k.equalsIgnoreCase("authors")) {
            return null;
        }
        Label label = heading(k);
        if (label != null && label.columns().isEmpty()) {
            return label;
        }
        if (FRONT_MEMBERS.matcher(k).matches() || FRONT_OFFICE.matcher(k).matches()) {
            return new Label(AttendanceStatus.PRESENT, null, "", List.of());
        }
        return null;
    }

    /** The office a front matter key names ("chair" → "Chair", "minute_taker" → "Minute taker"), or null. */
    private static String frontOffice(String key) {
        String k = key.replaceAll("[_-]+", " ").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!FRONT_OFFICE.matcher(k).matches()) {
            return null;
        }
        String o;
        if (k.matches("(?:minutes|notes)(?: taken)? by")) {
            o = "minute taker";
        } else if (k.matches("chaired by|presiding|presided by")) {
            o = "chair";
        } else if (k.equals("facilitated by")) {
            o = "facilitator";
        } else if (k.endsWith("ies")) {
            o = k.substring(0, k.length() - 3) + "y";
        } else {
            o = k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
        }
        return Character.toUpperCase(o.charAt(0)) + o.substring(1);
    }

    /** "[Ann Lee, \"Bo Ek\"]": the items of a flow list, each read as one entry. */
    private static void readFlow(String value, Label label, String office, List<Attendee> out) {
        String inner = value.substring(value.indexOf('[') + 1, value.lastIndexOf(']') < 0 ? value.length() : value.lastIndexOf(']'));
        for (String part : inner.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            frontValue(unquote(part.strip()), label, office, out);
        }
    }

    /** One value: a person, or a comma list of people, under a front matter key. */
    private static void frontValue(String value, Label label, String office, List<Attendee> out) {
        if (value.isBlank() || value.matches("(?i)null|~|none|n/a|tbd|tbc|true|false|yes|no|-?\\d.*")) {
            return;
        }
        List<Attendee> read = new ArrayList<>();
        List<String> parts = listParts(value);
        if (isListedHandle(value) || isInitials(value)) {
            // "members: [powell, pat]": a field of people holds their user names or initials as the site writes them.
            read.add(attendee(value.strip(), null, label, null));
        } else if (parts.size() > 1 && parts.stream().allMatch(p -> isName(Entry.of(p).who()))) {
            // "Ann Lee, Bo Ek": in a field of people, a comma parts two of them, not a name and an organisation.
            parts.forEach(p -> addOne(p, label, false, read));
        } else {
            readLine(value, label, false, read);
        }
        for (Attendee a : read) {
            Role role = office == null ? null : roleOf(office);
            Attendee b = office == null ? a : new Attendee(a.name(), a.affiliation(), a.status(),
                    a.role() == null ? role : a.role(), role != null ? a.note() : a.note() == null ? office : join(office, a.note()));
            merge(b, out);
        }
    }

    /**
     * Adds one read from the front matter: the same person listed again (by full name, or by a first name alone that
     * one listed person has) gains the office; one listed as present stays so when also under apologies.
     */
    private static void merge(Attendee a, List<Attendee> out) {
        String key = NameIndex.fold(a.name());
        List<Attendee> same = new ArrayList<>();
        for (Attendee o : out) {
            String other = NameIndex.fold(o.name());
            boolean firstName = !key.contains(" ") && other.startsWith(key + " ") || !other.contains(" ") && key.startsWith(other + " ");
            if (other.equals(key) || firstName) {
                same.add(o);
            }
        }
        if (same.size() != 1) {
            if (same.isEmpty()) {
                out.add(a);
            }
            return;
        }
        Attendee o = same.get(0);
        Attendee fuller = o.name().length() >= a.name().length() ? o : a;
        AttendanceStatus status = o.status() == AttendanceStatus.PRESENT || a.status() == AttendanceStatus.PRESENT
                ? AttendanceStatus.PRESENT : o.status();
        String note = o.note() == null ? a.note() : a.note() == null || o.note().contains(a.note()) ? o.note() : join(o.note(), a.note());
        out.set(out.indexOf(o), new Attendee(fuller.name(), o.affiliation() == null ? a.affiliation() : o.affiliation(), status,
                o.role() == null ? a.role() : o.role(), note));
    }

    private static String unquote(String value) {
        return value == null ? "" : value.strip().replaceAll("^[\"']|[\"'],?$", "").strip();
    }

    /**
     * Reads the body of a section whose title is an attendance label ("Attendance", "Members Present"): the
     * people are added to {@code out}; the lines that name no one (prose, other labels and what follows them) are
     * returned, in order, for the section's narrative.
     */
    static List<Line> readSection(List<Line> body, Label label, List<Attendee> out) {
        List<Line> rest = new ArrayList<>();
        boolean read = false;
        int i = 0;
        while (i < body.size()) {
            Line l = body.get(i);
            if (isBlankOrComment(l) || l.kind() == Line.Kind.RULE) {
                rest.add(l);
                i++;
                continue;
            }
            if (label(l) != null || l.kind() == Line.Kind.HEADING) {
                rest.addAll(body.subList(i, body.size()));
                break;
            }
            Matcher inline = followingInline(l);
            if (inline != null) {
                i = followingParagraph(body, i, of(inline.group("status"), ""), out);
                read = true;
                continue;
            }
            int before = out.size();
            List<Line> unread = new ArrayList<>();
            int next = readBlock(body, i, label, out, unread);
            if (out.size() == before && read) {
                // The list is over: what follows is the section's narrative.
                rest.addAll(body.subList(i, body.size()));
                break;
            }
            read |= out.size() > before;
            rest.addAll(unread);
            if (next <= i) {
                rest.add(l);
                next = i + 1;
            } else if (out.size() == before && unread.isEmpty()) {
                rest.addAll(body.subList(i, next));
            }
            i = next;
        }
        return rest;
    }

    /**
     * Reads a paragraph that opens "The following members of the Board were present at the meeting: Ann Lee, Bo Chen,
     * Andrew" and wraps on ("M. Kuchnik, and Cy Dee.  Eva Ray (Treasurer) and Dan Ode (Secretary) were also in
     * attendance.  D. Ode prepared these minutes."): the list after the colon, and each later sentence that ends saying
     * who else was there or was not. A line the paragraph wraps onto is read as written, a name's initial that looks
     * like a list letter included. Returns the index after the paragraph.
     */
    private static int followingParagraph(List<Line> lines, int from, Label label, List<Attendee> out) {
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < lines.size() && (lines.get(i).kind() == Line.Kind.TEXT
                || i > from && lines.get(i).kind() == Line.Kind.NUMBERED)) {
            text.append(text.length() == 0 ? "" : " ").append(raw(lines.get(i)).strip());
            i++;
        }
        Matcher m = FOLLOWING_INLINE.matcher(withoutMarkup(text.toString()));
        List<String> sentences = m.matches() ? Sentences.plain(m.group("rest")) : List.of();
        for (int k = 0; k < sentences.size(); k++) {
            Matcher st = SENTENCE_STATUS.matcher(sentences.get(k).strip());
            if (k == 0 || st.find() && st.start() > 0) {
                parseEntries(sentences.get(k), label, out);
            }
        }
        return i;
    }

    /** Reads one block of lines from {@code from}: leading blank lines, then lines up to a blank line or a label. */
    private static int readBlock(List<Line> lines, int from, Label label, List<Attendee> out, List<Line> unread) {
        int i = from;
        while (i < lines.size() && isBlankOrComment(lines.get(i))) {
            i++;
        }
        List<Line> block = new ArrayList<>();
        while (i < lines.size() && (!lines.get(i).isBlank() || inTable(lines, i, block))
                && lines.get(i).kind() != Line.Kind.HEADING
                && (lines.get(i).kind() != Line.Kind.RULE || inTable(lines, i, block)) && label(lines.get(i)) == null) {
            if (!lines.get(i).isBlank() && lines.get(i).kind() != Line.Kind.RULE) {
                block.add(initialed(lines.get(i)));
            }
            i++;
        }
        if (block.isEmpty()) {
            return i;
        }
        if (!label.columns().isEmpty()) {
            for (Line l : block) {
                if (!readColumns(l, label.columns(), out)) {
                    unread.add(l);
                }
            }
            return i;
        }
        if (labelledColumns(block)) {
            readGrid(block, label, out, unread);
            return i;
        }
        if (block.get(0).kind() == Line.Kind.TABLE || isHeaderRow(COLUMNS.split(block.get(0).text()))) {
            readTable(block, label, out, unread);
            return i;
        }
        // A comma list wrapped over lines, perhaps with blank lines between them, as PDF text comes out.
        // "– Ann Lee; Bo Ek; Carla" over "Dunn, Treasurer": the first line may open with a dash as a list item does.
        boolean wrapped = block.stream().skip(1).allMatch(l -> l.kind() == Line.Kind.TEXT)
                && (block.get(0).kind() == Line.Kind.TEXT || block.get(0).isListItem() && block.size() > 1);
        for (int k = 0; wrapped && k + 1 < block.size(); k++) {
            wrapped = wrapsStrongly(block.get(k).text()) || splitsName(block.get(k).text(), block.get(k + 1).text());
        }
        if (wrapped) {
            StringBuilder text = new StringBuilder(String.join(" ", block.stream().map(Line::text).toList()));
            if (commas(text.toString()) >= 2 || wraps(text.toString())) {
                while (i + 1 < lines.size() && lines.get(i).isBlank() && continues(text.toString(), lines.get(i + 1))
                        && !titleAfterList(lines.get(i + 1).text())) {
                    text.append(' ').append(raw(lines.get(i + 1)));
                    block.add(lines.get(i + 1));
                    i += 2;
                }
                if (block.size() > 1 || commas(text.toString()) >= 2 || text.indexOf(";") >= 0) {
                    int before = out.size();
                    parseEntries(text.toString(), label, out);
                    if (out.size() == before) {
                        unread.addAll(block);
                    }
                    return i;
                }
            }
        }
        if (block.size() == 1 && block.get(0).kind() == Line.Kind.TEXT) {
            if (namesThenSentence(block.get(0).text().strip())) {
                // "Malcolm and Ross apologised for their presence.": a sentence about people, kept as narrative.
                unread.add(block.get(0));
                return i;
            }
            int before = out.size();
            parseEntries(block.get(0).text(), label, out);
            if (out.size() == before && !NOBODY.matcher(block.get(0).text()).matches()) {
                unread.add(block.get(0));
            }
            return i;
        }
        if (markedSeats(block, label, out)) {
            return i;
        }
        boolean spaced = block.stream().anyMatch(l -> l.text().matches(".*\\S(\\s{2,}|\\t)\\S.*"));
        int before = out.size();
        List<Line> missed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Line l : semicolonListsJoined(block)) {
            if (!readLine(l.text(), label, spaced, out)) {
                missed.add(l);
                at.add(out.size());
            }
        }
        int read = out.size() - before;
        // "People who attended:" over the list: a caption of its own, kept as written.
        int caption = block.size() > 2 && block.get(0).text().strip().endsWith(":") ? 1 : 0;
        if (read == 0 && missed.size() >= 2 + caption && missed.size() == block.size()
                && missed.stream().skip(caption).allMatch(l -> INITIALS_ENTRY.matcher(l.text().strip()).matches()
                && !NOT_INITIALS.contains(initialsEntry(l.text()).group("initials").toLowerCase(Locale.ROOT)))) {
            // "- AB - Chair", "- CD", "- EF" one per line under the label: the people as the minutes write them, by
            // their initials; an office after them is theirs.
            unread.addAll(missed.subList(0, caption));
            for (Line l : missed.subList(caption, missed.size())) {
                Matcher m = initialsEntry(l.text());
                Attendee a = attendee(m.group("initials"), null, label, null);
                out.add(m.group("office") == null ? a : describe(a, m.group("office")));
            }
            return i;
        }
        // "nornagon", "jkleinsc", "codebytere" one per line under the label: a list of user names, none a word.
        boolean handles = missed.size() >= 2 && missed.size() == block.size() && missed.stream().allMatch(l -> isHandle(l.text()));
        int base = unread.size();
        for (int k = missed.size() - 1; k >= 0; k--) {
            Line l = missed.get(k);
            if ((read >= 2 || handles) && (isHandle(l.text()) || lowerCased(l.text()))) {
                // "davean scies", "@octocat" among names one per line: a user name, kept as written, in its place.
                out.add(at.get(k), attendee(l.text().strip(), null, label, null));
            } else {
                unread.add(base, l);
            }
        }
        return i;
    }

    /** "Acme - Ann Roe + / Bo Ek": a member body's seat, its people after a dash, parted by slashes. */
    private static final Pattern SEAT = Pattern.compile("^(?<body>\\p{Lu}[^-–—/+:]{0,40}?)\\s+[-–—]\\s+(?<people>[^-–—:]+)$");
    /** "Ann Roe +": a person marked as there by a plus after the name. */
    private static final Pattern PLUS_MARKED = Pattern.compile("(?<name>\\S.*?)\\s*\\+$");

    /**
     * A roll of member bodies' seats, each line the body and its people ("Acme - Ann Roe + / Bo Ek", "Globex - Cy
     * Dunn"), a plus after the names of those attending, as a consortium's committee keeps its voting roll: the marked
     * are there, the others listed but absent, each with the body as the affiliation. Needs three seats or more and a
     * mark among them; returns whether the block was such a roll.
     */
    private static boolean markedSeats(List<Line> block, Label label, List<Attendee> out) {
        if (block.size() < 3 || !block.stream().allMatch(l -> SEAT.matcher(l.text().strip()).matches())
                || block.stream().noneMatch(l -> l.text().strip().matches(".*\\+\\s*(?:/.*)?"))) {
            return false;
        }
        List<Attendee> found = new ArrayList<>();
        for (Line l : block) {
            Matcher seat = SEAT.matcher(l.text().strip());
            seat.matches();
            String body = seat.group("body").strip();
            for (String entry : seat.group("people").split("/")) {
                String e = entry.strip();
                if (e.isEmpty()) {
                    continue;
                }
                Matcher plus = PLUS_MARKED.matcher(e);
                boolean there = plus.matches();
                List<Attendee> one = new ArrayList<>();
                addOne(there ? plus.group("name") : e, label.with(there ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT),
                        false, one);
                if (one.size() != 1) {
                    return false;
                }
                Attendee a = one.get(0);
                found.add(a.affiliation() != null ? a : new Attendee(a.name(), body, a.status(), a.role(), a.note()));
            }
        }
        out.addAll(found);
        return true;
    }

    /** "AB", "CD - Chair", "EF (Treasurer)": a person written by two or three initials, perhaps with an office after. */
    private static final Pattern INITIALS_ENTRY = Pattern.compile("(?<initials>\\p{Lu}{2,3})(?:\\s*(?:[-–—:,]\\s*|\\()"
            + "(?<office>\\p{L}[\\p{L} .'’-]{0,40}?)\\)?)?");

    private static Matcher initialsEntry(String text) {
        Matcher m = INITIALS_ENTRY.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an initials entry: " + text);
        }
        return m;
    }

    /**
     * The block's lines with each list parted by semicolons that wraps onto the lines below joined into one: "– Ann
     * Lee; Bo Ek, Parks; Carla" over "Dunn, Treasurer; Dev Rao, Clerk" over "and Webmaster." is one list of people,
     * which a sentence after it ("Eva Moss, our planner, present.") is not part of.
     */
    private static List<Line> semicolonListsJoined(List<Line> block) {
        List<Line> out = new ArrayList<>();
        for (Line l : block) {
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            String above = prev == null ? "" : prev.text().strip();
            String t = l.text().strip();
            boolean goesOn = prev != null && above.contains(";") && l.kind() == Line.Kind.TEXT && !above.endsWith(".")
                    && (wrapsStrongly(above) || splitsName(above, t) || t.matches("(?:and|&)\\s.*"));
            if (goesOn) {
                out.set(out.size() - 1, new Line(prev.number(), above + " " + t, prev.kind(), prev.depth(), prev.label(),
                        prev.close(), prev.bold(), prev.indent(), l.last()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The line as written when its list letter is the initial of the first of the names on it: "D. Ferreira, H. Ames,
     * P. Cuddy" is no item "D." but a list of people written initial and surname.
     */
    static Line initialed(Line line) {
        if (line.kind() != Line.Kind.NUMBERED || line.close() != '.' || line.label() == null
                || !line.label().matches("\\p{Lu}") || !INITIALED_LIST.matcher(line.text().strip()).matches()) {
            return line;
        }
        return new Line(line.number(), raw(line), Line.Kind.TEXT, 0, null, (char) 0, line.bold());
    }

    /** "Ferreira, H. Ames, P. Cuddy": a surname, then names written initial and surname, after commas. */
    private static final Pattern INITIALED_LIST = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s*,\\s*(?:and\\s+)?"
            + "\\p{Lu}\\.\\s?(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{L}'’-]+)+\\.?");

    /**
     * "elf Pavlik", "dee Ann Rowe": a name whose bearer writes the first name in lower case, among names one per line;
     * two or three words of letters, the last (the surname) capitalised, none a word for a group or a role.
     */
    private static boolean lowerCased(String text) {
        String t = text.strip();
        if (!t.matches("\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*)?\\s+\\p{Lu}[\\p{L}'’-]*")) {
            return false;
        }
        for (String w : t.split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (GROUP.contains(lower) || CONNECTORS.contains(lower) || NameIndex.TITLES.contains(lower)
                    || NameIndex.ORG_WORDS.contains(lower) || ROLE_NOUN.matcher(" " + lower).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inTable(List<Line> lines, int i, List<Line> block) {
        return !block.isEmpty() && block.get(0).kind() == Line.Kind.TABLE
                && (lines.get(i).kind() == Line.Kind.TABLE || lines.get(i).kind() == Line.Kind.RULE);
    }

    /** Whether a list of names goes on past the end of its line: a trailing comma or "and", an open bracket. */
    private static boolean wrapsStrongly(String text) {
        String t = text.strip();
        long open = t.chars().filter(c -> c == '(').count();
        long close = t.chars().filter(c -> c == ')').count();
        // "`Ann Lee`_, `Jo": a link around a name opened and not yet closed.
        boolean openLink = t.chars().filter(c -> c == '`').count() % 2 == 1;
        return open > close || openLink || t.endsWith(",") || t.endsWith(";") || t.endsWith("&") || t.matches("(?is).*\\band$");
    }

    /**
     * Whether a comma list breaks its line inside a name: "Rita Dean, Sam Eng, Uma" above "Gill, Vic Hahn", the
     * first name ending one line and the surname starting the next.
     */
    private static boolean splitsName(String line, String next) {
        String[] semi = line.strip().split("\\s*;\\s*");
        if (semi.length >= 2) {
            // "Ann Lee, Chair; Bo Ek; Carla" above "Dunn, Treasurer; Dev Rao": a list of people parted by semicolons.
            String last = withoutBrackets(semi[semi.length - 1]);
            String first = withoutBrackets(next.strip().split("\\s*[;,]\\s*", 2)[0]);
            return !last.isEmpty() && !last.contains(" ") && !first.contains(" ") && isName(last + " " + first);
        }
        List<String> these = listParts(line.strip());
        List<String> those = listParts(next.strip());
        if (commas(line) < 2 || those.isEmpty()) {
            return false;
        }
        // "Ahilan" above "Anantha (ahilan) (SM)": the brackets after a name (a handle, initials) are no part of it.
        String last = withoutBrackets(these.get(these.size() - 1));
        String first = withoutBrackets(those.get(0));
        return !last.contains(" ") && !first.contains(" ") && isName(last + " " + first)
                && these.subList(0, these.size() - 1).stream().allMatch(p -> isName(withoutBrackets(p)));
    }

    private static String withoutBrackets(String text) {
        return text.replaceAll("\\s*\\([^()]*\\)", "").strip();
    }

    /** Whether a list may go on: it wraps, or it is a comma list whose last line stops without a full stop. */
    private static boolean wraps(String text) {
        String t = text.strip();
        return wrapsStrongly(t) || commas(t) >= 2 && Character.isLetter(t.charAt(t.length() - 1));
    }

    /** Whether {@code next} carries on the list in {@code text} rather than starting something else. */
    private static boolean continues(String text, Line next) {
        long open = text.chars().filter(c -> c == '(').count() - text.chars().filter(c -> c == ')').count();
        if (next.kind() == Line.Kind.NUMBERED && open > 0) {
            // "(Ms." then "C. Roche)": an initial that looks like a list letter, inside an open bracket.
            return true;
        }
        if (next.kind() == Line.Kind.NUMBERED && next.close() == '.' && next.label() != null && next.label().matches("\\p{Lu}")
                && wraps(text) && text.strip().matches("(?s).*,\\s*\\p{Lu}[\\p{L}'’\\-]+$")) {
            // "... Tim Peters, Andrew" then "M. Kuchling, and Bo Ek.": a middle initial that wrapped to the start of a
            // line, where it looks like a list letter; the name before it has no surname yet.
            return true;
        }
        if (next.kind() != Line.Kind.TEXT || label(next) != null || FIELD_LABEL.matcher(next.text()).find()) {
            // "Clerk: Mrs W. Tate", "Venue: Hall": a field of its own, not more of the list.
            return false;
        }
        return wrapsStrongly(text) || wraps(withoutLinks(text)) && !isProse(next.text()) || cutShort(text, next.text())
                || handlesOnly(text, 2) && handlesOnly(next.text(), 1);
    }

    /**
     * Whether a list that ran to the full width of its line goes on in the comma list below it: "Others present: Ann
     * Lee (ORS) Office of Revenue" above "Services, Bo Ek, Cy Dunn", as text wrapped at a fixed width breaks a long
     * line wherever the width ends. The line above ends in a letter, the one below is a list of two commas or more with
     * no label and no sentence.
     */
    private static boolean fillsItsLine(Line above, String text, Line next) {
        String t = text.strip();
        return above.text().strip().length() >= 55 && !t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1))
                && next.kind() == Line.Kind.TEXT && label(next) == null && !FIELD_LABEL.matcher(next.text()).find()
                && commas(next.text()) >= 2 && !isProse(next.text());
    }

    /** A list's last entry so far: what follows its last comma, semicolon, "and" or "&". */
    private static final Pattern LAST_ENTRY = Pattern.compile("(?s).*(?:[,;]|\\s(?:and|&))\\s*(\\S[^,;]*)$");
    /** "R.", "Cllr. A.", "Mr J.K.": initials, after a courtesy title or none, with the surname still to come. */
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}[\\p{L}]{0,11}\\.?\\s+)?(?:\\p{Lu}\\.\\s*){1,3}");
    /** The first word of a line and what closes it: "Parkinson,", "Williams (CW).", "Bilodeau." or the line's end. */
    private static final Pattern ENTRY_END = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+)(?:[,;.]|\\s+\\(|\\s+(?:and|&)\\s|$).*");

    /**
     * Whether a list of names breaks its line inside a name, as text wrapped at a fixed width does: "..., R. Cordy, R."
     * above "Parkinson, S. Osbourne & H. Mason." (the initial ends the line, the surname starts the next), or "Jo
     * Marsh, Dan" above "Bell. Members absent: ..." (a first name ends it, after full names). The next line is read
     * as the rest of the list, sentence or not, when its first word completes the name.
     */
    private static boolean cutShort(String text, String next) {
        Matcher last = LAST_ENTRY.matcher(text.strip());
        if (!last.matches() || !next.strip().matches("\\p{Lu}[\\p{L}'’\\-]+\\b.*")) {
            return false;
        }
        String entry = last.group(1).strip();
        if (INITIALS_ONLY.matcher(entry).matches()) {
            // "Cllr. A." above "Muir, ...", "V." above "Chairman Cy Dunn, ...": the surname or office on the next line.
            return true;
        }
        Matcher first = ENTRY_END.matcher(next.strip());
        if (!first.matches() || !entry.matches("\\p{Lu}[\\p{L}'’\\-]+")) {
            return false;
        }
        // Only after entries of full names ("Jo Marsh, Dan"): in a list of surnames ("Lee, Ek, Dunn") a single word
        // is a whole entry.
        String before = text.strip().substring(0, last.start(1)).replaceAll("(?:[,;]|\\s(?:and|&))\\s*$", "");
        Matcher previous = LAST_ENTRY.matcher(before);
        String prior = withoutBrackets(previous.matches() ? previous.group(1) : before.replaceFirst("^.*:\\s*", ""));
        return prior.strip().split("\\s+").length >= 2 && isName(entry + " " + first.group(1));
    }

    /**
     * "@ann @bo-lee @cy": user names parted by spaces (or commas), as technical groups list who came; at least
     * {@code least} of them.
     */
    private static boolean handlesOnly(String text, int least) {
        String[] words = text.strip().split("[\\s,]+");
        return words.length >= least && java.util.Arrays.stream(words).allMatch(w -> w.matches("@[\\p{L}\\d._-]{2,39}"));
    }

    /** The line as written, with a list letter or number put back ("C. Roche)."). */
    private static String raw(Line line) {
        return line.kind() == Line.Kind.NUMBERED ? line.label() + line.close() + " " + line.text() : line.text();
    }

    private static long commas(String text) {
        return text.chars().filter(c -> c == ',').count();
    }

    /** One line of a block: a checkbox, a name with a present/absent mark, a list of several, or one person. */
    private static boolean readLine(String text, Label label, boolean spaced, List<Attendee> out) {
        if (readLineAsWritten(text, label, spaced, out)) {
            return true;
        }
        int before = out.size();
        if (inCapitals(text)) {
            // "ROBERT ROE", "JOE JONES, MAYOR": a roster typed in capitals reads as the same names in mixed case would.
            readCapitals(text, out, (cased, found) -> readLineAsWritten(cased, label, spaced, found));
        }
        return out.size() > before;
    }

    /** Reads a line of a block as {@link #readLine} does, its letters' case as written. */
    private static boolean readLineAsWritten(String text, Label label, boolean spaced, List<Attendee> out) {
        String t = joinPostNominals(withoutLinks(text.strip()));
        if (t.isEmpty()) {
            return false;
        }
        Matcher keyed = INITIALS_KEY.matcher(t);
        if (keyed.matches() && (keyed.group("initials") != null ? initialsOf(keyed.group("name"), keyed.group("initials"))
                : keyed.group("name").codePointAt(0) == keyed.group("bracketed").codePointAt(0))) {
            // "WQ - Wendy Quill, Acme Corp, Chair", "[WQ] Wendy Quill": the initials the minutes write the person by,
            // then the person.
            int before = out.size();
            addOne(keyed.group("rest"), label, spaced, out);
            return out.size() > before;
        }
        if (NOBODY.matcher(t).matches()) {
            return true;
        }
        if (namesThenSentence(t)) {
            // "Malcolm and Ross apologised for their presence.": a sentence about people, kept as narrative.
            return false;
        }
        int before = out.size();
        if (captioned(t, label, out)) {
            return out.size() > before;
        }
        Matcher box = CHECKBOX.matcher(t);
        if (box.matches()) {
            String mark = box.group("mark");
            AttendanceStatus status = mark.isBlank() || mark.equals("✗") ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
            String rest = box.group("rest");
            String first = rest.split("\\s*,\\s*|\\s+[-–—]\\s+", 2)[0];
            if (!rest.contains(";") && isName(STAND_IN.matcher(first).matches() ? first.replaceFirst("\\s.*", "") : first)
                    && !first.contains(" and ")) {
                // "[x] Ann Lee, Acme, Inc.": a box marks one person; what follows the name is where they come from.
                addOne(rest, label.with(status), spaced, out);
                return out.size() > before;
            }
            return readLine(rest, label.with(status), spaced, out);
        }
        Matcher mark = MARK_WORD.matcher(STRUCK.matcher(t.replace("**", "")).replaceAll("$1"));
        if (!mark.matches()) {
            mark = MARK_SIGN.matcher(t);
        }
        if (mark.matches()) {
            String[] first = officeFirst(mark.group("name").strip());
            String who = first == null ? mark.group("name").strip() : first[1];
            Matcher inverted = SURNAME_FIRST.matcher(who);
            if (first == null && inverted.matches() && !isOffice(inverted.group("given")) && !isOffice(inverted.group("surname"))
                    && roleOf(inverted.group("given")) == null) {
                // "Roe, Ann, present": the roll's surname first; the name as the minutes write it elsewhere.
                who = inverted.group("given") + " " + inverted.group("surname");
            }
            String reason = mark.pattern() == MARK_WORD ? mark.group("reason") : null;
            AttendanceStatus state = status(reason != null && MARK_REASON.matcher(reason.strip()).matches() ? reason.strip()
                    : mark.group("mark"));
            String head = who.split("\\s+[-–—]\\s+", 2)[0].strip();
            String[] comma = head.split("\\s*,\\s*", 2);
            if (comma.length == 2 && isOffice(comma[1]) && !comma[1].contains(",")) {
                // "Gina Roe, Executive Director - excused": the office after the name's comma, then the mark.
                head = comma[0];
            }
            if (isName(officeAndName(withoutBrackets(head).strip())[1])) {
                addOne(who, label.with(state), false, out);
                String after = mark.pattern() == MARK_WORD ? mark.group("after") : null;
                if (reason != null && !MARK_REASON.matcher(reason.strip()).matches()) {
                    // "Bo Ek, absent (travelling)": why, kept beside the state.
                    after = after == null ? reason.strip() : reason.strip() + "; " + after;
                }
                if (out.size() > before && (first != null || after != null)) {
                    // "Treasurer - Oscar Vale: Present, came in 18:10": the office and what follows the mark go to
                    // the note.
                    Attendee a = out.get(out.size() - 1);
                    Attendee b = first == null ? a : describe(a, first[0]);
                    b = first == null || b.affiliation() == null || a.affiliation() != null ? b
                            : new Attendee(a.name(), null, a.status(), a.role(), join(a.note(), first[0]));
                    out.set(out.size() - 1, after == null ? b
                            : new Attendee(b.name(), b.affiliation(), b.status(), b.role(), join(b.note(), after.strip())));
                }
                return out.size() > before;
            }
        }
        List<String> parts = listParts(t);
        if (!t.contains(";") && commas(t) >= 2 && parts.size() > 2 && isName(Entry.of(parts.get(0)).who())
                && !isName(officeAndName(Entry.of(parts.get(1)).who())[1])) {
            // "Ann Lee (AL), STFC, Scientific Computing": one person, then the organisation and its department.
            addOne(t, label, spaced, out);
        } else if (t.contains(";") || commas(t) >= 2) {
            parseEntries(t, label, out);
        } else {
            addOne(t, label, spaced, out);
        }
        return out.size() > before;
    }

    /**
     * "WQ - Wendy Quill, Acme Corp, Chair", "BC: Bo Chen": a participant keyed by the initials the minutes use for them,
     * a dash or colon, then the name and what follows it.
     */
    private static final Pattern INITIALS_KEY = Pattern.compile("^(?:(?<initials>\\p{Lu}{2,4})\\s*(?:[-–—:=]|\\s)"
            + "|\\[(?<bracketed>\\p{Lu}{2,4})]\\s)\\s*"
            + "(?<rest>(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){1,3}?)(?:\\s*[,(\\[]|\\s+[-–—]|$).*)$");

    /** Whether {@code initials} are the first letters of {@code name}'s words: "WQ" of "Wendy Quill", "JRT" of "J. R. Tolkien". */
    private static boolean initialsOf(String name, String initials) {
        StringBuilder first = new StringBuilder();
        for (String w : name.split("[\\s.]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                first.appendCodePoint(w.codePointAt(0));
            }
        }
        String f = first.toString();
        // "SPJ - Simon Peyton Jones" all of them; "DP - Dora de la Paz" the first and the last.
        return f.equals(initials) || f.length() > 2 && initials.length() == 2
                && initials.charAt(0) == f.charAt(0) && initials.charAt(1) == f.charAt(f.length() - 1);
    }

    /** Words that join or belong to names: "Ann and Bo", "Ludwig van Beethoven", "Director of Works". */
    private static final java.util.Set<String> NAME_WORDS = java.util.Set.of("and", "&", "of", "the", "de", "van", "von",
            "der", "den", "la", "le", "du", "da", "di", "del", "y", "bin", "al");

    /**
     * Whether {@code t} is a sentence that opens with names and goes on with a predicate ("Malcolm and Ross apologised
     * for their presence."): capitalised words, then three lowercase words in a row that join no names, ending in a
     * full stop. A label sentence ("Apologies were received from ...") is read as a label before it gets here.
     */
    static boolean namesThenSentence(String t) {
        if (!t.endsWith(".") || t.contains(",") || t.contains(";") || t.contains("(")) {
            return false;
        }
        String[] w = t.substring(0, t.length() - 1).split("\\s+");
        int k = 0;
        while (k < w.length && (NAME_WORDS.contains(w[k]) || !w[k].isEmpty() && Character.isUpperCase(w[k].codePointAt(0)))) {
            k++;
        }
        if (k == 0 || k + 3 > w.length) {
            return false;
        }
        for (int j = k; j < k + 3; j++) {
            if (NAME_WORDS.contains(w[j]) || !w[j].chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** "(excused)", "(apologies)": a reason in brackets after "absent" that is itself a roll call's state. */
    private static final Pattern MARK_REASON = Pattern.compile("(?i)excused|apologies|regrets|present|absent");

    private static AttendanceStatus status(String mark) {
        String m = mark.toLowerCase(Locale.ROOT);
        if (m.matches("absent|not present|no|n|a|✗")) {
            return AttendanceStatus.ABSENT;
        }
        if (m.matches("excused|apologies|regrets|e")) {
            return AttendanceStatus.EXCUSED;
        }
        return AttendanceStatus.PRESENT;
    }

    /** A row under two labels side by side: each cell goes to the column whose heading starts nearest above it. */
    private static boolean readColumns(Line line, List<Column> columns, List<Attendee> out) {
        String text = line.text();
        String[] cells = COLUMNS.split(text.strip());
        int before = out.size();
        Matcher sep = COLUMNS.matcher(text.strip());
        int offset = line.indent();
        for (int k = 0; k < cells.length; k++) {
            String cell = cells[k];
            Column column = columns.get(0);
            if (cells.length == columns.size()) {
                column = columns.get(k);
            } else {
                for (Column c : columns) {
                    if (Math.abs(c.offset() - offset) < Math.abs(column.offset() - offset)) {
                        column = c;
                    }
                }
            }
            readLine(cell, column.label(), false, out);
            if (sep.find()) {
                offset = line.indent() + sep.end();
            }
        }
        return out.size() > before;
    }

    /**
     * Whether a block is columns laid side by side with a label heading a later column partway down ("Daniel Roe,
     * Chair        City Staff:" under "Board of Directors:"), as PDF text extraction flattens them: plain lines
     * spaced into cells, or table rows.
     */
    private static boolean labelledColumns(List<Line> block) {
        if (block.get(0).kind() == Line.Kind.TABLE) {
            // "| Board of Directors | City Staff |": a table whose head row is labels only, not "| Name | Attendance |".
            List<String> head = block.get(0).cells().stream().filter(c -> !c.isBlank()).toList();
            if (head.size() == 1 && labelsOnly(block.get(0))) {
                // "| Present: | | |" alone over its column: a label in another column further down makes it a grid.
                return block.stream().skip(1).anyMatch(r -> r.cells().stream().skip(1)
                        .anyMatch(c -> !c.isBlank() && cellLabel(c) != null && cellLabel(c).inline().isBlank()));
            }
            return head.size() >= 2 && !isHeaderRow(head.toArray(String[]::new)) && head.stream().allMatch(c -> cellLabel(c) != null);
        }
        if (isHeaderRow(COLUMNS.split(block.get(0).text().strip()))) {
            return false;
        }
        for (Line l : block) {
            List<String> cells = gridCells(l);
            for (int k = 1; k < cells.size(); k++) {
                // "City Staff:", "Staff Present": a caption; "Garcia   excused" is a roll call's mark, no column.
                String cell = cells.get(k).strip();
                if (cellLabel(cell) != null && (cell.endsWith(":") || cell.split("\\s+").length >= 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Councillor", "Councillor/Chairman", "Member & Convener": one office or several, and no name. */
    static boolean officesOnly(String cell) {
        String[] words = cell.strip().split("\\s*(?:/|&|,|\\s)\\s*");
        return words.length > 0 && Arrays.stream(words).allMatch(w -> w.isEmpty() || isOfficeWord(w) || isOffice(w)
                || OFFICE_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** "Special Invitee", "Ex-officio Member", "and": words that go with an office in a cell that names no one. */
    private static final Set<String> OFFICE_MODIFIERS = Set.of("and", "of", "the", "special", "senior", "acting", "honorary",
            "ex-officio", "co-opted", "nominated", "elected", "permanent", "invitee", "invitees", "vice", "deputy");

    /** Whether a table row's cells that hold words are all attendance labels with nothing after them: "| Present: | |". */
    static boolean labelsOnly(Line row) {
        List<String> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        return !cells.isEmpty() && cells.stream().allMatch(c -> {
            Label l = cellLabel(c);
            return l != null && l.inline().isBlank() && c.strip().endsWith(":");
        });
    }

    /** The cells of a row: a table row's, or a plain line's split where two or more spaces or a tab stand. */
    private static List<String> gridCells(Line l) {
        if (l.kind() == Line.Kind.TABLE) {
            return l.cells();
        }
        return l.kind() == Line.Kind.TEXT ? List.of(COLUMNS.split(l.text().strip())) : List.of(l.text());
    }

    /**
     * Reads a block of columns side by side, each read down on its own: the first under {@code label}, each other
     * from the label that heads it ("City Staff:", "Absent:"), its cells the people under that label. A plain line's
     * cells fall in the column whose start is nearest at or before them (the line's indentation counted); a table
     * row's, in the column of their place in the row.
     */
    private static void readGrid(List<Line> block, Label label, List<Attendee> out, List<Line> unread) {
        // Each column: where it starts (for a table, its index) and the label its cells are read under.
        java.util.TreeMap<Integer, Label> columns = new java.util.TreeMap<>();
        boolean table = block.get(0).kind() == Line.Kind.TABLE;
        // PDF text may shift a column by a character or two from line to line; a table's columns are its cells.
        int slack = table ? 0 : 2;
        for (Line l : block) {
            List<String> cells = gridCells(l);
            Matcher sep = COLUMNS.matcher(l.text().strip());
            int offset = l.indent();
            int before = out.size();
            boolean labels = false;
            int lastCell = -1;
            for (int k = 0; k < cells.size(); k++) {
                String cell = cells.get(k).strip();
                int at = table ? k : offset;
                if (!table && sep.find()) {
                    offset = l.indent() + sep.end();
                }
                if (cell.isEmpty()) {
                    continue;
                }
                Label own = cellLabel(cell);
                if (own != null) {
                    labels = true;
                    // A label starts its column here; one within a couple of characters of another is the same column.
                    Integer near = columns.isEmpty() ? null : columns.floorKey(at + slack);
                    if (near != null && Math.abs(at - near) <= slack) {
                        columns.remove(near);
                    }
                    columns.put(at, own);
                    if (!own.inline().isBlank()) {
                        readLine(own.inline(), own, false, out);
                    }
                    continue;
                }
                Integer start = columns.isEmpty() ? null : columns.floorKey(at + slack);
                Label under = start == null ? label : columns.get(start);
                if (start == null && columns.isEmpty()) {
                    columns.put(at, label);
                }
                if (table && k > 0 && lastCell == k - 1 && officesOnly(cell)) {
                    // "| Ann Lee | Councillor/Chairman |": the office in the cell beside a name is that person's.
                    out.set(out.size() - 1, describe(out.get(out.size() - 1), cell));
                    continue;
                }
                int had = out.size();
                readLine(cell, under, false, out);
                lastCell = out.size() == had + 1 ? k : -1;
            }
            if (out.size() == before && !labels) {
                unread.add(l);
            }
        }
    }

    /**
     * The heading of a table's column of people: "Name", "Member", "Attendee", and the seat the body's people hold
     * ("Director", "Trustees", "Councillor"), as a board's roll of its directors heads it.
     */
    private static final String NAME_COLUMN = "(?i)name|members?|attendees?|person|participants?|directors?|trustees?"
            + "|councill?ors?|commissioners?|governors?|delegates?";
    /** The heading of a table's column that says who came: "Present", "Attended?", "Attendance". */
    private static final String PRESENCE_COLUMN = "present|attendance|attended|attending|here|in attendance";

    /**
     * Whether a table's first row heads a roll: a column of people and a column that says who came ("| Present |
     * Director | Organization |", "| Name | Attended |"), a table that is the attendance whatever label is above it.
     */
    private static boolean rollHeader(Line row) {
        String[] cells = row.cells().stream().map(c -> withoutMarkup(c).strip()).toArray(String[]::new);
        return column(cells, NAME_COLUMN) >= 0 && column(cells, "(?i)(?:" + PRESENCE_COLUMN + ")\\??") >= 0;
    }

    private static boolean isHeaderRow(String[] cells) {
        return cells.length >= 2 && column(cells, NAME_COLUMN) >= 0;
    }

    private static int column(String[] cells, String regex) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].strip().matches(regex)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An attendance table ("| Name | Present | Role |", or the same as columns of text): a Yes/No column gives each
     * person's attendance, a role or organisation column their office and affiliation, other columns their note.
     */
    private static void readTable(List<Line> rows, Label label, List<Attendee> out, List<Line> unread) {
        String[] header = cells(rows.get(0));
        // "| 1 | Dr. Ann Lee | Member |" first: a row of a numbered roll, its office no column's heading.
        if (!isHeaderRow(header) || numberedRow(header, label) != null) {
            for (Line row : rows) {
                Attendee numbered = numberedRow(cells(row), label);
                if (numbered != null) {
                    out.add(numbered);
                    continue;
                }
                if (!readLine(String.join("  ", cells(row)).strip(), label, true, out)) {
                    unread.add(row);
                }
            }
            return;
        }
        int name = column(header, NAME_COLUMN);
        int status = column(header, "(?i)(?:" + PRESENCE_COLUMN + "|status)\\??");
        int office = column(header, "(?i)role|title|position|office");
        int org = column(header, "(?i)organi[sz]ation|affiliation|company|representing|org|agency");
        for (Line row : rows.subList(1, rows.size())) {
            String[] cells = cells(row);
            String who = cell(cells, name);
            if (who.isEmpty()) {
                continue;
            }
            Label l = status < 0 ? label : label.with(statusCell(cell(cells, status)));
            int before = out.size();
            addOne(who, l, false, out);
            if (out.size() == before) {
                unread.add(row);
                continue;
            }
            Attendee a = out.get(out.size() - 1);
            if (org >= 0 && !cell(cells, org).isEmpty()) {
                a = new Attendee(a.name(), cell(cells, org), a.status(), a.role(), a.note());
            }
            if (office >= 0 && !cell(cells, office).isEmpty()) {
                a = describe(a, cell(cells, office));
            }
            for (int c = 0; c < cells.length; c++) {
                if (c != name && c != status && c != office && c != org && !cells[c].isBlank() && c < header.length) {
                    a = new Attendee(a.name(), a.affiliation(), a.status(), a.role(),
                            join(a.note(), header[c].strip() + ": " + cells[c].strip()));
                }
            }
            out.set(out.size() - 1, a);
        }
    }

    /**
     * Whether the table rows are a numbered roll with no heading row, every row a serial number, a person and perhaps an
     * office ("| 1 | Dr. Ann Lee | Member |" over "| 2 | Prof. Bo Chen | Special Invitee |"): people, not an agenda.
     */
    static boolean numberedRoll(List<Line> rows) {
        Label present = new Label(AttendanceStatus.PRESENT, null, "", List.of());
        List<Line> table = rows.stream().filter(l -> l.kind() == Line.Kind.TABLE).toList();
        return !table.isEmpty() && table.stream().allMatch(r -> numberedRow(cells(r), present) != null);
    }

    /**
     * A row of a numbered roll with no heading row ("| 1 | Dr. Ann Lee | Member |"): its serial number, the person's
     * name alone in its cell, and at most one short office after it; null for any other row.
     */
    private static Attendee numberedRow(String[] cells, Label label) {
        List<String> filled = Arrays.stream(cells).map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (filled.size() < 2 || filled.size() > 3 || !SERIAL.matcher(filled.get(0)).matches()) {
            return null;
        }
        String t = filled.get(1);
        List<Attendee> one = new ArrayList<>();
        boolean whole = !t.contains(",") && t.split("\\s+").length <= 5 && readLine(t, label, false, one) && one.size() == 1
                && one.get(0).name().contains(" ") && t.equals(one.get(0).name());
        if (!whole && !TITLED_CELL.matcher(t).matches()) {
            return null;
        }
        Attendee a = whole ? one.get(0) : attendee(t, null, label, null);
        if (filled.size() == 2) {
            return a;
        }
        // "Member", "Member & Convener", "Special Invitee": the seat the person holds, an office or a note.
        String office = filled.get(2);
        if (office.split("\\s+").length > 4 || office.matches(".*\\d.*")) {
            return null;
        }
        return officesOnly(office) ? describe(a, office)
                : new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), office));
    }

    private static String[] cells(Line row) {
        return row.kind() == Line.Kind.TABLE ? row.cells().toArray(String[]::new) : COLUMNS.split(row.text().strip());
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].strip() : "";
    }

    private static AttendanceStatus statusCell(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.matches("no|n|absent|not present|-|–|✗|❌|x\\s*absent")) {
            return AttendanceStatus.ABSENT;
        }
        if (v.matches("excused|apolog(?:y|ies)|sent apologies|regrets|e")) {
            return AttendanceStatus.EXCUSED;
        }
        return AttendanceStatus.PRESENT;
    }

    /** A line or sentence listing people: "A, Org; B, Org" or "Mayor A, Councilors B and C were present. D was absent." */
    static void parseEntries(String entries, Label label, List<Attendee> out) {
        if (CODE_SPANS.matcher(entries.strip()).matches()) {
            // "`Treasurer`, `WebAdmin`, `Chair`": each entry set as code is one, kept as written, an office among them
            // standing for its holder, never the office of the entry before.
            Matcher span = CODE_SPAN.matcher(entries);
            List<String> seen = new ArrayList<>();
            while (span.find()) {
                String who = span.group(1).strip();
                if (!seen.contains(who) && !NOBODY.matcher(who).matches()) {
                    seen.add(who);
                    Role role = roleOf(who);
                    Attendee a = attendee(who, null, label, null);
                    out.add(role == null || a.role() != null ? a : new Attendee(a.name(), null, a.status(), role, null));
                }
            }
            return;
        }
        String text = bracketsParted(unclosedBracketsParted(joinPostNominals(SCRIBE_SPACE.matcher(withoutLinks(
                MARKDOWN_ESCAPE.matcher(entries).replaceAll(""))).replaceAll(" "))));
        if (NOBODY.matcher(text.strip()).matches()) {
            return;
        }
        if (SPACED_HANDLES.matcher(text.strip()).matches()) {
            // "@alee @bchen @cdiaz": user names with their at signs, one after another with no commas between them.
            for (String h : text.strip().split("[\\s,]+")) {
                if (!BROADCAST.contains(h.toLowerCase(Locale.ROOT))) {
                    out.add(attendee(h, null, label, null));
                }
            }
            return;
        }
        List<String> signs = callSigns(text);
        if (!signs.isEmpty()) {
            // "VE7ABC, VA7TUV and G4XYZ" under the label: the members of a radio club as they call one another, by
            // call sign, kept as written.
            signs.forEach(c -> out.add(attendee(c, null, label, null)));
            return;
        }
        if (isListedHandle(text.strip()) && !isInitials(text.strip())) {
            // "Others: simulacrum": one user name alone after the label, as technical groups write themselves.
            out.add(attendee(text.strip(), null, label, null));
            return;
        }
        Matcher taker = MINUTES_BY.matcher(text);
        if (taker.find() && taker.start() > 0) {
            // "PGL, NP, NB Minutes by TO.": the one who took the minutes was there too.
            parseEntries(text.substring(0, taker.start()), label, out);
            String who = taker.group("who").strip();
            List<Attendee> one = new ArrayList<>();
            addOne(who, label, false, one);
            if (one.isEmpty() && who.matches("\\p{Lu}{2,4}")) {
                // "Minutes by TO": after "by", capitals are the taker's initials, even where they spell a word.
                one.add(attendee(who, null, label, null));
            }
            one.forEach(a -> out.add(new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), "minutes"))));
            return;
        }
        if (officeNameList(text, label, out) || captioned(text.strip(), label, out)) {
            return;
        }
        for (String sentence : Sentences.plain(text)) {
            AttendanceStatus status = label.status();
            String s = sentence.strip();
            Matcher st = SENTENCE_STATUS.matcher(s);
            if (st.find() && st.end() == s.length() && st.start() > 0) {
                status = status(st.group(1));
                s = s.substring(0, st.start());
            }
            // "..., Leonard and Saltzman, 5.": the head count after the names is no one.
            // "... and Nick S.": the stop after a surname's initial is the initial's, and stays.
            s = s.replaceAll("(?<!\\s\\p{Lu})\\.$", "").replaceFirst("\\s*,\\s*\\d{1,2}\\s*$", "");
            Label l = label.with(status);
            List<String> semis = outsideBrackets(s, ';');
            if (semis.size() > 1) {
                String carried = null;
                for (String part : semis) {
                    String p = joinPostNominals(part.strip().replaceFirst("(?i)^and\\s+", ""));
                    if (p.isEmpty()) {
                        continue;
                    }
                    // "Cllrs. A (Chair); B (V. Chair); C, D": a plural office holds for the entries after it.
                    String office = officeAndName(p)[0];
                    if (!office.isEmpty()) {
                        carried = plural(office) ? office : null;
                    } else if (carried != null && !startsWithCourtesy(p)) {
                        p = carried + " " + p;
                    }
                    int comma = p.indexOf(',');
                    if (comma > 0 && plural(officeAndName(p)[0]) && commaListOfNames(p)) {
                        // "Commissioners Fish, Fritz, Leonard and Saltzman": the plural office holds for each name.
                        commaList(p, l, out);
                    } else if (comma > 0 && severalNames(p)) {
                        // "Cllr A (Chair); B (V. Chair); R. Cordy, R. Parkinson & H. Mason": the last entry lists three.
                        commaList(p, l, out);
                    } else if (comma > 0) {
                        add(out, p.substring(0, comma), p.substring(comma + 1), l);
                    } else {
                        addOne(p, l, false, out);
                    }
                }
            } else if (!s.contains(",") && !s.matches("(?s).*\\s(?:and|&)\\s.*")) {
                addOne(s, l, false, out);
            } else {
                commaList(s, l, out);
            }
        }
    }

    /** "VE7ABC", "G4XYZ", "2E0ABC", "W1AW": an amateur radio call sign, a prefix, a digit, then one to four letters. */
    private static final Pattern CALL_SIGN = Pattern.compile("(?:\\p{Lu}{1,2}|\\d\\p{Lu}|\\p{Lu}\\d)\\d\\p{Lu}{1,4}");

    /**
     * The entries of a list of two or more in which every entry is a call sign or initials ("VE7ABC, VA7TUV and KLM"),
     * at least one a call sign; empty for any other text.
     */
    private static List<String> callSigns(String text) {
        List<String> entries = new ArrayList<>();
        for (String e : LIST_SEPARATOR.split(text.strip().replaceFirst("\\.$", ""))) {
            entries.add(e.strip());
        }
        boolean all = entries.size() >= 2 && entries.stream().allMatch(e -> CALL_SIGN.matcher(e).matches() || isInitials(e)
                && e.equals(e.toUpperCase(Locale.ROOT)));
        return all && entries.stream().anyMatch(e -> CALL_SIGN.matcher(e).matches()) ? entries : List.of();
    }

    /**
     * A link written around a name, as wiki and documentation pages list people: reStructuredText's "`Ann Lee`_",
     * "`Ann Lee <https://example.org/al>`_" and "`Ann Lee`" (an unfinished one), Markdown's "[Ann Lee](https://...)".
     */
    private static final Pattern NAME_LINK = Pattern.compile("`(?<rst>[^`\\s<>][^`<>]*?)\\s*(?:<[^<>`]*>)?`(?![\\p{L}\\d])_{0,2}"
            + "|\\[(?<md>[^\\[\\]]+)]\\([^()\\s]*\\)");
    /** What ends the text before a link when the link starts the next entry of the list, or the list. */
    private static final Pattern BEFORE_ENTRY = Pattern.compile("(?:^|[,;:(&]|\\band)\\s*$");

    /** The text with the link markup around names taken off, the names kept: "`Ann Lee`_, [Bo Chen](u)" → "Ann Lee, Bo Chen". */
    static String withoutLinks(String text) {
        if (text.indexOf('`') < 0 && text.indexOf("](") < 0) {
            return text;
        }
        Matcher m = NAME_LINK.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = (m.group("rst") != null ? m.group("rst") : m.group("md")).strip();
            // "`Lisa`_ `Ann D`_", "`Jo `Ann D`_": links side by side, or after one left unfinished, are two entries.
            boolean joined = !BEFORE_ENTRY.matcher(text.substring(0, m.start())).find();
            m.appendReplacement(sb, Matcher.quoteReplacement((joined ? ", " : "") + name));
        }
        m.appendTail(sb);
        // "`Ann`_, `Jo …" cut off where the list wraps: the unfinished link's back-tick goes too.
        return sb.toString().replace("`", "");
    }

    /**
     * "Daniel_Peintner", "Kunihiko_Toumura": the underscore a chat's scribe writes for the space in a name, between
     * two capitalised words (a user name in lower case, "john_doe", keeps it).
     */
    private static final Pattern SCRIBE_SPACE = Pattern.compile("(?<=(?<![\\p{L}\\d_])\\p{Lu}[\\p{L}'’.-]{0,30})_(?=\\p{Lu})");

    /**
     * The parts of {@code text} between the {@code separator}s that stand outside brackets: "Ann Lee, Natalie (joined
     * late; on a phone), Bo Ek" is one part, as the semicolon in brackets belongs to Natalie's note.
     */
    static List<String> outsideBrackets(String text, char separator) {
        return splitOutsideBrackets(text, Pattern.compile(Pattern.quote(String.valueOf(separator))));
    }

    /**
     * "Susan & Joel Mott", "Ann and Bo Lee, co-Chairs": two first names sharing the surname after them, written out as
     * "Susan Mott & Joel Mott". With "and" only when a plural office follows, as "Smith and Ann Lee" names two others.
     */
    static String sharedSurnames(String text) {
        Matcher m = SHARED_SURNAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String first = m.group("first");
            String lower = first.toLowerCase(Locale.ROOT);
            boolean plain = !NameIndex.TITLES.contains(lower) && !NameIndex.ORG_WORDS.contains(lower)
                    && !NameIndex.isCourtesyTitle(first) && isName(first + " " + m.group("surname"))
                    && isName(m.group("second") + " " + m.group("surname"));
            boolean couple = m.group("and").equals("&") || m.group("plural") != null;
            String replacement = plain && couple
                    ? first + " " + m.group("surname") + " " + m.group("and") + " " + m.group("second") + " " + m.group("surname")
                            + (m.group("plural") == null ? "" : m.group("plural"))
                    : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern SHARED_SURNAME = Pattern.compile("(?<![\\p{L}'’.-]\\s?)(?<first>\\p{Lu}\\p{Ll}+)\\s+(?<and>&|and)\\s+"
            + "(?<second>\\p{Lu}\\p{Ll}+)\\s+(?<surname>\\p{Lu}[\\p{L}'’-]+)(?<plural>\\s*,\\s*(?:co-)?\\p{L}+s\\b)?"
            + "(?=\\s*(?:[,;.]|$|\\s(?:and|&)\\s))");

    /**
     * "Commodore: Ann Lee", "Member at Large: Bo Ek (in for Cy Dunn)", "Race Officers: Gil Hart and Ivy Jones",
     * "Website: Mike Ward": a line of an attendance block that gives the office or the task someone holds, then the
     * holder (or holders). Any short caption of capitalised words reads so, when everything after it is people's full
     * names (or user names); the caption goes to each one's note. False for a field ("Venue: Town Hall", "Time: 7pm")
     * or anything after the caption that is not only names.
     */
    private static boolean officeCaptioned(String caption, String rest, Label label, List<Attendee> out) {
        String[] words = caption.split("\\s+");
        if (words.length > 4 || NOT_OFFICE_CAPTION.matcher(caption).matches()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            boolean joins = k > 0 && k < words.length - 1 && CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
            if (!joins && !w.matches("\\p{Lu}[\\p{L}'’/-]*")) {
                return false;
            }
        }
        List<String> parts = listParts(rest.strip().replaceFirst("\\.$", ""));
        List<Attendee> found = new ArrayList<>();
        for (String part : parts) {
            if (!found.isEmpty() && STAND_IN_TAIL.matcher(part.strip()).matches()) {
                // "Bo Ek, deputising for Cy Dunn": the one before came in the member's place.
                Attendee last = found.get(found.size() - 1);
                found.set(found.size() - 1, new Attendee(last.name(), last.affiliation(), last.status(), last.role(),
                        join(last.note(), part.strip())));
                continue;
            }
            int before = found.size();
            // "Socie-D: Ben Chang **Not Present**": each holder may carry a roll call's mark.
            readLine(part.replace("**", ""), label, false, found);
            if (found.size() == before && isListedHandle(part.strip()) && !isInitials(part.strip())) {
                // "Scribe: pkrause": the holder written by user name, as a chat's minutes list their roles.
                found.add(attendee(part.strip(), null, label, null));
            }
            String who = found.size() == before + 1 ? found.get(before).name() : "";
            if (found.size() != before + 1 || !who.contains(" ") && !isHandle(who) && !AT_HANDLE.matcher(who).matches()) {
                return false;
            }
        }
        // "Website: Mike Ward", a task rather than an office, names a person only when the block has already named
        // that person; "Social Events: Summer Regatta" names none.
        boolean office = isOffice(caption) || OFFICE_NOUN.matcher(caption).find() || roleOf(caption) != null;
        if (!office && !found.stream().allMatch(a -> AT_HANDLE.matcher(a.name()).matches()
                || out.stream().anyMatch(o -> NameIndex.fold(o.name()).equals(NameIndex.fold(a.name()))))) {
            return false;
        }
        Role role = roleOf(caption);
        String held = plural(caption) || caption.matches(".*(?:ain|ach|ore|ep|or|er)s") ? caption.substring(0, caption.length() - 1) : caption;
        for (Attendee a : found) {
            out.add(new Attendee(a.name(), a.affiliation(), a.status(), role != null && a.role() == null ? role : a.role(),
                    role != null || a.note() == null ? (role != null ? a.note() : held) : join(held, a.note())));
        }
        return !found.isEmpty();
    }

    /** Offices of clubs and teams that {@link #isOffice} does not hold: "Captains", "Coach", "Rear Commodore". */
    private static final Pattern OFFICE_NOUN = Pattern.compile("(?i)\\b(?:captains?|vice[- ]captains?|coach(?:es)?"
            + "|commodores?|reps?|editors?|webmasters?|organi[sz]ers?|hosts?|delegates?|representatives?|stewards?"
            + "|keepers?|wardens?|champions?|mentors?|maintainers?|owners?|scribes?|(?:minute|note)[- ]?takers?)$");
    /** "deputising for Cy Dunn", "standing in for Cy Dunn": a stand-in's part after the comma. */
    private static final Pattern STAND_IN_TAIL = Pattern.compile("(?i)(?:(?:sitting|standing|filling|stepping|subbing)\\s+in"
            + "|in|(?:covering|deputi[sz]ing|substituting|subbing|proxy)|alternate|substitute)\\s+for\\s+\\p{Lu}.*"
            + "|(?i:in\\s+(?:the\\s+)?place\\s+of|on\\s+behalf\\s+of)\\s+\\p{Lu}.*");

    /** The captions of a minutes' fields, which name no office: "Venue:", "Time:", "Next meeting:", "Minutes:". */
    private static final Pattern NOT_OFFICE_CAPTION = Pattern.compile("(?i)(?:date|time|when|where|venue|location|place"
            + "|address|room|next(?:\\s+\\w+)?|minutes|agenda|quorum|notes?|actions?|action\\s+items?|motions?|moved"
            + "|seconded|second|vote|votes|result|outcome|decision|resolved|topic|item|items|subject|re|title|meeting"
            + "|called\\s+to\\s+order|adjourned|start|end|duration|call|dial[- ]in|link|zoom|passcode|status|summary|updates?"
            + "|discussion|report|reports|question|questions|answer|comments?|attachments?|documents?|present(?:ed)?\\s+by"
            + "|proposed\\s+by|led\\s+by|owner|owners|due|deadline)");

    /** "@octocat", "@MarshallOfSound": a user name written with its at sign, which names one person. */
    private static final String AT_HANDLE_TEXT = "@[\\p{L}\\d](?:[\\p{L}\\d._-]{0,38}[\\p{L}\\d])?";
    private static final Pattern AT_HANDLE = Pattern.compile(AT_HANDLE_TEXT);
    /** "@alee @bchen @cdiaz", "@alee, @bchen": two user names or more with their at signs and nothing else. */
    private static final Pattern SPACED_HANDLES = Pattern.compile(AT_HANDLE_TEXT + "(?:[\\s,]+" + AT_HANDLE_TEXT + ")+");
    /** Mentions that reach everyone in a chat, not one person's user name. */
    private static final Set<String> BROADCAST = Set.of("@here", "@channel", "@everyone", "@all", "@team", "@room");

    /** "From Noise", "From the Council", "From ACME Corp": a caption naming the body the people after it came from. */
    private static final Pattern FROM_CAPTION = Pattern.compile("(?i:from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\d'’&.-]*"
            + "(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d'’&.-]*){0,3})");

    /**
     * "Community", "Residents", "Parishioners", "Neighbours": a caption that names the people of the place, who come
     * to the meeting as its public.
     */
    private static final Pattern PUBLIC_GROUP = Pattern.compile("(?i)(?:local\\s+)?(?:community|communities|residents?"
            + "|parishioners|neighbou?rs|ratepayers|householders|locals|tenants|villagers|townspeople|citizens)");

    /**
     * Reads the lines right under a labelled line of the attendance (no blank line between) that name a group the
     * label does not ("Present: Ann Bell, Tom Reed" over "Community: Jo Hale, Ray Quinn" over "Apologies: Cy Dunn"):
     * a caption of one to four capitalised words, then only people's full names. Those of the place's public
     * ("Community:", "Residents:") are guests; another caption names the body they came from ("Youth Forum: Ann Bell").
     * An office ("Chair: Ann Bell") or a field ("Venue: Town Hall", "Approval of minutes: moved ...") ends them.
     * Returns the index after the last line read.
     */
    private static int groupLines(List<Line> lines, int from, List<Attendee> out) {
        int i = from;
        while (i < lines.size() && lines.get(i).kind() == Line.Kind.TEXT && label(lines.get(i)) == null) {
            List<Attendee> found = groupLine(withoutMarkup(lines.get(i).text()).strip());
            if (found == null) {
                return i;
            }
            out.addAll(found);
            i++;
        }
        return i;
    }

    /** The people of one line that {@link #groupLines} reads, or null when the line is no such group. */
    private static List<Attendee> groupLine(String text) {
        Matcher m = CAPTION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String caption = m.group("caption").strip();
        String[] words = caption.split("\\s+");
        if (words.length > 4 || NOT_OFFICE_CAPTION.matcher(caption).matches() || hasAgendaWord(caption) || isOffice(caption)
                || roleOf(caption) != null || OFFICE_NOUN.matcher(caption).find()) {
            return null;
        }
        for (int k = 0; k < words.length; k++) {
            boolean joins = k > 0 && k < words.length - 1 && CONNECTORS.contains(words[k].toLowerCase(Locale.ROOT));
            if (!joins && !words[k].matches("\\p{Lu}[\\p{L}'’/-]*")) {
                return null;
            }
        }
        String rest = m.group("rest").strip();
        if (NOBODY.matcher(rest).matches()) {
            return List.of();
        }
        boolean town = PUBLIC_GROUP.matcher(caption).matches();
        Label group = of(caption, "");
        Label label = town ? group.with(Role.GUEST) : group;
        List<Attendee> found = new ArrayList<>();
        for (String part : listParts(rest.replaceFirst("\\.$", ""))) {
            int before = found.size();
            readLine(part, label, false, found);
            if (found.size() != before + 1 || !found.get(before).name().contains(" ") || !isName(found.get(before).name())) {
                return null;
            }
        }
        if (town || group.role() != null) {
            return found;
        }
        if (found.size() < 2) {
            // "Social Events: Summer Regatta" among the officers' lines: one name after a caption that names no group
            // of people may be a thing's; a list of names is people.
            return null;
        }
        return found.stream().map(a -> a.affiliation() != null ? a
                : new Attendee(a.name(), caption, a.status(), a.role(), a.note())).toList();
    }

    /** "Council: Carol, JP, Mark", "Observers: TC, Ryan": a caption naming a group, then its people. */
    private static final Pattern CAPTION = Pattern.compile("^(?<caption>\\p{Lu}[\\p{L}'’ -]{1,30}?)\\s*:\\s*(?<rest>\\S.*)$");

    /**
     * Reads a line of an attendance block that starts with a caption naming a group ("Council:", "Observers:"): the
     * people after it, as guests when the caption says so. False when the line has no such caption.
     */
    private static boolean captioned(String text, Label label, List<Attendee> out) {
        Matcher m = CAPTION.matcher(text);
        if (!m.matches() || m.group("caption").isBlank()) {
            return false;
        }
        Matcher from = FROM_CAPTION.matcher(m.group("caption").strip());
        if (from.matches()) {
            // "From Noise: Pepsi, Ren", "From the Council: Ann Lee": the people, from the body the caption names.
            List<Attendee> found = new ArrayList<>();
            parseEntries(m.group("rest"), label, found);
            String body = from.group(1);
            found.forEach(a -> out.add(a.affiliation() != null ? a
                    : new Attendee(a.name(), body, a.status(), a.role(), a.note())));
            return !found.isEmpty();
        }
        if (!groupWords(m.group("caption"))) {
            if (officeCaptioned(m.group("caption").strip(), m.group("rest"), label, out)) {
                return true;
            }
            // "Community: Jo Hale, Ray Quinn" among the lines of names: a group the labels do not name.
            List<Attendee> group = groupLine(text.strip());
            if (group != null) {
                out.addAll(group);
            }
            return group != null;
        }
        Label caption = of(m.group("caption"), "");
        Label l = caption.role() == null ? label : label.with(caption.role());
        if (!NOBODY.matcher(m.group("rest").strip()).matches()) {
            parseEntries(m.group("rest"), l, out);
        }
        return true;
    }

    /**
     * Whether a line of a list of people is a user name written in lower case ("davean", "jdoe", "@octocat", "lexi
     * quill"), as technical groups list themselves: one or two such words, none of them a common word.
     */
    static boolean isHandle(String text) {
        String t = text.strip();
        if (!HANDLE.matcher(t).matches() || BROADCAST.contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : t.split("\\s+")) {
            String word = w.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
            // "quorum reached", "joined late": words of a sentence, no one's user name.
            if (NOT_INITIALS.contains(word) || NOT_HANDLES.contains(word) || NAME_WORDS.contains(word)
                    || word.matches(".*(?:ed|ing|tion|ly)")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A user name in a comma list of people: one word that {@link #isHandle} reads, not a plural noun for people
     * ("volunteers", "parents", "residents", "attendees"), which in a list names a group, not someone.
     */
    private static boolean isListedHandle(String who) {
        return isLooseHandle(who) && !PEOPLE_PLURAL.matcher(who.strip()).matches();
    }

    /** A user name as {@link #isListedHandle} reads it, or one word that ends as a plural does ("michalis"). */
    private static boolean isLooseHandle(String who) {
        String w = who.strip();
        return !w.contains(" ") && !isInitials(w) && isHandle(w);
    }

    private static final Pattern PEOPLE_PLURAL = Pattern.compile("(?i).*(?:s|children|people)");

    private static final Pattern HANDLE = Pattern.compile("@?\\p{Ll}[\\p{L}\\d._-]{1,30}(?:\\s+\\p{Ll}[\\p{L}\\d._-]{1,30})?");
    private static final Set<String> NOT_HANDLES = Set.of("none", "nobody", "others", "everyone", "various", "staff",
            "guests", "members", "visitors", "public", "present", "absent", "apologies", "regrets", "remote", "online",
            "in-person", "chair", "secretary", "treasurer", "notes", "minutes", "scribe", "tbc", "also", "late",
            "excused", "observers", "observer", "guest", "member", "board", "council", "committee", "team", "quorum",
            "zoom", "phone", "teams", "video", "tbd", "etc", "more", "left", "via", "call", "meeting");

    /** "JP", "TC", "bl": two or three letters of one case that stand for a person, not a word or an office. */
    static boolean isInitials(String who) {
        String w = who.strip();
        return (w.matches("\\p{Lu}{2,3}") || w.matches("\\p{Ll}{2,3}")) && !NOT_INITIALS.contains(w.toLowerCase(Locale.ROOT))
                && !NameIndex.TITLES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> NOT_INITIALS = Set.of("and", "the", "all", "etc", "tbd", "yes", "no", "not", "any",
            "few", "our", "its", "via", "per", "who", "one", "two", "six", "ten", "n/a", "na", "tba", "hr", "it", "pr",
            "qa", "ceo", "cfo", "coo", "cto", "cio", "usa", "uk", "eu", "us", "un", "ok", "am", "pm", "et", "al", "of",
            "to", "in", "on", "at", "by", "or", "is", "be", "we", "he", "she", "me", "my");

    /** Whether every part of a comma list names someone, an office before the first name allowed. */
    private static boolean commaListOfNames(String text) {
        return listParts(text).stream().allMatch(p -> isName(officeAndName(Entry.of(p).who())[1]));
    }

    /** "Kai Long (DOT) Department of Transportation": a name, brackets, then more about the person. */
    private static final Pattern MID_BRACKET = Pattern.compile("^(?<who>[^()]+?)\\s*\\((?<bracket>[^()]+)\\)\\s+(?<after>\\p{Lu}[^()]*)$");
    /** "President - Nora Quint": an office, a dash, then its holder: {office, holder}, or null for another form. */
    private static String[] officeFirst(String text) {
        Matcher d = DASH_OFFICE.matcher(text);
        if (!d.matches()) {
            return null;
        }
        String left = d.group("who").strip();
        String right = d.group("office").strip();
        // "Webmaster - Jo Ann Som", "AESB Representative - Vic Hale": the left is an office, or no full name.
        if (isName(right) && right.contains(" ") && !isOffice(right)
                && (isOffice(left) || roleOf(left) != null || !isName(left) || !left.contains(" "))) {
            return new String[] {left, right};
        }
        return null;
    }

    /** "Chief Executive (Dr. P. Daly), Director, Planning (Mr. V Murray)": offices with their holders in brackets. */
    private static boolean officeNameList(String text, Label label, List<Attendee> out) {
        String t = text.strip();
        Matcher m = OFFICE_NAME.matcher(t);
        List<Attendee> found = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            String name = m.group("name").strip();
            String office = m.group("office").strip().replaceAll("^[,;]\\s*", "");
            String[] split = officeAndName(name);
            if (!isName(split[1]) || isName(office) && !startsWithCourtesy(name) || office.isEmpty()) {
                return false;
            }
            Attendee a = attendee(split[1], null, label, null);
            found.add(describe(split[0].isEmpty() ? a : describe(a, split[0]), office));
            end = m.end();
        }
        if (found.size() < 2 || end < t.length()) {
            return false;
        }
        out.addAll(found);
        return true;
    }

    private static boolean startsWithCourtesy(String name) {
        String first = name.strip().split("\\s+")[0];
        return NameIndex.isCourtesyTitle(first);
    }

    /**
     * "Mayor Heather Kibbey, Council President Arne Nyberg, and Councilors Carolyn Bahrman, ... and Bill Tuttle";
     * a plural office ("Councilors", "guests") holds for the names after it until another office is named.
     */
    private static void commaList(String s, Label label, List<Attendee> out) {
        List<String> parts = listParts(sharedSurnames(joinPostNominals(s)));
        long names = parts.stream().filter(p -> isName(officeAndName(Entry.of(p).who())[1])).count();
        long filled = parts.stream().filter(p -> !p.isBlank()).count();
        long initials = parts.stream().filter(p -> isInitials(Entry.of(p).who())).count();
        // "Carol, JP, Mark", "bl, el, yj, dc": initials stand for people among names, or in a list of initials only.
        boolean byInitials = initials > 0 && (names > 0 && names + initials == filled || initials == filled && filled >= 3);
        long handles = parts.stream().filter(p -> isListedHandle(Entry.of(p).who())).count();
        // "ubuntourist, mchelen, hunterkll and sitwon", "Ann Lee, jdoe": user names in lower case, as technical groups
        // write themselves, when every part of the list names someone (two user names at least, or one among names).
        boolean byHandles = handles > 0 && names + initials + handles == filled && (handles >= 2 || names > 0);
        long looseHandles = parts.stream().filter(p -> isLooseHandle(Entry.of(p).who())).count();
        if (!byHandles && handles >= 2 && names + initials + looseHandles == filled) {
            // "gautier, ivan, michalis": among user names, one that ends as a plural does is a user name too.
            byHandles = true;
            handles = looseHandles;
        }
        if (!byHandles && handles >= 3 && names >= 2 && (filled - names - initials - handles) * 5 <= filled) {
            // "Li-Na, jdoe, mkay, BoEk, ann_lee, +Kit": a chat's list of nicknames, a few of them written some other
            // way, is a list of user names all the same.
            byHandles = true;
        }
        // "Ann Lee, Chair, Secretary, Treasurer": in minutes that name their officers by office, an office standing
        // alone in the list, beside no name whose office it could be, is the one who holds it.
        long offices = parts.stream().filter(p -> officeAlone(Entry.of(p).who())).count();
        long namesOrOffices = parts.stream().filter(p -> !p.isBlank()).map(p -> Entry.of(p).who())
                .filter(w -> isName(officeAndName(w)[1]) || officeAlone(w)).count();
        boolean byOffices = offices > 0 && namesOrOffices == filled;
        if ((Math.max(names, byOffices ? namesOrOffices : 0) + (byInitials ? initials : 0) + (byHandles ? handles : 0)) * 2
                < filled) {
            // A sentence with commas, not a list of people.
            return;
        }
        Attendee previous = null;
        String carried = null;
        boolean afterName = false;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).strip();
            if (part.isEmpty()) {
                continue;
            }
            Entry e = Entry.of(part);
            boolean followsName = afterName;
            afterName = false;
            if (byInitials && isInitials(e.who()) || byHandles && isLooseHandle(e.who())) {
                // Initials are kept as written: they are how the minutes name the person.
                out.add(e.describe(attendee(e.who(), null, label, null), carried));
                previous = null;
                continue;
            }
            String[] split = officeAndName(e.who());
            // "Ann Lee (Chair), Bo Chen (Secretary)": a name with its office in brackets is the next person, not the
            // office of the one before.
            boolean officeInBrackets = e.bracket() != null && isName(e.who()) && e.who().contains(" ")
                    && (isOffice(e.bracket()) || roleOf(e.bracket()) != null);
            if (previous != null && previous.affiliation() == null && previous.note() == null && isOffice(part)
                    && !officeThenName(e.who()) && !officeInBrackets) {
                // "Nils Ek, Harbor Master": what follows the name is the office.
                out.set(out.size() - 1, describe(previous, part));
                previous = null;
                continue;
            }
            if (byOffices && !followsName && !nameFollows(parts, i) && e.bracket() == null && officeAlone(e.who())) {
                // Named by the office, kept as written; the chair's office gives the role as well. Right after a name
                // ("Councillor G. Moss, Mayor") or right before one ("Chair of the Council, Tom Reed"), the office is
                // that person's, never someone else.
                Attendee a = attendee(e.who(), null, label, null);
                Role role = roleOf(e.who());
                out.add(role == null ? a : new Attendee(a.name(), null, a.status(), role, null));
                previous = null;
                continue;
            }
            if (isName(split[1]) && !NameIndex.isOnlyTitles(e.who())) {
                String office = split[0];
                if (startsWithCourtesy(split[1])) {
                    carried = null;
                }
                if (!office.isEmpty()) {
                    carried = plural(office) ? singular(office) : null;
                    office = singular(office);
                } else {
                    office = carried;
                }
                Attendee a = e.describe(attendee(split[1], null, label, null), office);
                previous = e.office() == null ? a : null;
                out.add(a);
                afterName = true;
            } else if (previous != null && previous.affiliation() == null && previous.note() == null) {
                out.set(out.size() - 1, describe(previous, part));
                previous = null;
            }
        }
    }

    /** "Bo Ek [Treasurer] (BE)": a name, an office in square brackets, then what else follows the name. */
    private static final Pattern SQUARE_OFFICE = Pattern.compile("^(?<who>\\p{Lu}[^\\[\\]]*?)\\s*\\[(?<office>[^\\[\\]]{2,40})]"
            + "(?!\\()(?<after>[^\\[\\]]*)$");

    /**
     * One entry of a list as written beside a name: "Cllr. A. Lee (Candle) - Vice Chair", "Michael Roe Ed.D.".
     *
     * @param who     the name with any office before it
     * @param bracket what the brackets after the name hold, or null
     * @param degrees degrees and honours after the name ("Ed.D.", "PhD"), or null
     * @param office  the office written after a dash, or null
     */
    private record Entry(String who, String bracket, String degrees, String office) {
        static Entry of(String part) {
            String who = part.strip();
            String office = null;
            Matcher square = SQUARE_OFFICE.matcher(who);
            if (square.matches() && (isOffice(square.group("office")) || roleOf(square.group("office")) != null)) {
                // "Bo Ek [Treasurer] (BE)": the office in square brackets after the name, the initials after it.
                who = (square.group("who") + square.group("after")).strip();
                office = square.group("office").strip();
            }
            Matcher d = DASH_OFFICE.matcher(who);
            if (office == null && d.matches() && balanced(d.group("who"))
                    && (isOffice(d.group("office")) || roleOf(d.group("office")) != null)) {
                who = d.group("who").strip();
                office = d.group("office").strip();
            }
            String bracket = null;
            Matcher paren = PAREN.matcher(who);
            Matcher mid = MID_BRACKET.matcher(who);
            if (paren.find() && !isDisambiguator(who)) {
                bracket = paren.group(1).strip();
                who = who.substring(0, paren.start()).strip();
            } else if (office == null && mid.matches() && isName(mid.group("who")) && !isName(who)) {
                // "Kai Long (DOT) Department of Transportation": the brackets between the name and what follows it.
                who = mid.group("who").strip();
                bracket = mid.group("bracket").strip();
                office = mid.group("after").strip();
            }
            String[] degrees = splitDegrees(who);
            return new Entry(degrees[0], bracket, degrees[1], office);
        }

        /** The attendee with what the entry says beside the name, and {@code prefix}, an office written before it. */
        Attendee describe(Attendee a, String prefix) {
            Attendee b = bracket == null ? a : withBracket(a, bracket);
            b = prefix == null || prefix.isEmpty() ? b : AttendanceParser.describe(b, prefix);
            b = degrees == null ? b : new Attendee(b.name(), b.affiliation(), b.status(), b.role(), join(b.note(), degrees));
            return office == null ? b : AttendanceParser.describe(b, office);
        }
    }

    /** Brackets after a name: the chair's office gives the role ("(Chair)", "(V. Chair)"); anything else is a note. */
    private static Attendee withBracket(Attendee a, String text) {
        if (roleOf(text) != null) {
            return describe(a, text);
        }
        if (a.affiliation() == null && isOrganisation(text) && !isDisambiguatorOrInitials(a.name(), text)) {
            // "Tom Berg (City of Springfield)", "Ann Lee (IBM)": the organisation the person comes from.
            return new Attendee(a.name(), text.strip(), a.status(), a.role(), a.note());
        }
        return new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), text));
    }

    /**
     * Whether brackets after a name hold an organisation: an acronym ("IBM"), or capitalised words with a word
     * organisations use ("City of Springfield", "Hill & Dale LLP"); not an office, a user id or a nickname.
     */
    static boolean isOrganisation(String text) {
        String t = text.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || isOffice(t) || t.contains(",") || t.length() > 60) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length == 1) {
            return NameIndex.isAcronym(t) && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
        }
        return Arrays.stream(words).anyMatch(w -> NameIndex.ORG_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", ""))
                && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || COMPANY.matcher(w).matches())
                && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || CONNECTORS.contains(w)
                || !Character.isLetter(w.codePointAt(0)));
    }

    private static final Pattern COMPANY = Pattern.compile("(?i)(?:inc|llc|llp|ltd|plc|gmbh|corp|co|ag|sa|bv)\\.?");

    private static boolean balanced(String text) {
        return text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count();
    }

    /** Splits the degrees and honours off the end of a name: {"Michael Roe", "Ed.D."}; a generation stays. */
    private static String[] splitDegrees(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        List<String> degrees = new ArrayList<>();
        while (words.size() > 2 && POST_NOMINAL.matcher(words.get(words.size() - 1)).matches()
                && !NameIndex.GENERATION.matcher(words.get(words.size() - 1)).matches()) {
            degrees.add(0, words.remove(words.size() - 1));
        }
        return new String[] {String.join(" ", words), degrees.isEmpty() ? null : String.join(" ", degrees)};
    }

    /** "Jane Roe, PhD, Director": the comma before letters after a name is no list separator ("Jane Roe PhD, Director"). */
    static String joinPostNominals(String text) {
        Matcher m = JOINED_POST_NOMINAL.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            // "Carol, JP, Mark": letters that could be initials follow a full name when they are honours
            // ("Ann Lee, JP"); after a first name alone they are the next person.
            String before = text.substring(0, m.start()).replaceAll(".*[,;:(]", "").strip();
            boolean initials = m.group(1).matches("\\p{Lu}{2,3}|(?:\\p{Lu}\\.)+") && !before.contains(" ");
            m.appendReplacement(sb, Matcher.quoteReplacement(initials ? m.group() : " " + m.group(1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Splits a list at commas, "and" and "&" outside brackets: "A (X & Y), B and C" gives "A (X & Y)", "B", "C". */
    private static List<String> listParts(String text) {
        return splitOutsideBrackets(text, LIST_SEPARATOR);
    }

    /** The parts of {@code text} between matches of {@code separator} that stand outside round or square brackets. */
    private static List<String> splitOutsideBrackets(String text, Pattern separator) {
        List<String> parts = new ArrayList<>();
        Matcher sep = separator.matcher(text);
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && sep.region(i, text.length()).lookingAt() && sep.end() > i) {
                parts.add(text.substring(from, i));
                from = sep.end();
                i = from - 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static void addOne(String text, Label label, boolean spaced, List<Attendee> out) {
        String t = joinPostNominals(text.strip());
        if (t.isEmpty() || NOBODY.matcher(t).matches()) {
            return;
        }
        String note = null;
        Matcher paren = PAREN.matcher(t);
        if (paren.find() && !isDisambiguator(t)) {
            note = paren.group(1);
            // "Owen Clarke - Initech - (OCL)": the dash before the brackets goes with them.
            t = t.substring(0, paren.start()).strip().replaceFirst("\\s+[-–—]$", "");
        }
        // "Ines Ortega- Bank of Westport": a dash after the name with no space before it separates all the same.
        String[] split = t.split("\\s+[-–—]\\s+|\\s{2,}|\\t+|(?<=\\p{L})[-–—]\\s+(?=\\p{Lu})|,\\s*", 2);
        String name = split[0];
        String rest = split.length > 1 ? split[1] : null;
        Matcher nick = PAREN.matcher(name);
        if (rest != null && nick.find() && !isDisambiguator(name)) {
            // "Andrew Wheat (Candle) - President": the brackets between the name and its office.
            note = note == null ? nick.group(1) : nick.group(1) + "; " + note;
            name = name.substring(0, nick.start()).strip();
        }
        Matcher standIn = STAND_IN.matcher(name);
        String standsFor = null;
        if (standIn.matches() && isName(standIn.group("who")) && isName(standIn.group("for"))) {
            // "Graham Jack for Henry Vera", "Al Roe (alternate for Bo Ek)": the one who came, in the other's place.
            name = standIn.group("who");
            standsFor = "for " + standIn.group("for");
            t = rest == null ? name : name + ", " + rest;
        }
        String[] words = t.split("\\s+");
        if (rest == null && words.length > 2 && (spaced || !isName(officeAndName(t)[1]))) {
            // "Chris Francis SAP", "John Sheridan The National Archives": the name is the first two or three words.
            for (int n = 2; n <= 3 && n < words.length; n++) {
                String candidate = String.join(" ", Arrays.copyOfRange(words, 0, n));
                // "Gaston de los Reyes": a particle carries the name on; "Gaston de" is no name before its organisation.
                if (isName(candidate) && !Character.isLowerCase(words[n - 1].codePointAt(0))) {
                    name = candidate;
                    rest = String.join(" ", Arrays.copyOfRange(words, n, words.length));
                    if (spaced || NameIndex.isAcronym(words[n]) || words[n].equals("The")
                            || NameIndex.ORG_WORDS.contains(words[n].toLowerCase(Locale.ROOT))) {
                        break;
                    }
                }
            }
            // "Jane Roe presented the budget": prose, not a name with its organisation.
            if (rest != null && isProse(rest)) {
                return;
            }
            if (rest != null) {
                // "Cy Dunn of Peak Law", "Ida Nye from the Parish Trust", "Al Roe representing Acme": the word that
                // joins the organisation to the name is neither's.
                rest = rest.replaceFirst("^(?:of|from|representing|on\\s+behalf\\s+of)\\s+(?=(?:the\\s+)?\\p{Lu})", "");
            }
        }
        if (rest != null && rest.split("\\s+").length > 8 && isProse(rest)) {
            return;
        }
        String[] officeName = officeAndName(name);
        String[] degrees = splitDegrees(officeName[1]);
        if (!isName(degrees[0])) {
            return;
        }
        Attendee a = attendee(degrees[0], null, label, null);
        if (note != null && rest != null && isOwnInitials(degrees[0], note, true)) {
            // "Pu Chen - Netflix (PUC)": the organisation after the dash, the initials the minutes call her by.
            a = new Attendee(a.name(), a.affiliation(), a.status(), a.role(), note.strip());
        } else if (note != null) {
            a = withBracket(a, note);
        }
        if (!officeName[0].isEmpty()) {
            a = describe(a, singular(officeName[0]));
        }
        if (degrees[1] != null) {
            a = new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), degrees[1]));
        }
        if (standsFor != null) {
            a = new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), standsFor));
        }
        Attendee held = rest == null || !split[0].equals(name) || !t.substring(name.length()).matches("\\s*[-–—]\\s.*")
                ? null : officeAt(a, rest);
        out.add(rest == null ? a : held != null ? held : describe(a, rest));
    }

    /**
     * "Al Roe for Bo Ek", "Al Roe sitting in for Bo Ek", "Al Roe (in for Bo Ek)", "Al Roe covering for Bo Ek", "Al Roe in
     * place of Bo Ek", "Al Roe on behalf of Bo Ek": a stand-in and the member.
     */
    private static final Pattern STAND_IN = Pattern.compile("(?<who>\\p{Lu}[^()]*?)\\s+\\(?(?:(?:alternate|substitute|proxy)\\s+for"
            + "|(?:(?:sitting|standing|filling|stepping|subbing)\\s+)?in\\s+for"
            + "|(?:covering|deputi[sz]ing|substituting|subbing)\\s+for|in\\s+(?:the\\s+)?place\\s+of|on\\s+behalf\\s+of|for)\\s+(?<for>\\p{Lu}[^()]*?)\\)?");

    /**
     * "Nat Roe - Executive Director, OpenID Foundation", "Ann Lee – Chair, Finance Committee": after the dash the office
     * held at an organisation, which goes to the note (the chair of an organisation need not chair the meeting), and
     * the organisation; null for another form.
     */
    private static Attendee officeAt(Attendee a, String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || a.affiliation() != null || text.indexOf('(') >= 0) {
            return null;
        }
        String office = text.substring(0, comma).strip();
        String organisation = text.substring(comma + 1).strip();
        boolean named = isOrganisation(organisation) || organisation.split("\\s+").length > 1
                && Arrays.stream(organisation.split("\\s+")).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        return isOffice(office) && named && !isOffice(organisation)
                ? new Attendee(a.name(), organisation, a.status(), a.role(), join(a.note(), office)) : null;
    }

    private static boolean isProse(String text) {
        int lower = 0;
        for (String w : text.replaceAll("\\([^)]*\\)", " ").strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                lower++;
            }
        }
        return lower >= 1;
    }

    /** Whether each part of a comma list reads as a person's full name ("R. Cordy, R. Parkinson & H. Mason"). */
    private static boolean severalNames(String text) {
        List<String> parts = listParts(text);
        // "Jane Roe, Acme Widgets" is a name and an organisation; "R. Cordy, R. Parkinson" or three names are people.
        boolean initials = parts.stream().allMatch(p -> officeAndName(Entry.of(p).who())[1].matches("\\p{Lu}\\.?\\s.*"));
        return (parts.size() >= 3 || parts.size() == 2 && initials) && parts.stream().allMatch(p -> {
            String who = Entry.of(p).who();
            String name = officeAndName(who)[1];
            // Two words at least ("R. Cordy", "Ann Lee"): "Carol Leigh, BAYSWAN" is a name and an organisation.
            return isName(name) && name.split("\\s+").length >= 2 && !NameIndex.isOnlyTitles(who) && !isOffice(name);
        });
    }

    private static void add(List<Attendee> out, String name, String affiliation, Label label) {
        String[] split = officeAndName(name.strip());
        if (!isName(split[1])) {
            // "The residents tried several options; approaching the school, placing an article": prose, no one.
            return;
        }
        String after = affiliation.strip();
        // "Mayor Adams, Presiding": what follows the comma may be the chair's office rather than an organisation.
        Attendee a = roleOf(after) != null ? describe(attendee(split[1], null, label, null), after)
                : attendee(split[1], after, label, null);
        out.add(split[0].isEmpty() ? a : describe(a, singular(split[0])));
    }

    /**
     * Whether brackets at the end tell two people of one name apart ("Collins (B)"); "Steve Fisher (SF)" gives the
     * person's initials instead, which go to the note.
     */
    private static boolean isDisambiguator(String text) {
        Matcher m = DISAMBIGUATOR.matcher(text);
        if (!m.find()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : text.substring(0, m.start()).strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                initials.appendCodePoint(w.codePointAt(0));
            }
        }
        String letters = m.group().replaceAll("[^\\p{Lu}]", "");
        return initials.length() < 2 || !initials.toString().equals(letters);
    }

    /** Whether brackets after {@code name} hold the person's initials ("Steve Fisher (SF)"), no organisation. */
    private static boolean isDisambiguatorOrInitials(String name, String bracket) {
        return DISAMBIGUATOR.matcher(name + " (" + bracket.strip() + ")").find() || isOwnInitials(name, bracket, false);
    }

    /**
     * Whether brackets after a name hold the short form the minutes call the person by ("Nina Ortiz (NOR)", "Pu Chen
     * (PUC)"), as working groups that write speakers by initials list them: two to four capitals starting with the
     * first name's initial, and unless {@code organisationBeside} (the line names the organisation elsewhere) holding the
     * surname's initial too, as "Sam Roe (SAP)" may name the company.
     */
    static boolean isOwnInitials(String name, String bracket, boolean organisationBeside) {
        String b = bracket.strip();
        String n = name.strip();
        if (!b.matches("\\p{Lu}{2,4}") || !n.contains(" ") || Character.toUpperCase(n.codePointAt(0)) != b.codePointAt(0)) {
            return false;
        }
        String surname = n.substring(n.lastIndexOf(' ') + 1);
        return organisationBeside || b.indexOf(Character.toUpperCase(surname.charAt(0)), 1) > 0;
    }

    /** Whether {@code text} reads as a person's name, "Collins (B)" and "Mr. G. Daly" included. */
    private static boolean isName(String text) {
        String t = DISAMBIGUATOR.matcher(text.strip()).replaceFirst("");
        if (AT_HANDLE.matcher(t).matches()) {
            // "@nornagon", "@MarshallOfSound": a user name, as technical groups list who came.
            return !BROADCAST.contains(t.toLowerCase(Locale.ROOT));
        }
        if (SURNAME_IN_CAPITALS.matcher(t).matches() && !NOT_INITIALS.contains(t.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT))) {
            // "Ann LEE", "Cy DE VRIES": the surname in capitals, as European lists write it; read as "Ann Lee".
            t = initialCapitals(t);
        }
        // "Special Guest", "Surprise Guest", "Council Member": a word for someone's part, no one's name.
        // "First: Ian", "Discussion: None": a field and its value, no name.
        return NameIndex.looksLikePersonName(t) && !(t.contains(" ") && ROLE_NOUN.matcher(t).find())
                && !t.matches(".*[:\\[\\]].*") && !SERVICE_NOUN.matcher(t).find();
    }

    /** "Ann LEE", "Cy DE VRIES", "Anne-Marie FOX-HALE": a first name, then the surname in capitals. */
    private static final Pattern SURNAME_IN_CAPITALS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?"
            + "(?:\\s+\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)?\\s+\\p{Lu}{3,}(?:-\\p{Lu}{2,})?");

    /** "Open Spaces", "Public Works", "Member Services": the plural that ends a department's name, no surname. */
    private static final Pattern SERVICE_NOUN = Pattern.compile("(?i)\\s(?:services|works|resources|affairs|relations"
            + "|operations|spaces|communications|programs|programmes|facilities|systems|utilities|records|events"
            + "|libraries|amenities)$");

    private static final Pattern ROLE_NOUN = Pattern.compile("(?i)\\s(?:guests?|visitors?|observers?|members?|residents?"
            + "|representatives?|attendees?|participants?|speakers?|presenters?|volunteers?|invitees?)$");

    /**
     * Splits the offices written before a name from it: {"Vice President", "Jan Power"}, {"", "Dr. P. Daly"}. A
     * courtesy title ends the office and stays with the name.
     */
    static String[] officeAndName(String mention) {
        String s = mention.strip().replaceAll("\\s*/\\s*", "/ ").replaceAll("^(?i)the\\s+", "");
        String[] words = s.split("\\s+");
        int i = 0;
        while (i < words.length - 1 && !NameIndex.isCourtesyTitle(words[i]) && isOfficeWord(words[i])) {
            i++;
        }
        if (i == 0) {
            // "Town Manager Adam Birch", "Finance Director Ida Jones", "V. Chairman Eli Fenn": capitalised words that
            // qualify the office before it, then a full name.
            for (int k = 1; k < words.length - 2; k++) {
                String rest = String.join(" ", Arrays.copyOfRange(words, k + 1, words.length));
                if (isOfficeWord(words[k]) && Character.isUpperCase(words[k].codePointAt(0))
                        && Arrays.stream(words, 0, k).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))
                        && NameIndex.looksLikePersonName(rest)
                        && !NameIndex.isOnlyTitles(rest)) {
                    i = k + 1;
                    break;
                }
            }
            int k = words.length - 2;
            if (i == 0 && k == 1 && Speakers.DEPARTMENT_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                    && isOfficeWord(words[k]) && Character.isUpperCase(words[k].codePointAt(0))
                    && NameIndex.looksLikePersonName(words[k + 1]) && !isOfficeWord(words[k + 1])) {
                // "Police Sergeant Jupp", "Fire Chief Ames": a service's office, then the holder's surname.
                i = k + 1;
            }
        }
        if (i > 0) {
            // "Clerk of the Council Jo Pettit", "Director of Public Works Al Roe", "Secretary to the Board Ida Nye": an
            // office that goes on with what it is of, then the holder's full name.
            i = withObject(words, i);
        }
        String office = String.join(" ", Arrays.copyOfRange(words, 0, i)).replace("/ ", "/").strip();
        String name = String.join(" ", Arrays.copyOfRange(words, i, words.length)).replace("/ ", "/").strip();
        return new String[] {office, name};
    }

    /**
     * Where the holder's name starts after an office word at {@code words[i - 1]} followed by "of", "for" or "to" and
     * what the office is of ("of the Council", "of Public Works"): the last two words, or three with an initial or a
     * particle between ("Ann B. Lee", "Luis de Leon"), when they are a person's name and the words before them are
     * capitalised or connectors; {@code i} otherwise.
     */
    private static int withObject(String[] words, int i) {
        if (i >= words.length - 3 || !words[i].matches("(?i)of|for|to")) {
            return i;
        }
        int k = words.length - 2;
        while (k - 1 > i + 1 && words[k].matches("\\p{Lu}\\.?|de|van|von|der|den|da|del|di|du|la|le|los|las|y|bin|al")) {
            k--;
        }
        boolean object = false;
        for (int j = i + 1; j < k; j++) {
            if (Character.isUpperCase(words[j].codePointAt(0))) {
                object = true;
            } else if (!CONNECTORS.contains(words[j].toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        String name = String.join(" ", Arrays.copyOfRange(words, k, words.length));
        // "Director of Parks and Open Spaces", "Manager of Community Health Services": the office's object to its end.
        boolean department = CONNECTORS.contains(words[k - 1].toLowerCase(Locale.ROOT)) && !words[k - 1].equalsIgnoreCase("the")
                || Arrays.stream(words, k, words.length).anyMatch(w -> DEPARTMENT.contains(w.toLowerCase(Locale.ROOT)));
        return object && !department && NameIndex.looksLikePersonName(name) && !NameIndex.isOnlyTitles(name)
                && !isOfficeWord(words[k]) ? k : i;
    }

    /** Words that end the name of a department or a service, never a person's: "Public Works", "Health Services". */
    private static final Set<String> DEPARTMENT = Set.of("services", "service", "works", "resources", "affairs",
            "relations", "operations", "development", "planning", "finance", "housing", "spaces", "space", "parks",
            "safety", "health", "communications", "programs", "programmes", "facilities", "systems", "management",
            "education", "engineering", "administration", "technology", "recreation", "utilities", "transportation",
            "transport", "budget", "records", "policy", "licensing", "environment", "compliance", "outreach", "events",
            "library", "libraries", "council", "board", "committee", "department", "district", "town", "city", "county");

    /** "V. Chairman Eli Fenn": an office and the full name of the one holding it, not an office alone. */
    private static boolean officeThenName(String who) {
        String[] split = officeAndName(who);
        return !split[0].isEmpty() && split[1].contains(" ") && isName(split[1]) && !NameIndex.isOnlyTitles(split[1])
                && !isOffice(split[1]);
    }

    private static boolean isOfficeWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.,/]+$", "");
        // "School Committee Candidates Ann Roe, Bo Ek", "Applicant Cy Dunn": a part in the meeting before a name.
        return NameIndex.TITLES.contains(w) || word.endsWith("/")
                || w.matches("guests?|visitors?|observers?|candidates?|nominees?|applicants?|presenters?|speakers?|panelists?");
    }

    private static boolean plural(String office) {
        String last = office.strip().replaceAll(".*\\s", "").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
        return last.endsWith("s") && !last.endsWith("ss") && isOfficeWord(last.substring(0, last.length() - 1));
    }

    /**
     * Whether a list's entry is an office alone, written as a title ("Treasurer", "Vice-Chair", "Minutes Secretary"):
     * one person's office, not a plural that goes before names, nor a guest, a visitor or the public.
     */
    private static boolean officeAlone(String who) {
        String t = who.strip();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && t.split("\\s+").length <= 4 && isOffice(t)
                && !plural(t) && !NOT_AN_OFFICE_HELD.matcher(t).find() && !namesSomeone(officeAndName(t)[1]);
    }

    /** Whether the entry after the {@code i}-th of a list names someone. */
    private static boolean nameFollows(List<String> parts, int i) {
        for (int j = i + 1; j < parts.size(); j++) {
            if (!parts.get(j).isBlank()) {
                String who = Entry.of(parts.get(j).strip()).who();
                return namesSomeone(officeAndName(who)[1]) && !officeAlone(who);
            }
        }
        return false;
    }

    /** Whether what follows an office's words is someone's name ("Ann Lee" of "Treasurer Ann Lee"), not more office. */
    private static boolean namesSomeone(String rest) {
        return isName(rest) && !NameIndex.isOnlyTitles(rest) && !isOffice(rest);
    }

    /** Offices a list names that no one person holds. */
    private static final Pattern NOT_AN_OFFICE_HELD = Pattern.compile("(?i)\\b(?:guest|visitor|observer|staff|public|members?"
            + "|candidate|nominee|applicant|speaker|presenter|panelist)\\b");

    /** "Councilors" → "Councilor", "Board Members" → "Board Member". */
    private static String singular(String office) {
        String o = office.strip().replaceAll("\\.$", "");
        return plural(office) ? o.substring(0, o.length() - 1) : office.strip();
    }

    /** Someone a staff office labels ("Clerk: Mrs P. Roe"): present, as staff, with the office in the note. */
    static Attendee staff(String name, String office) {
        return new Attendee(name.strip(), null, AttendanceStatus.PRESENT, Role.STAFF, office);
    }

    private static Attendee attendee(String name, String affiliation, Label label, String note) {
        return new Attendee(name, affiliation, label.status(), label.role(), note);
    }

    /**
     * Puts what is written beside a name where it belongs: the chair's office or "guest" as the role, another office
     * ("Port Manager", "Commissioner") in the note, anything else as the affiliation.
     */
    private static Attendee describe(Attendee a, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return a;
        }
        Role role = roleOf(t);
        if (role != null) {
            return new Attendee(a.name(), a.affiliation(), a.status(), a.role() == null ? role : a.role(),
                    a.role() == null || a.role() == role ? a.note() : join(a.note(), t));
        }
        Matcher org = PAREN.matcher(t);
        if (org.find() && a.affiliation() == null) {
            // "TSC Member (Cardano Foundation)": the office in the note, the organisation as the affiliation.
            return describe(new Attendee(a.name(), org.group(1).strip(), a.status(), a.role(), a.note()),
                    t.substring(0, org.start()));
        }
        return isOffice(t) || a.affiliation() != null
                ? new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), t))
                : new Attendee(a.name(), t, a.status(), a.role(), a.note());
    }

    /** Whether {@code text} names an office ("Port Manager", "Director of Services"), not an organisation. */
    static boolean isOffice(String text) {
        String t = text.strip();
        return t.matches("(?i).*\\b(chair|chairman|chairwoman|chairperson|president|secretary|treasurer|manager"
                + "|director|recorder|clerk|coordinator|assistant|officer|member|mayor|councilor|councillor|cllr"
                + "|commissioner|supervisor|trustee|alderman|staff|executive|administrator|planner|engineer|attorney"
                + "|lead|head|observer|master|librarian|superintendent|inspector|counsel|solicitor|auditor|minuter"
                + "|minute\\s+taker|note\\s+taker|scribe|guest|visitor|chief|marshal|sheriff|counselor|counsellor|advisor"
                + "|adviser|consultant|analyst|accountant|specialist|liaison|registrar|surveyor|architect"
                + "|archivist|warden|ranger|controller|comptroller|principal|dean|provost|chaplain|parliamentarian"
                + "|facilitator|moderator|convenor|convener|deputy|legal|technician|official|agent|steward|historian"
                + "|treasurer|bursar|receptionist|intern|aide|reporter|stenographer|candidate|nominee|applicant|presenter"
                + "|speaker|panelist)s?\\b.*")
                && t.split("\\s+").length <= 8
                || NameIndex.isOnlyTitles(t) && Arrays.stream(t.split("\\s+")).anyMatch(AttendanceParser::isOfficeWord);
    }

    /** The role an office written beside a name gives: "Chair" is the chair, "Vice-Chair" the vice chair, ... */
    static Role roleOf(String office) {
        String o = office.strip().toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
        if (o.matches("(?:vice|deputy|v\\.)[- ]?\\s*(?:chair|chairman|chairwoman|chairperson)")) {
            return Role.VICE_CHAIR;
        }
        if (o.matches("(?:co-)?(?:chair|chairman|chairwoman|chairperson|presiding officer|presiding)")) {
            return Role.CHAIR;
        }
        if (o.matches("guests?|visitors?|observers?")) {
            return Role.GUEST;
        }
        if (o.matches("alternate")) {
            return Role.ALTERNATE;
        }
        if (o.matches("ex[- ]officio(?: member)?")) {
            return Role.EX_OFFICIO;
        }
        return null;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
