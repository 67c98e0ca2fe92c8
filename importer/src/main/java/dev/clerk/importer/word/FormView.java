package dev.clerk.importer.word;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.Role;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.Vote;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of a Clerk minutes form, filled in or not, into a meeting. Every place to type in has a paragraph
 * style named after its field ("Form owners", "Form due") and every block a title row in a style named after the
 * block ("Form Action"); what is typed takes the paragraph's style, so the reader goes by styles alone. A block
 * copied and pasted, in Word or LibreOffice, is one more block; a deleted block is absent; a block left empty gives
 * nothing. Lines typed in a field's style without a block's title start a block of that field's kind. Text typed
 * outside the blocks is narrative of the item it follows. Hints (the Form Hint character style) are not text.
 *
 * <p>What the form shows is read as shown: date, start and place; every attendee with a status picked ("late" is
 * present, "arrived late", or "arrived at" a time typed with it); each agenda item's title, presenter and nesting;
 * its discussion, decisions, actions and motions; the new status of each reviewed task; the next meeting and the
 * adjournment. What it cannot read as typed (a due date that is no date) it keeps in a note and reports.
 */
public final class FormView {
    private static final Pattern HEADING = Pattern.compile("heading([1-9])");
    private static final Pattern TYPED_LABEL = Pattern.compile("^\\s*[0-9A-Za-z]{1,8}[.)]\\t");
    private static final Pattern PRESENTED_BY =
            Pattern.compile("(?i)presented by\\s+(.+?)\\.?(?:\\s+Attachments?:.*)?$");
    private static final Pattern MONTH_ABBREVIATION = Pattern.compile(
            "(?i)\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.");
    private static final Pattern SHORT_YEAR = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2})$");

    /** The blocks of a form, by the squashed name of their title style. */
    private static final Map<String, Kind> TITLES = new LinkedHashMap<>();
    /** The kind of block each field's place belongs to, by the field's squashed name. */
    private static final Map<String, Kind> FIELDS = new LinkedHashMap<>();

    private enum Kind {
        DETAILS("details", "date", "start", "place", "address", "presiding", "recorder"),
        DISCUSSION("discussion", "narrative"),
        DECISION("decision", "decision text"),
        ACTION("action", "task", "owners", "due"),
        MOTION("motion", "motion text", "mover", "seconder", "result", "ayes", "noes", "abstentions", "ayeNames",
                "noNames", "abstainNames", "absentNames"),
        NEXT("next meeting", "next date", "next time", "next location", "proposedItems"),
        ADJOURNMENT("adjournment", "end");

        final String name;
        final List<String> fields;

        Kind(String name, String... fields) {
            this.name = name;
            this.fields = List.of(fields);
        }
    }

    static {
        for (Kind k : Kind.values()) {
            TITLES.put(WordBlocks.squash("Form " + k.name), k);
            for (String f : k.fields) {
                FIELDS.put(key(f), k);
            }
        }
    }

    private FormView() {
    }

    /**
     * What a form says, and what in it could not be read as typed.
     *
     * @param meeting the meeting
     * @param notes   one sentence each, with the field it concerns first
     *                ({@code agenda[3].actions[0].due: "next week" is not a date; kept in the action's note})
     */
    public record Reading(Meeting meeting, List<String> notes) {
        public Reading {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The meeting {@code blocks} (a form's body) say.
     *
     * @throws IllegalArgumentException when the form states no date that can be read
     */
    public static Meeting read(List<WordBlock> blocks) {
        return reading(blocks).meeting();
    }

    /**
     * The meeting {@code blocks} say, with what could not be read as typed.
     *
     * @throws IllegalArgumentException when the form states no date that can be read
     */
    public static Reading reading(List<WordBlock> blocks) {
        return new Reader().read(blocks);
    }

    /** A field's or style's name squashed for matching: "Form ayeNames" is "formayenames". */
    private static String key(String field) {
        return WordBlocks.squash("Form " + field);
    }

    // ---- what was read, before it is checked ---------------------------------------------------------------------

    /** One block as typed: each field's paragraphs, in order. */
    private static final class Block {
        final Kind kind;
        final Map<String, List<String>> fields = new LinkedHashMap<>();
        String lastField;

        Block(Kind kind) {
            this.kind = kind;
        }

        void add(String field, String text) {
            fields.computeIfAbsent(field, f -> new ArrayList<>());
            if (!text.isEmpty()) {
                fields.get(field).add(text);
            }
            lastField = field;
        }

        /** Whether a paragraph of {@code field} starts another block: the field was filled and others after it. */
        boolean startsAnother(String field) {
            return fields.containsKey(field) && !field.equals(lastField);
        }

        List<String> paragraphs(String field) {
            return fields.getOrDefault(key(field), List.of());
        }

        /** The field's paragraphs joined with {@code separator}, or null when nothing was typed. */
        String text(String field, String separator) {
            List<String> ps = paragraphs(field);
            return ps.isEmpty() ? null : String.join(separator, ps);
        }

        String text(String field) {
            return text(field, " ");
        }

        boolean isEmpty() {
            return fields.values().stream().allMatch(List::isEmpty);
        }
    }

    private static final class Item {
        final int depth;
        final String title;
        String presenter;
        final List<String> narrative = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<String> tasks = new ArrayList<>();
        final List<Item> items = new ArrayList<>();

        Item(int depth, String title) {
            this.depth = depth;
            this.title = title;
        }
    }

    private static final class Reader {
        private final List<String> notes = new ArrayList<>();
        private final List<Block> meetingBlocks = new ArrayList<>();
        private final List<Attendee> attendees = new ArrayList<>();
        private final List<TaskUpdate> updates = new ArrayList<>();
        private final List<Item> roots = new ArrayList<>();
        private final List<Item> stack = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private Block block;

        Reading read(List<WordBlock> blocks) {
            for (WordBlock b : blocks) {
                if (b instanceof WordBlock.Para p) {
                    paragraph(p, null);
                } else if (b instanceof WordBlock.Table t) {
                    for (List<List<WordBlock.Para>> row : t.rows()) {
                        row(row);
                    }
                }
            }
            close();
            if (!preamble.isEmpty()) {
                if (roots.isEmpty()) {
                    roots.add(new Item(0, "Notes"));
                }
                roots.get(0).narrative.addAll(0, preamble);
                notes.add("agenda[0].narrative: text typed before the first item is kept as the first item's"
                        + " narrative");
            }
            Meeting meeting = meeting();
            // In the order of the meeting file's fields, whatever order they were found in.
            notes.sort(java.util.Comparator.comparingInt(Reader::rank));
            return new Reading(meeting, notes);
        }

        private static final List<String> ORDER = List.of("start", "end", "attendees", "agenda", "next", "updates");
        private static final Pattern FIELD = Pattern.compile("^[A-Za-z]+");

        private static int rank(String note) {
            Matcher m = FIELD.matcher(note);
            int i = m.find() ? ORDER.indexOf(m.group()) : -1;
            return i < 0 ? ORDER.size() : i;
        }

        // ---- walking the body ----------------------------------------------------------------------------------

        private void row(List<List<WordBlock.Para>> cells) {
            List<WordBlock.Para> all = cells.stream().flatMap(List::stream).toList();
            if (all.stream().anyMatch(p -> TITLES.containsKey(style(p)))) {
                for (WordBlock.Para p : all) {
                    paragraph(p, null);
                }
                return;
            }
            if (all.stream().anyMatch(p -> style(p).equals(key("name")))) {
                close();
                attendee(cells);
                return;
            }
            if (all.stream().anyMatch(p -> style(p).equals(key("update task")))) {
                close();
                update(cells);
                return;
            }
            for (List<WordBlock.Para> cell : cells) {
                // A paragraph that lost its field's style in a place with others that kept it still fills it.
                String field = cell.stream().map(FormView::style).filter(FIELDS::containsKey).findFirst().orElse(null);
                for (WordBlock.Para p : cell) {
                    paragraph(p, field);
                }
            }
        }

        /** One paragraph; {@code cellField} is the field of the place it is in, when known. */
        private void paragraph(WordBlock.Para p, String cellField) {
            String style = style(p);
            Kind title = TITLES.get(style);
            if (title != null) {
                close();
                block = new Block(title);
                return;
            }
            String field = FIELDS.containsKey(style) ? style : cellField;
            if (field != null) {
                Kind kind = FIELDS.get(field);
                if (block == null || block.kind != kind || block.startsAnother(field)) {
                    close();
                    block = new Block(kind);
                }
                block.add(field, typed(p));
                return;
            }
            Matcher h = HEADING.matcher(style);
            if (h.matches()) {
                heading(p, Integer.parseInt(h.group(1)));
                return;
            }
            switch (style) {
                case "itemdetails" -> {
                    details(p);
                    return;
                }
                case "title", "subtitle", "letterhead", "note", "sectionheading", "formlabel", "tableheading",
                        "tabletext", "header", "footer" -> {
                    return;
                }
                default -> {
                }
            }
            String text = typed(p);
            if (text.isEmpty()) {
                return;
            }
            // Typed outside any block: narrative of the item it follows.
            close();
            if (stack.isEmpty()) {
                preamble.add(text);
            } else {
                stack.get(stack.size() - 1).narrative.add(text);
            }
        }

        private void heading(WordBlock.Para p, int level) {
            close();
            String title = TYPED_LABEL.matcher(typed(p)).replaceFirst("").strip();
            if (title.isEmpty()) {
                return;
            }
            int depth = level < 6 ? level - 1 : Math.max(5, p.level());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).depth >= depth) {
                stack.remove(stack.size() - 1);
            }
            Item item = new Item(depth, title);
            if (stack.isEmpty()) {
                roots.add(item);
            } else {
                stack.get(stack.size() - 1).items.add(item);
            }
            stack.add(item);
        }

        /** The details line under an item's heading: its presenter, as Clerk marked it or as its words say. */
        private void details(WordBlock.Para p) {
            if (stack.isEmpty()) {
                return;
            }
            StringBuilder marked = new StringBuilder();
            for (WordBlock.Span s : p.spans()) {
                if (s.style() != null && WordBlocks.sameStyle(s.style(), "Clerk presenter")) {
                    marked.append(s.text());
                }
            }
            String presenter = marked.toString().strip();
            if (presenter.isEmpty()) {
                Matcher m = PRESENTED_BY.matcher(typed(p));
                presenter = m.find() ? m.group(1).strip() : "";
            }
            if (!presenter.isEmpty()) {
                stack.get(stack.size() - 1).presenter = presenter;
            }
        }

        private void close() {
            if (block == null) {
                return;
            }
            if (!block.isEmpty()) {
                if (block.kind == Kind.DETAILS || block.kind == Kind.NEXT || block.kind == Kind.ADJOURNMENT) {
                    meetingBlocks.add(block);
                } else if (stack.isEmpty()) {
                    // A block before the first item belongs to no item: its words are kept with the first one.
                    preamble.addAll(block.fields.values().stream().flatMap(List::stream).toList());
                } else {
                    stack.get(stack.size() - 1).blocks.add(block);
                }
            }
            block = null;
        }

        private void attendee(List<List<WordBlock.Para>> cells) {
            String name = cellText(cells, "name");
            String status = cellText(cells, "status");
            if (name == null || status == null || isHintLeft(status)) {
                return;
            }
            String affiliation = cellText(cells, "affiliation");
            String roleText = cellText(cells, "role");
            String at = "attendees[" + attendees.size() + "]";
            Role role = null;
            if (roleText != null) {
                role = role(roleText);
                if (role == null) {
                    notes.add(at + ".role: \"" + roleText + "\" is not a role; left out");
                }
            }
            String k = Values.key(status);
            AttendanceStatus s;
            String note = null;
            if (k.equals("present")) {
                s = AttendanceStatus.PRESENT;
            } else if (k.equals("absent")) {
                s = AttendanceStatus.ABSENT;
            } else if (k.equals("excused")) {
                s = AttendanceStatus.EXCUSED;
            } else if (k.startsWith("late") || k.startsWith("arrivedlate")) {
                s = AttendanceStatus.PRESENT;
                LocalTime time = Values.time(status);
                note = time == null ? "arrived late" : "arrived at " + clock(time);
            } else {
                s = AttendanceStatus.PRESENT;
                note = status;
                notes.add(at + ".status: \"" + status + "\" is not present, absent, excused or late; read as present"
                        + " with that note");
            }
            attendees.add(new Attendee(name, null, affiliation, s, role, note));
        }

        private void update(List<List<WordBlock.Para>> cells) {
            String id = cellText(cells, "update task");
            if (id == null) {
                return;
            }
            if (!stack.isEmpty()) {
                stack.get(stack.size() - 1).tasks.add(id);
            }
            String status = cellText(cells, "update status");
            String note = cellText(cells, "update note");
            if (status != null && isHintLeft(status)) {
                status = null;
            }
            if (status == null && note == null) {
                return;
            }
            String at = "updates[" + updates.size() + "]";
            TaskStatus s = status == null ? null : Values.taskStatus(status);
            if (s == null) {
                if (status != null) {
                    note = note == null ? status : status + ". " + note;
                    notes.add(at + ".status: \"" + status + "\" is not open, in progress, done or dropped; the task"
                            + " is kept open, with the words in its note");
                } else {
                    notes.add(at + ".status: no new status picked for " + id + "; the task is kept open");
                }
                s = TaskStatus.OPEN;
            }
            updates.add(new TaskUpdate(id, s, null, note, List.of(), null));
        }

        /** The typed text of the paragraphs of {@code field} in a row, joined; null when there is none. */
        private static String cellText(List<List<WordBlock.Para>> cells, String field) {
            List<String> parts = new ArrayList<>();
            for (List<WordBlock.Para> cell : cells) {
                boolean in = cell.stream().anyMatch(p -> style(p).equals(key(field)));
                if (!in) {
                    continue;
                }
                for (WordBlock.Para p : cell) {
                    String t = typed(p);
                    if (t.isEmpty() && field.endsWith("status")) {
                        t = pickedAsHint(p);
                    }
                    if (!t.isEmpty()) {
                        parts.add(t);
                    }
                }
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        }

        // ---- the meeting ---------------------------------------------------------------------------------------

        private Meeting meeting() {
            Block details = first(Kind.DETAILS);
            String dateText = details == null ? null : details.text("date");
            if (dateText == null) {
                throw new IllegalArgumentException("the form states no meeting date");
            }
            LocalDate date = date(dateText);
            if (date == null) {
                throw new IllegalArgumentException("the form's date \"" + dateText + "\" is not a date");
            }
            LocalTime start = time(details, "start", "start");
            String place = details.text("place");
            List<String> address = lines(details.paragraphs("address"));
            Location location = place == null && address.isEmpty() ? null : new Location(place, address);
            String presiding = details.text("presiding");
            String recorder = details.text("recorder");
            Block adjourned = first(Kind.ADJOURNMENT);
            LocalTime end = adjourned == null ? null : time(adjourned, "end", "end");
            List<AgendaItem> agenda = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) {
                agenda.add(item(roots.get(i), "agenda[" + i + "]"));
            }
            return new Meeting(date, null, null, start, end, location, MeetingStatus.DRAFT, null, presiding,
                    recorder, attendees, agenda, next(), updates);
        }

        private Block first(Kind kind) {
            return meetingBlocks.stream().filter(b -> b.kind == kind).findFirst().orElse(null);
        }

        private LocalTime time(Block b, String field, String path) {
            String text = b.text(field);
            if (text == null) {
                return null;
            }
            LocalTime t = Values.time(text);
            if (t == null) {
                notes.add(path + ": \"" + text + "\" is not a time; left out");
            }
            return t;
        }

        private NextMeeting next() {
            Block b = first(Kind.NEXT);
            if (b == null) {
                return null;
            }
            LocalDate date = null;
            String dateText = b.text("next date");
            if (dateText != null) {
                date = date(dateText);
                if (date == null) {
                    notes.add("next.date: \"" + dateText + "\" is not a date; left out");
                }
            }
            LocalTime time = time(b, "next time", "next.time");
            List<String> place = lines(b.paragraphs("next location"));
            List<String> proposed = lines(b.paragraphs("proposedItems"));
            return new NextMeeting(date, time, place.isEmpty() ? null : new Location(null, place), List.of(), proposed);
        }

        private AgendaItem item(Item item, String path) {
            List<String> narrative = new ArrayList<>(item.narrative);
            List<String> decisions = new ArrayList<>();
            List<Motion> motions = new ArrayList<>();
            List<ActionItem> actions = new ArrayList<>();
            for (Block b : item.blocks) {
                switch (b.kind) {
                    case DISCUSSION -> narrative.addAll(b.paragraphs("narrative"));
                    case DECISION -> decisions.addAll(b.paragraphs("decision text"));
                    case ACTION -> actions.add(action(b, path + ".actions[" + actions.size() + "]"));
                    case MOTION -> motions.add(motion(b, path + ".motions[" + motions.size() + "]"));
                    default -> {
                    }
                }
            }
            List<AgendaItem> children = new ArrayList<>();
            for (int i = 0; i < item.items.size(); i++) {
                children.add(item(item.items.get(i), path + ".items[" + i + "]"));
            }
            return new AgendaItem(item.title, null, null, null, item.presenter, null, narrative, null, decisions,
                    motions, actions, List.of(), null, item.tasks, children);
        }

        private ActionItem action(Block b, String path) {
            String task = b.text("task");
            if (task == null) {
                task = "(task not recorded)";
                notes.add(path + ".task: the action has no task typed; its other fields are kept");
            }
            List<String> owners = Values.names(b.text("owners", ", "));
            String dueText = b.text("due");
            LocalDate due = null;
            String note = null;
            if (dueText != null) {
                due = date(dueText);
                if (due == null) {
                    note = "due " + dueText;
                    notes.add(path + ".due: \"" + dueText + "\" is not a date; kept in the action's note");
                }
            }
            return new ActionItem(null, owners, task, due, TaskStatus.OPEN, note);
        }

        private Motion motion(Block b, String path) {
            String text = b.text("motion text");
            if (text == null) {
                text = "(motion not recorded)";
                notes.add(path + ".text: the motion has no text typed; its other fields are kept");
            }
            List<String> remarks = new ArrayList<>();
            MotionResult result = null;
            String resultText = b.text("result");
            if (resultText != null && !isHintLeft(resultText)) {
                result = Values.motionResult(resultText);
                if (result == null) {
                    remarks.add(resultText);
                    notes.add(path + ".result: \"" + resultText + "\" is not passed, failed, withdrawn or tabled;"
                            + " kept in the motion's note");
                }
            }
            Integer ayes = count(b, "ayes", path, remarks);
            Integer noes = count(b, "noes", path, remarks);
            Integer abstentions = count(b, "abstentions", path, remarks);
            List<String> ayeNames = Values.names(b.text("ayeNames", ", "));
            List<String> noNames = Values.names(b.text("noNames", ", "));
            List<String> abstainNames = Values.names(b.text("abstainNames", ", "));
            List<String> absentNames = Values.names(b.text("absentNames", ", "));
            ayes = matching(ayes, ayeNames, path + ".vote.ayes", notes);
            noes = matching(noes, noNames, path + ".vote.noes", notes);
            abstentions = matching(abstentions, abstainNames, path + ".vote.abstentions", notes);
            Vote vote = ayes == null && noes == null && abstentions == null && ayeNames.isEmpty()
                    && noNames.isEmpty() && abstainNames.isEmpty() && absentNames.isEmpty() ? null
                    : new Vote(ayes, noes, abstentions, ayeNames, noNames, abstainNames, absentNames);
            return new Motion(text, b.text("mover"), b.text("seconder"), result, vote,
                    remarks.isEmpty() ? null : String.join("; ", remarks));
        }

        private Integer count(Block b, String field, String path, List<String> remarks) {
            String text = b.text(field);
            if (text == null) {
                return null;
            }
            Integer n = Values.count(text);
            if (n == null) {
                remarks.add(field + ": " + text);
                notes.add(path + ".vote." + field + ": \"" + text + "\" is not a number; kept in the motion's note");
            }
            return n;
        }

        /** A count that the names listed beside it contradict gives way to them, as the vote's rule has it. */
        private static Integer matching(Integer count, List<String> names, String path, List<String> notes) {
            if (count != null && !names.isEmpty() && count != names.size()) {
                notes.add(path + ": " + count + " typed, but " + names.size() + " names listed; the names are kept");
                return null;
            }
            return count;
        }
    }

    // ---- values ------------------------------------------------------------------------------------------------

    /** The squashed name of a paragraph's style, "" for none. */
    private static String style(WordBlock.Para p) {
        return p.style() == null ? "" : WordBlocks.squash(p.style());
    }

    /** What was typed in a paragraph: its text without hints, trimmed. */
    private static String typed(WordBlock.Para p) {
        StringBuilder sb = new StringBuilder();
        for (WordBlock.Span s : p.spans()) {
            if (!isHint(s)) {
                sb.append(s.text());
            }
        }
        return sb.toString().strip();
    }

    private static boolean isHint(WordBlock.Span s) {
        return s.style() != null && WordBlocks.sameStyle(s.style(), "Form Hint");
    }

    /**
     * A choice typed over a drop-down's hint in an editor that keeps the hint's look on what replaces it: the hint's
     * text when it is one word of a choice rather than the hint's list of them.
     */
    private static String pickedAsHint(WordBlock.Para p) {
        StringBuilder sb = new StringBuilder();
        for (WordBlock.Span s : p.spans()) {
            if (isHint(s)) {
                sb.append(s.text());
            }
        }
        String t = sb.toString().strip();
        return isHintLeft(t) ? "" : t;
    }

    /** Whether a choice's place still shows its hint, the choices separated by slashes. */
    private static boolean isHintLeft(String text) {
        return text.contains("/");
    }

    private static List<String> lines(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            for (String line : p.split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /** A date as typed: "2017-07-01", "July 1, 2017", "Jul. 1, 2017", "7/1/2017", "7/1/17", "1 July 2017". */
    static LocalDate date(String text) {
        String s = MONTH_ABBREVIATION.matcher(text.strip()).replaceAll("$1");
        Matcher shortYear = SHORT_YEAR.matcher(s);
        if (shortYear.matches()) {
            s = shortYear.group(1) + "/" + shortYear.group(2) + "/20" + shortYear.group(3);
        }
        return Values.date(s);
    }

    private static Role role(String text) {
        String k = Values.key(text);
        for (Role r : Role.values()) {
            if (Values.key(r.key()).equals(k)) {
                return r;
            }
        }
        return null;
    }

    /** "7:15 p.m.", as Clerk's English documents write a time. */
    private static String clock(LocalTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return String.format(Locale.ROOT, "%d:%02d %s", h, t.getMinute(), t.getHour() < 12 ? "a.m." : "p.m.");
    }
}
