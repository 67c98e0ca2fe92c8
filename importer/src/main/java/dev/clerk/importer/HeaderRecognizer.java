package dev.clerk.importer;

import dev.clerk.model.Attendee;
import dev.clerk.model.Location;
import dev.clerk.model.MeetingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of the minutes, before the first section: the title line ("Sex Work and Trafficking Policy Impact
 * Committee - March 27, 2017 - Minutes"), labelled fields ("Meeting Date:", "Time:", "Location:" with the address
 * on the lines below), a date line, a "Thursday, November 15, 2018 02:00 PM at the Port Office" line, a time on the
 * line under the date ("5:00 PM", "2.00PM TO CONSIDER ..."), a line that is a time alone, and attendance blocks.
 */
final class HeaderRecognizer {
    private static final Pattern FIELD = Pattern.compile("(?i)^(?:meeting\\s+)?(?<field>date\\s+and\\s+time|date|(?:scheduled\\s+)?(?:start(?:ing)?\\s+)?tim(?:e|ing)|(?:scheduled\\s+)?start|when|"
            + "location|place|where|venue|address)\\s*:\\s*(?<rest>.*)$");
    /**
     * "Held in the Board Room at 7 p.m.", "The meeting was held at ...", "Governance meeting held @ 3PM": where and
     * when, said of the meeting (a few words may name which meeting).
     */
    private static final Pattern HELD = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:[\\p{L}'’-]+\\s+){0,4}?(?:meeting|AGM|EGM)\\s+)?"
            + "(?:was\\s+)?held\\s+(?:(?:in|at|on|via|by|remotely)\\b|@)");
    private static final Pattern AT_PLACE = Pattern.compile("(?i)\\b(?:\\d|[ap]\\.?m\\.?)\\s+(?:at|in)\\s+(?:the\\s+)?(?<place>[^,;.]{3,80})$");

    /**
     * "2022-11-19 13:00:00 -0800", "2022-11-19T13:00", "2022-11-19 13:00 +01:00", "2021-10-13 5:00pm", "2021-10-13 7:30 PM":
     * a date and time in front matter.
     */
    private static final Pattern FRONT_DATE_TIME = Pattern.compile("^(?<date>\\d{4}-\\d{2}-\\d{2})[T ]\\s*(?<hour>[01]?\\d|2[0-3])"
            + ":(?<minute>[0-5]\\d)(?::(?<second>\\d{2})(?:\\.\\d+)?)?\\s*(?<half>(?i:[ap]\\.?m\\.?))?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5})?$");

    private HeaderRecognizer() {
    }

    /** What the header says. Fields the header does not give are null. */
    static final class Header {
        LocalDate date;
        /** The date as written when it reads either way round ("06-01-2012"), else null. */
        String dateEitherWay;
        /** The date of a meeting to come that a line of the header gives ("Next meeting: May 3, 2024"), or null. */
        LocalDate nextDate;
        TimeRecognizer.Found start;
        /** The time a line of the header says the meeting was opened, or null. */
        TimeRecognizer.Found calledAt;
        /** Whether the start is a field's ("Time: 7 p.m.", "When: ...", "Scheduled start: ..."), not a bare time. */
        boolean startInField;
        Location location;
        boolean locationGuessed;
        MeetingKind kind;
        final List<Line> unread = new ArrayList<>();
    }

    static Header read(List<Line> lines, List<Attendee> attendees) {
        return read(lines, null, attendees);
    }

