package dev.clerk.importer;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes sure no line of the minutes is lost. Each non-blank source line is looked for in the assembled meeting: its
 * words (of three or more letters or digits) must all stand close together in the fields, in any order, so that a
 * line read into fields ("Present: A, B" into attendees) counts as placed while a line whose words went nowhere, or
 * only partly somewhere (a motion whose "X moved, Y seconded" wording is not stored), does not. Dates and times the
 * meeting holds are left out of the words, as they are written normalised. A line not placed is kept as written: the
 * document's title line as the meeting's title, other lines before the first section in a preamble item, the rest in
 * the narrative of the item they follow, right after the paragraph before them; each with a {@code # check:} note.
 */
final class LineKeeper {
    /** The title of the item that holds what comes before the first section. */
    static final String PREAMBLE = "Preamble";
    /** A sentence's end inside a line: "... on May 4, 2021. The chair". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");
    /** A stamp's words for minutes not yet approved: "DRAFT", "Unapproved", "For approval". */
    private static final Pattern UNAPPROVED = Pattern.compile("(?i)\\b(?:draft|unapproved|not\\s+approved|for\\s+approval"
            + "|provisional)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
            + "(?:day)?\\.?,?\\s*(?:the\\s+)?$");
    private static final Pattern URL = Pattern.compile("\\(?\\b(?:https?://|www\\.)\\S+");
    private static final Pattern FREE_TEXT = Pattern.compile("\\.(?:narrative|decisions)\\[\\d+]$|\\.title$|^title$"
            + "|^next\\.(?:followUps\\[\\d+]|proposedItems\\[\\d+])$");
    private static final Pattern LEADING_LABEL = Pattern.compile("^(\\p{L}[\\p{L}'’ ]{0,30}):\\s*(\\S.*)$");
    private static final Pattern LABEL_ONLY = Pattern.compile("^\\p{L}[\\p{L}'’ ]{0,40}:$");
    private static final Pattern NARRATIVE = Pattern.compile("\\.(?:narrative|decisions)\\[\\d+]$|\\.title$|^title$");
    private static final Pattern AGENDA_PATH = Pattern.compile("^agenda\\[(\\d+)]");

    /** The words a roll call or attendance table marks each status with ("Yes" in an "Attended" column). */
    private static final Map<AttendanceStatus, String> MARKS = Map.of(AttendanceStatus.PRESENT, "present yes attended",
            AttendanceStatus.ABSENT, "absent", AttendanceStatus.EXCUSED, "excused apologies regrets");
    /** The words minutes write each motion result with ("Carried" in a "Result" column). */
    private static final Map<MotionResult, String> RESULTS = Map.of(MotionResult.PASSED,
            "passed carried adopted approved agreed", MotionResult.FAILED, "failed defeated lost rejected",
            MotionResult.WITHDRAWN, "withdrawn", MotionResult.TABLED, "tabled deferred postponed");

    private final Meeting meeting;
    private final Body roster;

    private LineKeeper(Meeting meeting, Body roster) {
        this.meeting = meeting;
        this.roster = roster;
    }

    /** The meeting with every line kept, and where each went. */
    record Kept(Meeting meeting, List<Placement> placements) {
    }

    /**
     * Keeps the lines that went nowhere and says where each line went.
     *
     * @param items   the agenda's drafts, in the meeting's order, whose heading lines tell which item a line follows
     * @param guesses the guesses so far; their paths are moved when a preamble item is put first, and a guess is
     *                added for each line kept as written
     */
    static Kept keep(Meeting meeting, SourceLines.Result source, List<Drafts.Item> items, Body roster, List<Guess> guesses) {
        LineKeeper first = new LineKeeper(meeting, roster);
        Corpus corpus = first.corpus();
        List<Line> all = new ArrayList<>(source.frontMatterLines());
        // One line a source line: the pieces a line was read in (an HTML table's rows) are placed together.
        List<Line> sourceLines = SourceLines.whole(source.lines());
        all.addAll(sourceLines);
        Set<Integer> inPieces = new java.util.HashSet<>();
        for (int i = 1; i < source.lines().size(); i++) {
            if (source.lines().get(i).number() == source.lines().get(i - 1).number()) {
                inPieces.add(source.lines().get(i).number());
            }
        }
        List<ItemAt> at = new ArrayList<>();
        flatten(items, "agenda", at);
        Map<Integer, List<String>> placed = new HashMap<>();
        List<Line> lost = new ArrayList<>();
        for (Line line : all) {
            if (line.isBlank()) {
                continue;
            }
            // "DRAFT", "[Status: Draft]" or "(Unapproved)" stamped over the minutes says what "status: draft" does.
            List<String> where = meeting.status() == MeetingStatus.DRAFT && SectionHeadings.isStamp(line.text())
                    && UNAPPROVED.matcher(line.text()).find() ? List.of("status")
                    : place(corpus, first.words(line), scope(line.number(), at, 0, inPieces));
            if (where != null) {
                placed.put(line.number(), where);
            }
        }
        labels(all, placed);
        for (Line line : all) {
            if (!line.isBlank() && !placed.containsKey(line.number())) {
                lost.add(line);
            }
        }
        if (lost.isEmpty()) {
            return new Kept(meeting, asMarkedUp(first.placements(all, placed, Map.of()), source));
        }
        int firstSection = at.isEmpty() ? Integer.MAX_VALUE : at.get(0).line;
        String title = null;
        Line titleLine = null;
        int titleEnd = -1;
        int frontEnd = lastNumber(source.frontMatterLines());
        Map<String, List<Insert>> inserts = new LinkedHashMap<>();
        Set<Integer> nonBlank = new java.util.HashSet<>();
        all.stream().filter(l -> !l.isBlank()).forEach(l -> {
            for (int n = l.number(); n <= l.last(); n++) {
                nonBlank.add(n);
            }
        });
        // The lines with words: a heading's underline ("=======") stands between a title and its next line as a
        // blank line does.
        Set<Integer> worded = new java.util.HashSet<>(nonBlank);
        all.stream().filter(l -> l.kind() == Line.Kind.RULE).forEach(l -> worded.remove(l.number()));
        // So does a status stamped between the title's lines ("DRAFT" between the page's title and the body's name).
        all.stream().filter(l -> l.kind() == Line.Kind.HEADING && SectionHeadings.isStamp(l.text()))
                .forEach(l -> worded.remove(l.number()));
        Line previous = null;
        Insert open = null;
        for (Line line : lost) {
            boolean front = line.number() <= frontEnd;
            boolean next = open != null && previous != null && previous.last() == line.number() - 1;
            // A paragraph before the first section does not run on into the section's first line ("<h3>MINUTES</h3><p>
            // Ann moved ..." under "<p>The meeting was called to order ..."): the heading stands between them.
            boolean prose = next && previous.kind() == Line.Kind.TEXT && line.kind() == Line.Kind.TEXT && !front
                    && (previous.number() < firstSection) == (line.number() < firstSection);
            previous = line;
            if (prose || next && front) {
                // A paragraph wrapped over several lines, or the front matter's fields, stay one paragraph.
                open.text.append(front ? "; " : " ").append(paragraph(line));
                open.lines.add(line.number());
                open.end = line.last();
                continue;
            }
            String text = paragraph(line);
            // A page's markup kept as written (its document type, its style sheet) is no title, nor a line of one.
            boolean titleLike = !front && line.kind() != Line.Kind.TABLE && line.kind() != Line.Kind.RULE && !line.isListItem();
            // A paragraph under a Markdown heading ("# Minutes of the Board" over "A meeting was held on May 4. The
            // chair ...", or over "Minutes are archived" and a second line) is set apart from it, even with no blank
            // line between; a title's line alone under it ("for 14 May 2021", "Video meeting") is still the title's.
            boolean underHeading = title != null && titleLine.kind() == Line.Kind.HEADING
                    && line.kind() != Line.Kind.HEADING && (titleEnd == line.number() - 1 && !titleBlockLine(line)
                    || nonBlank.contains(line.last() + 1) || SENTENCE_BREAK.matcher(line.text()).find());
            if (title != null && titleLike && line.number() < firstSection && !SectionHeadings.isStamp(line.text())
                    && !underHeading && (titleEnd == line.number() - 1
                    || blankBetween(nonBlank, titleEnd, line.number()) && titleBlockLine(line)
                    || blankBetween(worded, titleEnd, line.number()) && line.kind() == Line.Kind.HEADING)) {
                // The title block's next line ("PARKS AND RECREATION BOARD" above "SPECIAL MEETING MINUTES"), also
                // when the title is set centred with blank lines between ("REGULAR MEETING", "OF THE CITY COUNCIL"), or
                // as a heading under it ("Meeting Minutes" over "Board of Directors", each underlined).
                title = title + " " + text;
                titleEnd = line.last();
                continue;
            }
            if (line.number() < firstSection) {
                List<Insert> before = inserts.getOrDefault(PREAMBLE_KEY, List.of());
                // "CITY OF ELMFORD" set above "MINUTES OF THE REGULAR MEETING", blank lines between: the title's first
                // lines. The front matter's fields stay in the preamble and do not keep the title from being read.
                int upperAbove = 0;
                int from = line.number();
                for (int k = before.size() - 1; k >= 0; k--) {
                    Insert in = before.get(k);
                    Line l = lineAt(sourceLines, in.lines.get(0));
                    if (in.lines.size() != 1 || l == null || !titleBlockLine(l) || !blankBetween(nonBlank, l.last(), from)
                            || l.number() <= frontEnd || SectionHeadings.isStamp(l.text())) {
                        break;
                    }
                    upperAbove++;
                    from = l.number();
                }
                // A status stamped above the title ("DRAFT", "[Status: Draft]") does not keep it from being read.
                boolean onlyFront = before.stream().limit(before.size() - upperAbove)
                        .allMatch(in -> in.lines.stream().allMatch(n -> n <= frontEnd || isMarkup(lineAt(sourceLines, n))
                                || isStamp(lineAt(sourceLines, n))));
                if (title == null && meeting.title() == null && titleLike && onlyFront
                        && (readsAsTitle(line) || line == firstText(sourceLines)) && AttendanceParser.label(line) == null
                        && !INTRODUCTION.matcher(line.text()).find() && !SectionHeadings.CALL_OR_CLOSE.matcher(line.text()).find()
                        && !SectionHeadings.isStamp(line.text()) && !(SENTENCE_BREAK.matcher(text).find()
                        && (text.length() > 100 || nonBlank.contains(line.last() + 1)))) {
                    // "Present: Ann Lee, ..." first of all is who came, never the minutes' title; nor is "The meeting
                    // was called to order by Ann Lee at 6:46" under the date, the record of the opening, nor "[Status:
                    // Draft]" over the minutes' heading, their status, nor a paragraph of sentences ("A meeting of the
                    // board was held on May 4, 2021. The chair ...").
                    title = text;
                    titleLine = line;
                    for (int k = 0; k < upperAbove; k++) {
                        Insert in = before.remove(before.size() - 1);
                        title = in.text + " " + title;
                        titleLine = lineAt(sourceLines, in.lines.get(0));
                    }
                    if (before.isEmpty()) {
                        inserts.remove(PREAMBLE_KEY);
                    }
                    titleEnd = line.last();
                    open = null;
                    continue;
                }
                open = new Insert(-1, text, line);
                inserts.computeIfAbsent(PREAMBLE_KEY, k -> new ArrayList<>()).add(open);
                continue;
            }
            ItemAt item = itemOf(line.number(), at);
            int after = -1;
            String prefix = item.path + ".narrative[";
            for (Map.Entry<Integer, List<String>> e : placed.entrySet()) {
                if (e.getKey() < line.number() && e.getKey() > item.line) {
                    for (String p : e.getValue()) {
                        if (p.startsWith(prefix)) {
                            after = Math.max(after, Integer.parseInt(p.substring(prefix.length(), p.indexOf(']', prefix.length()))));
                        }
                    }
                }
            }
            open = new Insert(after, text, line);
            inserts.computeIfAbsent(item.path, k -> new ArrayList<>()).add(open);
        }
        boolean hasPreamble = inserts.containsKey(PREAMBLE_KEY);
        if (hasPreamble) {
            // The preamble item comes first: every agenda path moves one place down.
            guesses.replaceAll(g -> new Guess(shift(g.path()), g.note()));
        }
        Map<Integer, String> keptNotes = new HashMap<>();
        Map<Integer, String> keptPaths = new HashMap<>();
        List<AgendaItem> agenda = new ArrayList<>();
        if (hasPreamble) {
            List<String> narrative = new ArrayList<>();
            for (Insert in : inserts.get(PREAMBLE_KEY)) {
                String path = "agenda[0].narrative[" + narrative.size() + "]";
                narrative.add(Sentences.asKept(in.text.toString()));
                note(in, path, "text before the first section, kept as written: place it, or leave it here", guesses,
                        keptNotes, keptPaths);
            }
            agenda.add(new AgendaItem(PREAMBLE, null, null, null, null, narrative, List.of(), List.of(), List.of(),
                    List.of(), null, List.of(), List.of()));
        }
        for (int i = 0; i < meeting.agenda().size(); i++) {
            agenda.add(rebuild(meeting.agenda().get(i), "agenda[" + i + "]", hasPreamble ? "agenda[" + (i + 1) + "]"
                    : "agenda[" + i + "]", inserts, guesses, keptNotes, keptPaths));
        }
        String newTitle = meeting.title();
        if (title != null) {
            newTitle = title;
            guesses.add(new Guess("title", "the minutes' own title (" + (titleEnd == titleLine.number() ? "line " + titleEnd
                    : "lines " + titleLine.number() + "-" + titleEnd) + "), kept as written;"
                    + " Clerk's heading already gives the committee's name and the date, so shorten it to what they do"
                    + " not say, or delete it"));
            for (int n = titleLine.number(); n <= titleEnd; n++) {
                keptNotes.put(n, "the minutes' own title");
                keptPaths.put(n, "title");
            }
        }
        Meeting kept = new Meeting(meeting.date(), meeting.kind(), newTitle, meeting.start(), meeting.end(),
                meeting.location(), meeting.status(), meeting.approvedOn(), meeting.presiding(), meeting.recorder(),
                meeting.attendees(), agenda, meeting.next(), meeting.updates());
        Corpus after = new LineKeeper(kept, roster).corpus();
        Map<Integer, List<String>> placedAfter = new HashMap<>();
        for (Line line : all) {
            if (line.isBlank()) {
                continue;
            }
            if (keptPaths.containsKey(line.number())) {
                placedAfter.put(line.number(), List.of(keptPaths.get(line.number())));
                continue;
            }
            List<String> where = place(after, first.words(line), scope(line.number(), at, hasPreamble ? 1 : 0, inPieces));
            if (where != null) {
                placedAfter.put(line.number(), where);
            }
        }
        labels(all, placedAfter);
        for (Line line : all) {
            // Paragraphs put in between can spread a line's words that were close; its place is as found before.
            if (!line.isBlank() && !placedAfter.containsKey(line.number())) {
                placedAfter.put(line.number(), placed.get(line.number()));
            }
        }
        // A line of markup alone inside a table's row joined from its lines ("</TD>") went nowhere, as a blank line.
        List<Placement> placements = new LineKeeper(kept, roster).placements(all, placedAfter, keptNotes).stream()
                .filter(p -> !source.wordless().contains(p.line())).toList();
        return new Kept(kept, asMarkedUp(placements, source));
    }

    private static final String PREAMBLE_KEY = "";

    /**
     * A line of a web page read into fields (a title, a name, a motion) is quoted in a comment as the page has it,
     * markup and all ("<li><h4>BUDGET</h4>", "- Ann Lee (Chair, <code>al12</code>)"): the field holds its text, not the
     * line as written, and what was taken out to read it can be checked there. Narrative holds the text alone.
     */
    private static List<Placement> asMarkedUp(List<Placement> placements, SourceLines.Result source) {
        if (source.markedUp().isEmpty()) {
            return placements;
        }
        return placements.stream().map(p -> p.guessed() || !source.markedUp().containsKey(p.line())
                || source.markedUp().get(p.line()).length() > MAX_WORDING || p.paths().isEmpty()
                || p.paths().stream().allMatch(path -> path.contains(".narrative[")) ? p
                : new Placement(p.line(), p.paths(), null, source.markedUp().get(p.line()), p.first(), p.last())).toList();
    }

    /**
     * A line that is only a label ("Meeting Date:", "Location:", "Agenda items for next meeting:"), or a table's header
     * row ("Motion | Moved | Seconded | Result" above its rule), goes where the value below it went, when that is a
     * field read rather than narrative: the label said which field it is.
     */
    private static void labels(List<Line> all, Map<Integer, List<String>> placed) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Line line = all.get(i);
            boolean header = line.kind() == Line.Kind.TABLE && i + 1 < all.size()
                    && all.get(i + 1).kind() == Line.Kind.RULE;
            if (line.isBlank() || placed.containsKey(line.number())
                    || !header && !LABEL_ONLY.matcher(line.text()).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < all.size() && (all.get(j).isBlank() || header && all.get(j).kind() == Line.Kind.RULE)) {
                j++;
            }
            List<String> below = j < all.size() ? placed.get(all.get(j).number()) : null;
            if (below != null && !below.isEmpty() && below.stream().noneMatch(p -> NARRATIVE.matcher(p).find())) {
                placed.put(line.number(), below);
            }
        }
    }

    /** The item a line belongs to: the last whose heading is at or before it; null before the first. */
    private static ItemAt itemOf(int line, List<ItemAt> at) {
        ItemAt item = null;
        for (ItemAt candidate : at) {
            if (candidate.line <= line) {
                item = candidate;
            }
        }
        return item;
    }

    /**
     * The fields a line can have gone to: the meeting's own (date, attendees, next meeting, ...) and those of the item
     * it belongs to, not of its sub-items (their lines are theirs) nor of other items, whose words are not its words.
     * Before the first section, the preamble item when there is one ({@code shift} 1).
     */
    /**
     * The fields of a line read in pieces (an HTML table's cells and list items, a numbered title in bold and its
     * minute): the item it starts in, and the items its pieces open.
     */
    private static Predicate<String> scope(int line, List<ItemAt> at, int shift, Set<Integer> inPieces) {
        if (!inPieces.contains(line)) {
            return scope(line, at, shift);
        }
        Predicate<String> scope = scope(line - 1, at, shift);
        for (ItemAt item : at) {
            if (item.line == line) {
                String own = shift == 0 ? item.path : shift(item.path);
                scope = scope.or(path -> path.startsWith(own + ".") && !path.startsWith(own + ".items["));
            }
        }
        return scope;
    }

    private static Predicate<String> scope(int line, List<ItemAt> at, int shift) {
        ItemAt item = itemOf(line, at);
        String own = item == null ? (shift == 1 ? "agenda[0]" : null) : shift == 0 ? item.path : shift(item.path);
        return path -> !path.startsWith("agenda[") || own != null && (path.startsWith(own + ".")
                && !path.startsWith(own + ".items["));
    }

    private static void note(Insert in, String path, String why, List<Guess> guesses, Map<Integer, String> keptNotes,
                             Map<Integer, String> keptPaths) {
        String lines = in.lines.get(0) == in.end ? "line " + in.end : "lines " + in.lines.get(0) + "-" + in.end;
        guesses.add(new Guess(path, lines + ": " + why));
        for (int n : in.lines) {
            keptNotes.put(n, why);
            keptPaths.put(n, path);
        }
    }

    private static AgendaItem rebuild(AgendaItem item, String oldPath, String newPath, Map<String, List<Insert>> inserts,
                                      List<Guess> guesses, Map<Integer, String> keptNotes, Map<Integer, String> keptPaths) {
        List<String> narrative = new ArrayList<>(item.narrative());
        List<Insert> here = inserts.getOrDefault(oldPath, List.of());
        List<String> merged = new ArrayList<>();
        List<Insert> order = new ArrayList<>();
        for (int k = -1; k < narrative.size(); k++) {
            if (k >= 0) {
                merged.add(narrative.get(k));
                order.add(null);
            }
            for (Insert in : here) {
                if (in.after == k) {
                    merged.add(Sentences.asKept(in.text.toString()));
                    order.add(in);
                }
            }
        }
        Map<Integer, Integer> moved = new HashMap<>();
        int original = 0;
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k) == null) {
                moved.put(original++, k);
            }
        }
        if (!here.isEmpty()) {
            String prefix = newPath + ".narrative[";
            guesses.replaceAll(g -> {
                if (!g.path().startsWith(prefix)) {
                    return g;
                }
                int close = g.path().indexOf(']', prefix.length());
                int k = Integer.parseInt(g.path().substring(prefix.length(), close));
                return new Guess(prefix + moved.getOrDefault(k, k) + g.path().substring(close), g.note());
            });
        }
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k) != null) {
                note(order.get(k), newPath + ".narrative[" + k + "]", "kept as written: not all of it was read into"
                        + " fields", guesses, keptNotes, keptPaths);
            }
        }
        List<AgendaItem> children = new ArrayList<>();
        for (int i = 0; i < item.items().size(); i++) {
            children.add(rebuild(item.items().get(i), oldPath + ".items[" + i + "]", newPath + ".items[" + i + "]",
                    inserts, guesses, keptNotes, keptPaths));
        }
        return new AgendaItem(item.title(), item.lang(), item.kind(), item.description(), item.presenter(),
                item.duration(), merged, item.narrativeLanguages().isEmpty() ? List.of() : pad(item, merged, order),
                item.decisions(), item.motions(), item.actions(), item.attachments(), item.minutesOf(), item.tasks(),
                children);
    }

    /** The paragraphs' declared languages, with none for the paragraphs put in. */
    private static List<String> pad(AgendaItem item, List<String> merged, List<Insert> order) {
        List<String> out = new ArrayList<>();
        int original = 0;
        for (Insert in : order) {
            out.add(in == null ? item.narrativeLanguages().get(original++) : "");
        }
        return out;
    }

    private static String shift(String path) {
        Matcher m = AGENDA_PATH.matcher(path);
        return m.find() ? "agenda[" + (Integer.parseInt(m.group(1)) + 1) + "]" + path.substring(m.end()) : path;
    }

    private static int lastNumber(List<Line> lines) {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
    }

    private List<Placement> placements(List<Line> all, Map<Integer, List<String>> placed, Map<Integer, String> notes) {
        Corpus corpus = corpus();
        List<Placement> out = new ArrayList<>();
        for (Line line : all) {
            if (!line.isBlank()) {
                List<String> paths = placed.getOrDefault(line.number(), List.of());
                String note = notes.get(line.number());
                String wording = note == null ? wording(line, paths, corpus) : null;
                // Each source line of a wrapped one went where it went; its wording is quoted once, above its first.
                for (int n = line.number(); n <= line.last(); n++) {
                    out.add(new Placement(n, paths, note, n == line.number() ? wording : null, line.number(), line.last()));
                }
            }
        }
        return out;
    }

    /**
     * The line as written when the fields it was read into do not hold it so, for a comment beside them; null when one
     * field holds its words in order (a name on a line of its own, a paragraph), or consecutive free-text fields do (a
     * table row of a title and paragraphs), when it is a label of a word or two that says no more than the field's name
     * ("Present:", "Members Present"), or when it is longer than a record.
     */
    private static String wording(Line line, List<String> paths, Corpus corpus) {
        String written = written(line);
        // A heading's own number ("IV.", "3.") gives way to the numbering Clerk gives the items: not a reading to check.
        List<String> want = allTokens(line.kind() == Line.Kind.TABLE ? written : line.text());
        if (paths.isEmpty() || written.length() > MAX_WORDING || want.size() <= 2 && LABEL_ONLY.matcher(
                written.strip().endsWith(":") ? written.strip() : written.strip() + ":").matches()) {
            return null;
        }
        List<String> run = new ArrayList<>();
        for (String path : paths) {
            boolean free = FREE_TEXT.matcher(path).find();
            for (String value : corpus.values.getOrDefault(path, List.of())) {
                List<String> have = allTokens(value);
                if (Collections.indexOfSubList(have, want) >= 0) {
                    return null;
                }
                if (free) {
                    run.addAll(have);
                }
            }
            if (!free) {
                run.clear();
            }
            if (Collections.indexOfSubList(run, want) >= 0) {
                return null;
            }
        }
        // Found in a neighbouring field first ("No other business" in the title "Any other business"), the line may
        // still stand verbatim in its item's text.
        String item = paths.get(0).startsWith("agenda[") ? paths.get(0).substring(0, paths.get(0).lastIndexOf('.') + 1)
                : null;
        for (Map.Entry<String, List<String>> e : corpus.values.entrySet()) {
            if (item != null && e.getKey().startsWith(item) && e.getKey().indexOf('.', item.length()) < 0
                    && FREE_TEXT.matcher(e.getKey()).find()
                    && e.getValue().stream().anyMatch(v -> Collections.indexOfSubList(allTokens(v), want) >= 0)) {
                return null;
            }
        }
        return written;
    }

    /** The longest line whose wording is kept in a comment: a record (a name, a motion, a row), not a paragraph. */
    private static final int MAX_WORDING = 300;
    private static final Pattern TAG = Pattern.compile("<[^<>]{1,40}>");

    /** A line as the minutes show it: a numbered heading with its number, a table row's cells between bars. */
    private static String written(Line line) {
        String text = line.kind() == Line.Kind.TABLE
                ? String.join(" | ", line.cells().stream().filter(c -> !c.isEmpty()).toList()) : line.text();
        return line.label() == null ? text : line.label() + line.close() + " " + text;
    }

    /** Every word of a text, of any length, lower case, accents and markup tags removed. */
    private static List<String> allTokens(String text) {
        String n = Normalizer.normalize(TAG.matcher(text).replaceAll(" "), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The text a lost line is kept as: a table row's cells separated by semicolons, else its text. */
    private static String paragraph(Line line) {
        if (line.kind() == Line.Kind.TABLE) {
            return line.rowText();
        }
        return line.text();
    }

    private static Line firstText(List<Line> lines) {
        return lines.stream().filter(l -> !l.isBlank() && l.kind() != Line.Kind.RULE).findFirst().orElse(null);
    }

    /** Whether only blank lines stand between lines {@code a} and {@code b}. */
    private static boolean blankBetween(Set<Integer> nonBlank, int a, int b) {
        for (int n = a + 1; n < b; n++) {
            if (nonBlank.contains(n)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of a title set centred over several lines: short, upper case ("REGULAR MEETING", "HOUSING CONNECT"), a
     * title ("Minutes of the Special Meeting") or the title's phrase going on ("of the Town Council"); no sentence.
     */
    private static boolean titleBlockLine(Line line) {
        String t = line.text().strip();
        if (t.isEmpty() || t.length() > 90 || t.endsWith(":") || line.kind() == Line.Kind.TABLE || line.isListItem()) {
            return false;
        }
        return t.matches("[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*") || !t.endsWith(".") && (readsAsTitle(line)
                || t.matches("(?i)^(?:of|and|for|&|held)\\s+\\S.*"));
    }

    /** Whether a line is only a status stamped on the minutes ("DRAFT", "[Status: Draft]"). */
    private static boolean isStamp(Line line) {
        return line != null && SectionHeadings.isStamp(line.text());
    }

    /** Whether a line is a page's markup kept as written, no text of the minutes: "<!DOCTYPE html ...>", a style sheet. */
    private static boolean isMarkup(Line line) {
        return line != null && line.kind() == Line.Kind.RULE && line.text().startsWith("<");
    }

    private static Line lineAt(List<Line> lines, int number) {
        return lines.stream().filter(l -> l.number() == number).findFirst().orElse(null);
    }

    /**
     * A sentence that introduces the minutes, never their title: "Here are the minutes from the meeting on 23rd May
     * 2014.", "These are the notes of ...", "Below are the minutes ...", "Attached are ...".
     */
    private static final Pattern INTRODUCTION = Pattern.compile("(?i)^(?:here|these|this|below|attached|enclosed)\\s+"
            + "(?:are|is|were|was|you\\s+will\\s+find)\\b");

    private static boolean readsAsTitle(Line line) {
        String text = URL.matcher(line.text()).replaceAll(" ");
        return SectionHeadings.isTitle(text) && text.length() <= 200;
    }

    private static void flatten(List<Drafts.Item> items, String prefix, List<ItemAt> out) {
        for (int i = 0; i < items.size(); i++) {
            String path = prefix + "[" + i + "]";
            out.add(new ItemAt(path, items.get(i).line));
            flatten(items.get(i).items, path + ".items", out);
        }
    }

    private record ItemAt(String path, int line) {
    }

    private static final class Insert {
        final int after;
        final StringBuilder text;
        /** The lines put in, each by its first source line. */
        final List<Integer> lines = new ArrayList<>();
        /** The last source line of the last of them (a wrapped line ends lines after it starts). */
        int end;

        Insert(int after, String text, Line line) {
            this.after = after;
            this.text = new StringBuilder(text);
            this.lines.add(line.number());
            this.end = line.last();
        }
    }

    /** The words of a line still to be found, and the fields its label, dates and times went to. */
    record Words(List<String> tokens, List<String> fields) {
    }

    /**
     * The words of a line that must be found in the meeting: those of three or more letters or digits, leaving out
     * an attendance label ("Present:") and the dates and times the meeting holds (written normalised).
     */
    Words words(Line line) {
        String text = line.text();
        if (line.kind() == Line.Kind.TABLE) {
            text = String.join(" ", line.cells());
        }
        List<String> fields = new ArrayList<>();
        AttendanceParser.Label label = AttendanceParser.label(line);
        if (label != null && !meeting.attendees().isEmpty()) {
            text = label.inline();
            if (text.isBlank()) {
                fields.add("attendees");
            }
        }
        Matcher lead = LEADING_LABEL.matcher(text);
        if (label == null && lead.matches()) {
            // "Time: 6:00 p.m.", "Place: Community Center": the label names the field its value went to.
            text = lead.group(2);
        }
        StringBuilder sb = new StringBuilder(text);
        Map<LocalDate, String> dates = dates();
        List<DateRecognizer.Found> found = DateRecognizer.full(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            DateRecognizer.Found d = found.get(i);
            if (dates.containsKey(d.date())) {
                int start = d.start();
                Matcher w = WEEKDAY.matcher(text.substring(0, start));
                if (w.find()) {
                    start = w.start();
                }
                blank(sb, start, d.end());
                fields.add(0, dates.get(d.date()));
            }
        }
        Map<LocalTime, String> times = times();
        String rest = sb.toString();
        int from = 0;
        while (from < rest.length()) {
            TimeRecognizer.Found t = TimeRecognizer.first(rest.substring(from), null);
            if (t == null) {
                break;
            }
            int start = from + t.start();
            int end = Math.min(rest.length(), start + t.written().length());
            String field = times.getOrDefault(t.time(), times.getOrDefault(t.time().plusHours(12),
                    times.get(t.time().minusHours(12))));
            if (field != null) {
                blank(sb, start, end);
                fields.add(field);
            }
            from = Math.max(end, start + 1);
        }
        return new Words(tokens(sb.toString()), List.copyOf(new LinkedHashSet<>(fields)));
    }

    /** Where the line's words are: the fields of its label, dates and times, then those holding its words; or null. */
    private static List<String> place(Corpus corpus, Words words, Predicate<String> scope) {
        // Text is kept verbatim, so a line in the narrative has its words in order; fields that are read (a name, an
        // affiliation, a motion's mover) may be written in another order than the line's.
        List<String> found = corpus.inOrder(words.tokens(), scope);
        if (found == null) {
            found = corpus.find(words.tokens(), scope.and(path -> !FREE_TEXT.matcher(path).find()));
            // Read that way, a line is one motion, one action item, one field, or a list of attendees.
            if (found != null && found.size() > 1 && !found.stream().allMatch(path -> path.startsWith("attendees["))) {
                found = null;
            }
        }
        if (found == null) {
            // Or the heading of one item, its presenter before its title: "12:10-12:20 Shaun Jackman - Bottle hosting".
            found = corpus.find(words.tokens(), scope.and(path -> ITEM_HEADING.matcher(path).matches()));
            if (found != null && !oneItemsHeading(found)) {
                found = null;
            }
        }
        if (found == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(words.fields());
        all.addAll(found);
        return List.copyOf(all);
    }

    private static final Pattern ITEM_HEADING = Pattern.compile("^(agenda(?:\\[\\d+]\\.items)*\\[\\d+])\\.(?:title|presenter"
            + "|description|narrative\\[\\d+])$");

    /** Whether the fields are all of one agenda item's own: title, presenter, description, a link in its narrative. */
    private static boolean oneItemsHeading(List<String> paths) {
        String item = null;
        for (String path : paths) {
            Matcher m = ITEM_HEADING.matcher(path);
            if (!m.matches() || item != null && !item.equals(m.group(1))) {
                return false;
            }
            item = m.group(1);
        }
        return true;
    }

    private static void blank(StringBuilder sb, int start, int end) {
        for (int i = start; i < end; i++) {
            sb.setCharAt(i, ' ');
        }
    }

    /** The dates the meeting holds, each with the field a report names for it. */
    private Map<LocalDate, String> dates() {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        out.put(meeting.date(), "date");
        if (meeting.next() != null && meeting.next().date() != null) {
            out.putIfAbsent(meeting.next().date(), "next.date");
        }
        for (ActionItem a : meeting.actionItems()) {
            if (a.due() != null) {
                out.putIfAbsent(a.due(), "due date of " + a.id());
            }
        }
        meeting.allItems().forEach(i -> {
            if (i.minutesOf() != null) {
                out.putIfAbsent(i.minutesOf(), "minutesOf");
            }
        });
        return out;
    }

    /** The times the meeting holds, each with its field. */
    private Map<LocalTime, String> times() {
        Map<LocalTime, String> out = new LinkedHashMap<>();
        if (meeting.start() != null) {
            out.put(meeting.start(), "start");
        }
        if (meeting.end() != null) {
            out.putIfAbsent(meeting.end(), "end");
        }
        if (meeting.next() != null && meeting.next().time() != null) {
            out.putIfAbsent(meeting.next().time(), "next.time");
        }
        return out;
    }

    /** Lower-case words of three or more letters or digits, accents removed. */
    static List<String> tokens(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            if (m.group().length() >= 3) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The meeting's fields in the order a meeting file writes them, each under the path a report names. */
    private Corpus corpus() {
        Corpus c = new Corpus();
        c.add("title", meeting.title());
        c.add("date", meeting.date().toString());
        // The kind alone: a line "REGULAR MEETING" is the title's, not placed by "kind: regular", which does not say it.
        c.add("kind", meeting.kind().name().toLowerCase(Locale.ROOT));
        if (meeting.start() != null) {
            c.add("start", meeting.start().toString());
        }
        if (meeting.end() != null) {
            c.add("end", meeting.end().toString());
        }
        if (meeting.location() != null) {
            c.add("location", meeting.location().name());
            meeting.location().address().forEach(a -> c.add("location", a));
        }
        c.add("presiding", meeting.presiding());
        c.add("recorder", meeting.recorder());
        for (int i = 0; i < meeting.attendees().size(); i++) {
            Attendee a = meeting.attendees().get(i);
            String path = "attendees[" + i + "]";
            c.add(path, a.name());
            c.add(path, a.affiliation());
            c.add(path, a.status() == null ? null : MARKS.get(a.status()));
            c.add(path, a.role() == null ? null : a.role().name().toLowerCase(Locale.ROOT));
            c.add(path, a.note());
        }
        for (int i = 0; i < meeting.agenda().size(); i++) {
            item(c, meeting.agenda().get(i), "agenda[" + i + "]");
        }
        NextMeeting next = meeting.next();
        if (next != null) {
            // The words that name the field: a "Next Meeting" heading or line is its place.
            c.add("next", "next meeting " + (next.date() == null ? "" : next.date().toString()));
            for (int i = 0; i < next.followUps().size(); i++) {
                FollowUp f = next.followUps().get(i);
                String path = "next.followUps[" + i + "]";
                c.add(path, f.text());
                for (int k = 0; k < f.actions().size(); k++) {
                    action(c, f.actions().get(k), path + ".actions[" + k + "]");
                }
            }
            for (int i = 0; i < next.proposedItems().size(); i++) {
                c.add("next.proposedItems[" + i + "]", next.proposedItems().get(i));
            }
        }
        if (roster != null) {
            // A title line that only names the committee, the date and "Minutes" says what the committee file says.
            c.add("(committee name)", roster.name() + " " + (roster.shortName() == null ? "" : roster.shortName())
                    + " minutes");
        }
        return c;
    }

    private static void item(Corpus c, AgendaItem item, String path) {
        c.add(path + ".title", item.title());
        c.add(path + ".description", item.description());
        c.add(path + ".presenter", item.presenter());
        for (int k = 0; k < item.narrative().size(); k++) {
            c.add(path + ".narrative[" + k + "]", item.narrative().get(k));
        }
        for (int k = 0; k < item.decisions().size(); k++) {
            c.add(path + ".decisions[" + k + "]", item.decisions().get(k));
        }
        for (int k = 0; k < item.motions().size(); k++) {
            Motion m = item.motions().get(k);
            String p = path + ".motions[" + k + "]";
            c.add(p, m.text());
            c.add(p, m.mover());
            c.add(p, m.seconder());
            c.add(p, m.result() == null ? null : RESULTS.get(m.result()));
            if (m.vote() != null) {
                c.add(p, String.join(" ", m.vote().ayeNames()) + " " + String.join(" ", m.vote().noNames()) + " "
                        + String.join(" ", m.vote().abstainNames()) + " " + String.join(" ", m.vote().absentNames()));
            }
            c.add(p, m.note());
        }
        for (int k = 0; k < item.actions().size(); k++) {
            action(c, item.actions().get(k), path + ".actions[" + k + "]");
        }
        for (int k = 0; k < item.items().size(); k++) {
            item(c, item.items().get(k), path + ".items[" + k + "]");
        }
    }

    private static void action(Corpus c, ActionItem a, String path) {
        c.add(path, String.join(" ", a.owners()));
        c.add(path, a.task());
        c.add(path, a.due() == null ? null : a.due().toString());
        c.add(path, a.note());
    }

    /** The meeting's words in order, each with the path of the field it is in. */
    static final class Corpus {
        private final List<String> words = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private final Map<String, List<Integer>> at = new HashMap<>();
        private final Map<String, List<String>> values = new HashMap<>();

        void add(String path, String text) {
            if (text == null) {
                return;
            }
            values.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
            for (String w : tokens(text)) {
                at.computeIfAbsent(w, k -> new ArrayList<>()).add(words.size());
                words.add(w);
                paths.add(path);
            }
        }

        /**
         * The fields holding these words in this order, close together (within about twice as many words as there
         * are); an empty list when there are no words; null when they are not there so.
         */
        List<String> inOrder(List<String> line, Predicate<String> scope) {
            if (line.isEmpty()) {
                return List.of();
            }
            int window = 2 * line.size() + 6;
            int bestStart = -1;
            int bestEnd = -1;
            for (int start : at.getOrDefault(line.get(0), List.of())) {
                if (!scope.test(paths.get(start))) {
                    continue;
                }
                int p = start;
                int k = 1;
                while (k < line.size() && p < words.size() - 1 && p - start < window) {
                    p++;
                    if (words.get(p).equals(line.get(k)) && scope.test(paths.get(p))) {
                        k++;
                    }
                }
                // The tightest match: a sentence kept verbatim, not the same words spread over its neighbours.
                if (k == line.size() && p - start <= window && (bestStart < 0 || p - start < bestEnd - bestStart)) {
                    bestStart = start;
                    bestEnd = p;
                }
            }
            if (bestStart < 0) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            int k = 0;
            for (int p = bestStart; p <= bestEnd && k < line.size(); p++) {
                if (words.get(p).equals(line.get(k)) && scope.test(paths.get(p))) {
                    out.add(paths.get(p));
                    k++;
                }
            }
            return List.copyOf(out);
        }

        /**
         * The fields holding all of these words close together (within about twice as many words as there are), in
         * the order they come; an empty list when there are no words; null when they are not all there.
         */
        List<String> find(List<String> line, Predicate<String> scope) {
            if (line.isEmpty()) {
                return List.of();
            }
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(line));
            Map<String, List<Integer>> in = new HashMap<>();
            String rarest = null;
            for (String w : distinct) {
                List<Integer> occ = at.getOrDefault(w, List.of()).stream().filter(i -> scope.test(paths.get(i))).toList();
                if (occ.isEmpty()) {
                    return null;
                }
                in.put(w, occ);
                if (rarest == null || occ.size() < in.get(rarest).size()) {
                    rarest = w;
                }
            }
            int window = 2 * distinct.size() + 6;
            int[] best = null;
            int bestSpan = Integer.MAX_VALUE;
            for (int p : in.get(rarest)) {
                int[] chosen = new int[distinct.size()];
                int lo = p;
                int hi = p;
                for (int i = 0; i < distinct.size(); i++) {
                    chosen[i] = nearest(in.get(distinct.get(i)), p, window);
                    lo = Math.min(lo, chosen[i]);
                    hi = Math.max(hi, chosen[i]);
                }
                if (hi - lo <= window && hi - lo < bestSpan) {
                    best = chosen;
                    bestSpan = hi - lo;
                }
            }
            if (best == null) {
                return null;
            }
            int[] sorted = best.clone();
            java.util.Arrays.sort(sorted);
            Set<String> out = new LinkedHashSet<>();
            for (int i : sorted) {
                out.add(paths.get(i));
            }
            return List.copyOf(out);
        }

        /** The occurrence nearest {@code p}, one in the same field as {@code p} first when there is one in reach. */
        private int nearest(List<Integer> sorted, int p, int window) {
            int best = -1;
            for (int q : sorted) {
                if (Math.abs(q - p) > window) {
                    continue;
                }
                boolean same = paths.get(q).equals(paths.get(p));
                boolean bestSame = best >= 0 && paths.get(best).equals(paths.get(p));
                if (best < 0 || same && !bestSame || same == bestSame && Math.abs(q - p) < Math.abs(best - p)) {
                    best = q;
                }
            }
            if (best >= 0) {
                return best;
            }
            int i = Collections.binarySearch(sorted, p);
            if (i >= 0) {
                return sorted.get(i);
            }
            int ins = -i - 1;
            if (ins == 0) {
                return sorted.get(0);
            }
            if (ins == sorted.size()) {
                return sorted.get(ins - 1);
            }
            return p - sorted.get(ins - 1) <= sorted.get(ins) - p ? sorted.get(ins - 1) : sorted.get(ins);
        }
    }
}
