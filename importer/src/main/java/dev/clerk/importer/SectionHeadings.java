package dev.clerk.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the section headings and nests them. Markdown documents (and Word documents with heading styles) are
 * outlined by their heading marks, with a line wholly in bold a sub-heading of the heading above it. Plain text is
 * outlined by numbered lines that read as titles (Roman numerals, letters, numbers, decimals: "I. Introductions",
 * "A. Check in ...", "2.3 Budget"), "Item 5: Title" lines, upper-case lines, bold lines, and short plain lines that
 * title the bulleted list below them; the first kind met becomes level 1, the next new kind level 2, and so on, as
 * a reader would take them; within a section, a short line in title case between sentences titles the paragraph
 * below it; a heading standing indented between blank lines over paragraphs at the margin (text saved from a web
 * page) and a title right under a row of ornaments ("♦♦♦ ♦♦♦", text extracted from a PDF) are sections too. In
 * Markdown, lines numbered I., II., III. in order are the items of the meeting's outline. In both, a table whose
 * rows are agenda items ({@link AgendaTable}) gives one section a row, and "## Agenda" and "## Minutes" side by side
 * are parts of the page, not its title. A name in an attendance block, a vote label ("In Favour:") and a title line
 * that breaks off mid-phrase are not sections.
 */
final class SectionHeadings {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    /**
     * Words in title case, small words between them ("Matters Arising", "Village Hall Rep.", "Report of the Clerk"),
     * ending in a letter or a short abbreviation.
     */
    private static final Pattern TITLE_CASE = Pattern.compile("^\\p{Lu}[\\p{L}'’&/-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&/-]*|of|and|the"
            + "|for|to|in|on|at|&|a|an))*(?<=\\p{L})(?:(?<=\\s\\p{Lu}\\p{Ll}{1,2})\\.)?$");
    /**
     * A heading that names a part of the document rather than the document: "Agenda", and the record of the meeting
     * beside it ("Meeting", "Minutes", "Notes", "Summary").
     */
    private static final Pattern PART = Pattern.compile("(?i)^(?:agenda|meeting|minutes|notes|summary)$");
    /** A heading over the meeting's particulars, a part of the page: "Meeting Details", "Meeting Information". */
    private static final Pattern PARTICULARS = Pattern.compile("(?i)^meeting\\s+(?:details|information|info|logistics"
            + "|particulars)$");
    /** A word that makes a short numbered line an outcome ("Noted.", "None.", "Minutes approved."), not a title. */
    private static final Pattern OUTCOME = Pattern.compile("(?i)\\b(?:\\p{L}+ed|none|nil|n/a|yes|no)\\.?$");
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i)\\b(minutes|meeting|agenda)\\b");
    /** A labelled field ("Present: ...", "Date:"), which ends the title block. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{2,30}:");
    private static final Pattern UPPER = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*$");
    /**
     * "2.3 Budget", "1.1. Minutes", "4.0 Reports", "1.19 - Chair": a decimal-numbered title, which the line reader
     * leaves as text.
     */
    private static final Pattern DECIMAL = Pattern.compile("^(?<number>\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?"
            + "(?:\\s*[–—-]\\s*|\\s+)(?<title>\\S.*)$");
    /**
     * A minute number as councils write them: "23/45 Apologies", "Min 12/24 – Planning", "Minute 45/19: Accounts",
     * "19/045. Correspondence" (the item and the year, either way round).
     */
    private static final Pattern MINUTE = Pattern.compile("^(?:(?i:min(?:ute)?s?\\.?)\\s*(?i:no\\.?\\s*)?)?"
            + "(?<number>(?:\\p{Lu}{1,3}/)?\\d{1,4}\\s?/\\s?\\d{1,4})(?![/\\d])[.:]?(?:\\s*[–—-]\\s*|\\s+)(?<title>\\S.*)$");
    /**
     * A minute number written on inside a paragraph after a sentence's stop, opening the next minute: "... detained at
     * work. 71/23 Declarations of Interest None were made. 72/23 Planning ...".
     */
    private static final Pattern MINUTE_IN_TEXT = Pattern.compile("(?<=[\\p{L}\\d)][.!?]|[.!?][\"”’)])\\s+(?=(?<number>"
            + "(?:\\p{Lu}{1,3}/)?\\d{1,4}/\\d{1,4})(?![/\\d])[.:]?(?:\\s*[–—-]\\s*|\\s+)\\p{Lu})");
    /**
     * Where a minute's title gives way to its text without a stop: the text opens by naming the title's subject again
     * ("Apologies for absence Apologies were received from ..."), with a person's initials and what they did ("Police
     * Report PK reported ..."), or after a dash ("Police Report – the clerk read ...", "Date of Next Meeting – 6 July").
     */
    private static final Pattern MINUTE_ECHO = Pattern.compile("\\s+(?=(?<word>\\p{Lu}\\p{Ll}{2,})\\s+(?:was|were|is|are|has|had|have"
            + "|\\p{Ll}{2,}ed)\\b)");
    private static final Pattern MINUTE_INITIALS = Pattern.compile("(?<=[\\p{L}\\d)'’])\\s+(?=\\p{Lu}{2,3}\\s+(?:said|gave|"
            + "\\p{Ll}{2,}ed)\\b)");
    /** An item written as the council's duty under it, one sentence: "To receive the clerk's report.", "To approve the accounts". */
    private static final Pattern AGENDA_DUTY = Pattern.compile("^To\\s+(?:receive|approve|consider|note|agree|discuss|confirm"
            + "|resolve|review|adopt|elect|appoint|accept|ratify)\\b[^.!?;:]{3,150}\\.?$");
    private static final Pattern MINUTE_DASH = Pattern.compile("\\s+[–—-]\\s+(?=\\S)");
    /** An item code closing a title, as school boards and councils number their agendas: "(F)", "(G-1)", "(E-1a)". */
    private static final Pattern CODE = Pattern.compile("\\s\\((?:[A-Z]{1,2}(?:-[A-Z0-9]{1,3}[a-z]?)?"
            + "(?:\\s?/\\s?[A-Z]{1,2}-?[A-Z0-9]{1,3}[a-z]?)?)\\)$");
    /** A signed-off or approval line at the foot of the minutes: "Approved: 11/15/2022", "Signed: ... Chairman". */
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(?:approved|adopted|signed|attest(?:ed)?|certified|"
            + "confirmed)(?:\\s+(?:by|on|as\\s+a\\s+true\\s+record))?\\s*[:.…_]|^(?:chair(?:man|woman|person)?|president|"
            + "secretary|clerk|mayor)['’]?s?\\s+signature\\b|^(?:signature|signed)\\b.*[._…]{4,}|^respectfully\\b");
    /** A name with its office, as signed under the minutes: "Ann Lee, Secretary", "Jo Park, Ed.D., President". */
    private static final Pattern SIGNATORY = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}.'’ -]+?)(?:,\\s*[\\p{L}.]{2,8})*,\\s*"
            + "(?i:(?:(?:vice|deputy|executive|recording|corresponding|acting|interim|board|council|town|parish|city)\\s+)*"
            + "(?:president|chair(?:man|woman|person)?|secretary|clerk|treasurer|superintendent|mayor))$");
    /** Someone signing in another's name: "Melissa Bassanelli for". */
    private static final Pattern SIGNING_FOR = Pattern.compile("^(?<name>\\p{Lu}[\\p{L}.'’ -]+?)\\s+for$");
    /** A person's initial opening a sentence: the "A " of "A Smith proposed". */
    private static final String INITIAL_NAME = "\\p{Lu}\\.?\\s+";
    /**
     * Where a numbered title runs on into its minute on the same line: a bullet, an item number of the next
     * level, its first lettered point ("Chair's Report a) The hall ..."), a long note in brackets to the line's end
     * ("Election of Trustees (two seats were open and three members stood for them)"), or a sentence opening as minutes open
     * them: with a pronoun and its verb ("Election of Chair It was proposed ...", "Closure There being no further
     * business ..."), "The" and what it names ("Treasurer's Report The Treasurer was pleased ...", "Accounts The
     * audited accounts ..."), "No" and a noun ("Risk Assessment No issues to report"), the proposition that carried
     * it ("Election of Officers Upon the proposition of ...", "On the motion of ...") or a person named by an
     * initial and what they did, after a title in title case ("Any Other Business A Smith proposed ..."; in "Village
     * hall Cllr Dee reported ..." no end to the title is clear).
     */
    private static final Pattern RUN_ON = Pattern.compile("\\s+[•·▪◦]\\s+|(?<=[\\p{L})])\\.?\\s+(?=\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s+[\\p{Lu}\\d])"
            + "|(?<=[\\p{L}\\d)])\\s+(?=\\(?a\\)\\s+\\p{Lu})|(?<=[\\p{L}\\d])\\s+(?=\\([^()]{40,}\\)$)"
            + "|\\s+(?=(?:It|There|This|These|They|We|He|She)\\s+(?:was|were|is|are|has|had|have|will|would|being)\\b)"
            + "|(?<=[\\p{L}\\d)'’])\\s+(?=The\\s+(?:\\p{Ll}{2,}|\\p{Lu}[\\p{L}'’]+\\s+"
            + "(?:was|were|is|are|has|had|have|will|would|said|gave|\\p{Ll}{2,}ed))\\b|No\\s+\\p{Ll}{3,}\\b|(?:Upon|On)\\s+(?:the\\s+|a\\s+)?(?:proposition|proposal|motion)\\b"
            + "|" + INITIAL_NAME + "\\p{Lu}[\\p{L}'’-]+\\s+(?:said|gave|\\p{Ll}{2,}ed)\\b)");
    /** The title of a paper attached to the minutes: "Annex A: Treasurer's Report", "APPENDIX 2 - Budget", "Attachment: Survey". */
    private static final Pattern ANNEX = Pattern.compile("^(?i:annex|appendix|attachment|enclosure|exhibit)(?:\\s+(?:[A-Z]|\\d{1,2}"
            + "|[IVX]{1,4}))?\\s*(?::|\\s[–—-])\\s*[\\p{Lu}\\d][^:]{2,90}$");
    /** The label of a note within an item's minute: "TODO:", "Suggestion:", "Action:", "Discussion:". */
    private static final Pattern NOTE_LABEL = Pattern.compile("(?i)to-?do|fyi|nb|reminder|suggest(?:ion)?s?|proposals?|ideas?"
            + "|discussion|decisions?|outcomes?|results?|actions?|notes?|comments?|questions?|answers?|responses?|status|update");
    /** A label or heading naming the agenda: "Agenda", "AGENDA:". */
    private static final Pattern AGENDA = Pattern.compile("(?i)^agenda\\s*:?$");
    /** A short run-in label: "Apologies: Cllr Lee", "Quorum: with nine members present, the meeting was quorate." */
    private static final Pattern RUN_IN = Pattern.compile("^(?<title>\\p{Lu}[^:.;]{2,60}):\\s+(?<body>\\p{L}.*)$");
    /** A page number standing alone, as left where a page broke. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?i:page\\s+)?\\d{1,5}(?:\\s+of\\s+\\d{1,5})?$");
    /** An abbreviation closing a title ("A.O.B."), whose last full stop is part of it. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|\\s)(?:\\p{L}\\.){2,}$");
    /** "Item 5: Budget", "Agenda item 3 – Minutes", "Item No. 2. Reports". */
    private static final Pattern ITEM = Pattern.compile("^(?i:agenda\\s+)?(?i:item)\\s+(?i:no\\.?\\s*|#\\s*)?\\d{1,3}"
            + "(?:\\.\\d{1,2})*[a-z]?\\s*(?:[:.)]|\\s[–—-])\\s*\\p{Lu}.*$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?i)(?:agenda\\s+)?item\\s+(?:no\\.?\\s*|#\\s*)?\\d{1,3}"
            + "(?:\\.\\d{1,2})*[a-z]?\\s*(?:[:.)]|\\s[–—-])\\s*");
    /** Words that make a short line a sentence or the lead-in to a list rather than its title. */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)\\b(?:is|are|was|were|will|would|has|have|had|did|does|"
            + "following|below|include[sd]?|including|as follows)\\b");
    /** The labels of a recorded vote ("In Favour", "Against", "Abstain"), which head names, not sections. */
    private static final Pattern VOTE_LABEL = Pattern.compile("(?i)^(?:in\\s+favou?r(?:\\s+of)?|for|against|"
            + "abstain(?:ed|ing|s)?|abstentions?|ayes?|nays?|noes|yeas?)\\s*(?:\\(\\d+\\))?\\s*:?$");
    /** A line that breaks off before its last word's object: "HELD IN THE COUNCIL CHAMBER ON", "MEETING OF THE". */
    private static final Pattern MID_PHRASE = Pattern.compile("(?i)\\b(?:at|of|and|the|to|in|on|for|by|with|from|held|a|an)$");

    private SectionHeadings() {
    }

    /**
     * The lines before the first section, and the sections; {@code lineByLine} when the minutes are written line under
     * line with no blank line between their paragraphs ({@link #unspaced}) and no line was found wrapped onto the next,
     * so that each line is a paragraph of its own.
     */
    record Outline(List<Line> header, List<Section> sections, boolean lineByLine) {
    }

    static Outline outline(List<Line> written, boolean markdown) {
        // "70/23 Apologies ... at work. 71/23 Declarations ...": minutes run together in one paragraph, one line each.
        MinuteOrder minutes = markdown ? MinuteOrder.NONE : MinuteOrder.of(written);
        // "... the agenda was approved. III. OLD BUSINESS The bench ...": an outline of Roman numbers run into the text.
        List<Line> lines = markdown ? written : romanApart(minutes.apart());
        List<Line> header = new ArrayList<>();
        List<Section> roots = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        List<String> styles = new ArrayList<>();
        String[] lastLabel = new String[8];
        int minDepth = markdown ? minHeadingDepth(lines) : 1;
        // "1.19", "2.19", "3.19": item numbers with the year after them, one level, not sub-items of 1, 2 and 3.
        boolean yearNumbers = !markdown && yearNumbered(lines);
        // A numbering style read at the level of another ("4. **Apologies**" in bold after bold titles).
        java.util.Map<String, String> sameAs = new java.util.HashMap<>();
        // Whether a numbered title in bold has been met: bold lines after it are its sub-headings.
        boolean boldNumbered = false;
        // The level of the last title closing with an item code ("Minutes (D)"), or 0.
        int codeLevel = 0;
        // The last whole number of the outline ("3" after "3. Apologies"): "4." after it goes on with the outline.
        int outlineNumber = 0;
        boolean inList = false;
        // The index of the last line read as a title.
        int lastTitleLine = -1;
        // Whether the lines are in an attendance block, where a short line is a name, not a title.
        boolean inAttendance = false;
        // Whether the last line of the document's title broke off mid-phrase ("... HELD IN THE CHAMBER ON").
        boolean titleContinues = false;
        // The level of the last section opened by a heading mark, under which a bold line is a sub-heading.
        int markedLevel = 0;
        // The level of the last bold label heading a group of bold titles ("**New Business:**"), or 0.
        int boldGroup = 0;
        // The level of the last heading mark written in capitals ("### CONSENT ITEMS"), or 0: where the headings are set
        // in capitals, a line in capitals standing alone is one of them that lost its mark.
        int capsLevel = 0;
        // The first lines, up to the first blank line, are the title block ("PARKS AND RECREATION BOARD" above
        // "SPECIAL MEETING MINUTES"): never sections in plain text.
        int titleBlockEnd = 0;
        while (titleBlockEnd < lines.size() && lines.get(titleBlockEnd).isBlank()) {
            titleBlockEnd++;
        }
        // "- Verges – cut twice this summer": bulleted topics, each with its minute; the first ends the title block.
        java.util.Map<Integer, String[]> bulletedParagraphs = bulletedParagraphs(lines);
        while (titleBlockEnd < lines.size() && !lines.get(titleBlockEnd).isBlank()
                && lines.get(titleBlockEnd).kind() != Line.Kind.NUMBERED && !bulletedParagraphs.containsKey(titleBlockEnd)
                && !LABEL.matcher(lines.get(titleBlockEnd).text()).find()) {
            // Minutes written without blank lines: the title ends with the first paragraph, a sentence that ended.
            boolean paragraph = PARAGRAPH.matcher(lines.get(titleBlockEnd).text().strip()).matches();
            titleBlockEnd++;
            if (paragraph) {
                break;
            }
        }
        // Minutes written as one indented list: the items of its outer levels are the sections.
        java.util.Map<Integer, Integer> listOutline = listOutline(lines);
        java.util.Map<Integer, Integer> numberedOutline = markdown ? numberedOutline(lines) : java.util.Map.of();
        Set<Integer> besideSubLists = besideSubLists(lines);
        // Minutes written line under line, with no blank line between their paragraphs: a label alone on its line
        // stands as it would after a blank line.
        boolean unspaced = !markdown && unspaced(lines, titleBlockEnd);
        // Plain text titled by labels standing on lines of their own ("Treasurer's Report:" over its paragraph): when
        // two or more such lines are there, that is how the document marks its sections.
        boolean labelled = !markdown && standingLabels(lines, unspaced) >= 2;
        // Whether a label standing alone has opened a section in such text.
        boolean standingOpened = false;
        // Plain text whose items are each a short title line over its paragraph ("Approval of Minutes" over "The
        // minutes were read ..."): when two or more are there, the first of them opens the first section too.
        boolean paragraphTitled = !markdown && paragraphTitles(lines, titleBlockEnd, unspaced) >= 2;
        // Paragraphs opened by a label in capitals ("OLD BUSINESS: The bench was repaired."): when two or more labels of
        // two words or more are there, every such label opens a section, with the paragraph as its minute.
        boolean capitalsLabelled = !markdown && capitalsRunIns(lines) >= 2;
        // Paragraphs opened by a topic's label ("Old Business: The bench was repaired.", "Mill Lane Park: The fields were
        // rolled."), three or more, each met once: where no heading stands over them, each label opens a section.
        boolean runInLabelled = !markdown && labelRunIns(lines);
        // The level of the sections opened by such labels, or 0.
        int runInLevel = 0;
        // A meeting bot's summary: "Meeting summary" is a part of it, under the channel's meeting as its title.
        boolean meetBot = MeetBotSummary.is(lines);
        // Plain text saved from a web page: headings indented on lines of their own, paragraphs at the margin.
        Set<Integer> indentedHeadings = markdown ? Set.of() : indentedHeadings(lines);
        // "I. Call to Order", "II. Public Comment" in Markdown, where Roman numerals are no list marks: the outline.
        Set<Integer> romanOutline = markdown ? romanOutline(lines) : Set.of();
        // The level of the Roman-numbered item open under the last heading mark, or 0.
        int romanLevel = 0;
        // "1) Finance – The accounts ...", "2) Hall hire. Council agreed ...": numbered topics, each with its minute.
        java.util.Map<Integer, String[]> numberedParagraphs = numberedParagraphs(lines);
        // "Agenda:" over "1. Apologies", "2. Minutes" that the minutes never name again: the meeting's own items.
        Set<Integer> agendaItems = new HashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            agendaItems.addAll(agendaEntries(lines, k));
        }
        for (int i = 0; i < lines.size(); i++) {
            int flatTable = AttendanceParser.flatTable(lines, i, new ArrayList<>());
            if (flatTable > i) {
                // An attendance table flattened by PDF extraction: its "Present" and "Absent" lines are cells.
                (open.isEmpty() ? header : open.peek().lines).addAll(lines.subList(i, flatTable));
                i = flatTable - 1;
                continue;
            }
            Line line = lines.get(i);
            Integer level = null;
            String title = null;
            // Whether the title came with a council's minute number ("23/45 Apologies"), which may run on into its text.
            boolean minuteTitle = false;
            // Whether the title came with a number, so that a minute written on after it may be split off.
            boolean numbered = false;
            if (!markdown && i < titleBlockEnd && line.kind() != Line.Kind.HEADING) {
                header.add(line);
                continue;
            }
            if (line.kind() == Line.Kind.TABLE && (i == 0 || lines.get(i - 1).kind() != Line.Kind.TABLE
                    && lines.get(i - 1).kind() != Line.Kind.RULE)) {
                int end = tableEnd(lines, i);
                AgendaTable.Items table = AgendaTable.read(lines.subList(i, end), open.isEmpty() ? 1 : open.peek().level + 1);
                // "Members Present:" over "| 1 | Dr. Ann Lee | Member |": a numbered roll under its label, no agenda.
                if (table != null && !((inAttendance || labelAbove(lines, i)) && AttendanceParser.numberedRoll(lines.subList(i, end)))) {
                    // The header row stays with the section the table is in; each row below it is an item.
                    (open.isEmpty() ? header : open.peek().lines).addAll(table.head());
                    (open.isEmpty() ? roots : open.peek().children).addAll(table.items());
                    inList = false;
                    inAttendance = false;
                    i = end - 1;
                    continue;
                }
            }
            if (line.kind() == Line.Kind.HEADING && isStamp(line.text())) {
                // "DRAFT" set as a heading over the minutes, and again under them: the minutes' status, no section.
                (open.isEmpty() ? header : open.peek().lines).add(line);
                continue;
            }
            // Under a section opened by a heading mark, or by a plain title under one (not by a list's entry or a bold line).
            boolean underMark = markdown && !open.isEmpty() && (open.peek().heading.kind() == Line.Kind.HEADING
                    || open.peek().heading.kind() == Line.Kind.TEXT && !open.peek().heading.bold()
                    && open.peek().level == markedLevel + 1);
            if (line.kind() == Line.Kind.HEADING) {
                if (roots.isEmpty() && (isTitle(line.text()) || overParticulars(lines, i)) && !isPart(lines, i)
                        && !PARTICULARS.matcher(cleanTitle(line.text())).matches()
                        && !BUSINESS_ON_PAPERS.matcher(cleanTitle(line.text())).lookingAt()
                        && !(meetBot && MeetBotSummary.PART.matcher(line.text().strip()).matches())) {
                    header.add(line);
                    continue;
                }
                level = Math.max(1, line.depth() - minDepth + 1);
                markedLevel = level;
                capsLevel = isUpperCaseHeading(line.text().strip()) ? level : capsLevel;
                boldGroup = 0;
                romanLevel = 0;
                // "### 5.1 Technical services": the number goes, as "## 5. A.O.B." loses its own.
                Matcher d = DECIMAL.matcher(line.text());
                title = d.matches() && Character.isUpperCase(d.group("title").codePointAt(0)) ? d.group("title") : line.text();
            } else if (isSignOff(line.text())) {
                // Signatures and approval lines under the minutes are not items, however bold.
                level = null;
            } else if (line.kind() == Line.Kind.TEXT && VOTE_RESULT.matcher(line.text().strip()).matches()) {
                // "CARRIED UNANIMOUSLY", "**Motion carried**": the outcome of the motion above, never a title.
                level = null;
            } else if (!roots.isEmpty() && line.kind() == Line.Kind.TEXT && !line.bold() && annexTitle(lines, i)) {
                // "Annex A: Treasurer's Report" after the minutes: a part of the document of its own, at the top level.
                level = 1;
                title = line.text();
            } else if (line.kind() == Line.Kind.TEXT && !agendaEntries(lines, i).isEmpty()) {
                // "Agenda:" standing over the meeting's own numbered items: a part of the minutes holding them.
                level = markdown ? markedLevel + 1 : levelOf("AGENDA", styles);
                title = line.text();
            } else if (romanOutline.contains(i)) {
                // "IV. Old Business" under "### Proceedings": an item of the meeting's outline.
                level = markedLevel + 1;
                romanLevel = level;
                title = line.text();
            } else if (agendaItems.contains(i)) {
                // "### Agenda" over "1) Budget", "2) Elections": each entry an item of the agenda.
                if (markdown) {
                    level = markedLevel + 1;
                    for (Section s : open) {
                        if (AGENDA.matcher(s.title.strip()).matches()) {
                            level = s.level + 1;
                            break;
                        }
                    }
                } else {
                    String style = style(line.label(), styles, lastLabel);
                    level = levelOf(sameAs.getOrDefault(style, style), styles);
                    lastLabel[Math.min(level - 1, 7)] = line.label();
                    outlineNumber = number(line.label(), outlineNumber);
                    numbered = true;
                }
                title = line.text();
            } else if (listOutline.containsKey(i)) {
                int nesting = listOutline.get(i);
                level = markdown ? markedLevel + nesting : levelOf("LIST" + nesting, styles);
                title = line.text();
                for (Matcher n = ITEM_NOTE.matcher(title); n.find() && n.start() > 0 && (n.group("group") == null
                        || TIME_BOX.matcher(n.group("group")).find()); n = ITEM_NOTE.matcher(title)) {
                    title = title.substring(0, n.start()).strip();
                }
            } else if (markdown && numberedOutline.containsKey(i)) {
                // "1. **PR**: [#117 Workspaces](...) - @ann" over its points, like the items beside it.
                level = markedLevel + numberedOutline.get(i);
                title = line.text();
            } else if (line.kind() == Line.Kind.NUMBERED && line.depth() <= 3 && line.close() != 0
                    && (headsSubList(lines, i) || besideSubLists.contains(i) || markdown && line.bold() && leadsText(lines, i))) {
                // "1.  Remote voting:" above its own indented points: an item of the outline, in any document.
                String style = style(line.label(), styles, lastLabel);
                level = markdown ? markedLevel + 1 : levelOf(sameAs.getOrDefault(style, style), styles);
                for (Section s : markdown ? open : List.<Section>of()) {
                    if (s.heading.isListItem() && s.heading.depth() < line.depth()) {
                        // "   1. **Context**" indented under the item "1. Launch date": a part of that item, a level below.
                        level = s.level + 1;
                        break;
                    }
                }
                lastLabel[Math.min(level - 1, 7)] = line.label();
                title = line.text();
                outlineNumber = number(line.label(), outlineNumber);
            } else if (!markdown && roots.isEmpty() && line.kind() == Line.Kind.TEXT
                    && (titleContinues && UPPER.matcher(line.text()).matches() || inTitleBlock(lines, i)
                    || endsBrokenDate(lines, i, header))) {
                // "MINUTES OF THE MAY 2023" / "REGULAR MEETING" / "OF THE BOARD OF COMMISSIONERS": a title set
                // centred over several lines is the minutes' title, whatever its line breaks; none of it is a section.
                header.add(line);
                titleContinues = endsMidPhrase(line.text());
                continue;
            } else if (!markdown && (!inList || continuesOutline(line, outlineNumber) || line.depth() > 3 && nextLetter(lines, i))
                    && line.kind() == Line.Kind.NUMBERED
                    // "Attendance: 4" over "1. Nora", "2. Femi": names, not items; after a blank line, a title again.
                    && !(inAttendance && i > 0 && !lines.get(i - 1).isBlank() && isName(line.text()))
                    // "1 Apologies" in a run of numbers written bare: an item as "1. Apologies" is.
                    && (line.close() == '.' || line.close() == ' ' || line.bold())
                    && (line.depth() <= 3 || letteredUnder(lines, i, open) || romanUnderLetter(lines, i, open))
                    // "1. Can the club afford a second trailer?": a question put, listed, stays text.
                    && !line.text().strip().endsWith("?")
                    // "2714. Financial Report: Community A/C ..." wrapped on: a title with its minute run in after it.
                    && !(wrappedSentence(lines, i) && runOn(line.text()) == null)
                    && (readsAsTitle(line.text()) || runOn(line.text()) != null || line.bold() && readsAsLongTitle(line.text())
                    || colonTitle(line.text()) || titleCaseRunIn(line.text()) != null
                    || line.label().matches("\\d{1,2}|[IVXLC]{1,6}|[A-Z]") && (isShortTitleWithStop(line.text())
                    || titleCaseWithStop(line.text())))) {
                String style = style(line.label(), styles, lastLabel);
                if (line.bold() && styles.contains("BOLD") && !styles.contains(style) && !sameAs.containsKey(style)) {
                    // Numbered titles set as the bold titles before them are at their level.
                    sameAs.put(style, "BOLD");
                }
                boldNumbered |= line.bold() && "BOLD".equals(sameAs.get(style));
                level = levelOf(sameAs.getOrDefault(style, style), styles);
                lastLabel[Math.min(level - 1, 7)] = line.label();
                title = line.text();
                numbered = true;
                outlineNumber = number(line.label(), outlineNumber);
            } else if (!markdown && (!inList || minutes.onward().contains(i)) && !minutes.back().contains(i)
                    && line.kind() == Line.Kind.TEXT && minute(line.text(), yearNumbers) != null) {
                // A minute number going on from the last one opens a minute even after a lettered list; one going back
                // to an earlier minute ("Minute 12/23 should read: ...") refers to it.
                level = levelOf("MINUTE", styles);
                title = minute(line.text(), yearNumbers);
                numbered = true;
                minuteTitle = true;
            } else if (!markdown && !inList && line.kind() == Line.Kind.TEXT && decimal(line.text()) != null) {
                Matcher d = DECIMAL.matcher(line.text());
                d.matches();
                level = levelOf(decimal(line.text()), styles);
                title = d.group("title");
                numbered = true;
            } else if (codeLevel > 0 && line.kind() == Line.Kind.TEXT && CODE.matcher(line.text()).find()
                    && readsAsTitle(CODE.matcher(line.text()).replaceFirst("")) && (i == 0 || lines.get(i - 1).isBlank()
                    || PAGE_NUMBER.matcher(lines.get(i - 1).text()).matches())) {
                // "Visitor Comments (F)" in plain type among bold titles with their codes: the same kind of item.
                level = codeLevel;
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT && ITEM.matcher(line.text()).matches()
                    && readsAsTitle(ITEM_NUMBER.matcher(line.text()).replaceFirst(""))) {
                level = levelOf("ITEM", styles);
                title = line.text();
            } else if (line.kind() == Line.Kind.TEXT && line.bold() && (readsAsBoldTitle(line.text())
                    && !CALL_OR_CLOSE.matcher(line.text()).find() || groupLabel(lines, i) || markdown && boldTitleLabel(lines, i))
                    && !(inAttendance && UPPER.matcher(line.text()).matches() && isName(line.text()))
                    && !(inAttendance && peopleCaption(lines, i))) {
                if (roots.isEmpty() && (isTitle(line.text()) || inBoldTitleBlock(lines, i)) && !boldPart(lines, i)) {
                    header.add(line);
                    titleContinues = endsMidPhrase(line.text());
                    continue;
                }
                if (markdown) {
                    // A bold line in a document outlined by heading marks is a sub-heading of the last heading;
                    // attendance belongs to the meeting, not to the topic before it.
                    level = AttendanceParser.heading(cleanTitle(line.text())) != null ? 1 : markedLevel + 1;
                } else if (boldNumbered && !open.isEmpty() && open.peek().heading.kind() == Line.Kind.NUMBERED) {
                    // Under "7. **Matters arising**", a bold line without a number is a sub-heading of item 7.
                    level = open.peek().level + 1;
                } else if (boldNumbered && !open.isEmpty() && open.peek().heading.bold()
                        && open.peek().heading.kind() == Line.Kind.TEXT && open.peek().level > levelOf("BOLD", styles)) {
                    level = open.peek().level;
                } else {
                    level = levelOf("BOLD", styles);
                }
                // "**Old Business:**" over "**Mill Street**": the bold titles under a bold label are its items.
                if (groupLabel(lines, i)) {
                    boldGroup = level;
                } else if (boldGroup > 0 && level == boldGroup) {
                    level = boldGroup + 1;
                }
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT && (isUpperCaseHeading(line.text()) || upperCaseTitleLabel(lines, i))
                    && !capitalSentence(lines, i) && !labelWithPeople(line)
                    && !(inAttendance && i > 0 && (!lines.get(i - 1).isBlank() || underBareLabel(lines, i)) && isName(line.text()))) {
                // In an attendance block, "TOM BECKER" under "MARIA LOPEZ" is a name; after a blank line, a title,
                // unless the line above the blank is the label itself ("PRESENT:").
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    titleContinues = endsMidPhrase(line.text());
                    continue;
                }
                level = levelOf("UPPER", styles);
                title = line.text();
            } else if (markdown && capsLevel > 0 && line.kind() == Line.Kind.TEXT && !line.bold() && i > 0
                    && lines.get(i - 1).isBlank() && isUpperCaseHeading(line.text().strip()) && readsAsTitle(line.text().strip())
                    && !capitalSentence(lines, i) && !labelWithPeople(line) && !CODE_WORD.matcher(line.text()).find()
                    && headsText(lines, i)
                    && !(inAttendance && isName(line.text()))) {
                // "ACTION ITEMS" alone between paragraphs where the other items are "### CONSENT ITEMS": an item at their
                // level whose heading mark the conversion lost.
                level = capsLevel;
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT
                    && (indentedHeadings.contains(i) || underSeparator(lines, i))) {
                // "    Budget" standing indented between blank lines over paragraphs at the margin, or "Budget" right
                // under a row of ornaments or dashes: the document's own heading.
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    continue;
                }
                level = levelOf("STANDING", styles);
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT && i > 0 && underSeparator(lines, i - 1)
                    && lastTitleLine == i - 1 && TITLE_CASE.matcher(line.text().strip()).matches()
                    && line.text().strip().split("\\s+").length <= 8) {
                // "Public Works" under the ornaments, then "Culvert Agreement": the first topic of that part.
                level = levelOf("STANDING_SUB", styles);
                title = line.text();
            } else if (!markdown && !open.isEmpty() && titlesParagraphAsBullet(lines, i)) {
                // "C. Updates" over "• Transit Oriented Development" over the paragraph on it: an item of C.
                level = levelOf("BULLET", styles);
                title = line.text();
            } else if (markdown && standingLabel(lines, i) && overIndentedBlock(lines, i)) {
                // "Equipment:" at the margin over its indented paragraph, under a heading of text set as Markdown
                // ("Open faults:" over "  The boiler still trips ..."): a topic of that heading, as a mailing list's notes
                // set them.
                level = open.isEmpty() ? 1 : markedLevel + 1;
                title = withoutEmphasis(line.text());
            } else if (labelled && i >= titleBlockEnd && standingLabel(lines, i, unspaced)
                    && !(inAttendance && !lines.get(i - 1).isBlank() && isName(line.text()))) {
                level = levelOf("PLAIN", styles);
                title = withoutEmphasis(line.text());
                standingOpened = true;
            } else if ((!markdown || roots.isEmpty() && !isTitle(line.text()) || underMark && topicUnderMark(line.text()))
                    && line.kind() == Line.Kind.TEXT
                    && titlesList(lines, i, unspaced)
                    && !(inAttendance && isName(line.text()))
                    // "Present: 4" over the names: the attendance, counted, not an item.
                    && !(line.text().contains(":") && AttendanceParser.label(line) != null)) {
                // "### Discussion" over "Budget update" over "- Revenue is ahead ...": in a document outlined by heading
                // marks, a plain title over its list is a part of the heading's topic.
                level = underMark ? markedLevel + 1 : levelOf("PLAIN", styles);
                title = line.text();
            }
            // The topic of a numbered paragraph, with the minute written on after it on its line.
            String[] topic = level == null ? numberedParagraphs.get(i) : null;
            if (topic != null) {
                if (markdown) {
                    level = markedLevel + 1;
                } else {
                    String style = style(line.label(), styles, lastLabel);
                    level = levelOf(sameAs.getOrDefault(style, style), styles);
                    lastLabel[Math.min(level - 1, 7)] = line.label();
                    outlineNumber = number(line.label(), outlineNumber);
                }
                title = topic[0];
            }
            String[] bulleted = level == null && topic == null ? bulletedParagraphs.get(i) : null;
            if (bulleted != null) {
                level = markdown ? markedLevel + 1 : levelOf("DASHED", styles);
                title = bulleted[0];
                topic = bulleted;
            }
            String[] capitals = level == null && topic == null && capitalsLabelled && i >= titleBlockEnd
                    ? capitalsRunIn(lines, i) : null;
            if (capitals != null) {
                // "NEW BUSINESS: The fair is in May.": the label in capitals is the item, the rest of the line its minute.
                level = levelOf("UPPER", styles);
                title = capitals[0];
                topic = capitals;
            }
            // "**New Business:** The county ..." before it: a label in bold read as the same kind of item.
            int headingAt = runInLabelled && level == null && topic == null && !open.isEmpty() ? lines.indexOf(open.peek().heading) : -1;
            boolean underBoldRunIn = headingAt >= 0 && boldRunIn(lines, headingAt);
            String[] runInLabel = level == null && topic == null && runInLabelled && i >= titleBlockEnd
                    && (open.isEmpty() || open.peek().level == runInLevel || underBoldRunIn) ? labelRunIn(lines, i) : null;
            if (runInLabel != null) {
                // "Old Business: The bench was repaired.": the label is the item, the rest of the line its minute.
                level = underBoldRunIn ? open.peek().level : levelOf("RUN_IN", styles);
                runInLevel = level;
                title = runInLabel[0];
                topic = runInLabel;
            }
            String[] lineItem = level == null && topic == null && labelled && unspaced && !standingOpened && i >= titleBlockEnd
                    ? runInOverLabels(lines, i) : null;
            if (lineItem != null) {
                // "Minutes: read and signed" over "Matters arising: none" over "Treasurer's Report:", line under line:
                // before the first label standing alone, a labelled line is an item of the same kind, its minute on it.
                level = levelOf("PLAIN", styles);
                title = lineItem[0];
                topic = lineItem;
            }
            if (level == null && !markdown && (!open.isEmpty() || paragraphTitled && i >= titleBlockEnd
                    && paragraphTitle(lines, i)) && line.kind() == Line.Kind.TEXT
                    && !VOTE_RESULT.matcher(line.text().strip()).matches()
                    && !line.bold() && (titlesParagraph(lines, i, lastTitleLine, false, unspaced)
                    || paragraphTitled && titlesParagraph(lines, i, lastTitleLine, true, unspaced) && paragraphTitle(lines, i))
                    && !personOverWords(lines, i)
                    && !(inAttendance && isName(line.text()))
                    // "**Farmers Market**: First Winter" above "Market to be held ...": the minute run in after its
                    // title's label, wrapped, is no title of its own.
                    && !(i > 0 && lines.get(i - 1).number() == line.number() && lines.get(i - 1).bold())) {
                // "Playing Field Rep." above the minute of that appointment, within item 3.
                level = levelOf("PLAIN", styles);
                title = line.text();
            }
            if (markdown && romanLevel > 0 && level != null && level == romanLevel && line.kind() != Line.Kind.HEADING
                    && !romanOutline.contains(i) && AttendanceParser.heading(cleanTitle(line.text())) == null) {
                // "1. Approval of Minutes" under "II. Consent Agenda": a part of the Roman-numbered item.
                level = romanLevel + 1;
            }
            if (line.kind() == Line.Kind.TEXT || line.kind() == Line.Kind.HEADING) {
                inList = line.text().endsWith(":");
                AttendanceParser.Label label = AttendanceParser.label(line);
                if (label != null) {
                    // "Present:" above a list of names; "Present: Ann Lee, Bo Chan" has its names on the line.
                    inAttendance = label.inline() == null || label.inline().isBlank();
                } else if (level == null && line.text().length() > 60) {
                    inAttendance = false;
                }
            } else if (line.kind() == Line.Kind.NUMBERED && level == null) {
                // "2. The chair signed the declaration." between items 1 and 3 goes on with the outline; "1. Ann" under
                // "Agreed:" starts a list.
                inList = !continuesOutline(line, outlineNumber);
                if (!inList) {
                    outlineNumber = number(line.label(), outlineNumber);
                }
            }
            if (level == null) {
                if (open.isEmpty()) {
                    header.add(line);
                } else {
                    open.peek().lines.add(line);
                }
                continue;
            }
            inList = false;
            lastTitleLine = i;
            String[] split = numbered ? subItemRunOn(line.kind() == Line.Kind.NUMBERED ? line.label() : null, title) : null;
            if (split == null && numbered && (!readsAsTitle(title) || runsOnAfterLabel(title))) {
                split = minuteTitle ? minuteRunOn(title) : runOn(title);
                if (split == null && !minuteTitle) {
                    split = titleCaseRunIn(title);
                }
            } else if (split == null && minuteTitle) {
                // "Date of Next Meeting – Thursday 6 July 7.30pm": the minute's title, and when, after its dash.
                split = dashedWhen(title);
            }
            if (topic != null && topic[1] != null) {
                split = topic;
            }
            if (split != null) {
                title = split[0];
            } else if (line.kind() == Line.Kind.NUMBERED && wrapsOnto(lines, i, title)) {
                // "3. DISCUSSION AND POSSIBLE ACTION REGARDING 2021-O-3 ORDINANCE" over "CONCERNING FIRE RESTRICTIONS":
                // one title, wrapped on the page.
                title = title.strip() + " " + lines.get(i + 1).text().strip();
                i++;
            }
            inAttendance = AttendanceParser.heading(cleanTitle(title)) != null;
            titleContinues = false;
            if (CODE.matcher(title.strip()).find()) {
                codeLevel = level;
            }
            Section s = new Section(cleanTitle(title), level, line);
            if (split != null) {
                // The minute written on the title's line is the section's first line.
                s.lines.add(new Line(line.number(), split[1], Line.Kind.TEXT, 0, null, (char) 0, false));
            }
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(s);
            } else {
                open.peek().children.add(s);
            }
            open.push(s);
        }
        return new Outline(header, named(roots), unspaced && lines.stream().allMatch(l -> l.last() == l.number()));
    }

    /**
     * A paper attached to the minutes, titled on a line of its own after a blank line: "Annex A: Treasurer's Report
     * (abridged)", "ATTACHMENT: 2019 Survey of Residents". A few words, no sentence, with text below it.
     */
    static boolean annexTitle(List<Line> lines, int i) {
        String text = lines.get(i).text().strip();
        if (!ANNEX.matcher(text).matches() || text.split("\\s+").length > 14
                || text.endsWith(".") && !ABBREVIATION.matcher(text).find() || i > 0 && !lines.get(i - 1).isBlank()) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entries of a numbered list right under a line "Agenda" (a heading or a label standing alone), when they are
     * the meeting's own items: two or more, blank lines alone between them, each reading as a title, and none named
     * again by a line of the minutes below (where "1. Budget" over "2. Elections" is the notice of the items the minutes
     * then take one by one, the list stays as written). Empty when the line heads no such list.
     */
    static List<Integer> agendaEntries(List<Line> lines, int i) {
        Line head = lines.get(i);
        if (head.kind() != Line.Kind.TEXT && head.kind() != Line.Kind.HEADING || head.label() != null
                || !AGENDA.matcher(withoutEmphasis(head.text()).strip()).matches() || i > 0 && !lines.get(i - 1).isBlank()
                && head.kind() == Line.Kind.TEXT) {
            return List.of();
        }
        List<Integer> entries = new ArrayList<>();
        int k = i + 1;
        for (; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            if (l.kind() != Line.Kind.NUMBERED || !entries.isEmpty() && l.depth() != lines.get(entries.get(0)).depth()) {
                break;
            }
            String t = l.text().strip();
            // "Review of minutes (passed)", "Report from the Dean.": the title without its note or its stop.
            String bare = t.replaceFirst("\\s*\\([^()]*\\)$", "");
            bare = bare.endsWith(".") && !ABBREVIATION.matcher(bare).find() ? bare.substring(0, bare.length() - 1) : bare;
            if (!readsAsTitle(bare) || bare.split("\\s+").length > 14 || LEAD_IN.matcher(bare).find() || t.endsWith("?")) {
                return List.of();
            }
            entries.add(k);
        }
        if (entries.size() < 2) {
            return List.of();
        }
        Set<String> named = new HashSet<>();
        entries.forEach(e -> named.add(cleanTitle(lines.get(e).text()).toLowerCase(Locale.ROOT)));
        for (int after = k; after < lines.size(); after++) {
            if (named.contains(cleanTitle(lines.get(after).text()).toLowerCase(Locale.ROOT))) {
                return List.of();
            }
        }
        return entries;
    }

    /** How many lines of the document are labels standing on their own ("Equipment:" after a blank line). */
    private static int standingLabels(List<Line> lines, boolean unspaced) {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            n += standingLabel(lines, i, unspaced) ? 1 : 0;
        }
        return n;
    }

    /** The fewest lines with words that show minutes written line under line. */
    private static final int UNSPACED_LINES = 8;

    /**
     * Whether the minutes, past their title block ({@code from}), are written line under line with no blank line
     * between their paragraphs, as text copied from a page or typed one note a line often is: each line is its own
     * paragraph, and a label alone on a line heads the lines under it.
     */
    static boolean unspaced(List<Line> lines, int from) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last - from + 1 < UNSPACED_LINES) {
            return false;
        }
        for (int i = from; i <= last; i++) {
            if (lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A labelled line ({@link #labelRunIn}, its minute on it) in minutes written line under line, in a run of such lines
     * that a label standing alone ends: "Minutes: read and signed" and "Matters arising: None" over "Treasurer's
     * Report:". The label and the minute, or null.
     */
    private static String[] runInOverLabels(List<Line> lines, int i) {
        String[] run = labelRunIn(lines, i, true);
        if (run == null) {
            return null;
        }
        int j = i + 1;
        while (j < lines.size() && labelRunIn(lines, j, true) != null) {
            j++;
        }
        return j < lines.size() && standingLabel(lines, j, true) ? run : null;
    }

    /**
     * A label standing on a line of its own after a blank line, over the paragraph or list it titles, as plain minutes
     * mark their sections: "Committee Planning:", "Coaches Report:", "*Equipment:*", "**Treasurer's report**:",
     * "OLD BUSINESS:". A few words naming a topic, never a sentence that introduces what follows ("The
     * trustees, therefore, proposed:", "Nominations were received from:"), a field ("Date:"), a vote or motion label,
     * the parts of an item ("Discussion:", "Result:"), an attendance label, or a numbered line (a question put stays
     * text).
     */
    static boolean standingLabel(List<Line> lines, int i) {
        return standingLabel(lines, i, false);
    }

    /**
     * A label standing on a line of its own ({@link #standingLabel(List, int)}); in minutes written line under line
     * ({@code unspaced}), after any line that does not break off mid-phrase ("Membership is 66." over "Treasurer's
     * Report:").
     */
    static boolean standingLabel(List<Line> lines, int i, boolean unspaced) {
        Line line = lines.get(i);
        if (line.kind() != Line.Kind.TEXT || i > 0 && !lines.get(i - 1).isBlank() && lines.get(i - 1).kind() != Line.Kind.RULE
                && !(unspaced && lines.get(i - 1).kind() == Line.Kind.TEXT && !endsMidPhrase(lines.get(i - 1).text()))) {
            return false;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).kind() == Line.Kind.HEADING || lines.get(j).kind() == Line.Kind.RULE) {
            return false;
        }
        String t = withoutEmphasis(line.text());
        if (!t.endsWith(":")) {
            return false;
        }
        String label = t.substring(0, t.length() - 1).strip();
        String[] words = label.split("\\s+");
        if (label.isEmpty() || words.length > 6 || label.length() > 50 || !readsAsTitle(label) || label.matches(".*[,;!?].*")
                || LEAD_IN.matcher(label).find() || STATEMENT.matcher(label).find() || NARRATED.matcher(label).lookingAt()
                || VOTE_LABEL.matcher(label).matches() || FIELD_LABEL.matcher(label).matches() || STEP_LABEL.matcher(label).matches()
                || MotionRecognizer.opens(t) != null || DateRecognizer.isOnlyDate(label) || isSignOff(t)) {
            return false;
        }
        // "Present:", "Apologies:" over names: the attendance, read as such wherever it stands.
        return AttendanceParser.label(line) == null && AttendanceParser.heading(label) == null;
    }

    /**
     * Whether the line stands at the margin with a paragraph indented under it, on the very next line: "Budget:" over
     * "  The treasurer ...". Not a list: a bullet or number under it is a list's entry, read as such.
     */
    private static boolean overIndentedBlock(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i).indent() > 0) {
            return false;
        }
        Line next = lines.get(i + 1);
        return next.kind() == Line.Kind.TEXT && next.indent() >= 2 && next.text().strip().split("\\s+").length >= 4;
    }

    /**
     * The labels of the parts of one item or motion ("Discussion:", "Decision:", "Mover:", "Result:", "Action:"), which
     * stand inside a section, never title one.
     */
    private static final Pattern STEP_LABEL = Pattern.compile("(?i)(?:discussion|decisions?|outcomes?|results?|resolved"
            + "|resolutions?|motions?|moved(?:\\s+by)?|mover|seconde[dr](?:\\s+by)?|second|ayes|nays|noes|yeas|votes?|voting"
            + "|actions?|notes?|comments?|questions?|answers?|responses?|context|background|summary|conclusions?|purpose"
            + "|recommendations?|proposed|agreed|carried|status|update|follow[\\s-]?up|details|description|reason)");

    /**
     * A field of the meeting's particulars, whose value may stand on the line below ("Date:", "Time:", "Venue:"), or of
     * the page it was saved from ("Title:", "URL Source:", "Markdown Content:").
     */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?i)(?:meeting\\s+)?(?:date|time|date\\s+and\\s+time|when"
            + "|where|location|place|venue|address|title|subject|(?:markdown\\s+)?content|(?:url\\s+)?source"
            + "|chair(?:ed\\s+by)?|minutes?\\s+taken\\s+by|recorder|scribe|note\\s*taker)");

    /** The text of a line without the emphasis marks around it or its colon: "*Equipment:*", "__Minutes__:". */
    static String withoutEmphasis(String text) {
        return text.strip().replaceAll("^[*_]{1,3}(?=\\S)|(?<=\\S)[*_]{1,3}(?=:?$)", "").strip();
    }

    /** A bold sentence saying the meeting was called to order or closed: "Ann Lee called the meeting to order at 5 PM". */
    static final Pattern CALL_OR_CLOSE = Pattern.compile("(?i)\\b(?:called|calls)\\s+(?:the\\s+meeting\\s+)?to\\s+order\\b"
            + "|\\bmeeting\\s+(?:was\\s+)?(?:adjourned|opened|closed)\\b");

    /**
     * A bold label over bold titles: "**Old Business:**" above "**Mill Street**", "**Town Manager's Report:**" above
     * "**Budget Update**". Short, a title but for its colon, not an attendance or vote label, not the lead-in to a
     * motion ("**Ann made the following motion:**"), with bold text on the next line.
     */
    static boolean groupLabel(List<Line> lines, int i) {
        Line line = lines.get(i);
        String t = line.text().strip();
        if (!line.bold() || !t.endsWith(":") || t.split("\\s+").length > 5) {
            return false;
        }
        String label = t.substring(0, t.length() - 1).strip();
        if (!readsAsTitle(label) || LEAD_IN.matcher(label).find() || VOTE_LABEL.matcher(label).find()
                || AttendanceParser.label(line) != null || AttendanceParser.heading(label) != null
                || MotionRecognizer.opens(t) != null) {
            return false;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT && lines.get(j).bold();
    }

    /**
     * In minutes outlined by heading marks, a bold title of two to six words (one naming a topic) closed by a colon,
     * standing alone between blank lines, or as a web page's paragraph of its own, over the text it heads, is a sub-heading of the heading above (elsewhere a label standing alone is read
     * with the other labels of its kind):
     * "**President's report:**" over the president's paragraphs, "**Treasurer's Report:**" over a list. Not a label of
     * the attendance ("**Members present:**") or of a vote, not a field ("**Date and time:**"), not a speaker's name
     * ("**Ann Lee:**") nor the lead-in to what follows ("**The committee agreed the following:**", "**Ann moved:**").
     */
    static boolean boldTitleLabel(List<Line> lines, int i) {
        Line line = lines.get(i);
        String t = line.text().strip();
        int words = t.split("\\s+").length;
        if (!line.bold() || !t.endsWith(":") || words > 6) {
            return false;
        }
        String label = t.substring(0, t.length() - 1).strip();
        boolean apart = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
        if (!apart && !paragraphOfItsOwn(lines, i) || words < 2 && !singleWordTopic(lines, i, label)) {
            return false;
        }
        if (!readsAsTitle(label) || LEAD_IN.matcher(label).find() || VOTE_LABEL.matcher(label).find()
                || java.util.Arrays.stream(label.split("\\s+(?:and|&)\\s+|\\s*/\\s*"))
                        .anyMatch(f -> SourceLines.FIELD_LABEL.matcher(f).matches()) || AttendanceParser.label(line) != null
                || AttendanceParser.heading(label) != null || MotionRecognizer.opens(t) != null) {
            return false;
        }
        // "**Ann Lee:**" between blank lines is a speaker; a page's paragraph "**Hall Lettings:**" may look like a
        // name and is one only when the minutes name that person ("Ann Lee, Bo Chen and ...", "She said ...").
        if (apart && words >= 2 ? isName(label) : personOverWords(lines, i)) {
            return false;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && (lines.get(j).kind() == Line.Kind.TEXT && !lines.get(j).bold()
                || lines.get(j).kind() == Line.Kind.BULLET);
    }

    /**
     * Whether a line stands as a paragraph of its own with no blank line around it, as a web page's blocks do: the
     * paragraph above it ended ("... approved as presented.") and a sentence of its own follows ("Ann Lee led a
     * discussion of the budget."), not a word of a label run on over its minute.
     */
    private static boolean paragraphOfItsOwn(List<Line> lines, int i) {
        if (i == 0 || i + 1 >= lines.size()) {
            return false;
        }
        Line before = lines.get(i - 1);
        Line after = lines.get(i + 1);
        boolean ended = before.isBlank() || before.kind() == Line.Kind.HEADING
                || before.kind() == Line.Kind.TEXT && before.text().strip().matches(".*[.!?:]['\"’”)]?$");
        return ended && after.kind() == Line.Kind.TEXT && !after.bold() && after.text().strip().split("\\s+").length >= 6
                && Character.isUpperCase(after.text().strip().codePointAt(0));
    }

    /**
     * Whether a one-word label in bold names a topic ("**Budget:**", "**Minutes:**") rather than a speaker of a
     * conversation, where speakers speak more than once ("**Ann:**" over each thing she said, "**Bo:**" once between),
     * or a part of an item ("**Discussion:**", "**Note:**").
     */
    private static boolean singleWordTopic(List<Line> lines, int i, String label) {
        if (STEP_LABEL.matcher(label).matches() || NOTE_LABEL.matcher(label).matches() || FIELD_LABEL.matcher(label).matches()
                || label.length() < 4) {
            return false;
        }
        // In a conversation the speakers come back: where any one-word label in bold comes twice, none is a topic.
        Set<String> seen = new HashSet<>();
        for (Line l : lines) {
            String t = l.text().strip();
            if (l.bold() && t.endsWith(":") && !t.contains(" ") && !seen.add(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * In the attendance, a label in bold over a group of the people present ("**TSC members:**" over "- Ann Lee, Acme"
     * and "- Bo Chen, Initech"; "**Staff:**" over "Jo Park, Clerk"): a caption of the group, read with the attendance as
     * the same label in plain type is, never a sub-heading. Short (four words at most), closed by a colon, over lines
     * that each name people and nothing else.
     */
    private static boolean peopleCaption(List<Line> lines, int i) {
        String t = lines.get(i).text().strip();
        if (!t.endsWith(":") || t.split("\\s+").length > 4) {
            return false;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        List<Line> group = new ArrayList<>();
        for (; j < lines.size() && !lines.get(j).isBlank(); j++) {
            Line l = lines.get(j);
            if (l.kind() != Line.Kind.TEXT && !l.isListItem() || l.bold()) {
                return false;
            }
            group.add(l);
        }
        if (group.isEmpty()) {
            return false;
        }
        List<dev.clerk.model.Attendee> people = new ArrayList<>();
        List<Line> rest = AttendanceParser.readSection(group,
                new AttendanceParser.Label(dev.clerk.model.AttendanceStatus.PRESENT, null, "", List.of()), people);
        return people.size() >= group.size() && rest.stream().allMatch(Line::isBlank);
    }

    /**
     * Whether a bold line before the first section is one of a block of bold lines that title the minutes
     * ("**TOWN OF LITTLETON**" over "**MONDAY, MAY 11, 2020**" over "**REMOTE MEETING MINUTES**"): one of them has the
     * date or names the meeting.
     */
    private static boolean inBoldTitleBlock(List<Line> lines, int i) {
        int from = i;
        while (from > 0 && lines.get(from - 1).kind() == Line.Kind.TEXT && lines.get(from - 1).bold()) {
            from--;
        }
        for (int j = from; j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT && lines.get(j).bold(); j++) {
            if (isTitle(lines.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line in capitals is part of a sentence set in capitals ("THE CHAIR REQUESTS THAT ALL PAGERS BE
     * SILENCED DURING THE BOARD OF" / "DIRECTORS MEETING."): it runs long, or goes on from a line that broke off.
     */
    /**
     * The title of minutes set centred over several lines, as public bodies' minutes open: "CITY OF ELMFORD" over
     * "CITY COUNCIL" over "MINUTES OF THE REGULAR MEETING" over "OF THE PLANNING BOARD" over the date, with or without
     * blank lines between. Before the first section, a line of that block is title: a line that goes on with the
     * title's phrase ("OF THE BOARD OF COMMISSIONERS", "of the Town Council", "held at the Village Hall") under a
     * title line, or an upper-case line that the title line or the date comes under, upper-case lines between.
     */
    private static boolean inTitleBlock(List<Line> lines, int i) {
        String text = lines.get(i).text().strip();
        if (text.isEmpty() || text.length() > 90 || text.endsWith(":") || text.endsWith(".") && !UPPER.matcher(text).matches()
                || LABEL.matcher(text).find()) {
            return false;
        }
        if (GOES_ON.matcher(text).find()) {
            for (int j = i - 1; j >= 0; j--) {
                Line before = lines.get(j);
                if (before.isBlank()) {
                    continue;
                }
                String b = before.text().strip();
                return before.kind() == Line.Kind.TEXT && (isTitle(b) || UPPER.matcher(b).matches() && b.length() <= 90);
            }
            return false;
        }
        if (!isUpperCaseHeading(text)) {
            return false;
        }
        int upper = 0;
        for (int j = i + 1; j < lines.size() && upper < 4; j++) {
            Line next = lines.get(j);
            if (next.isBlank()) {
                continue;
            }
            String t = next.text().strip();
            if (next.kind() != Line.Kind.TEXT && next.kind() != Line.Kind.HEADING) {
                return false;
            }
            if (DateRecognizer.isOnlyDate(t) || t.length() <= 90 && !t.endsWith(".") && MEETING_TITLE.matcher(t).find()) {
                return true;
            }
            if (!isUpperCaseHeading(t)) {
                return false;
            }
            upper++;
        }
        return false;
    }

    /**
     * A line of the title that ends the date the line above it began ("ON WEDNESDAY, 2ND" over "JULY, 2014, AT 10.00
     * A.M.", blank lines between or not): the title's, as the line above is.
     */
    private static boolean endsBrokenDate(List<Line> lines, int i, List<Line> header) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j >= 0 && lines.get(j).kind() == Line.Kind.TEXT && header.contains(lines.get(j))
                && HeaderRecognizer.brokenDate(lines.get(j).text(), lines.get(i).text());
    }

    /** A line that carries on the title's phrase: "OF THE BOARD OF COMMISSIONERS", "and School Committee". */
    private static final Pattern GOES_ON = Pattern.compile("(?i)^(?:of|and|for|&|held|to\\s+be\\s+held)\\s+\\S");
    /**
     * The line of a title block that names the minutes or the meeting: "MINUTES OF THE REGULAR MEETING", "Special
     * Council Meeting", "REGULAR MEETING", "Board Meeting Minutes"; not an item about other minutes ("APPROVAL OF
     * MINUTES", "MINUTES OF THE PREVIOUS MEETING") or the next meeting.
     */
    private static final Pattern MEETING_TITLE = Pattern.compile("(?i)^(?:(?:the\\s+)?minutes\\s+(?:of|for)\\s+(?:the\\s+)?"
            + "(?!previous|last|prior)|(?!.*\\b(?:approv|adopt|confirm|next|previous|last|prior|future|dates?\\b))"
            + "(?:.*\\b(?:regular|special|annual|adjourned|joint|emergency|extraordinary|ordinary|monthly|council|board"
            + "|committee|commission)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:meeting|session)s?\\b|.*\\bmeeting\\s+minutes\\b))");

    private static boolean capitalSentence(List<Line> lines, int i) {
        String text = lines.get(i).text();
        if (text.split("\\s+").length > 14) {
            return true;
        }
        Line before = i > 0 ? lines.get(i - 1) : null;
        return before != null && before.kind() == Line.Kind.TEXT && UPPER.matcher(before.text()).matches()
                && endsMidPhrase(before.text()) && before.text().split("\\s+").length > 8;
    }

    /**
     * A bullet standing alone over a paragraph, in plain text: the title of that paragraph ("• Quality of Life (QoL)"
     * over "Presented by ..."). Short, a title, not one of a list of bullets.
     */
    private static boolean titlesParagraphAsBullet(List<Line> lines, int i) {
        Line line = lines.get(i);
        String t = line.text();
        if (line.kind() != Line.Kind.BULLET || line.depth() > 3 || t.split("\\s+").length > 10 || !readsAsTitle(t)
                || t.endsWith("?") || LEAD_IN.matcher(t).find() || endsMidPhrase(t) || isSignOff(t)) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && lines.get(b).isBlank()) {
            b--;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return (b < 0 || lines.get(b).kind() != Line.Kind.BULLET) && j < lines.size() && lines.get(j).kind() == Line.Kind.TEXT
                && !lines.get(j).bold() && Character.isUpperCase(lines.get(j).text().codePointAt(0))
                && lines.get(j).text().split("\\s+").length >= 5;
    }

    /** A speaker's line in notes: "Eric: What is the timeline", "Ann Lee: No answer as of yet". */
    private static final Pattern SPEAKER_LINE = Pattern.compile("^[^:()]{1,40}:\\s*(?<said>\\S.*)$");
    /**
     * What follows a list item's title: its time box and presenter ("(*Ann* Time: 10 min)"), a link to its paper, or
     * the date and time it was taken up ("Call to Order 06-01-2012 13:11").
     */
    private static final Pattern ITEM_NOTE = Pattern.compile("(?i)\\s*(?:(?<group>\\((?:[^()]|\\([^()]*\\))*\\))|\\d{1,2}[-/.]"
            + "\\d{1,2}[-/.]\\d{2,4}(?:\\s+\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?)$");
    private static final Pattern TIME_BOX = Pattern.compile("(?i)\\btime\\s*:|\\d\\s*min|https?:");

    /**
     * The sections of minutes written as one indented list ("1. Call to Order" over "\t1. Roll Call" over
     * "\t\t1. Officers", or "- Old business" over "    - Budget (Ann, 10 min)" over "        - Ann: ..."): a list
     * of eight items or more, nested three levels deep or more, whose top items read as titles. Its outer levels,
     * as long as most of their items read as titles (and three at most, always above the deepest), hold the
     * sections: a top item that reads as a title, and a deeper one that does and heads points of its own. What the
     * items hold below them ("Ann: we need water.") is the minutes. Returns each such item's line index and its
     * nesting, from 1.
     */
    static java.util.Map<Integer, Integer> listOutline(List<Line> lines) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isListItem()) {
                i++;
                continue;
            }
            // A run of list items, blank lines between them allowed.
            List<Integer> items = new ArrayList<>();
            List<Integer> nesting = new ArrayList<>();
            Deque<Integer> indents = new ArrayDeque<>();
            int j = i;
            for (; j < lines.size() && (lines.get(j).isListItem() || lines.get(j).isBlank()); j++) {
                Line l = lines.get(j);
                if (l.isBlank()) {
                    continue;
                }
                while (!indents.isEmpty() && indents.peek() > l.depth()) {
                    indents.pop();
                }
                if (indents.isEmpty() || indents.peek() < l.depth()) {
                    indents.push(l.depth());
                }
                items.add(j);
                nesting.add(indents.size());
            }
            i = j;
            int deepest = nesting.stream().mapToInt(Integer::intValue).max().orElse(0);
            if (items.size() < 8 || deepest < 3) {
                continue;
            }
            // How many outer levels read as titles.
            int titled = 0;
            for (int level = 1; level <= Math.min(3, deepest - 1); level++) {
                int all = 0;
                int titles = 0;
                int heads = 0;
                for (int k = 0; k < items.size(); k++) {
                    if (nesting.get(k) == level) {
                        all++;
                        titles += listTitle(lines.get(items.get(k)).text()) ? 1 : 0;
                        heads += k + 1 < items.size() && nesting.get(k + 1) > level ? 1 : 0;
                    }
                }
                // Top items that each head points of their own are the list's topics, even where some are written
                // as sentences ("Rob discussed upcoming HIPs"): half of them reading as titles is enough.
                double share = level > 1 ? 0.6 : heads == all && titles >= 2 ? 0.5 : 0.8;
                if (all == 0 || titles < all * share) {
                    break;
                }
                titled = level;
            }
            if (titled == 0) {
                continue;
            }
            java.util.Map<Integer, Integer> found = new java.util.HashMap<>();
            int heading = 0;
            int roll = Integer.MAX_VALUE;
            for (int k = 0; k < items.size(); k++) {
                int level = nesting.get(k);
                if (level > roll) {
                    continue; // a roll call's captions and names ("Officers", "President - Ann Lee: Present")
                }
                roll = AttendanceParser.label(lines, items.get(k)) != null ? level : Integer.MAX_VALUE;
                boolean headsPoints = k + 1 < items.size() && nesting.get(k + 1) > level;
                if (level <= titled && listTitle(lines.get(items.get(k)).text()) && (level == 1 || headsPoints)) {
                    found.put(items.get(k), level);
                    heading += headsPoints ? 1 : 0;
                }
            }
            // Titles over points of their own, not a list of short notes.
            if (heading >= 2) {
                out.putAll(found);
            }
        }
        return out;
    }

    /**
     * The items of a numbered list whose entries head points of their own, in Markdown: where two or more entries of
     * one list ("1. **PR**: [#12 Lockfiles](...) - @ann", each over its bullets) head points, every entry of that list
     * reads as an item, as long as each reads as a title (no sentence); and under an entry that heads a numbered
     * sub-list of short titles and nothing else ("1. **Housekeeping**" over "1. Introductions", "1. Announcements"),
     * those titles are its sub-items. Returns each item's line index and its nesting, from 1.
     */
    static java.util.Map<Integer, Integer> numberedOutline(List<Line> lines) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        List<Integer> lone = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line first = lines.get(i);
            if (first.kind() != Line.Kind.NUMBERED || first.depth() > 3) {
                i++;
                continue;
            }
            NumberedRun run = numberedRun(lines, i, first.depth() - 1, first.depth() + 1);
            List<Integer> siblings = run.entries();
            i = Math.max(run.end(), i + 1);
            int heading = 0;
            boolean titles = siblings.size() >= 2;
            for (int k : siblings) {
                heading += headsPoints(lines, k) ? 1 : 0;
                titles &= pointTitle(lines.get(k).text());
            }
            for (int k : siblings) {
                if (motionSteps(lines, k)) {
                    continue; // a motion over its "First:", "Second:", "Vote:" steps, read by the motion recogniser
                }
                List<Integer> subs = titleSubList(lines, k);
                if (heading >= 2 && titles && headsPoints(lines, k) || !subs.isEmpty() && pointTitle(lines.get(k).text())) {
                    out.put(k, 1);
                    subs.forEach(s -> out.put(s, 2));
                }
            }
            if (siblings.size() == 1) {
                lone.add(siblings.get(0));
            }
        }
        // Where the document's items are entries over points of their own, an entry of that shape alone under a heading
        // ("#### Issues reviewed" over "1. [Issue: Allow unknown inputs](...)" over its points) is an item too.
        if (!out.isEmpty()) {
            for (int k : lone) {
                if (headsPoints(lines, k) && pointTitle(lines.get(k).text()) && !motionSteps(lines, k) && underHeading(lines, k)) {
                    out.put(k, 1);
                }
            }
        }
        return out;
    }

    /**
     * The entries of a numbered list of titles, most of which head indented points of their own ("3. Budget" over
     * "- Reserve fund"), that have nothing noted under them ("1. Introductions", "7. Online working group"): items of
     * the same outline as the entries beside them. Only where every entry reads as a title and three or more, and more
     * than half, head points; a numbered list of sentences, or of short notes with a point under one or two, is not.
     */
    static Set<Integer> besideSubLists(List<Line> lines) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            Line first = lines.get(i);
            if (first.kind() != Line.Kind.NUMBERED || first.depth() > 3) {
                i++;
                continue;
            }
            NumberedRun run = numberedRun(lines, i, first.depth(), first.depth());
            List<Integer> siblings = run.entries();
            i = Math.max(run.end(), i + 1);
            int heads = 0;
            boolean titles = true;
            for (int k : siblings) {
                heads += headsSubList(lines, k) ? 1 : 0;
                String t = lines.get(k).text();
                titles &= t.split("\\s+").length <= 8 && readsAsTitle(t.endsWith(":") ? t.substring(0, t.length() - 1) : t);
            }
            if (!titles || heads < 3 || heads * 2 <= siblings.size()) {
                continue;
            }
            for (int k : siblings) {
                if (!headsSubList(lines, k) && !motionSteps(lines, k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * Numbered paragraphs: minutes written as "1) Finance – The accounts are with the auditor." or "2. Hall hire" over
     * the paragraph on it, each topic numbered at the margin and its minute written on after it or below it. Three
     * entries or more numbered one after another (paragraphs, bullets and lettered points between them allowed), two
     * thirds of which carry a minute of their own, and at least half of which open with a topic's name: each entry that
     * does is an item, titled by that name. Returns the topic and the minute written on after it (or null) by line index.
     */
    static java.util.Map<Integer, String[]> numberedParagraphs(List<Line> lines) {
        java.util.Map<Integer, String[]> out = new java.util.HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            Line first = lines.get(i);
            if (first.kind() != Line.Kind.NUMBERED || first.depth() > 1 || first.label() == null
                    || !first.label().matches("\\d{1,2}")) {
                i++;
                continue;
            }
            List<Integer> entries = new ArrayList<>(List.of(i));
            int expected = Integer.parseInt(first.label()) + 1;
            int j = i + 1;
            for (; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.kind() == Line.Kind.HEADING || l.kind() == Line.Kind.RULE || l.kind() == Line.Kind.TABLE) {
                    break;
                }
                if (l.kind() == Line.Kind.NUMBERED && l.depth() <= 1 && l.label() != null && l.label().matches("\\d{1,2}")) {
                    if (Integer.parseInt(l.label()) != expected) {
                        break;
                    }
                    entries.add(j);
                    expected++;
                }
            }
            i = j;
            int minutes = 0;
            // "1. Ann Lee – reported on ...", "2. Bo – to book the hall": people with what they said or do, no topics.
            int people = 0;
            java.util.Map<Integer, String[]> topics = new java.util.HashMap<>();
            for (int k : entries) {
                String[] topic = paragraphTopic(lines.get(k).text());
                int next = k + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                boolean under = next < lines.size() && lines.get(next).kind() == Line.Kind.TEXT;
                minutes += under || topic != null && topic[1] != null ? 1 : 0;
                if (topic != null) {
                    topics.put(k, topic);
                    people += NameIndex.looksLikePersonName(topic[0]) && (topic[0].contains(" ")
                            || topic[1] != null && Character.isLowerCase(topic[1].codePointAt(0)))
                            || OWNER_TAG.matcher(topic[0]).matches() ? 1 : 0;
                }
            }
            if (entries.size() >= 3 && minutes * 3 >= entries.size() * 2 && topics.size() >= 3
                    && topics.size() * 2 >= entries.size() && people * 2 <= topics.size()) {
                out.putAll(topics);
            }
        }
        return out;
    }

    /**
     * A bullet naming its topic and, after a dash, the minute on it: "Verges – cut twice this summer", "Grant Requests –
     * all three were approved", "Hall Update -The roof is mended" (the dash typed against the minute's first word), or
     * the topic alone over its points ("Volunteers –").
     */
    private static final Pattern DASHED_TOPIC = Pattern.compile("^(?<topic>\\p{Lu}[^–—:;!?]{0,60}?[\\p{L}\\d).])"
            + "\\s+[–—-]+(?:\\s+|(?=\\p{Lu})|$)(?<minute>.*)$");

    /** A person's name opening a minute: "Ann Lee, Treasurer", "D. Hayward", "Jo Webb (chair)". */
    private static final Pattern PERSON_FIRST = Pattern.compile("\\p{Lu}(?:\\.|\\p{Ll}+)\\s+\\p{Lu}\\p{Ll}+"
            + "(?:\\s*[,(+/]|\\s*$)");
    /** What someone did or is to do, opening the minute after their name: "to send", "will book", "reported", "thanks". */
    private static final Pattern DOES = Pattern.compile("(?i)(?:to|will|would|has|had|is|was|said|\\p{Ll}{2,}(?:ed|s))\\b");

    /**
     * Bulleted paragraphs: minutes written as one list of topics, each bullet naming its topic and the minute on it
     * after a dash ("- Mowing – a new contractor cuts the greens", "- Trees – two were replaced", "- Dogs – more
     * fouling reported"). Four bullets or more at the list's outer depth (points under them and blank lines between them
     * allowed), three or more of which, and half, open so with a topic of eight words at most: each that does is an item,
     * titled by its topic. A list of people and what they do ("- Ann Lee – to book the hall", "- JW – Jo Webb"), of
     * things and who brings them ("- Water – 9 gal Sara") or of dated steps ("- Phase 1 – set up") is no list of
     * topics. Returns the topic and the minute written on after it (or null) by line index.
     */
    static java.util.Map<Integer, String[]> bulletedParagraphs(List<Line> lines) {
        java.util.Map<Integer, String[]> out = new java.util.HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != Line.Kind.BULLET) {
                i++;
                continue;
            }
            int j = i;
            int outer = Integer.MAX_VALUE;
            for (; j < lines.size() && (lines.get(j).isListItem() || lines.get(j).isBlank()); j++) {
                if (lines.get(j).kind() == Line.Kind.BULLET) {
                    outer = Math.min(outer, lines.get(j).depth());
                }
            }
            int entries = 0;
            int people = 0;
            int said = 0;
            java.util.Map<Integer, String[]> topics = new java.util.HashMap<>();
            for (int k = i; k < j; k++) {
                Line l = lines.get(k);
                if (l.kind() != Line.Kind.BULLET || l.depth() != outer) {
                    continue;
                }
                entries++;
                String[] topic = dashedTopic(l.text());
                if (topic != null) {
                    topics.put(k, topic);
                    // "Ann Lee – reported ...", "Ann – will book the hall", "Bo Chen – Treasurer", "JW – Jo Webb",
                    // "Acme – Ann Lee, Bo Chen": who, and what they did or are, or who came for whom.
                    boolean does = topic[1] == null || DOES.matcher(topic[1]).lookingAt()
                            || topic[1].split("\\s+").length <= 3;
                    people += NameIndex.looksLikePersonName(topic[0]) && does || OWNER_TAG.matcher(topic[0]).matches()
                            || topic[1] != null && PERSON_FIRST.matcher(topic[1]).lookingAt() ? 1 : 0;
                    // "Water – 9 gal Sara", "Wine – 4 bottles": a list of things to bring, no minutes.
                    said += topic[1] == null || topic[1].split("\\s+").length >= 4 ? 1 : 0;
                }
            }
            i = j;
            if (entries >= 4 && topics.size() >= 3 && topics.size() * 2 >= entries && people * 2 <= topics.size()
                    && said * 2 >= topics.size()) {
                out.putAll(topics);
            }
        }
        return out;
    }

    /** The topic a bullet opens with before its dash, and the minute after it (or null); null when the bullet is no such. */
    private static String[] dashedTopic(String text) {
        Matcher m = DASHED_TOPIC.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String topic = m.group("topic").strip();
        String minute = m.group("minute").strip();
        String words = QUOTED.matcher(topic).replaceAll("\"\"");
        // "Phase 1 – set up", "July 14 – no meeting": a plan's steps and dates, not topics.
        if (topic.split("\\s+").length > 8 || topic.matches(".*\\d.*")
                || topic.endsWith(".") && !ABBREVIATION.matcher(topic).find() || LEAD_IN.matcher(words).find()
                || STATEMENT.matcher(words).find() || NARRATED.matcher(topic).lookingAt()
                || NAMES_THEN_PAST.matcher(topic).lookingAt() || MID_PHRASE.matcher(topic).find()
                || DateRecognizer.isOnlyDate(topic)) {
            return null;
        }
        return new String[] {topic, minute.isEmpty() ? null : minute};
    }

    /** Where a topic's name ends and its minute begins: a spaced dash, a sentence's end, a colon. */
    private static final Pattern TOPIC_END = Pattern.compile("\\s+[–—-]+(?:\\s+|$)|(?<=[^.\\s][.?!])\\s+(?=[\\p{Lu}\\d])|:\\s+");
    /** A line that ends with its only colon and holds no sentence's end: a title over its minute. */
    private static final Pattern ALL_TOPIC = Pattern.compile("[^:.?!]+:");
    /** A quotation within a line: "“Less is More”", whose words are the quote's, not the line's. */
    private static final Pattern QUOTED = Pattern.compile("[“”\"][^“”\"]*[“”\"]");
    /** A word of letters and digits, a code or a postcode ("SA19", "7AW"), never in a title in capitals. */
    private static final Pattern CODE_WORD = Pattern.compile("\\b(?:\\p{L}+\\d|\\d+\\p{L})[\\p{L}\\d]*\\b");

    /**
     * Whether a line heads text of its own: the next line that is not blank is a paragraph or a list item not set in
     * capitals, as a title's minute is, not another line in capitals or the end of the page ("CHAIRPERSON" under a
     * signature).
     */
    private static boolean headsText(List<Line> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && (lines.get(j).kind() == Line.Kind.TEXT || lines.get(j).isListItem())
                && !UPPER.matcher(lines.get(j).text()).matches();
    }

    /** Who an entry is for rather than what: initials ("JW"), "All", "Everyone". */
    private static final Pattern OWNER_TAG = Pattern.compile("\\p{Lu}{2,3}|(?i:all|everyone|everybody)");
    /** A possessive, which makes "Ann's posted comment" a thing, not what Ann did. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s\\s");

    /**
     * The topic a numbered paragraph opens with, and the minute after it: "Finance – The accounts ..." gives "Finance";
     * "Hall hire. Council agreed ..." gives "Hall hire"; "Can we afford a trailer? Ann will ask" the question; a line
     * that is all topic ("Tree planting scheme") itself. Null when the paragraph opens with a sentence ("We met the
     * mayor ...", "Ann Lee reported ..."), a resolution ("That the accounts ..."), a date or a name's wrapped phrase.
     */
    static String[] paragraphTopic(String text) {
        String t = text.strip();
        Matcher end = TOPIC_END.matcher(t);
        String head;
        String body = null;
        int maxWords = 12;
        // "Bank mandate - Cheque signatory:": a title ending in its colon, its minute below, is all topic, the dash its own.
        boolean allTopic = ALL_TOPIC.matcher(t).matches();
        if (!allTopic && end.find() && !(UPPER.matcher(t).matches() && t.split("\\s+").length <= 10)) {
            // "SMFD – FIREFIGHTERS' REPORT": a dash within a title in capitals is the title's own.
            head = t.substring(0, end.start()).strip();
            body = t.substring(end.end()).strip();
            maxWords = 8;
        } else {
            head = t.replaceFirst("\\s*[:–—-]+$", "");
        }
        if (head.endsWith(".") && !head.endsWith("..") && !ABBREVIATION.matcher(head).find()) {
            head = head.substring(0, head.length() - 1).strip();
        }
        String words = QUOTED.matcher(head).replaceAll("\"\"");
        if (head.isEmpty() || !Character.isUpperCase(head.codePointAt(0)) && !Character.isDigit(head.charAt(0))
                || head.split("\\s+").length > maxWords || LEAD_IN.matcher(words).find() || STATEMENT.matcher(words).find()
                || NARRATED.matcher(head).lookingAt() || NAMES_THEN_PAST.matcher(head).lookingAt() && !POSSESSIVE.matcher(head).find()
                || MID_PHRASE.matcher(head).find() || head.matches("(?i)that\\s.*") || DateRecognizer.isOnlyDate(head)
                || head.endsWith(",") || head.endsWith(";")) {
            return null;
        }
        return new String[] {head, body == null || body.isEmpty() ? null : body};
    }

    /** The entries of one numbered list, by line index, and the index of the line that ends the list. */
    private record NumberedRun(List<Integer> entries, int end) {
    }

    /**
     * The numbered entries of the list that starts at {@code i}, those nested from {@code lowest} to {@code highest}
     * deep: blank lines and a point's text wrapped on under it ("   1. **Context**" over "      The ...") are passed
     * over; the list ends at a line that is no list item, one less deep, or a bullet beside the numbers (another list).
     */
    private static NumberedRun numberedRun(List<Line> lines, int i, int lowest, int highest) {
        int depth = lines.get(i).depth();
        List<Integer> entries = new ArrayList<>();
        int j = i;
        for (; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.isBlank() || l.kind() == Line.Kind.TEXT && l.indent() > depth + 1) {
                continue;
            }
            if (!l.isListItem() || l.depth() < lowest) {
                break;
            }
            if (l.kind() == Line.Kind.NUMBERED && l.depth() <= highest) {
                entries.add(j);
            } else if (l.depth() <= highest) {
                break;
            }
        }
        return new NumberedRun(entries, j);
    }

    /** Whether the line before {@code i}, blank lines aside, is a heading. */
    private static boolean underHeading(List<Line> lines, int i) {
        int b = i - 1;
        while (b >= 0 && lines.get(b).isBlank()) {
            b--;
        }
        return b >= 0 && lines.get(b).kind() == Line.Kind.HEADING;
    }

    /** The steps of a motion under a list item: "First: Lena", "Seconded: Omar", "Vote: 5-0". */
    private static final Pattern MOTION_STEP = Pattern.compile("(?i)^(?:first|second|seconded|moved|mover|motion|vote|votes"
            + "|result|in\\s+favou?r|against|abstain\\w*|for)\\s*(?:by)?\\s*:");

    /** Whether the list item at {@code i} has a motion's steps among the items right under it. */
    private static boolean motionSteps(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            if (!l.isListItem() || l.depth() <= lines.get(i).depth() + 1) {
                return false;
            }
            if (MOTION_STEP.matcher(l.text().strip()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the list item at {@code i} has deeper list items right under it. */
    private static boolean headsPoints(List<Line> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && lines.get(j).isListItem() && lines.get(j).depth() > lines.get(i).depth() + 1;
    }

    /** The numbered sub-items right under the item at {@code i} when all are short titles with nothing under them. */
    private static List<Integer> titleSubList(List<Line> lines, int i) {
        int depth = lines.get(i).depth();
        List<Integer> subs = new ArrayList<>();
        int sub = -1;
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            if (!l.isListItem() || l.depth() <= depth + 1) {
                break;
            }
            sub = sub < 0 ? l.depth() : sub;
            if (l.kind() != Line.Kind.NUMBERED || l.depth() != sub || l.text().split("\\s+").length > 8 || !listTitle(l.text())
                    || l.text().matches("^[^:()]{1,30}:(?:\\s.*|$)")) {
                return List.of();
            }
            subs.add(j);
        }
        return subs.size() >= 2 ? subs : List.of();
    }

    /** An entry over points that reads as their title: capitalised, not a sentence, however long its link. */
    private static boolean pointTitle(String text) {
        // A link's address ("(https://...?q=is%3Aopen)") says nothing of whether its words are a title.
        String t = LINK_ADDRESS.matcher(text).replaceAll("").strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) && !CODE_TITLE.matcher(t).lookingAt() || t.length() > 200
                || t.split("\\s+").length > 30) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != '?' && !LEAD_IN.matcher(t).find()
                && !NARRATED.matcher(t).lookingAt() && !t.startsWith("@");
    }

    /**
     * The opening of a title that names a change or a piece of code, which keeps its own lower case: a code span
     * ("`crashReporter` API changes"), a change's type ("docs: add print API", "feat(cli): ...", "fix!: ..."), or an
     * identifier ("clipboard.readImage() and ...", "webContents changes").
     */
    private static final Pattern CODE_TITLE = Pattern.compile("`[^`]+`|(?:feat|fix|docs?|chore|refactor|tests?|build|ci|perf"
            + "|style|revert|deps|spec|rfc)(?:\\([^)]*\\))?!?:\\s|\\p{Ll}[\\w$]*(?:\\.[\\w$]+|\\p{Lu}[\\w$]*)\\S*\\s");

    /** The address written after a link's text, as the line reader leaves it: " (https://example.org/pull/12)". */
    private static final Pattern LINK_ADDRESS = Pattern.compile("\\s*\\(https?://[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*\\)");

    /** "Ann suggested a trial release", "Rob discussed upcoming changes": a person and what they did, a sentence. */
    private static final Pattern NARRATED = Pattern.compile("^\\p{Lu}\\p{Ll}+\\s+(?:also\\s+)?\\p{Ll}{2,}ed\\b");

    /** A list item that reads as a title: "Old business", "Project Managers:", not "Ann: we need water." */
    private static boolean listTitle(String text) {
        String t = text.strip();
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!readsAsTitle(t) || t.endsWith("?") || t.endsWith("!") || LEAD_IN.matcher(t).find()
                || NARRATED.matcher(t).lookingAt()) {
            return false;
        }
        Matcher said = SPEAKER_LINE.matcher(t);
        return !(said.matches() && said.group("said").split("\\s+").length >= 4);
    }

    /** A heading that is only an ordinal or a number: "1st Order of business:", "Item 4", "Agenda item 2.". */
    private static final Pattern ORDINAL_ONLY = Pattern.compile("(?i)^(?:(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth"
            + "|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last)\\s+(?:order\\s+of\\s+business|item(?:\\s+of\\s+business)?"
            + "|matter|topic)|(?:agenda\\s+)?item\\s+(?:no\\.?\\s*)?\\d{1,2}[a-z]?|topic\\s+\\d{1,2})\\s*[:.]?$");
    /** The first sentence of a paragraph: a topic ("Logo contest.") or a question put ("Can we afford the fee?"). */
    private static final Pattern TOPIC = Pattern.compile("^(?<topic>[^.?!]{2,160}?)(?<end>[.?])(?:\\s|$)");
    /** Words that make a first sentence a statement rather than a topic's name. */
    private static final Pattern STATEMENT = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|had|will|would|can|could"
            + "|should|shall|did|does|do|be|been|we|they|he|she|it|i|discussed|agreed|noted|reported|said|asked|approved"
            + "|voted|presented|explained|decided|opened|closed)\\b");

    /**
     * Sections whose heading is only an ordinal ("3rd Order of business:") named by the topic the paragraph under them
     * opens with ("Logo Contest. We want ..."): "3rd Order of business: Logo Contest". A first sentence that says
     * something rather than names a topic leaves the heading as written.
     */
    private static List<Section> named(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            Section n = s;
            Line first = s.lines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
            Matcher t = first == null || first.kind() != Line.Kind.TEXT ? null : TOPIC.matcher(first.text());
            if (ORDINAL_ONLY.matcher(s.title).matches() && t != null && t.find()) {
                String topic = t.group("topic").strip();
                int words = topic.split("\\s+").length;
                boolean question = t.group("end").equals("?");
                if (Character.isUpperCase(topic.codePointAt(0)) && (question ? words <= 15
                        : words <= 6 && !STATEMENT.matcher(topic).find())) {
                    n = new Section(s.title + ": " + topic + (question ? "?" : ""), s.level, s.heading);
                    n.lines.addAll(s.lines);
                }
            }
            List<Section> children = named(s.children);
            n.children.clear();
            n.children.addAll(children);
            out.add(n);
        }
        return out;
    }

    /**
     * Whether the decimal-numbered titles carry the year: "1.19", "2.19", "3.19" (or "12.2014") share their last
     * part while the first goes up, where sub-items "2.1", "2.2" would share the first.
     */
    static boolean yearNumbered(List<Line> lines) {
        Set<String> years = new HashSet<>();
        Set<String> items = new HashSet<>();
        int count = 0;
        for (Line l : lines) {
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            Matcher d = DECIMAL.matcher(l.text());
            if (d.matches() && d.group("number").matches("\\d{1,3}\\.(?:\\d{2}|\\d{4})")
                    && Character.isUpperCase(d.group("title").codePointAt(0))) {
                String[] parts = d.group("number").split("\\.");
                items.add(parts[0]);
                years.add(parts[1]);
                count++;
            }
        }
        return count >= 2 && years.size() == 1 && items.size() == count;
    }

    /** The title of a minute-numbered line ("23/45 Apologies", "1.19 - Chair" when the numbers carry the year), or null. */
    private static String minute(String text, boolean yearNumbers) {
        Matcher m = MINUTE.matcher(text);
        if (!m.matches()) {
            if (!yearNumbers) {
                return null;
            }
            m = DECIMAL.matcher(text);
            if (!m.matches() || !m.group("number").matches("\\d{1,3}\\.(?:\\d{2}|\\d{4})")) {
                return null;
            }
        }
        String title = m.group("title");
        if (!Character.isUpperCase(title.codePointAt(0)) || DateRecognizer.isOnlyDate(text)) {
            return null;
        }
        if (readsAsTitle(title) || isShortTitleWithStop(title) || titleCaseWithStop(title) || AGENDA_DUTY.matcher(title).matches()) {
            return title;
        }
        String[] split = minuteRunOn(title);
        return split == null ? null : title;
    }

    /**
     * A minute's title and its text written on after it on the same line: where {@link #runOn} finds the boundary, or
     * where the text names the title's subject again ("Apologies for absence Apologies were received from ..."), opens
     * with a person's initials and what they did ("Police Report PK reported ..."), or follows a dash after a title in
     * title case ("Village Hall Report – the new boiler ...", "Date of Next Meeting – Thursday 6 July"). Null when
     * there is none.
     */
    static String[] minuteRunOn(String text) {
        String[] split = runOn(text);
        if (split != null) {
            return split;
        }
        Matcher dash = MINUTE_DASH.matcher(text);
        if (dash.find() && dash.start() > 0) {
            String title = text.substring(0, dash.start()).strip();
            if (TITLE_CASE.matcher(title).matches() && title.split("\\s+").length <= 8 && !LEAD_IN.matcher(title).find()) {
                return new String[] {title, text.substring(dash.end()).strip()};
            }
        }
        for (Matcher m = MINUTE_ECHO.matcher(text); m.find(); ) {
            String title = text.substring(0, m.start()).strip();
            String word = stem(m.group("word"));
            boolean named = java.util.Arrays.stream(title.split("\\s+")).anyMatch(w -> stem(w).equals(word));
            if (named) {
                return titleAndText(title, text.substring(m.end()).strip());
            }
        }
        Matcher initials = MINUTE_INITIALS.matcher(text);
        if (initials.find() && initials.start() > 0) {
            return titleAndText(text.substring(0, initials.start()).strip(), text.substring(initials.end()).strip());
        }
        return null;
    }

    /** A minute's title in title case and, after a dash, a day or an hour: "Date of Next Meeting – Tuesday 4 July". */
    private static String[] dashedWhen(String text) {
        Matcher dash = MINUTE_DASH.matcher(text);
        if (!dash.find() || dash.start() == 0) {
            return null;
        }
        String title = text.substring(0, dash.start()).strip();
        String rest = text.substring(dash.end()).strip();
        return TITLE_CASE.matcher(title).matches() && WHEN.matcher(rest).find() ? new String[] {title, rest} : null;
    }

    /** A day, a month or an hour: "Tuesday", "4 July", "7.30pm", "19:00". */
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + DateRecognizer.MONTH
            + "|\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\b|\\d{1,2}:\\d{2})\\b");

    /** Whether a section's title names the meeting's particulars: "Meeting Details", "Meeting Information". */
    static boolean particulars(String title) {
        return PARTICULARS.matcher(cleanTitle(title)).matches();
    }

    /** A word without its case and plural: "Apologies" and "apology" alike. */
    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return w.replaceFirst("(?:ies|y)$", "i").replaceFirst("(?<=\\p{L}{3})(?:es|s)$", "");
    }

    /** The title and text of a minute split where a boundary was found, or null when the part before reads as no title. */
    private static String[] titleAndText(String title, String text) {
        if (text.isEmpty() || !readsAsTitle(title) || LEAD_IN.matcher(title).find()
                || MID_PHRASE.matcher(title).find() || NAMES_THEN_PAST.matcher(title).find()) {
            return null;
        }
        return new String[] {title, text};
    }

    /**
     * The minute numbers of a council's minutes in the order written ("70/23", "71/23", ... or "2023/70", "P/23/70"):
     * the lines, with minutes run together in one paragraph set apart, whose number goes on from the last minute's (a
     * higher item in the same year), and those whose number goes back to an earlier minute ("Minute 66/23 should read:
     * ..."), a reference to it rather than a minute of this meeting. The year is the part of the number that stays
     * the same over two or more minutes; without one, the numbers say nothing of order.
     */
    record MinuteOrder(List<Line> apart, Set<Integer> onward, Set<Integer> back) {
        static final MinuteOrder NONE = new MinuteOrder(List.of(), Set.of(), Set.of());

        static MinuteOrder of(List<Line> lines) {
            List<int[]> numbers = new ArrayList<>();
            for (Line l : lines) {
                Matcher m = MINUTE.matcher(l.text());
                if (l.kind() == Line.Kind.TEXT && m.matches()) {
                    numbers.add(parts(m.group("number")));
                }
            }
            int side = yearSide(numbers);
            if (side < 0) {
                return new MinuteOrder(lines, Set.of(), Set.of());
            }
            int year = numbers.get(0)[side];
            List<Line> apart = new ArrayList<>();
            Set<Integer> onward = new HashSet<>();
            Set<Integer> back = new HashSet<>();
            int last = -1;
            for (Line l : lines) {
                Matcher m = MINUTE.matcher(l.text());
                if (l.kind() == Line.Kind.TEXT && m.matches() && parts(m.group("number"))[side] == year) {
                    int item = parts(m.group("number"))[1 - side];
                    (item > last ? onward : back).add(apart.size());
                    last = Math.max(last, item);
                }
                if (last < 0 || l.kind() != Line.Kind.TEXT && l.kind() != Line.Kind.NUMBERED) {
                    apart.add(l);
                    continue;
                }
                List<int[]> cuts = new ArrayList<>();
                for (Matcher in = MINUTE_IN_TEXT.matcher(l.text()); in.find(); ) {
                    int[] p = parts(in.group("number"));
                    // The next minute or one a few on: a number further off is a reference or a figure, not the next minute.
                    if (p[side] == year && p[1 - side] > last && p[1 - side] <= last + 3) {
                        cuts.add(new int[] {in.start(), in.end()});
                        last = p[1 - side];
                    }
                }
                if (cuts.isEmpty()) {
                    apart.add(l);
                    continue;
                }
                String text = l.text();
                apart.add(new Line(l.number(), text.substring(0, cuts.get(0)[0]).strip(), l.kind(), l.depth(), l.label(),
                        l.close(), l.bold(), l.indent(), l.last()));
                for (int k = 0; k < cuts.size(); k++) {
                    int end = k + 1 < cuts.size() ? cuts.get(k + 1)[0] : text.length();
                    onward.add(apart.size());
                    apart.add(new Line(l.number(), text.substring(cuts.get(k)[1], end).strip(), Line.Kind.TEXT, 0, null,
                            (char) 0, false, 0, l.last()));
                }
            }
            return new MinuteOrder(apart, onward, back);
        }

        /** The two numbers of a minute number, a letter prefix ("P/") aside. */
        private static int[] parts(String number) {
            String[] p = number.replaceAll("\\s", "").replaceFirst("^\\p{Lu}+/", "").split("/");
            return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        }

        /** Which part of the numbers is the year (0 or 1): the one that stays the same; -1 when neither does. */
        private static int yearSide(List<int[]> numbers) {
            if (numbers.size() < 2) {
                return -1;
            }
            for (int side : new int[] {1, 0}) {
                int[] first = numbers.get(0);
                if (numbers.stream().allMatch(n -> n[side] == first[side])
                        && numbers.stream().map(n -> n[1 - side]).distinct().count() > 1) {
                    return side;
                }
            }
            return -1;
        }
    }

    /**
     * A numbered title and the minute run on after it on the same line, split where a clear boundary is: a bullet, an
     * item number of the next level, a sentence opening "It was ...", or a short label's colon ("Apologies: Cllr
     * Lee sent ..."). Null when there is none, or the part before it does not read as a title.
     */
    static String[] runOn(String text) {
        Matcher label = RUN_IN.matcher(text);
        if (label.matches() && label.group("title").split("\\s+").length <= 6 && readsAsTitle(label.group("title"))
                // "Quorum: with nine present ..." names the item; "TODO: ask the bank", "Suggestion: use room 2" are notes.
                && (Character.isUpperCase(label.group("body").codePointAt(0)) || !NOTE_LABEL.matcher(label.group("title")).matches())) {
            return new String[] {label.group("title").strip(), label.group("body").strip()};
        }
        Matcher m = RUN_ON.matcher(text);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String title = text.substring(0, m.start()).strip();
        String body = text.substring(m.end()).strip();
        // "Approval of The Minutes": a title goes on past a small word, and a name's past tense ("Ann Lee proposed the
        // budget The motion ...") makes it a sentence.
        if (body.isEmpty() || !readsAsTitle(title) || title.split("\\s+").length > 10 || LEAD_IN.matcher(title).find()
                || MID_PHRASE.matcher(title).find() || NAMES_THEN_PAST.matcher(title).find()
                || body.matches(INITIAL_NAME + "\\p{Lu}.*") && !TITLE_CASE.matcher(title).matches()) {
            return null;
        }
        return new String[] {title, body};
    }

    /**
     * A numbered title closed by its colon with nothing after it, over the minute or the lettered points below: "5. New
     * Business:", "4. Committee Reports:". A few words naming a topic, never a sentence that introduces a list ("3. The
     * following were elected:", "2. Votes cast, in order:").
     */
    static boolean colonTitle(String text) {
        String t = text.strip();
        if (!t.endsWith(":") || t.endsWith("::")) {
            return false;
        }
        String label = t.substring(0, t.length() - 1).strip();
        return !label.isEmpty() && label.split("\\s+").length <= 8 && readsAsTitle(label) && !label.matches(".*[,;!?:].*")
                && !LEAD_IN.matcher(label).find() && !STATEMENT.matcher(label).find() && !NARRATED.matcher(label).lookingAt()
                && AttendanceParser.heading(label) == null;
    }

    /** A run-in title, long or short, its minute opening with a capital: "Correspondence and Reports (Open Forum): None." */
    private static final Pattern TITLE_CASE_RUN_IN = Pattern.compile("^(?<title>\\p{Lu}[^:.;]{2,110}):\\s+(?<body>\\p{Lu}.*)$");

    /** The small words a title in title case leaves in lower case. */
    private static final Pattern SMALL_WORD = Pattern.compile("of|and|the|for|to|in|on|at|a|an|or|by|from|with|into|upon|per|vs?\\.?");

    /**
     * The title of a numbered item written in title case and long, its minute run in after the colon: "2.
     * Correspondence and Committee Reports (Open Forum): There were none.", "3. Approval of Minutes from May 9,
     * 2021: Ms. Lee moved ...". Every word capitalised but the small ones ("of", "from"), as a public body's agenda sets
     * its items; a sentence ("2. The chair noted several points about parking: ...") is not one. Null when the line is
     * not of that form.
     */
    static String[] titleCaseRunIn(String text) {
        Matcher m = TITLE_CASE_RUN_IN.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String title = m.group("title").strip();
        String[] words = title.split("\\s+");
        if (words.length > 12 || LEAD_IN.matcher(title).find() || STATEMENT.matcher(title).find()) {
            return null;
        }
        for (String w : words) {
            String letters = w.replaceAll("^[^\\p{L}\\d]+", "");
            if (!letters.isEmpty() && Character.isLowerCase(letters.codePointAt(0)) && !SMALL_WORD.matcher(letters).matches()) {
                return null;
            }
        }
        return new String[] {title, m.group("body").strip()};
    }

    /**
     * Whether a numbered line that could be read whole as a title is a short label and the minute after its colon
     * ("Financial Report: Current account £6,519. Spent to date ..."): the part after the colon holds a sentence's stop,
     * or the line is longer than a title is.
     */
    private static boolean runsOnAfterLabel(String text) {
        Matcher label = RUN_IN.matcher(text);
        return label.matches() && (label.group("body").matches(".*[\\p{L}\\d][.!?]\\s+\\p{Lu}.*") || text.split("\\s+").length > 9);
    }

    /**
     * A numbered title with its first sub-item run on after it: "Correspondence 10.1 Letter from the school" under
     * item 10. Null when the title holds no number of its own item's sub-items.
     */
    static String[] subItemRunOn(String label, String text) {
        if (label == null || !label.matches("\\d{1,2}")) {
            return null;
        }
        Matcher m = Pattern.compile("\\.?\\s+(?=" + label + "\\.\\d{1,2}\\.?\\s+\\S)").matcher(text);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String title = text.substring(0, m.start()).strip();
        return readsAsTitle(title) ? new String[] {title, text.substring(m.end()).strip()} : null;
    }

    /**
     * Whether a heading that names a part of the document ("## Agenda" above the notice, "## Minutes" above the
     * minutes) is one of its parts, not its title: another part is named at its depth, or it stands under the title
     * ("Minutes" underlined with "---" below the meeting's name underlined with "===").
     */
    private static boolean isPart(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (!PART.matcher(cleanTitle(line.text())).matches()) {
            return false;
        }
        if (agendaOverItems(lines, i)) {
            return true;
        }
        for (int j = 0; j < lines.size(); j++) {
            Line other = lines.get(j);
            if (j != i && other.kind() == Line.Kind.HEADING && (other.depth() == line.depth()
                    && PART.matcher(cleanTitle(other.text())).matches() || j < i && other.depth() < line.depth())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a heading "Agenda" heads the numbered items of the meeting, as a part of the minutes, not their title:
     * the items follow it, and the minutes' own words stand above it ("This is the agenda for the annual meeting ...")
     * or another heading of its depth follows it ("## Agenda" ... "## Action items").
     */
    private static boolean agendaOverItems(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (!cleanTitle(line.text()).equalsIgnoreCase("agenda")) {
            return false;
        }
        int j = i + 1;
        // A setext heading's underline ("------") stands between the heading and its items.
        while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).kind() == Line.Kind.RULE)) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).kind() != Line.Kind.NUMBERED) {
            return false;
        }
        for (int k = 0; k < lines.size(); k++) {
            Line other = lines.get(k);
            if (k < i && other.kind() == Line.Kind.TEXT && !other.isBlank()
                    || k > i && other.kind() == Line.Kind.HEADING && other.depth() == line.depth()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bold line naming a part of the document ("**Agenda**", "**Notes**") heads that part, not the minutes:
     * text stands above it, and a list under it.
     */
    private static boolean boldPart(List<Line> lines, int i) {
        if (!PART.matcher(cleanTitle(lines.get(i).text())).matches()) {
            return false;
        }
        boolean above = false;
        for (int b = 0; b < i && !above; b++) {
            above = !lines.get(b).isBlank() && lines.get(b).kind() != Line.Kind.RULE;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return above && j < lines.size() && lines.get(j).isListItem();
    }

    /** Whether a numbered title in bold leads text of its own, not the next title of a list of them. */
    private static boolean leadsText(List<Line> lines, int i) {
        String text = lines.get(i).text();
        if (!readsAsTitle(text) || text.split("\\s+").length > 12) {
            return false;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        // "1. **Budget**" over the paragraph on it, or over its points ("- Revenue is ahead ...").
        return j < lines.size() && (lines.get(j).kind() == Line.Kind.TEXT && !lines.get(j).bold()
                || lines.get(j).kind() == Line.Kind.BULLET);
    }

    /**
     * A long numbered title in bold, which only its length keeps from reading as one: "Any further reports for the next
     * agenda (for information only, not for discussion) and date of next meeting".
     */
    private static boolean readsAsLongTitle(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && text.length() <= 160
                && text.split("\\s+").length <= 24 && text.matches(".*[\\p{L}\\d)]$");
    }

    /** A title of up to three words closed by a full stop: "AOB.", "Apologies.", "Any other business." */
    /**
     * Whether a numbered title goes on on the next line, as a page wraps a long title: the line right under it, no
     * blank line between, no number or bullet of its own, short, no sentence; in upper case under an upper-case
     * title ("3. DISCUSSION AND POSSIBLE ACTION REGARDING THE" over "FIRE ORDINANCE"), or starting in lower case
     * under a title that filled its line or broke off mid-phrase ("IV. Consideration of Resolution 2022-04 Adopting"
     * over "the Tentative Budget & Setting a Public Hearing"). A minute under its title starts a sentence of its own.
     */
    private static boolean wrapsOnto(List<Line> lines, int i, String title) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        String t = next.text().strip();
        String head = title.strip();
        if (next.kind() != Line.Kind.TEXT || next.number() != lines.get(i).last() + 1 || t.isEmpty() || t.length() > 90
                || t.endsWith(":") || next.bold() != lines.get(i).bold() || isSignOff(t) || VOTE_RESULT.matcher(t).matches()
                || AttendanceParser.label(next) != null) {
            return false;
        }
        boolean afterIsBreak = i + 2 >= lines.size() || lines.get(i + 2).isBlank()
                || lines.get(i + 2).kind() != Line.Kind.TEXT || !UPPER.matcher(t).matches();
        if (UPPER.matcher(head).matches() && UPPER.matcher(t).matches() && isUpperCaseHeading(t)) {
            return afterIsBreak && (head.length() >= 40 || endsMidPhrase(head));
        }
        return Character.isLowerCase(t.codePointAt(0)) && !t.endsWith(".") && !LEAD_IN.matcher(t).find()
                && (head.length() >= 50 || endsMidPhrase(head));
    }

    /**
     * A title in title case closed by a full stop, as some outlines set every item, a presenter after a dash or not:
     * "Public Comments.", "Adjourn RDA Meeting.", "Call to Order – Chairman Gibbons."; not an outcome ("Minutes
     * Approved.") or a sentence.
     */
    /**
     * A numbered entry that is a sentence or question wrapped over the lines under it, as a list of questions put to
     * candidates or of points made: "1. Based upon your statement, is there anything you would like to add that" over
     * "describes your ability to serve." or "3. What is your experience with the Elementary or" over "Regional
     * Schools?". Its line breaks off mid-phrase or the next goes on in lower case, and the whole ends as a question or
     * a long sentence; a title wrapped on the page ends with neither.
     */
    private static boolean wrappedSentence(List<Line> lines, int i) {
        StringBuilder text = new StringBuilder(lines.get(i).text().strip());
        int j = i + 1;
        for (; j < lines.size() && j <= i + 4; j++) {
            Line next = lines.get(j);
            String t = next.text().strip();
            String sofar = text.toString();
            if (next.kind() != Line.Kind.TEXT || next.number() != lines.get(j - 1).last() + 1 || t.isEmpty()
                    || sofar.endsWith(".") || sofar.endsWith("?") || !(Character.isLowerCase(t.codePointAt(0))
                    || endsMidPhrase(sofar) || sofar.matches("(?s).*(?:,|\\bor)$"))) {
                break;
            }
            text.append(' ').append(t);
        }
        String whole = text.toString();
        return j > i + 1 && (whole.endsWith("?") || whole.endsWith(".") && whole.split("\\s+").length > 12);
    }

    private static boolean titleCaseWithStop(String text) {
        String t = text.strip();
        if (!t.endsWith(".") || t.split("\\s+").length > 8 || OUTCOME.matcher(t).find() || LEAD_IN.matcher(t).find()) {
            return false;
        }
        return java.util.Arrays.stream(t.substring(0, t.length() - 1).split("\\s+[–—-]\\s+", 2))
                .allMatch(part -> TITLE_CASE.matcher(part.strip()).matches());
    }

    private static boolean isShortTitleWithStop(String text) {
        String[] words = text.split("\\s+");
        return words.length <= 3 && text.matches("\\p{Lu}[\\p{L}'’ &/-]*\\p{L}\\.") && !OUTCOME.matcher(text).find();
    }

    /** Whether a numbered line heads indented points of its own: "1.  Remote voting:" above "    1.  Only ...". */
    private static boolean headsSubList(List<Line> lines, int i) {
        Line line = lines.get(i);
        String text = line.text();
        if (text.split("\\s+").length > 8 || !readsAsTitle(text.endsWith(":") ? text.substring(0, text.length() - 1) : text)) {
            return false;
        }
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j < lines.size() && lines.get(j).isListItem() && lines.get(j).depth() >= line.depth() + 2;
    }

    /**
     * Whether a lettered line, indented however far a PDF's layout set it, is the next level of the document's own
     * outline: a line "a. Legislative" deeper than the numbered item "3. Committee Updates" it stands under, as
     * outlines go 1., a., i.. Only a title, never a field ("a. Facilitator: Jack"), a question or an exclamation.
     */
    private static boolean letteredUnder(List<Line> lines, int i, Deque<Section> open) {
        Line line = lines.get(i);
        String label = line.label();
        if (label != null && label.matches("(?i)[ivx]") && !nextLetter(lines, i)) {
            return false; // "i." under "a.": the outline's third level, not the letter i
        }
        String t = line.text();
        if (label == null || label.length() != 1 || !Character.isLetter(label.charAt(0)) || t.endsWith("?") || t.endsWith("!")
                || t.matches("^[^:]{1,40}:\\s*\\S.*") || !listTitle(t)) {
            return false;
        }
        for (Section s : open) {
            Line h = s.heading;
            if (h.kind() == Line.Kind.NUMBERED && h.label() != null && h.label().matches("\\d{1,2}") && h.depth() < line.depth()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line numbered in small Roman numerals ("i. Revised budget", "ii. Gifts") is the third level of an
     * outline going 1., a., i.: deeper than the lettered item it stands under (or as deep, when the numeral is no
     * single letter), and a short title, no sentence or field.
     */
    private static boolean romanUnderLetter(List<Line> lines, int i, Deque<Section> open) {
        Line line = lines.get(i);
        String t = line.text().strip();
        if (line.label() == null || !line.label().matches("[ivx]{1,4}") || line.close() != '.' && line.close() != ')'
                || t.matches("^[^:]{1,40}:\\s*\\S.*") || !listTitle(t) || t.split("\\s+").length > 7
                // "Ana proposes to merge the committees", "Propose a meeting to plan the drive": a proposal, no title.
                || NARRATED.matcher(t).lookingAt() || INFINITIVE.matcher(t).find() && t.split("\\s+").length > 5) {
            return false;
        }
        for (Section s : open) {
            Line h = s.heading;
            // "ii." set no deeper than the "d." above it cannot be the letter after d: a part of d all the same.
            if (h.kind() == Line.Kind.NUMBERED && h.label() != null && h.label().matches("[a-z]")
                    && (h.depth() < line.depth() || h.depth() == line.depth() && line.label().length() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** A verb after "to", as a sentence or a proposal has it: "to merge", not "Changes to Bylaws". */
    private static final Pattern INFINITIVE = Pattern.compile("\\sto\\s+\\p{Ll}");
    /** The gap between columns or cells side by side: "Ann Lee, Clerk      Bo Chan, Chair", "Treasurer\tBo Chan". */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S(?:\\s{3,}|\\t)\\S");
    /** Whether the last line with words above {@code lines[i]} is an attendance label ("Members Present:"). */
    private static boolean labelAbove(List<Line> lines, int i) {
        int k = i - 1;
        while (k >= 0 && lines.get(k).isBlank()) {
            k--;
        }
        return k >= 0 && AttendanceParser.label(lines.get(k)) != null;
    }

    /** Characters of program code or markup, never in a heading: "If STATUS = 1 Then", "<td>". */
    private static final Pattern CODE_LIKE = Pattern.compile("[=;{}<>\"]");

    /** A row of ornaments or dashes that PDF text extraction leaves between parts of the minutes: "♦♦♦ ♦♦♦", "−−−−". */
    private static final Pattern ORNAMENTS = Pattern.compile("^(?:[\\p{S}\\p{Pd}*_=~•·]\\s*){3,}$");

    /**
     * Whether a plain line stands right under a row of ornaments or dashes as the title of the part below it:
     * "Road Repairs" under "♦♦♦ ♦♦♦ ♦♦♦", a few words, no sentence, no field, with text after it.
     */
    private static boolean underSeparator(List<Line> lines, int i) {
        if (i == 0 || i + 1 >= lines.size() || lines.get(i).kind() != Line.Kind.TEXT || lines.get(i + 1).isBlank()) {
            return false;
        }
        // A rule of plain dashes or underscores also stands under a table's head and over a signature ("Ann Lee" over
        // "Clerk"): not this form.
        Line before = lines.get(i - 1);
        if (before.kind() != Line.Kind.TEXT || !ORNAMENTS.matcher(before.text().strip()).matches()) {
            return false;
        }
        String t = lines.get(i).text().strip();
        return listTitle(t) && t.split("\\s+").length <= 12 && !t.contains(": ") && !COLUMN_GAP.matcher(t).find()
                && !PAGE_NUMBER.matcher(t).matches() && !isSignOff(t) && !SIGNATORY.matcher(t).matches();
    }

    /**
     * Plain text saved from a web page, whose headings stand indented on lines of their own between blank lines while
     * its paragraphs start at the margin ("    Old Business" over "The hall roof ..."): the indices of those headings,
     * when there are three or more, and the paragraphs at the margin are as many as the headings and three times as
     * many as the other indented lines (so that indented prose, quotes and code are not read this way).
     */
    private static Set<Integer> indentedHeadings(List<Line> lines) {
        Set<Integer> found = new HashSet<>();
        int margin = 0;
        int indented = 0;
        // "If STATUS = 1 Then" standing indented: program code, where an indented line is no heading.
        boolean code = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.TEXT || l.text().isBlank()) {
                continue;
            }
            if (l.indent() == 0) {
                margin++;
                continue;
            }
            String t = l.text().strip();
            boolean standing = l.indent() >= 2 && (i == 0 || lines.get(i - 1).isBlank())
                    && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
            code |= standing && CODE_LIKE.matcher(t).find();
            if (standing && listTitle(t) && t.split("\\s+").length <= 10 && !t.contains(": ")
                    && !PAGE_NUMBER.matcher(t).matches() && !COLUMN_GAP.matcher(t).find()) {
                found.add(i);
            } else {
                indented++;
            }
        }
        return !code && found.size() >= 3 && margin >= found.size() && margin >= 3 * indented ? found : Set.of();
    }

    /**
     * In Markdown, where "IV." is no list mark, the lines numbered I., II., III., ... in order that read as titles: the
     * items of the meeting's outline, when there are three or more.
     */
    private static Set<Integer> romanOutline(List<Line> lines) {
        Set<Integer> found = new HashSet<>();
        int next = 1;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != Line.Kind.NUMBERED || l.label() == null || !l.label().matches("[IVX]{1,5}")
                    || l.close() != '.' && l.close() != ')' || roman(l.label()) != next) {
                continue;
            }
            next++;
            if (readsAsTitle(l.text().strip()) && !l.text().strip().endsWith("?")) {
                found.add(i);
            }
        }
        return found.size() >= 3 ? found : Set.of();
    }

    /** The value of a Roman numeral of I, V and X: 4 for "IV". */
    private static int roman(String numeral) {
        int total = 0;
        int prev = 0;
        for (int k = numeral.length() - 1; k >= 0; k--) {
            int v = switch (numeral.charAt(k)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /**
     * Whether a lettered line goes on with the letters before it at its indentation ("c." after "b.", whatever stands
     * between them), under the same numbered item.
     */
    private static boolean nextLetter(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.label() == null || line.label().length() != 1 || !Character.isLetter(line.label().charAt(0))) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            Line l = lines.get(j);
            if (l.kind() != Line.Kind.NUMBERED || l.label() == null) {
                continue;
            }
            if (l.depth() < line.depth() - 1) {
                return false;
            }
            if (Math.abs(l.depth() - line.depth()) <= 1 && l.label().length() == 1) {
                return l.label().charAt(0) + 1 == line.label().charAt(0);
            }
        }
        return false;
    }

    /** Whether a numbered line goes on with the outline's whole numbers: "4." after item 3. */
    private static boolean continuesOutline(Line line, int outlineNumber) {
        return outlineNumber > 0 && line.depth() <= 3 && line.label() != null && line.label().matches("\\d{1,2}")
                && Integer.parseInt(line.label()) == outlineNumber + 1;
    }

    private static int number(String label, int otherwise) {
        return label != null && label.matches("\\d{1,2}") ? Integer.parseInt(label) : otherwise;
    }

    /**
     * A line signing the minutes off: "Approved: 11/15/2022", "Signed: ... Chairman", "Jo Park, Ed.D., President",
     * "Ann Lee for": never a section, however it is set.
     */
    static boolean isSignOff(String text) {
        String t = text.strip();
        if (SIGN_OFF.matcher(t).find()) {
            return true;
        }
        Matcher m = SIGNATORY.matcher(t);
        if (m.matches() && NameIndex.looksLikePersonName(m.group("name").strip())) {
            return true;
        }
        m = SIGNING_FOR.matcher(t);
        return m.matches() && NameIndex.looksLikePersonName(m.group("name").strip());
    }

    /** The index after the table that starts at {@code start}: its rows and the rules between them. */
    private static int tableEnd(List<Line> lines, int start) {
        int end = start;
        while (end < lines.size() && (lines.get(end).kind() == Line.Kind.TABLE
                || lines.get(end).kind() == Line.Kind.RULE && end + 1 < lines.size()
                && lines.get(end + 1).kind() == Line.Kind.TABLE)) {
            end++;
        }
        return end;
    }

    /** The numbering style of "2.3 Title" ("DECIMAL.1", one dot deeper than "2."), or null for no such title. */
    private static String decimal(String text) {
        Matcher d = DECIMAL.matcher(text);
        if (!d.matches() || !readsAsTitle(d.group("title")) && runOn(d.group("title")) == null
                || !Character.isUpperCase(d.group("title").codePointAt(0))) {
            return null;
        }
        String number = d.group("number").replaceFirst("\\.0$", "");
        long dots = number.chars().filter(c -> c == '.').count();
        return dots == 0 ? "DECIMAL" : "DECIMAL." + dots;
    }

    /**
     * A short line, without the punctuation that ends a sentence or introduces what follows, standing on its own
     * (after a blank line or a list) and followed by a bulleted list: the title of the list ("Budget update" above
     * "- Revenue is ahead ...").
     */
    static boolean titlesList(List<Line> lines, int i) {
        return titlesList(lines, i, false);
    }

    /**
     * The title of a list ({@link #titlesList(List, int)}); in minutes written line under line ({@code unspaced}), after
     * any line that does not break off mid-phrase.
     */
    static boolean titlesList(List<Line> lines, int i, boolean unspaced) {
        String text = lines.get(i).text();
        Line before = i == 0 ? null : lines.get(i - 1);
        if (before != null && !before.isBlank() && before.kind() != Line.Kind.BULLET && before.kind() != Line.Kind.RULE
                && !(unspaced && before.kind() == Line.Kind.TEXT && !endsMidPhrase(before.text()))) {
            return false;
        }
        if (unspaced && NameIndex.looksLikePersonName(NameIndex.stripTitles(text.strip()))) {
            // Line under line, "Dr. Ann Lee" over "- Thanked the staff" is who spoke, with what they said.
            return false;
        }
        int j = i + 1;
        if (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).kind() != Line.Kind.BULLET && lines.get(j).kind() != Line.Kind.TABLE) {
            return false;
        }
        if (text.length() > 60 || text.split("\\s+").length > 8 || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        return (Character.isLetterOrDigit(last) || last == ')') && !LEAD_IN.matcher(text).find()
                && !DateRecognizer.isOnlyDate(text);
    }

    /** "Joined the meeting", "reported": a past tense after the names that open a sentence. */
    private static final Pattern NAMES_THEN_PAST = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:also\\s+)?\\p{Ll}{2,}ed\\b");

    /**
     * A line that can be a topic's title over its list under a heading mark ("Funding priorities", "Spring Workshop"): a
     * few words, no label, figure or address ("Link: https://...", "Expecting 3.5k in October"), no sentence ("Ann Lee
     * joined the meeting"), and no person with their office ("President Pat", "Backup treasurer Lori") over the
     * list of that person's duties.
     */
    private static boolean topicUnderMark(String text) {
        String t = text.strip();
        String[] words = t.split("\\s+");
        if (words.length > 6 || t.contains(":") || t.chars().anyMatch(Character::isDigit) || NAMES_THEN_PAST.matcher(t).find()) {
            return false;
        }
        String last = words[words.length - 1];
        boolean lowerBefore = java.util.Arrays.stream(words, 0, words.length - 1)
                .anyMatch(w -> Character.isLowerCase(w.codePointAt(0)));
        boolean personLast = words.length > 1 && Character.isUpperCase(last.codePointAt(0))
                && (lowerBefore || !NameIndex.stripTitles(t).equals(t));
        return !personLast;
    }

    /**
     * A short line in title case standing between sentences, within a section: the title of the paragraph below it
     * ("Playing Field Rep." after item 3's first minute and above "Cllr Lee was nominated by ..."). It follows a
     * blank line, a title, or a sentence that ended; the line below it is a sentence.
     */
    static boolean titlesParagraph(List<Line> lines, int i, int lastTitleLine, boolean orList, boolean unspaced) {
        String text = lines.get(i).text();
        String[] words = text.split("\\s+");
        // Where the items are titled lines, one standing between blank lines may be in sentence case ("New business")
        // and its minute a sentence of two words ("Minutes approved."); one line of a block of lines may not, but for
        // minutes written line under line, where every line stands apart.
        boolean apart = orList && (unspaced && !MINUTE_DASH.matcher(text).find() || (i == 0 || lines.get(i - 1).isBlank())
                && i + 1 < lines.size() && lines.get(i + 1).isBlank());
        boolean shaped = TITLE_CASE.matcher(text).matches() || apart && SENTENCE_TITLE.matcher(text).matches()
                && !NARRATED.matcher(text).lookingAt() && !STATEMENT.matcher(text).find() && !NAMES_THEN_PAST.matcher(text).find();
        if (words.length > 5 || text.length() > 40 || !shaped || LEAD_IN.matcher(text).find()
                || DateRecognizer.isOnlyDate(text) || isSignOff(text)
                || isTitle(text) && !(orList && MINUTES_ITEM.matcher(text).lookingAt()) && namesTheMinutes(lines, i, lastTitleLine)) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && lines.get(b).isBlank()) {
            b--;
        }
        // After a sentence that ended, or a short line that did not break off: not the last line of a wrapped paragraph.
        // After a blank line under a list ("• Deferred to May" over a blank line over "Treasury Report"): the list ended.
        String before = b < 0 ? "" : lines.get(b).text();
        boolean standsAlone = b < 0 || b == lastTitleLine || lines.get(b).kind() == Line.Kind.TEXT
                && (before.matches(".*[.!?]$") || before.length() < 60 && !endsMidPhrase(before))
                || lines.get(b).isListItem() && (b < i - 1 || unspaced);
        int j = i + 1;
        if (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        if (orList && standsAlone && j < lines.size() && lines.get(j).kind() == Line.Kind.BULLET) {
            // "New Business" over "- The fair is in May.": in minutes whose items are titled lines, a list is its minute.
            return true;
        }
        if (!standsAlone || j >= lines.size() || lines.get(j).kind() != Line.Kind.TEXT) {
            return false;
        }
        String next = lines.get(j).text().strip();
        if (apart) {
            // "(Ann) Approve the new rota.": who brought the item, before the minute's first word.
            next = next.replaceFirst("^\\([^()]{1,40}\\)\\s+", "");
        }
        int nextWords = next.split("\\s+").length;
        // "Review of Minutes" over "Minutes approved.": where the items are titled lines, a minute may be two words.
        boolean sentence = nextWords >= 4 || apart && nextWords >= 2 && next.matches(".*\\p{Ll}[.!]$");
        return sentence && Character.isUpperCase(next.codePointAt(0)) && !TITLE_CASE.matcher(next).matches();
    }

    /** A meeting other than this one, or its minutes: "Next Meeting", "Accepting Previous Minutes", "Minutes of Last Meeting". */
    private static final Pattern OTHER_MEETING = Pattern.compile("(?i)\\b(?:previous|last|prior|next|future|upcoming)\\s+"
            + "(?:\\p{L}+\\s+)?(?:minutes|meeting|agenda)\\b");

    /**
     * Whether a short line with a title's words ("Annual Meeting", "Minutes") names these minutes rather than an item of
     * them: it has a date, or it names no other meeting ("Next Meeting", "Accepting Previous Minutes") and stands before
     * the first item or is said again on the page, as a running head is. "Candidates Meeting" over its minute, between
     * items, is an item: a meeting the minutes report on.
     */
    private static boolean namesTheMinutes(List<Line> lines, int i, int lastTitleLine) {
        String text = lines.get(i).text().strip();
        if (!DateRecognizer.full(text).isEmpty() || DateRecognizer.isOnlyDate(text)) {
            return true;
        }
        if (OTHER_MEETING.matcher(text).find()) {
            return false;
        }
        if (lastTitleLine < 0) {
            return true;
        }
        for (int k = 0; k < lines.size(); k++) {
            if (k != i && lines.get(k).text().strip().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short title in sentence case, as minutes typed quickly set their items: "New business", "Agenda item 2",
     * "Review of minutes". Only where a document's items are titled lines.
     */
    private static final Pattern SENTENCE_TITLE = Pattern.compile("^\\p{Lu}[\\p{L}'’&/-]*(?:\\s+[\\p{L}'’&/-]+)*(?:\\s+\\d{1,2})?$");

    /**
     * How many lines after the title block title the paragraph or list under them as {@link #paragraphTitle} reads
     * them: where two or more do, that is how the document marks its items.
     */
    private static int paragraphTitles(List<Line> lines, int from, boolean unspaced) {
        int n = 0;
        for (int i = from; i < lines.size(); i++) {
            n += titlesParagraph(lines, i, -1, true, unspaced) && paragraphTitle(lines, i) ? 1 : 0;
        }
        return n;
    }

    /**
     * A plain line that may title the paragraph under it where no section is open yet: not bold, not a person's name
     * ("Ann Lee" over what she reported), not an attendance heading ("In Attendance", "Members Present") over the
     * names, not a field of the meeting ("Next Meeting").
     */
    private static boolean paragraphTitle(List<Line> lines, int i) {
        Line line = lines.get(i);
        String t = cleanTitle(line.text());
        return line.kind() == Line.Kind.TEXT && !line.bold() && !personOverWords(lines, i)
                && AttendanceParser.heading(t) == null && AttendanceParser.label(line) == null
                && !FIELD_LABEL.matcher(t).matches();
    }

    /** A sentence by or about someone just named: "He reported ...", "She said ...", "I think ...". */
    private static final Pattern ABOUT_SOMEONE = Pattern.compile("^(?:He|She|I)\\b");

    /**
     * Whether a short line in the shape of a name names a person over what they said: the paragraph under it speaks
     * of him or her, or the name is one of a list elsewhere in the minutes ("Ann Lee, Bo Chan and ...").
     */
    private static boolean personOverWords(List<Line> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return namesPerson(lines, i, cleanTitle(lines.get(i).text()), j < lines.size() ? lines.get(j).text() : "");
    }

    /**
     * Whether {@code name}, written on line {@code i} over or before {@code words}, is a person's: it has the shape of a
     * name, and the words speak as or of that person ("I think ...", "She reported ...") or the name is one of a list
     * elsewhere in the minutes ("Ann Lee, Bo Chan and ...").
     */
    private static boolean namesPerson(List<Line> lines, int i, String name, String words) {
        String t = NameIndex.stripTitles(name.strip());
        if (UPPER.matcher(t).matches()) {
            t = titleCased(t);
        }
        if (!NameIndex.looksLikePersonName(t)) {
            return false;
        }
        if (ABOUT_SOMEONE.matcher(words.strip()).find()) {
            return true;
        }
        Pattern listed = Pattern.compile("(?i)(?:^|[,;]\\s*|\\band\\s+)" + Pattern.quote(t) + "\\s*(?:[,;.]|\\band\\b|$)");
        for (int k = 0; k < lines.size(); k++) {
            if (k != i && listed.matcher(lines.get(k).text()).find() && lines.get(k).text().contains(",")) {
                return true;
            }
        }
        return false;
    }

    /** "MARIA LOPEZ" as "Maria Lopez". */
    private static String titleCased(String text) {
        StringBuilder sb = new StringBuilder();
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT)
                    + w.substring(1));
        }
        return sb.toString();
    }

    /** A label in capitals opening a line, and the text after its colon: "OLD BUSINESS: The bench was repaired." */
    private static final Pattern CAPITALS_RUN_IN = Pattern.compile("^(?<title>\\p{Lu}[\\p{Lu}\\d '’&/-]{2,48}[\\p{Lu})])\\s*:"
            + "\\s+(?<body>\\S.*)$");

    /** A label in title or sentence case opening a paragraph, and the text after its colon: "Old Business: The bench ...". */
    private static final Pattern LABEL_RUN_IN = Pattern.compile("^(?<title>\\p{Lu}[\\p{L}\\d '’&/()-]{2,60}?)\\s*:"
            + "\\s+(?<body>\\S.*)$");

    /**
     * A label of a few words in title or sentence case opening a paragraph of its own, and the minute after its colon:
     * "Old Business: The bench was repaired.", "Public comment: None", "Mill Lane Park: The fields were rolled.". Not a
     * label {@link #capitalsRunIn} leaves alone (attendance, a field, a step of a motion, a note, a vote, a speaker,
     * a sign-off), not a sentence ("The following were elected: ..."). Null when the line is none.
     */
    static String[] labelRunIn(List<Line> lines, int i) {
        return labelRunIn(lines, i, false);
    }

    /**
     * A label opening a paragraph ({@link #labelRunIn(List, int)}); in minutes written line under line ({@code
     * unspaced}), any line is a paragraph, and its minute may open with a figure ("Minutes: 2023 minutes signed").
     */
    private static String[] labelRunIn(List<Line> lines, int i, boolean unspaced) {
        Line line = lines.get(i);
        if (line.kind() != Line.Kind.TEXT || line.bold() || i > 0 && !lines.get(i - 1).isBlank() && !unspaced) {
            return null;
        }
        Matcher m = LABEL_RUN_IN.matcher(line.text().strip());
        if (!m.matches() || !Character.isUpperCase(m.group("body").codePointAt(0))
                && !(unspaced && Character.isDigit(m.group("body").codePointAt(0)))
                || m.group("body").matches("(?i)https?:.*")) {
            return null;
        }
        String label = m.group("title").strip();
        String words = label.replaceAll("\\([^()]*\\)", "").strip();
        if (words.split("\\s+").length > 5 || !readsAsTitle(label) || LEAD_IN.matcher(words).find()
                || STATEMENT.matcher(words).find() || NARRATED.matcher(words).lookingAt() || MID_PHRASE.matcher(words).find()
                || labelsNoTitle(lines, i, label, words, m.group("body"))) {
            return null;
        }
        return new String[] {label, m.group("body").strip()};
    }

    /**
     * Whether the label opening line {@code i} ({@code words}, the label without its brackets) is no section's title:
     * an attendance label, a field ("Date:"), a step of a motion ("Seconded:"), a note, a vote, a motion, a sign-off,
     * or a person's name before what they said.
     */
    private static boolean labelsNoTitle(List<Line> lines, int i, String label, String words, String body) {
        Line line = lines.get(i);
        return AttendanceParser.label(line) != null || AttendanceParser.heading(label) != null
                || FIELD_LABEL.matcher(words).matches() || STEP_LABEL.matcher(words).matches()
                || NOTE_LABEL.matcher(words).matches() || VOTE_LABEL.matcher(words).matches()
                || MotionRecognizer.opens(line.text().strip()) != null || isSignOff(line.text())
                || namesPerson(lines, i, label, body);
    }

    /**
     * Whether the minutes are paragraphs each opened by its topic's label ({@link #labelRunIn}, or one in bold that the
     * line reader set apart, {@link #boldRunIn}): three labels or more
     * of two words or more, each met once, their minutes opening as sentences do, not with a link or a figure
     * ("Link: https://...", "Next meeting: 6 May"), and few labels said again (speakers, "Issue:", "Action JB:").
     */
    private static boolean labelRunIns(List<Line> lines) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.Map<String, Integer> firstWords = new java.util.HashMap<>();
        int all = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] run = boldRunIn(lines, i) ? new String[] {withoutEmphasis(lines.get(i).text())} : labelRunIn(lines, i);
            if (run == null) {
                continue;
            }
            all++;
            String label = run[0].toLowerCase(Locale.ROOT);
            seen.merge(label, 1, Integer::sum);
            firstWords.merge(label.split("\\s+")[0], 1, Integer::sum);
        }
        long topics = seen.entrySet().stream().filter(e -> e.getValue() == 1 && e.getKey().contains(" ")
                && firstWords.get(e.getKey().split("\\s+")[0]) == 1).count();
        return topics >= 3 && topics * 3 >= all * 2;
    }

    /**
     * Whether the line is a label in bold that opened its paragraph, which the line reader set apart from the minute
     * after it ("**Old Business:** The bench ..." as "Old Business" over "The bench ..."), both of one source line.
     */
    private static boolean boldRunIn(List<Line> lines, int i) {
        Line line = lines.get(i);
        return line.kind() == Line.Kind.TEXT && line.bold() && i + 1 < lines.size()
                && lines.get(i + 1).number() == line.number() && lines.get(i + 1).kind() == Line.Kind.TEXT
                && !lines.get(i + 1).bold() && (i == 0 || lines.get(i - 1).isBlank());
    }

    /** How many lines open a paragraph with a label in capitals of two words or more ({@link #capitalsRunIn}). */
    private static int capitalsRunIns(List<Line> lines) {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] run = capitalsRunIn(lines, i);
            n += run != null && run[0].strip().contains(" ") ? 1 : 0;
        }
        return n;
    }

    /**
     * A label in capitals opening a paragraph, and the minute after its colon: "OLD BUSINESS: The bench was repaired.",
     * "TREASURER'S REPORT: The balance is ...". Not an attendance label ("MEMBERS PRESENT: ..."), a field ("DATE:",
     * "LOCATION:"), a step of a motion or an item ("RESOLVED:", "MOTION:", "ACTION:"), a vote label, or a speaker
     * ("ANN LEE: I think ..."). Null when the line is none.
     */
    static String[] capitalsRunIn(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.kind() != Line.Kind.TEXT || line.bold() || i > 0 && !lines.get(i - 1).isBlank()
                && !lines.get(i - 1).text().strip().matches(".*[.!?:)]$")) {
            return null;
        }
        Matcher m = CAPITALS_RUN_IN.matcher(line.text().strip());
        if (!m.matches()) {
            return null;
        }
        String label = m.group("title").strip();
        if (!isUpperCaseHeading(label) || labelsNoTitle(lines, i, label, label, m.group("body"))) {
            return null;
        }
        return new String[] {label, m.group("body").strip()};
    }

    /**
     * A Roman item number inside a line, then a title in capitals: "II. CALL TO ORDER", "IV. OLD BUSINESS:". The
     * number follows a line's start, a sentence's stop, a time ("... 7:00 pm III. ROLL CALL") or the last word of the
     * item before ("A. Noted V. CORRESPONDENCE"), where only the next number in the run counts; a time may stand between
     * the number and the title ("IV. 7:40—NEW BUSINESS").
     */
    private static final Pattern ROMAN_IN_TEXT = Pattern.compile("(?<=^|[.!?:)]\\s{1,4}|[\\p{L}\\d]\\s{1,4})"
            + "(?<number>[IVXL]{1,6})\\.\\s+(?<time>\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?\\s*)?(?:--|[–—-])\\s*)?(?<title>\\p{Lu}[\\p{Lu}'’&/-]+(?:\\s+(?:\\p{Lu}[\\p{Lu}'’&/-]*|OF|AND|TO|&))*)"
            + "(?=\\s*[:–—-]|\\s+\\p{Lu}\\p{Ll}|\\s*$)");

    /**
     * The lines with an outline of Roman numbers written into the text, as PDF and web page extraction run a short
     * body's headings into its paragraphs ("I. CALL TO ORDER – 7:00 pm The meeting ... II. ROLL CALL All members ...",
     * or with the time each item was taken up before its title: "II. 7:05—ROLL CALL: All present III. 7:10—MINUTES"),
     * split so that each number opens a numbered line with its title in capitals, the text after it on a line of its
     * own. The numbers must run I, II, III in order, three or more of them, one or more inside a line; else the lines
     * are returned as they are.
     */
    static List<Line> romanApart(List<Line> lines) {
        // Each number in order: {line index, offset in the line (-1 for a numbered line of its own), end of the title}.
        List<int[]> run = new ArrayList<>();
        int expect = 1;
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.NUMBERED && l.label() != null && romanValue(l.label()) == expect) {
                // "I. CALL TO ORDER ... II. ROLL CALL ...": the first number opens the line, the next run into it.
                run.add(new int[] {i, -1, 0});
                expect++;
            } else if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            for (Matcher m = ROMAN_IN_TEXT.matcher(l.text()); m.find(); ) {
                if (m.start() > 0 && romanValue(m.group("number")) == expect && isUpperCaseHeading(m.group("title").strip())) {
                    run.add(new int[] {i, m.start(), m.end("title")});
                    inside = true;
                    expect++;
                }
            }
        }
        if (run.size() < 3 || !inside) {
            return lines;
        }
        List<Line> apart = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<int[]> cuts = new ArrayList<>();
            while (k < run.size() && run.get(k)[0] == i) {
                if (run.get(k)[1] >= 0) {
                    cuts.add(run.get(k));
                }
                k++;
            }
            if (cuts.isEmpty()) {
                apart.add(l);
                continue;
            }
            String text = l.text();
            String before = text.substring(0, cuts.get(0)[1]).strip();
            if (!before.isEmpty()) {
                apart.add(new Line(l.number(), before, l.kind(), l.depth(), l.label(), l.close(), l.bold(), l.indent(), l.last()));
            }
            for (int c = 0; c < cuts.size(); c++) {
                int[] cut = cuts.get(c);
                Matcher m = ROMAN_IN_TEXT.matcher(text);
                m.find(cut[1]);
                apart.add(new Line(l.number(), m.group("title").strip(), Line.Kind.NUMBERED, 0, m.group("number"), '.', false,
                        0, l.last()));
                int end = c + 1 < cuts.size() ? cuts.get(c + 1)[1] : text.length();
                String rest = text.substring(cut[2], end).replaceFirst("^\\s*:\\s*", "").strip();
                if (m.group("time") != null) {
                    // "IV. 7:40—NEW BUSINESS: A. Noted": the time the item was taken up goes with its minute.
                    rest = (m.group("time").replaceFirst("\\s*(?:--|[–—-])\\s*$", "") + " " + rest).strip();
                }
                if (!rest.isEmpty()) {
                    apart.add(new Line(l.number(), rest, Line.Kind.TEXT, 0, null, (char) 0, false, 0, l.last()));
                }
            }
        }
        return apart;
    }

    /** The value of a Roman number ("IV" is 4), or 0 when the label is none. */
    private static int romanValue(String label) {
        if (!label.matches("[IVXL]{1,6}")) {
            return 0;
        }
        int total = 0;
        for (int k = 0; k < label.length(); k++) {
            int v = "IVXL".indexOf(label.charAt(k)) < 0 ? 0 : new int[] {1, 5, 10, 50}["IVXL".indexOf(label.charAt(k))];
            int next = k + 1 < label.length() ? new int[] {1, 5, 10, 50}["IVXL".indexOf(label.charAt(k + 1))] : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    /** An item on the minutes or the agenda, not their title: "Approval of Minutes", "Adoption of the Agenda". */
    private static final Pattern MINUTES_ITEM = Pattern.compile("(?i)(?:approval|adoption|confirmation|correction|reading"
            + "|review)s?\\s+of\\s+(?:the\\s+)?(?:previous\\s+|last\\s+|prior\\s+)?(?:minutes|agenda)\\b");

    /**
     * A heading naming the business done on the meeting's papers, its first items and never the minutes' title, however
     * it names the agenda or the minutes: "Approval of Agenda", "Adoption of the Minutes of 3 May 2024", "Approval of 22
     * Aug 2018 Meeting Minutes", "Confirmation of last meeting's minutes".
     */
    private static final Pattern BUSINESS_ON_PAPERS = Pattern.compile("(?i)^(?:approval|adoption|confirmation|correction"
            + "|reading|review|acceptance|approving|adopting|confirming)s?\\s+of\\b[^.;:]{0,60}?\\b(?:minutes|agenda)\\b");

    /** A line that is a paragraph, not a title: a sentence of ten words or more that ended. */
    private static final Pattern PARAGRAPH = Pattern.compile("^(?:\\S+\\s+){9,}\\S*[\\p{Ll}\\d)][.!?]$");

    /** A line wholly in bold that reads as a title: short, capitalised, no sentence, no vote tally or lower-case label. */
    static boolean readsAsBoldTitle(String text) {
        String t = text.strip();
        // A title closing with its item code ("Resolution No. 4044: ... Project (I-4)") may run long.
        boolean coded = CODE.matcher(t).find();
        if (t.isEmpty() || t.length() > (coded ? 240 : 90) || t.split("\\s+").length > (coded ? 36 : 12)
                || VOTE_LABEL.matcher(t).find()
                || t.codePoints().filter(Character::isLetter).count() < 3 || DateRecognizer.isOnlyDate(t)) {
            return false;
        }
        if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0))) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ':') {
            // "MEMBERS PRESENT:" heads a block; "Reason:" or "Note:" labels the text after it.
            return isUpperCaseLabel(t);
        }
        return last != '.' && last != ';' && last != ',' && last != '!' && last != '?';
    }

    /**
     * An upper-case title of two words or more closed by a colon, standing alone between blank lines: "ITEMS OF
     * IMPORTANCE:", "OLD BUSINESS:". Not an attendance label ("MEMBERS PRESENT:") nor a one-word step ("VOTING:").
     */
    private static boolean upperCaseTitleLabel(List<Line> lines, int i) {
        String t = lines.get(i).text().strip();
        return isUpperCaseLabel(t) && t.split("\\s+").length >= 2 && AttendanceParser.heading(cleanTitle(t)) == null
                && !VOTE_LABEL.matcher(t).matches() && (i == 0 || lines.get(i - 1).isBlank())
                && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
    }

    /** An upper-case line ending in a colon: "MEMBERS PRESENT:", "OFFICIALS IN ATTENDANCE:". */
    private static boolean isUpperCaseLabel(String text) {
        String t = text.strip();
        return t.endsWith(":") && t.length() > 1 && isUpperCaseHeading(t.substring(0, t.length() - 1).strip());
    }

    /**
     * "OTHERS IN ATTENDANCE: ANN LEE, CLERK": an attendance label in capitals with its people on the line. "MEMBERS
     * ABSENT: NONE" names no one and stays the title it reads as.
     */
    private static boolean labelWithPeople(Line line) {
        AttendanceParser.Label label = line.text().contains(":") ? AttendanceParser.label(line) : null;
        return label != null && !label.inline().isBlank() && !AttendanceParser.namesNoOne(label.inline());
    }

    /**
     * Whether the last line before {@code i} that is not blank, past one blank line or more, is an attendance label
     * with no one on its line ("PRESENT:" over a blank line over "MARIA LOPEZ"), the names following under it.
     */
    private static boolean underBareLabel(List<Line> lines, int i) {
        int k = i - 1;
        while (k >= 0 && lines.get(k).isBlank()) {
            k--;
        }
        AttendanceParser.Label label = k >= 0 && k < i - 1 ? AttendanceParser.label(lines.get(k)) : null;
        return label != null && label.inline().isBlank() && label.columns().isEmpty();
    }

    /** In an attendance block, a line that names a person rather than another attendance heading ("Apologies"). */
    private static boolean isName(String text) {
        String t = text.strip();
        if (UPPER.matcher(t).matches()) {
            // "MARIA LOPEZ" read as "Maria Lopez", or every word would pass for an acronym.
            StringBuilder sb = new StringBuilder();
            for (String w : t.toLowerCase(Locale.ROOT).split("\\s+")) {
                sb.append(sb.length() == 0 ? "" : " ").append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT)
                        + w.substring(1));
            }
            t = sb.toString();
        }
        return NameIndex.looksLikePersonName(t) && AttendanceParser.heading(cleanTitle(text)) == null;
    }

    /** Whether a title line breaks off mid-phrase, so that the next upper-case line goes on with it. */
    private static boolean endsMidPhrase(String text) {
        String t = text.strip();
        return t.endsWith(",") || MID_PHRASE.matcher(t).find();
    }

    /**
     * The depth of the top-level headings. A heading alone at its depth and below sections already begun ("# Salary
     * Schedule" on the fourth page, the "## Board Reports" after it) is a converter's page-top mark, not the parent
     * of what follows: the depth of the others is taken.
     */
    private static int minHeadingDepth(List<Line> lines) {
        int[] count = new int[7];
        boolean seenSection = false;
        boolean sectionBefore = false;
        int loneAfterSections = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.HEADING) {
                if (!seenSection && (isTitle(l.text()) || overParticulars(lines, i)) && !isPart(lines, i)
                        && !PARTICULARS.matcher(cleanTitle(l.text())).matches()) {
                    continue;
                }
                seenSection = true;
                count[l.depth()]++;
                if (sectionBefore && count[l.depth()] == 1) {
                    loneAfterSections |= 1 << l.depth();
                }
                sectionBefore = true;
            } else if (l.kind() == Line.Kind.TEXT && l.bold() && readsAsBoldTitle(l.text()) && !isTitle(l.text())) {
                sectionBefore = true;
            }
        }
        int min = 6;
        int next = 6;
        for (int d = 6; d >= 1; d--) {
            if (count[d] > 0) {
                next = min;
                min = d;
            }
        }
        boolean lone = count[min] == 1 && next < 6 && count[next] >= 2 && (loneAfterSections & (1 << min)) != 0;
        return lone ? next : min;
    }

    /**
     * Whether the document's first heading stands over the meeting's particulars, as a title does ("Riverside Garden
     * Club" underlined, then "Date: March 3, 2022" or the date alone): the first line under it gives the date.
     */
    private static boolean overParticulars(List<Line> lines, int i) {
        for (int j = 0; j < i; j++) {
            if (lines.get(j).kind() == Line.Kind.HEADING && !isStamp(lines.get(j).text())) {
                return false;
            }
        }
        int j = i + 1;
        while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).kind() == Line.Kind.RULE)) {
            j++;
        }
        if (j >= lines.size()) {
            return false;
        }
        if (lines.get(j).kind() == Line.Kind.HEADING && isTitle(lines.get(j).text())
                && DateRecognizer.first(lines.get(j).text().split("\\s+")[0]) == null) {
            // "<h2>Riverside Garden Club</h2>" over "<h2>Board Meeting<br>April 7, 2001</h2>": the body's name set over
            // the meeting's title, together the title block. Not over a heading led by its date ("2021-03-04 Meeting"),
            // one entry of a page that logs meetings under its name.
            return true;
        }
        // "# API Working Group" over "## Date 4/27/20" or "## 2023-12-11": the body's name over the meeting's date, set
        // as headings; the sections start below them, at whatever depth.
        String text = AttendanceParser.withoutMarkup(lines.get(j).text()).strip();
        Matcher field = DATE_FIELD.matcher(text);
        return DateRecognizer.isOnlyDate(text) || field.matches() && DateRecognizer.first(field.group(1)) != null;
    }

    /** "Date: March 3, 2022", ":Date: 2022-03-03", "Meeting date - 3 March 2022", "Date 4/27/20", "When: ...". */
    private static final Pattern DATE_FIELD = Pattern.compile("(?i)^:?(?:meeting\\s+)?(?:date(?:\\s+and\\s+time)?|when)"
            + "(?:\\s*:?\\s*[:–—-]\\s*|\\s+)(.+)$");

    /** A status stamped on the minutes: "DRAFT", "– DRAFT –", "[Status: Draft]", "(Unapproved)", "Approved". */
    private static final Pattern STAMP = Pattern.compile("(?i)^[\\s*_–—(\\[-]*(?:status\\s*:\\s*)?(?:draft|confidential|unapproved"
            + "|approved|final|not\\s+approved|for\\s+approval|provisional)[\\s*_–—!.)\\]-]*$");

    /**
     * Whether a heading is only a status stamped on the minutes ("DRAFT", "[Status: Draft]", "(Unapproved)"), no title
     * of theirs nor a section.
     */
    static boolean isStamp(String text) {
        return STAMP.matcher(text).matches();
    }

    /** Whether a heading before any section is the document's title or date rather than a section. */
    static boolean isTitle(String text) {
        return DateRecognizer.isOnlyDate(text) || !DateRecognizer.full(text).isEmpty()
                || TITLE_WORDS.matcher(text).find() && !AGENDA_PART.matcher(cleanTitle(text)).matches();
    }

    /** "Consent Agenda", "Regular Agenda", "Action Agenda Items": the parts of a public body's agenda, never its title. */
    private static final Pattern AGENDA_PART = Pattern.compile("(?i)^(?:consent|regular|action|discussion|information(?:al)?"
            + "|supplementary|supplemental|additional)\\s+agenda(?:\\s+items?)?$");

    /** A numbered line reads as a title: short, capitalised, not a sentence, not a label. */
    static boolean readsAsTitle(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.charAt(0))) {
            return false;
        }
        if (text.length() > 120 || text.split("\\s+").length > 14) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return (last != '.' || ABBREVIATION.matcher(text).find()) && last != ';' && last != ',' && last != ':';
    }

    static boolean isUpperCaseHeading(String text) {
        if (text.length() < 4 || text.length() > 90 || !UPPER.matcher(text).matches()) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 4 && !text.endsWith(":") && !text.endsWith(",") && !text.startsWith("_")
                && !VOTE_RESULT.matcher(text.strip()).matches();
    }

    /** "4-0", "5-2-1", "3/1": the counts of a vote. */
    private static final String VOTE_COUNT = "\\d{1,2}(?:\\s*[-–—/:]\\s*\\d{1,2}){1,2}";
    /**
     * The outcome of a motion on a line of its own, as clerks set it in capitals under "MOTION:", "MOVED:" and
     * "SECONDED:": "PASSED 4-0", "MOTION CARRIED", "CARRIED UNANIMOUSLY", "MOTION FAILED 2-3", "VOTE: 5-0",
     * "PASSED COMMITTEE [UNANIMOUS]".
     */
    private static final Pattern VOTE_RESULT = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:main\\s+|amended\\s+)?(?:motion|resolution"
            + "|amendment|vote)\\s*[:–—-]?\\s*)?(?:was\\s+|is\\s+)?(?:unanimously\\s+)?(?:(?:carried|carries|passed|passes|failed"
            + "|fails|defeated|lost|approved|adopted|denied|withdrawn|tabled|agreed|unanimous|so\\s+ordered)\\b|" + VOTE_COUNT + ")"
            + "(?:[\\s,;:.()\\[\\]]+(?:unanimously|unanimous|by|a|vote|votes|of|with|to|and|in|favou?r|against|opposed|abstain\\w*"
            + "|committee|council|board|commission"
            + "|abstentions?|none|no|nays?|ayes?|yeas?|noes|" + VOTE_COUNT + "))*[\\s.!)\\]]*$");

    /** The numbering style of a label; a lone I, V, X, L or C continuing a letter sequence is a letter. */
    private static String style(String label, List<String> styles, String[] lastLabel) {
        if (Character.isDigit(label.charAt(0))) {
            return "DECIMAL";
        }
        boolean lower = Character.isLowerCase(label.charAt(0));
        String upper = label.toUpperCase(Locale.ROOT);
        boolean roman = ROMAN.matcher(upper).matches();
        if (roman && upper.length() == 1) {
            int letterLevel = styles.indexOf(lower ? "LOWER_LETTER" : "UPPER_LETTER");
            if (letterLevel >= 0 && letterLevel < lastLabel.length && lastLabel[letterLevel] != null
                    && lastLabel[letterLevel].length() == 1
                    && Character.toUpperCase(lastLabel[letterLevel].charAt(0)) + 1 == upper.charAt(0)) {
                roman = false;
            } else if (!upper.equals("I") && styles.indexOf(lower ? "LOWER_ROMAN" : "UPPER_ROMAN") < 0) {
                roman = false;
            }
        }
        if (roman) {
            return lower ? "LOWER_ROMAN" : "UPPER_ROMAN";
        }
        return lower ? "LOWER_LETTER" : "UPPER_LETTER";
    }

    private static int levelOf(String style, List<String> styles) {
        int i = styles.indexOf(style);
        if (i < 0) {
            styles.add(style);
            return styles.size();
        }
        return i + 1;
    }

    static String cleanTitle(String title) {
        String t = title.strip();
        // "Accounts for payment:-": the colon and dash that introduce a list under the title, as councils write them.
        t = t.replaceFirst("\\s*:\\s*[-–—]$", "");
        while (!t.isEmpty() && (t.endsWith(":") || t.endsWith(".") && !t.endsWith("...") && !ABBREVIATION.matcher(t).find())) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? title.strip() : t;
    }
}