    /**
     * Reads the header {@code lines}; {@code following}, the first line after them (the first section's heading) or
     * null, may give the time when the header ends with the date.
     */
    static Header read(List<Line> written, Line following, List<Attendee> attendees) {
        List<Line> lines = written.stream().map(HeaderRecognizer::asField).toList();
        Header h = new Header();
        String dateText = null;
        String timeText = null;
        String labelDate = null;
        List<String> textLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            Line line = lines.get(i);
            if (line.isBlank() || line.kind() == Line.Kind.RULE) {
                i++;
                continue;
            }
            AttendanceParser.Label label = AttendanceParser.label(lines, i);
            if (label != null) {
                if (labelDate == null && !DateRecognizer.full(line.text()).isEmpty()) {
                    // "March 3, 2022 Attendees:": the meeting's date, written over its attendance.
                    labelDate = line.text();
                }
                String lead = AttendanceParser.leadingProse(line);
                if (lead != null) {
                    // "On May 2, 2019 at 1 pm the Board met. The following directors were present:": its date and time.
                    textLines.add(lead);
                }
                if (!label.inline().isBlank()) {
                    // "Present: Ann Lee, Bo Chen. Call to order: 5:39 pm": the opening, written on after the people.
                    Sentences.plain(line.text()).stream().skip(1).filter(s -> AdjournmentRecognizer.openedAt(s) != null)
                            .findFirst().ifPresent(textLines::add);
                }
                i = AttendanceParser.read(lines, i, label, attendees);
                continue;
            }
            int unlabelled = AttendanceParser.listBeforeAbsences(lines, i, following, attendees);
            if (unlabelled > i) {
                i = unlabelled;
                continue;
            }
            // ":Date: 2022-03-03": a reStructuredText field reads as "Date: 2022-03-03".
            Matcher f = FIELD.matcher(AttendanceParser.withoutMarkup(line.text()));
            if (f.matches() && line.kind() != Line.Kind.NUMBERED) {
                String field = f.group("field").toLowerCase(Locale.ROOT);
                String rest = f.group("rest").strip();
                i++;
                List<String> values = new ArrayList<>();
                if (!rest.isEmpty()) {
                    values.add(rest);
                }
                boolean multi = field.equals("location") || field.equals("place") || field.equals("where")
                        || field.equals("venue") || field.equals("address");
                if (values.isEmpty() || multi) {
                    while (i < lines.size() && lines.get(i).isBlank() && values.isEmpty()) {
                        i++;
                    }
                    while (i < lines.size() && !lines.get(i).isBlank() && AttendanceParser.label(lines.get(i)) == null
                            && !FIELD.matcher(lines.get(i).text()).matches() && lines.get(i).kind() != Line.Kind.HEADING) {
                        values.add(lines.get(i).text());
                        i++;
                        if (!multi) {
                            break;
                        }
                    }
                }
                if (multi) {
                    if (!values.isEmpty() && h.location == null) {
                        h.location = location(values);
                    }
                    String hours = hoursOfVenue(withoutDates(String.join(" ", values)));
                    if (timeText == null && hours != null) {
                        // "Venue: Main Hall, Central Library (5pm-8pm)": the place and the hours the meeting took.
                        timeText = hours;
                    }
                } else {
                    String v = String.join(" ", values);
                    if (field.contains("date") || field.equals("when")) {
                        dateText = dateText == null ? v : dateText;
                    }
                    if (saysWhen(field)) {
                        if (timeText == null && namesATime(field) && TimeRecognizer.labelled(withoutDates(v)) != null) {
                            // "Time: 12.00", "Time: 1200": the label says the figures are a time.
                            timeText = v;
                            h.start = TimeRecognizer.labelled(withoutDates(v));
                            h.startInField = true;
                        }
                        if (timeText == null && TimeRecognizer.first(v, null) != null) {
                            timeText = v;
                            h.startInField = true;
                        }
                    }
                }
                continue;
            }
            textLines.add(line.text());
            h.unread.add(line);
            i++;
        }
        if (dateText != null) {
            h.date = DateRecognizer.first(dateText);
            h.dateEitherWay = DateRecognizer.eitherWayRound(dateText) ? dateText.strip() : null;
        }
        for (String joined : brokenDatesJoined(textLines)) {
            // "... our programme (/programme/2018-11-07-forward)": a date in a link's address is the address's.
            String t = ADDRESS_DATE.matcher(joined).replaceAll(" ");
            if (h.date == null && ANOTHER_MEETING.matcher(t).find() && DateRecognizer.first(t) != null) {
                // "Board meeting proposed for Sept 10, 2022" over "May 15th, 2022 11am", "Our next meeting will be on
                // Monday 30th September": the date of a meeting to come is not the minutes' own, nor its time theirs.
                h.nextDate = h.nextDate == null ? DateRecognizer.first(t) : h.nextDate;
                continue;
            }
            if (h.date == null && !isMinute(t)) {
                // Not a minute of the meeting read before its first item ("Ann Lee moved that the minutes of the
                // meeting of April 12th, 2022 be approved ..."): the date it names is another meeting's.
                h.date = DateRecognizer.first(t);
                h.dateEitherWay = DateRecognizer.eitherWayRound(t) ? t.strip() : null;
            }
            // "Fetched: 2026-04-18T18:12:09Z", "Posted 3 May 2024 9:14": a date and time of something else than the
            // meeting, on a page's or archive's note, is not the meeting's time.
            boolean otherDate = h.date != null && !DateRecognizer.full(t).isEmpty()
                    && DateRecognizer.full(t).stream().noneMatch(d -> d.date().equals(h.date));
            if (timeText == null && !otherDate && !STAMP.matcher(t).find() && (!DateRecognizer.full(t).isEmpty()
                    || HELD.matcher(AttendanceParser.withoutMarkup(t).replaceAll("^[_*]+|[_*]+$", "")).find())
                    && TimeRecognizer.first(withoutDates(t), null) != null) {
                // "Monday 4 May, 7 p.m.", "Held in the Board Room, Elderpark Workspace at 7 p.m.": the meeting's time.
                timeText = withoutDates(t);
            }
            if (h.location == null) {
                Matcher at = AT_PLACE.matcher(t.strip());
                if (at.find()) {
                    h.location = new Location(at.group("place").strip(), List.of());
                    h.locationGuessed = true;
                }
            }
            if (t.toLowerCase(Locale.ROOT).contains("special meeting")) {
                h.kind = MeetingKind.SPECIAL;
            }
        }
        if (h.kind == null) {
            h.kind = kindOfTitle(textLines);
        }
        if (h.date == null && labelDate != null) {
            h.date = DateRecognizer.first(labelDate);
            h.dateEitherWay = DateRecognizer.eitherWayRound(labelDate) ? labelDate.strip() : null;
        }
        if (h.date == null && following != null && AdjournmentRecognizer.calledToOrder(following.text()) != null) {
            // "1. Call to Order 06-01-2012 13:11" opening minutes with no title: the meeting's date and time.
            h.date = DateRecognizer.first(following.text());
            h.dateEitherWay = DateRecognizer.eitherWayRound(following.text()) ? following.text().strip() : null;
        }
        if (timeText == null) {
            timeText = timeUnderDate(textLines, following);
        }
        for (String t : textLines) {
            // "The AGM commenced at 7:46 pm." above the first item: when the meeting was called to order.
            if (timeText == null && AdjournmentRecognizer.calledToOrder(t) != null) {
                h.start = AdjournmentRecognizer.calledToOrder(t);
                h.calledAt = h.start;
                break;
            }
            if (h.calledAt == null) {
                h.calledAt = AdjournmentRecognizer.openedAt(t);
            }
        }
        if (timeText != null && h.start == null) {
            h.start = TimeRecognizer.first(withoutDates(timeText), null);
        }
        // Lines that only served as title, date or time are read; what else is there was not imported.
        // A paragraph of the minutes that names a date ("... moved to meet again on 2024-06-03", an agenda run together
        // with its page footers) is not one of them.
        h.unread.removeIf(l -> !DateRecognizer.full(l.text()).isEmpty() && !isMinute(l.text()) || l.kind() == Line.Kind.HEADING);
        if (!h.unread.isEmpty() && h.unread.get(0) == firstText(lines)) {
            h.unread.remove(0);
        }
        return h;
    }

    /**
     * A row of a label and value table at the top of the minutes ("| Date | 27 August 2017, 1200 CEST |", "|
     * **Attendees** | Ann Lee, Bo Ek |") read as the field it is ("Date: 27 August 2017, 1200 CEST"); any other line as
     * it is.
     */
    static Line asField(Line line) {
        if (line.kind() != Line.Kind.TABLE) {
            return line;
        }
        List<String> cells = line.cells().stream().map(c -> c.replaceAll("^(\\*\\*|__)(.*)\\1$", "$2").strip())
                .filter(c -> !c.isEmpty()).toList();
        if (cells.size() != 2 || !TABLE_LABEL.matcher(cells.get(0)).matches()) {
            return line;
        }
        return new Line(line.number(), cells.get(0).replaceFirst("\\s*:$", "") + ": " + cells.get(1), Line.Kind.TEXT, 0,
                null, (char) 0, false);
    }

    /** The label cell of a field table: a word or a few ("Date", "Time", "Participants", "Note taker"), no figures. */
    private static final Pattern TABLE_LABEL = Pattern.compile("\\p{Lu}[\\p{L} /&'’-]{1,30}:?");

    /**
     * The kind the minutes' title gives, read over the lines of the title block together, as a title set centred
     * over several lines breaks anywhere: "Special Town Council Meeting", "MINUTES OF THE SPECIAL" over "MEETING OF
     * THE CITY COUNCIL", "Special Joint Meeting of ...", "Extraordinary Meeting of the Parish Council", "Emergency
     * Meeting"; "REGULAR MEETING", "Ordinary Meeting" are regular. Null when the title says neither. Only the short
     * lines of a title count, not a sentence that mentions a special meeting.
     */
    static MeetingKind kindOfTitle(List<String> lines) {
        StringBuilder title = new StringBuilder();
        for (String t : lines) {
            String s = t.strip();
            if (s.length() > 100 || s.endsWith(".") && !s.matches("[^\\p{Ll}]*")) {
                break;
            }
            title.append(' ').append(s);
        }
        Matcher m = KIND_IN_TITLE.matcher(title);
        if (!m.find()) {
            return null;
        }
        return m.group("kind").toLowerCase(Locale.ROOT).matches("regular|ordinary|monthly") ? MeetingKind.REGULAR
                : MeetingKind.SPECIAL;
    }

    /** "special ... meeting", a few words between ("Special Joint Meeting", "SPECIAL TOWN COUNCIL MEETING"). */
    private static final Pattern KIND_IN_TITLE = Pattern.compile("(?i)\\b(?<kind>special|extraordinary|emergency|regular"
            + "|ordinary|monthly)\\s+(?:[\\p{L}'’&-]+\\s+){0,4}?(?:meeting|session)\\b");

    /**
     * The header's lines with a date broken over two of them joined into one line, as a title set over several lines
     * breaks it: "GORTBOY, NEWCASTLE WEST, ON WEDNESDAY, 2ND" over "JULY, 2014, AT 10.00 A.M.", "held on Tuesday
     * March" over "12, 2024 at 7 p.m.". Only where neither line has a date of its own and the two give one with its
     * year that runs over the break; any other line as it is.
     */
    static List<String> brokenDatesJoined(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            if (i + 1 < lines.size() && brokenDate(t, lines.get(i + 1))) {
                out.add(t.strip() + " " + lines.get(i + 1).strip());
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether a date with its year begins at the end of {@code above} and ends on {@code below}, neither having one. */
    static boolean brokenDate(String above, String below) {
        String a = above.strip();
        if (a.isEmpty() || below.isBlank() || !DateRecognizer.full(a).isEmpty() || !DateRecognizer.full(below).isEmpty()) {
            return false;
        }
        return DateRecognizer.full(a + " " + below.strip()).stream()
                .anyMatch(d -> d.hasYear() && d.start() < a.length() && d.end() > a.length() + 1);
    }

    /** A paragraph too long to be a title or date line, or one that makes a motion. */
    private static boolean isMinute(String text) {
        return text.length() > 300 || Sentences.plain(text).stream().anyMatch(x -> MotionRecognizer.opens(x) != null);
    }

    /** A line about a meeting to come: "The next meeting is on ...", "Board meeting proposed for Sept 10". */
    private static final Pattern ANOTHER_MEETING = Pattern.compile("(?i)\\b(?:next|upcoming|future)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?meeting\\b|\\bmeeting\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:proposed|planned)\\s+for\\b");

    /** A word of a link's address or a path holding a date: "(/programme/2018-11-07-forward)", "/2019/05/03/". */
    private static final Pattern ADDRESS_DATE = Pattern.compile("\\S*/\\S*\\d{4}[-/]\\d{2}[-/]\\d{2}\\S*");

    /** The front matter's fields that give when a meeting was set to start. */
    private static final List<String> TIME_KEYS = List.of("start_time", "starttime", "start", "scheduled_time", "time",
            "meeting_time");

    /**
     * The time of day in the front matter's date ("date: 2022-11-19 13:00:00 -0800", as a site lists an event) when
     * that date is the meeting's: the time the meeting was set for. Null when the front matter gives no such time.
     */
    static TimeRecognizer.Found frontMatterStart(java.util.Map<String, String> frontMatter, LocalDate date) {
        for (String key : TIME_KEYS) {
            // "scheduled_time: 8:00-9:00pm", "time: 7 pm": a field of its own for when the meeting was set, its start.
            String hours = frontMatter.get(key);
            TimeRecognizer.Found set = hours == null ? null : TimeRecognizer.first(withoutDates(hours), null);
            if (set != null) {
                return set;
            }
        }
        String value = frontMatter.get("date");
        Matcher m = value == null ? null : FRONT_DATE_TIME.matcher(value.strip());
        if (m == null || !m.matches() || date == null || !date.toString().equals(m.group("date"))
                || m.group("second") != null && !m.group("second").equals("00")) {
            // "2009-12-14T05:19:14+00:00": a time to the second is when the page was posted, not when the meeting met.
            return null;
        }
        int hour = Integer.parseInt(m.group("hour"));
        if (m.group("half") != null) {
            // "5:00pm": a twelve-hour clock; "13:00pm" is no time.
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toLowerCase(m.group("half").charAt(0)) == 'p' ? 12 : 0);
        }
        java.time.LocalTime time = java.time.LocalTime.of(hour, Integer.parseInt(m.group("minute")));
        // A date with no time of its own is written with midnight.
        return time.equals(java.time.LocalTime.MIDNIGHT) ? null : new TimeRecognizer.Found(time, value.strip(), false, 0);
    }

    /**
     * The meeting's hours on a line at the top of the minutes, whatever heading the line stands under (the title's, a
     * first "Meeting details" item's, none): a line that is the meeting's date and its hours ("November 21, 2018,
     * 9am-10:30am", "Tuesday 3 March 2020, 18:00–19:30", "## 2024-05-02 7 pm"), or a field that says when ("When:
     * Weekly from 17:00 to 18:00", "Time: 7 pm", "- Start time: 4:00pm"). The first time is the start. The top ends
     * at the first attendance label, the first sentence of the minutes or the 25th line with words; a date line of
     * another day ("Next meeting: May 6, 2024, 7 pm"), a page's stamp ("Posted May 2, 2024 9:14") and a time inside a
     * sentence are not read. Null when there is none.
     */
    static TopTime topTime(List<Line> lines, LocalDate date) {
        int seen = 0;
        // Past the top, only a field giving the meeting's own date with its time is read: an overview set after an
        // introduction ("| Timing | Wednesday 2 September 2026, 14:00–16:00 |").
        boolean pastTop = false;
        for (Line written : lines) {
            if (written.isBlank() || written.kind() == Line.Kind.RULE) {
                continue;
            }
            if (++seen > 60) {
                return null;
            }
            if (!pastTop && (seen > 25 || AttendanceParser.label(written) != null)) {
                pastTop = true;
            }
            String t = AttendanceParser.withoutMarkup(asField(written).text()).strip();
            Matcher f = FIELD.matcher(t);
            if (pastTop) {
                String v = f.matches() && written.kind() != Line.Kind.HEADING ? f.group("rest").strip() : "";
                List<DateRecognizer.Found> on = DateRecognizer.full(v);
                if (namesATime(f.matches() ? f.group("field").toLowerCase(Locale.ROOT) : "") && !on.isEmpty()
                        && on.stream().allMatch(d -> d.date().equals(date))) {
                    TimeRecognizer.Found found = TimeRecognizer.first(withoutDates(v), null);
                    if (found != null) {
                        return new TopTime(found, true);
                    }
                }
                continue;
            }
            if (f.matches() && written.kind() != Line.Kind.HEADING) {
                String field = f.group("field").toLowerCase(Locale.ROOT);
                String v = f.group("rest").strip();
                if (saysWhen(field) && !v.isEmpty() && DateRecognizer.full(v).stream().allMatch(d -> d.date().equals(date))) {
                    TimeRecognizer.Found found = namesATime(field) ? TimeRecognizer.labelled(withoutDates(v)) : null;
                    found = found != null ? found : TimeRecognizer.first(withoutDates(v), null);
                    if (found != null) {
                        return new TopTime(found, true);
                    }
                }
                continue;
            }
            if (beforePlace(t).split("\\s+").length > 15) {
                // "The chair opened the meeting at 7 pm and ...": the minutes have begun.
                pastTop = true;
                continue;
            }
            List<DateRecognizer.Found> dates = DateRecognizer.full(t);
            TimeRecognizer.Found hours = dates.isEmpty() && !written.isListItem() ? TimeRecognizer.leading(t, null) : null;
            String until = hours == null ? "" : t.substring(hours.start() + hours.written().length()).replaceFirst("^\\s*[-–—]+", " ");
            if (hours != null && TimeRecognizer.first(until, hours.time()) != null
                    && littleBesideTheHours(t)) {
                // "21:00 - 23:15 UTC on #channel": a line of the meeting's hours, from and to, the date given on a line
                // of its own; not an entry of a timed agenda ("- 8:20 Meeting adjourned").
                return new TopTime(hours, false);
            }
            TimeRecognizer.Found onTheDay = dates.isEmpty() ? yearlessDateTime(t, date) : null;
            if (onTheDay != null) {
                // "Thursday, October 14th, 6:15-7:15 p.m." under the title, the year given by the file's name or elsewhere.
                return new TopTime(onTheDay, false);
            }
            if (dates.size() != 1 || !dates.get(0).date().equals(date) || STAMP.matcher(t).find()) {
                continue;
            }
            String rest = withoutDates(t);
            TimeRecognizer.Found found = TimeRecognizer.first(rest, null);
            if (found != null && littleBesideTheHours(withoutPlace(rest, found))) {
                return new TopTime(found, false);
            }
        }
        return null;
    }

    /** The second time of a span of hours, after its first: "-8pm", " to 9:30", "–21.00". */
    private static final String SPAN_END = "\\s*(?:[-–—]|to|until)\\s*\\d{1,2}(?:[:.]\\d{2})?";
    /** A span of hours written as one time ("6-8pm"). */
    private static final Pattern SPAN_WRITTEN = Pattern.compile("\\d" + SPAN_END);
    /** The end of a span of hours after its first time, marked as a time: "-8pm", " to 9:30", "–21.00)". */
    private static final Pattern UNTIL = Pattern.compile("(?i)" + SPAN_END + "\\s*(?:[ap]\\.?\\s?m\\b|hrs?\\b|[:.]|\\))");

    /** The hours' end and a place after them: "- 9pm Held at the Town Library", ", in the Scout Hall", ". Venue: ...". */
    private static final Pattern PLACE_AFTER_HOURS = Pattern.compile("(?i)^(?:" + SPAN_END + "\\s*(?:[ap]\\.?\\s?m\\.?)?)?"
            + "[\\s,;.–—-]*(?:(?:held|meeting)\\s+)?(?:at|in|venue:?|location:?|place:?)\\s+\\S.*");

    /** The text of a venue line from its span of hours ("Room 4, Parish Hall (6pm-8pm)" gives "6pm-8pm)"), or null. */
    private static String hoursOfVenue(String where) {
        TimeRecognizer.Found hours = TimeRecognizer.first(where, null);
        if (hours == null || !SPAN_WRITTEN.matcher(hours.written()).find()
                && !UNTIL.matcher(where.substring(hours.start() + hours.written().length())).lookingAt()) {
            return null;
        }
        return where.substring(hours.start());
    }

    /** A line cut after its first time when a place follows it ("4 May 2022 at 8pm Held at the Hall, 3 Quay Road"). */
    private static String beforePlace(String line) {
        TimeRecognizer.Found found = TimeRecognizer.first(line, null);
        return found == null || DateRecognizer.full(line).isEmpty() ? line : withoutPlace(line, found);
    }

    /**
     * A date line's words without the place written after its hours ("14 March 2023 at 7:15PM Held at the Town Library,
     * 12 High Street"): the line is the meeting's date, hours and place, as much a line of its hours as one without the
     * place. A place written before the hours stays, so that a sentence with a date and a time in it is still one.
     */
    private static String withoutPlace(String rest, TimeRecognizer.Found found) {
        int end = found.start() + found.written().length();
        if (end > rest.length() || !PLACE_AFTER_HOURS.matcher(rest.substring(end)).matches()) {
            return rest;
        }
        return rest.substring(0, end);
    }

    /** A weekday opening a line: "Thursday, ", "Tues. ", "Sat ". */
    private static final Pattern WEEKDAY_FIRST = Pattern.compile("(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?"
            + "|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s+");

    /**
     * The time on a line that is the meeting's day written without its year and the hours ("Thursday, October 14th,
     * 6:15-7:15 p.m.", "March 3 at 7 pm"), when that day is {@code date}'s and little else is on the line; else null.
     */
    private static TimeRecognizer.Found yearlessDateTime(String line, LocalDate date) {
        if (date == null) {
            return null;
        }
        String t = WEEKDAY_FIRST.matcher(line.strip()).replaceFirst("");
        DateRecognizer.Found day = DateRecognizer.at(t, date);
        if (day == null || day.hasYear() || !day.date().equals(date)) {
            return null;
        }
        String rest = t.substring(day.end());
        TimeRecognizer.Found found = TimeRecognizer.first(rest, null);
        return found != null && littleBesideTheHours(rest) ? found : null;
    }

    /** Whether a line holds little but the meeting's hours: three words at most beside its times ("UTC on #chan"). */
    private static boolean littleBesideTheHours(String text) {
        return HOURS_WORDS.matcher(text).replaceAll(" ").strip().split("[\\s,;:|·•()]+").length <= 3;
    }

    /** The time {@link #topTime} read, and whether a field of its own gave it ("Time: 7 pm"), not a line of the date. */
    record TopTime(TimeRecognizer.Found time, boolean inField) {
    }

    /** Whether a header field's label ("Time", "Start time", "Start") says its value is a time. */
    private static boolean namesATime(String field) {
        return field.contains("time") || field.contains("timing") || field.endsWith("start");
    }

    /** Whether a header field's label ("Date", "When", "Time", "Start") says when the meeting was. */
    private static boolean saysWhen(String field) {
        return namesATime(field) || field.equals("when") || field.equals("date");
    }

    /** The words of a page's stamp, whose date and time are the page's: "Posted", "Last updated", "Fetched". */
    private static final Pattern STAMP = Pattern.compile("(?i)\\b(?:posted|updated|fetched|created|modified|edited"
            + "|published|printed|generated|retrieved|downloaded)\\b");
    /** A line's times and the words of a span between them ("9am-10:30am", "from 17:00 to 18:00", "18:00 UTC"). */
    private static final Pattern HOURS_WORDS = Pattern.compile("(?i)\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs?\\b|h\\b)?"
            + "|\\b(?:to|until|till|from|at|starting|start|begins|UTC|GMT|[ECMP][SD]T|BST|CES?T|A[ECW][SD]T|ET|PT)\\b|[-–—]");

    /** A line that starts with a time, right under the line with the date; else a line that is a time alone. */
    private static String timeUnderDate(List<String> textLines, Line following) {
        List<String> lines = new ArrayList<>(textLines);
        if (following != null && !following.isBlank()) {
            lines.add(following.text());
        }
        for (int k = 1; k < lines.size(); k++) {
            if (!DateRecognizer.full(lines.get(k - 1)).isEmpty() && TimeRecognizer.leading(lines.get(k), null) != null) {
                return lines.get(k);
            }
        }
        for (String t : textLines) {
            TimeRecognizer.Found f = TimeRecognizer.leading(t, null);
            if (f != null && t.substring(f.start() + f.written().length()).strip().split("\\s+").length <= 3) {
                return t;
            }
        }
        return null;
    }

    private static Line firstText(List<Line> lines) {
        for (Line l : lines) {
            if (!l.isBlank() && l.kind() != Line.Kind.RULE) {
                return l;
            }
        }
        return null;
    }

    static String withoutDates(String text) {
        StringBuilder sb = new StringBuilder(text);
        List<DateRecognizer.Found> found = DateRecognizer.full(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            sb.replace(found.get(i).start(), found.get(i).end(), " ");
        }
        return sb.toString();
    }

    /** A location block: a first line that is not a street address is the place's name, the rest its address. */
    static Location location(List<String> lines) {
        List<String> clean = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (clean.size() == 1 && clean.get(0).contains(",") && !Character.isDigit(clean.get(0).charAt(0))) {
            String[] parts = clean.get(0).split("\\s*,\\s*", 2);
            return new Location(parts[0], List.of(parts[1]));
        }
        if (!clean.isEmpty() && !Character.isDigit(clean.get(0).charAt(0)) && clean.size() > 1) {
            return new Location(clean.get(0), clean.subList(1, clean.size()));
        }
        if (clean.size() == 1 && !Character.isDigit(clean.get(0).charAt(0))) {
            return new Location(clean.get(0), List.of());
        }
        return new Location(null, clean);
    }
}
