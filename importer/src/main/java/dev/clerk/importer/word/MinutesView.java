package dev.clerk.importer.word;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attachment;
import dev.clerk.model.Attendee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.Role;
import dev.clerk.model.TaskIds;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.Vote;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of Clerk's Word minutes into a meeting, by structure: each paragraph's style says what block it is
 * (an item heading, narrative, a motion, a decision, an action, attendance, a detail of the meeting) and each value's
 * character style says which field it is ("Clerk owners", "Clerk due"). Text a clerk typed in any other style is
 * kept as narrative of the item it follows. What Word does not show (ids other than in the Action Items table,
 * languages, durations, attachment paths) is not in the result: the caller takes it from the record.
 */
public final class MinutesView {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final Pattern FREE_ACTION = Pattern.compile("^(.*?)\\s*\\(([^;()]+)(?:;\\s*due\\s+([^()]+))?\\)\\s*$");
    private static final Pattern HEADING = Pattern.compile("heading([1-9])");

    private MinutesView() {
    }

    /**
     * A row of the Action Items table, which repeats each action's task, owners and due date.
     *
     * @param number the action's number
     * @param task   its task as the table says it
     * @param owners its owners as the table says them
     * @param due    its due date as the table says it, or null
     */
    public record Row(int number, String task, List<String> owners, LocalDate due) {
    }

    /**
     * What was read.
     *
     * @param meeting the meeting
     * @param rows    the Action Items table's rows by task id
     * @param guessed the tasks of actions typed without Clerk's marks, read from their wording ("Task (Owner; due
     *                DATE)") rather than by structure
     */
    public record Result(Meeting meeting, Map<String, Row> rows, List<String> guessed) {
        public Result {
            guessed = List.copyOf(guessed);
        }
    }

    /** Reads {@code blocks}; {@code date} is used when the body states none. */
    public static Result read(List<WordBlock> blocks, LocalDate date) {
        return new Reader(date).read(blocks);
    }

    /** The field a span shows, lower case ("owners", "ayenames"), or null for Clerk's or the clerk's own words. */
    static String field(WordBlock.Span s) {
        if (s.style() == null) {
            return null;
        }
        String squashed = WordBlocks.squash(s.style());
        return squashed.startsWith("clerk") && squashed.length() > 5 ? squashed.substring(5) : null;
    }

    static String value(WordBlock.Para p, String field) {
        StringBuilder sb = null;
        for (WordBlock.Span s : p.spans()) {
            if (field.equals(field(s))) {
                sb = sb == null ? new StringBuilder() : sb;
                sb.append(s.text());
            }
        }
        return sb == null ? null : sb.toString().strip();
    }

    static List<String> values(WordBlock.Para p, String field) {
        List<String> out = new ArrayList<>();
        for (WordBlock.Span s : p.spans()) {
            if (field.equals(field(s)) && !s.text().isBlank()) {
                out.add(s.text().strip());
            }
        }
        return out;
    }

    static boolean hasField(WordBlock.Para p) {
        return p.spans().stream().anyMatch(s -> field(s) != null);
    }

    /** The text before the first value, Clerk's label ("Action 2:", "Present:"). */
    static String label(WordBlock.Para p) {
        StringBuilder sb = new StringBuilder();
        for (WordBlock.Span s : p.spans()) {
            if (field(s) != null) {
                break;
            }
            sb.append(s.text());
        }
        return sb.toString().strip();
    }

    private static final class Item {
        final int depth;
        String title;
        String presenter;
        final List<String> attachments = new ArrayList<>();
        final List<String> narrative = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();
        final List<Motion> motions = new ArrayList<>();
        final List<Integer> actionNumbers = new ArrayList<>();
        final List<ActionItem> actions = new ArrayList<>();
        final List<Item> items = new ArrayList<>();

        Item(int depth, String title) {
            this.depth = depth;
            this.title = title;
        }

