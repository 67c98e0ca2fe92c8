package dev.clerk.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A meeting as an iCalendar object (RFC 5545) with one VEVENT, published ({@code METHOD:PUBLISH}) rather than
 * an invitation that asks for replies. The UID stays the same for a meeting, so a later message with a higher
 * SEQUENCE updates the event in the recipient's calendar instead of adding a second one.
 *
 * @param uid         the stable identifier of the meeting
 * @param sequence    the revision, from 0
 * @param stamp       when this revision was sent (DTSTAMP)
 * @param date        the meeting date, for an all-day event when {@code start} is null
 * @param start       the start, local to {@code zone}, or null
 * @param end         the end, local to {@code zone}, or null
 * @param zone        the zone of start and end, or null for floating times
 * @param summary     the title shown in calendars
 * @param location    the place on one line, or null
 * @param description the agenda as plain text, or null
 * @param url         a link to the document, or null
 * @param organizer   the organizer's address, or null
 * @param organizerName the organizer's name, or null
 */
record CalendarEvent(String uid, int sequence, Instant stamp, LocalDate date, LocalDateTime start, LocalDateTime end,
                     ZoneId zone, String summary, String location, String description, String url,
                     String organizer, String organizerName) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final String CRLF = "\r\n";

    CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
    }

    /** The iCalendar text: CRLF line ends, lines folded at 75 octets, texts escaped. */
    String text() {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Clerk//Clerk meeting notices//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        if (zone != null && start != null) {
            timeZone(lines);
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + escape(uid));
        lines.add("SEQUENCE:" + sequence);
        lines.add("DTSTAMP:" + LOCAL.format(LocalDateTime.ofInstant(stamp, ZoneOffset.UTC)) + "Z");
        if (start == null) {
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(date));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
        } else {
            lines.add("DTSTART" + tzid() + ":" + LOCAL.format(start));
            if (end != null) {
                lines.add("DTEND" + tzid() + ":" + LOCAL.format(end));
            }
        }
        lines.add("SUMMARY:" + escape(summary));
        if (location != null) {
            lines.add("LOCATION:" + escape(location));
        }
        if (description != null) {
            lines.add("DESCRIPTION:" + escape(description));
        }
        if (url != null) {
            lines.add("URL:" + url);
        }
        if (organizer != null) {
            String cn = organizerName == null ? "" : ";CN=\"" + organizerName.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
            lines.add("ORGANIZER" + cn + ":mailto:" + organizer);
        }
        lines.add("STATUS:CONFIRMED");
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(fold(line)).append(CRLF);
        }
        return sb.toString();
    }

    private String tzid() {
        return zone == null ? "" : ";TZID=" + zone.getId();
    }

    /**
     * A VTIMEZONE that defines the zone's offsets around the meeting: the last change of offset before it
     * and the next one after it (RFC 5545 3.6.5 asks for a definition of every TZID used).
     */
    private void timeZone(List<String> lines) {
        ZoneRules rules = zone.getRules();
        Instant at = start.atZone(zone).toInstant();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition after = rules.nextTransition(at);
        if (before == null) {
            ZoneOffset offset = rules.getOffset(at);
            lines.add("BEGIN:STANDARD");
            lines.add("DTSTART:19700101T000000");
            lines.add("TZOFFSETFROM:" + offset(offset));
            lines.add("TZOFFSETTO:" + offset(offset));
            lines.add("END:STANDARD");
        } else {
            transition(lines, rules, before);
        }
        if (after != null) {
            transition(lines, rules, after);
        }
        lines.add("END:VTIMEZONE");
    }

    private static void transition(List<String> lines, ZoneRules rules, ZoneOffsetTransition t) {
        String kind = rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(t.getDateTimeBefore()));
        lines.add("TZOFFSETFROM:" + offset(t.getOffsetBefore()));
        lines.add("TZOFFSETTO:" + offset(t.getOffsetAfter()));
        lines.add("END:" + kind);
    }

    /** "-0700", "+0530", "+000030" for offsets with seconds. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String s = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? s : s + String.format("%02d", abs % 60);
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    sb.append("\\n");
                }
                default -> {
                    if (Character.isISOControl(c) && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Folds a content line (RFC 5545 3.1): no line longer than 75 octets of UTF-8, each continuation starting
     * with one space, and never inside a character.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > 75) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