        AgendaItem build(Map<Integer, String> ids, java.util.Set<String> used) {
            List<ActionItem> acts = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                ActionItem a = actions.get(i);
                String id = actionNumbers.get(i) == null ? null : ids.get(actionNumbers.get(i));
                if (id != null && !used.add(id)) {
                    id = null; // a copy of an action pasted under its original is a new action
                }
                acts.add(new ActionItem(id, a.owners(), a.task(), a.due(), a.status(), a.note()));
            }
            List<Attachment> files = attachments.stream().map(t -> new Attachment(t, placeholderPath(t))).toList();
            return new AgendaItem(title, null, null, null, presenter, null, narrative, null, decisions, motions, acts,
                    files, null, null, items.stream().map(i -> i.build(ids, used)).toList());
        }
    }

    /** A stand-in path for an attachment whose path Word does not show; the record supplies the real one. */
    static String placeholderPath(String title) {
        return "attachments/" + title.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    private enum Part { HEAD, ITEMS, NEXT, TABLES }

    private static final class Reader {
        private final LocalDate fallbackDate;
        private Part part = Part.HEAD;
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private Location location;
        private MeetingStatus status;
        private LocalDate approvedOn;
        private String presiding;
        private String recorder;
        private final List<Attendee> attendees = new ArrayList<>();
        private final List<Item> roots = new ArrayList<>();
        private final List<Item> stack = new ArrayList<>();
        private final List<String> preamble = new ArrayList<>();
        private boolean next;
        private LocalDate nextDate;
        private LocalTime nextTime;
        private Location nextLocation;
        private final List<String> followUps = new ArrayList<>();
        private final List<String> proposed = new ArrayList<>();
        private final List<TaskUpdate> updates = new ArrayList<>();
        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final Map<Integer, String> ids = new HashMap<>();
        private final List<String> guessed = new ArrayList<>();

        Reader(LocalDate fallbackDate) {
            this.fallbackDate = fallbackDate;
        }

        Result read(List<WordBlock> blocks) {
            for (WordBlock b : blocks) {
                if (b instanceof WordBlock.Para p) {
                    paragraph(p);
                } else if (b instanceof WordBlock.Table t) {
                    table(t);
                }
            }
            if (!preamble.isEmpty()) {
                if (roots.isEmpty()) {
                    roots.add(new Item(0, "Notes"));
                }
                roots.get(0).narrative.addAll(0, preamble);
            }
            NextMeeting nm = !next && followUps.isEmpty() && proposed.isEmpty() ? null
                    : new NextMeeting(nextDate, nextTime, nextLocation,
                            followUps.stream().map(f -> new FollowUp(f, List.of(), List.of())).toList(), proposed);
            LocalDate d = date != null ? date : fallbackDate;
            if (d == null) {
                throw new IllegalArgumentException("the document states no meeting date");
            }
            MeetingStatus s = status == MeetingStatus.APPROVED && approvedOn != null && !approvedOn.isBefore(d)
                    ? MeetingStatus.APPROVED : MeetingStatus.DRAFT;
            Meeting meeting = new Meeting(d, null, null, start, end, location, s,
                    s == MeetingStatus.APPROVED ? approvedOn : null, presiding, recorder, attendees,
                    buildAll(), nm, updates);
            return new Result(meeting, rows, guessed);
        }

        private List<AgendaItem> buildAll() {
            java.util.Set<String> used = new java.util.HashSet<>();
            List<AgendaItem> out = new ArrayList<>();
            for (Item i : roots) {
                out.add(i.build(ids, used));
            }
            return out;
        }

        private void paragraph(WordBlock.Para p) {
            String style = p.style() == null ? "" : WordBlocks.squash(p.style());
            String text = p.text().strip();
            Matcher h = HEADING.matcher(style);
            if (h.matches()) {
                heading(p, Integer.parseInt(h.group(1)) - 1);
                return;
            }
            switch (style) {
                case "title", "letterhead", "subtitle", "header", "footer" -> {
                    return;
                }
                case "sectionheading" -> {
                    part = Part.TABLES;
                    return;
                }
                case "meetingdetails" -> {
                    details(p);
                    return;
                }
                case "attendance" -> {
                    attendance(p);
                    return;
                }
                case "adjournment" -> {
                    String v = value(p, "end");
                    LocalTime t = Values.time(v != null ? v : text);
                    if (t != null) {
                        end = t;
                        return;
                    }
                }
                default -> {
                }
            }
            if (text.isEmpty()) {
                return;
            }
            if (part == Part.NEXT) {
                nextParagraph(p, style, text);
                return;
            }
            Item item = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (item == null) {
                if (!clerkWording(style) && !hasField(p) && !style.equals("meetingdetails")) {
                    preamble.add(text);
                }
                return;
            }
            switch (style) {
                case "itemdetails" -> itemDetails(item, p, text);
                case "motion" -> item.motions.add(motion(p));
                case "decision" -> {
                    String v = value(p, "decisions");
                    item.decisions.add(v != null ? v : stripLabel(text));
                }
                case "action" -> action(item, p, text);
                default -> item.narrative.add(p.text().strip());
            }
        }

        /** Styles whose paragraphs are Clerk's own wording (a status line, a quorum line, a note). */
        private static boolean clerkWording(String style) {
            return style.equals("approval") || style.equals("note") || style.equals("leadin");
        }

        private void heading(WordBlock.Para p, int level) {
            String title = value(p, "title");
            String nextDateText = value(p, "date");
            if (title == null && (nextDateText != null || part != Part.HEAD && looksLikeNext(p))) {
                part = Part.NEXT;
                next = true;
                nextDate = Values.date(nextDateText);
                stack.clear();
                return;
            }
            if (title == null) {
                title = p.text().strip();
                if (title.isEmpty()) {
                    return;
                }
            }
            part = Part.ITEMS;
            while (!stack.isEmpty() && stack.get(stack.size() - 1).depth >= level) {
                stack.remove(stack.size() - 1);
            }
            Item item = new Item(level, title);
            if (stack.isEmpty()) {
                roots.add(item);
            } else {
                stack.get(stack.size() - 1).items.add(item);
            }
            stack.add(item);
        }

        private static boolean looksLikeNext(WordBlock.Para p) {
            return !hasField(p) && p.text().strip().toLowerCase(Locale.ROOT).startsWith("next meeting");
        }

        private void details(WordBlock.Para p) {
            String d = value(p, "date");
            if (d != null) {
                LocalDate parsed = Values.date(d.contains(",") && Values.date(d) == null
                        ? d.substring(0, d.lastIndexOf(',')) : d);
                date = parsed != null ? parsed : date;
                if (value(p, "start") == null && Values.date(d) == null) {
                    start = Values.time(d.substring(d.lastIndexOf(',') + 1));
                }
            }
            String s = value(p, "start");
            if (s != null) {
                start = Values.time(s);
            }
            Location loc = location(p);
            if (loc != null) {
                location = loc;
            }
            String pr = value(p, "presiding");
            if (pr != null) {
                presiding = pr;
            }
            String rec = value(p, "recorder");
            if (rec != null) {
                recorder = rec;
            }
            String approved = value(p, "approvedon");
            String text = p.text();
            if (approved != null) {
                status = MeetingStatus.APPROVED;
                approvedOn = Values.date(approved);
            } else if (!hasField(p) && text.toLowerCase(Locale.ROOT).contains("approved")) {
                LocalDate on = Values.date(text.substring(text.toLowerCase(Locale.ROOT).lastIndexOf(" on ") + 4));
                if (on != null) {
                    status = MeetingStatus.APPROVED;
                    approvedOn = on;
                }
            }
        }

        /** The place a paragraph shows: its name and address lines, each marked as its field. */
        static Location location(WordBlock.Para p) {
            String name = value(p, "name");
            List<String> address = values(p, "address");
            if (name == null && address.isEmpty()) {
                String whole = value(p, "location");
                return whole == null ? null : location(whole);
            }
            return new Location(name, address);
        }

        static Location location(String text) {
            List<String> lines = new ArrayList<>();
            for (String l : text.split("\n")) {
                if (!l.isBlank()) {
                    lines.add(l.strip());
                }
            }
            return lines.isEmpty() ? null : new Location(null, lines);
        }

        private void attendance(WordBlock.Para p) {
            String label = label(p).toLowerCase(Locale.ROOT);
            AttendanceStatus group = AttendanceStatus.PRESENT;
            Role role = null;
            if (label.startsWith("absent")) {
                group = AttendanceStatus.ABSENT;
            } else if (label.startsWith("guest")) {
                role = Role.GUEST;
            } else if (label.startsWith("staff")) {
                role = Role.STAFF;
            }
            String name = null;
            String affiliation = null;
            String note = null;
            AttendanceStatus status = group;
            for (WordBlock.Span s : p.spans()) {
                String f = field(s);
                if ("name".equals(f)) {
                    if (name != null) {
                        attendees.add(new Attendee(name, null, affiliation, status, role, note));
                    }
                    name = s.text().strip();
                    affiliation = null;
                    note = null;
                    status = group;
                } else if ("affiliation".equals(f) && name != null) {
                    affiliation = s.text().strip();
                } else if ("note".equals(f) && name != null) {
                    note = s.text().strip();
                } else if (f == null && name != null && s.text().contains("excused")) {
                    status = AttendanceStatus.EXCUSED;
                }
            }
            if (name != null) {
                attendees.add(new Attendee(name, null, affiliation, status, role, note));
            }
        }

        private void itemDetails(Item item, WordBlock.Para p, String text) {
            String presenter = value(p, "presenter");
            List<String> titles = values(p, "title");
            if (presenter == null && titles.isEmpty()) {
                item.narrative.add(text);
                return;
            }
            item.presenter = presenter;
            item.attachments.addAll(titles);
        }

        private static String stripLabel(String text) {
            int colon = text.indexOf(':');
            return colon >= 0 && colon < 20 ? text.substring(colon + 1).strip() : text;
        }

        private void action(Item item, WordBlock.Para p, String text) {
            Matcher n = NUMBER.matcher(label(p));
            Integer number = n.find() ? Integer.valueOf(n.group(1)) : null;
            String task = value(p, "task");
            List<String> owners = values(p, "owners");
            LocalDate due = Values.date(value(p, "due"));
            String note = value(p, "note");
            if (task == null) {
                // Typed in the Action style without Clerk's marks: "Task (Owner; due DATE)".
                String rest = stripLabel(text);
                Matcher m = FREE_ACTION.matcher(rest);
                if (m.matches()) {
                    task = m.group(1).strip();
                    owners = Values.names(m.group(2));
                    due = Values.date(m.group(3));
                } else {
                    task = rest;
                }
                guessed.add(task);
            }
            if (task.isEmpty()) {
                return;
            }
            item.actions.add(new ActionItem(null, owners, task, due, TaskStatus.OPEN, note));
            item.actionNumbers.add(number);
        }

        private static Motion motion(WordBlock.Para p) {
            String text = value(p, "text");
            if (text == null) {
                text = stripLabel(p.text().strip());
            }
            String result = value(p, "result");
            Integer ayes = Values.count(value(p, "ayes"));
            Integer noes = Values.count(value(p, "noes"));
            Integer abstentions = Values.count(value(p, "abstentions"));
            List<String> ayeNames = values(p, "ayenames");
            List<String> noNames = values(p, "nonames");
            List<String> abstainNames = values(p, "abstainnames");
            List<String> absentNames = values(p, "absentnames");
            Vote vote = null;
            if (ayes != null || noes != null || abstentions != null || !ayeNames.isEmpty() || !noNames.isEmpty()
                    || !abstainNames.isEmpty() || !absentNames.isEmpty()) {
                try {
                    vote = new Vote(ayes, noes, abstentions, ayeNames, noNames, abstainNames, absentNames);
                } catch (IllegalArgumentException e) {
                    vote = new Vote(null, null, null, ayeNames, noNames, abstainNames, absentNames);
                }
            }
            return new Motion(text, value(p, "mover"), value(p, "seconder"), Values.motionResult(result), vote,
                    value(p, "note"));
        }

        private void nextParagraph(WordBlock.Para p, String style, String text) {
            String time = value(p, "time");
            if (time != null) {
                nextTime = Values.time(time);
            }
            Location loc = location(p);
            if (loc != null) {
                nextLocation = loc;
            }
            String proposedItem = value(p, "proposeditems");
            String followUp = value(p, "text");
            if (proposedItem != null) {
                proposed.add(proposedItem);
            } else if (followUp != null) {
                followUps.add(followUp);
            } else if (time != null || loc != null) {
                return;
            } else if (style.equals("listbullet2") || style.equals("listbullet")) {
                proposed.add(text);
            } else if (!hasField(p) && p.numbered() && text.endsWith(":")) {
                return; // "Agenda items for next meeting:"
            } else {
                followUps.add(text);
            }
        }

        private void table(WordBlock.Table t) {
            boolean actions = false;
            boolean reports = false;
            for (List<List<WordBlock.Para>> row : t.rows()) {
                for (List<WordBlock.Para> cell : row) {
                    for (WordBlock.Para p : cell) {
                        actions |= value(p, "id") != null;
                        reports |= value(p, "status") != null;
                    }
                }
            }
            if (actions) {
                actionRows(t);
            } else if (reports) {
                reportRows(t);
            } else if (!stack.isEmpty()) {
                // A table a clerk added: each row kept as a line of narrative.
                for (List<List<WordBlock.Para>> row : t.rows()) {
                    List<String> cells = row.stream().map(MinutesView::cellText).toList();
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        stack.get(stack.size() - 1).narrative.add(String.join(" | ", cells));
                    }
                }
            }
        }

        private void actionRows(WordBlock.Table t) {
            // The columns holding owners and due dates, found from the rows whose values carry their marks, so that
            // a date typed over the dash of an action that had none is read too.
            int ownersColumn = column(t, "owners");
            int dueColumn = column(t, "due");
            for (List<List<WordBlock.Para>> row : t.rows()) {
                String id = null;
                String task = null;
                List<String> owners = new ArrayList<>();
                LocalDate due = null;
                for (List<WordBlock.Para> cell : row) {
                    for (WordBlock.Para p : cell) {
                        id = id != null ? id : value(p, "id");
                        task = task != null ? task : value(p, "task");
                        owners.addAll(values(p, "owners"));
                        due = due != null ? due : Values.date(value(p, "due"));
                    }
                }
                if (id == null || row.isEmpty()) {
                    continue;
                }
                if (owners.isEmpty() && ownersColumn >= 0 && ownersColumn < row.size()) {
                    owners = Values.names(cellText(row.get(ownersColumn)));
                }
                if (due == null && dueColumn >= 0 && dueColumn < row.size()) {
                    due = Values.date(cellText(row.get(dueColumn)));
                }
                Matcher n = NUMBER.matcher(cellText(row.get(0)));
                int number = n.find() ? Integer.parseInt(n.group(1)) : rows.size() + 1;
                id = id.strip();
                if (TaskIds.isValid(id)) {
                    ids.put(number, id);
                    rows.put(id, new Row(number, task, owners, due));
                }
            }
        }

        /** The index of the column in which some row has a value of {@code field}, or -1. */
        private static int column(WordBlock.Table t, String field) {
            for (List<List<WordBlock.Para>> row : t.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    for (WordBlock.Para p : row.get(c)) {
                        if (value(p, field) != null) {
                            return c;
                        }
                    }
                }
            }
            return -1;
        }

        private void reportRows(WordBlock.Table t) {
            for (List<List<WordBlock.Para>> row : t.rows()) {
                String task = null;
                String status = null;
                String note = null;
                List<String> owners = new ArrayList<>();
                LocalDate due = null;
                LocalDate on = null;
                for (List<WordBlock.Para> cell : row) {
                    for (WordBlock.Para p : cell) {
                        task = task != null ? task : value(p, "task");
                        String s = value(p, "status");
                        if (s != null && status == null) {
                            status = s;
                            String d = value(p, "date");
                            if (d == null && p.text().contains("(")) {
                                d = p.text().substring(p.text().indexOf('(') + 1).replace(")", "");
                            }
                            on = Values.date(d);
                        }
                        note = note != null ? note : value(p, "note");
                        owners.addAll(values(p, "owners"));
                        due = due != null ? due : Values.date(value(p, "due"));
                    }
                }
                TaskStatus st = Values.taskStatus(status);
                if (task != null && st != null) {
                    updates.add(new TaskUpdate(task.strip(), st, on, note, owners, due));
                }
            }
        }
    }

    static String cellText(List<WordBlock.Para> cell) {
        StringBuilder sb = new StringBuilder();
        for (WordBlock.Para p : cell) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(p.text().strip());
        }
        return sb.toString().strip();
    }
}
