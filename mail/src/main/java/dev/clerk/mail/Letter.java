package dev.clerk.mail;

import dev.clerk.compose.Messages;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Notice;
import dev.clerk.model.text.Html;
import dev.clerk.model.text.Outline;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a message, the same in its plain-text and HTML bodies and in its calendar event: what is sent, when
 * and where the meeting is, its agenda and the body's notices. Every phrase comes from compose's message catalogue
 * ({@code mail.*}), in the body's language.
 */
final class Letter {
    /** Stands for the attachment's name or the link inside a phrase, so that the HTML body can make it a link. */
    private static final String SLOT = "\u0000";

    private final Body body;
    private final Meeting meeting;
    private final DocumentKind what;
    private final String attachmentName;
    private final String link;
    private final boolean calendar;
    private final String signature;
    private final Messages m;

    Letter(Body body, Meeting meeting, DocumentKind what, String attachmentName, String link, boolean calendar,
           String signature) {
        this.body = body;
        this.meeting = meeting;
        this.what = what;
        this.attachmentName = attachmentName;
        this.link = link;
        this.calendar = calendar;
        this.signature = signature;
        this.m = Messages.forLanguage(body.language());
    }

    /** "Agenda packet: Sex Work and Trafficking Policy Impact Committee — May 22, 2017". */
    static String subject(Body body, Meeting meeting, DocumentKind what) {
        Messages m = Messages.forLanguage(body.language());
        return Addresses.oneLine(m.get(meeting.kind() == MeetingKind.SPECIAL ? "mail.subject.special" : "mail.subject",
                m.get("mail.document." + what.key()), body.name(), m.date(meeting.date())));
    }

    /**
     * The opening sentence in two parts, around the attachment's name or the link: "The agenda packet for the
     * regular meeting of the ... is attached (" and ").".
     */
    private String[] opening() {
        String doc = what == DocumentKind.MINUTES && !meeting.isApproved() ? "draftMinutes" : what.key();
        String key = "mail.opening." + doc + (link == null ? ".attached" : ".online");
        return m.get(key, m.get("mail.meeting." + meeting.kind().key()), body.name(), m.date(meeting.date()), SLOT)
                .split(SLOT, -1);
    }

    /** The attachment's name, or the link when the document is online. */
    private String document() {
        return String.valueOf(link == null ? attachmentName : link);
    }

    /** "Monday, May 22, 2017, 11:00 a.m. – 12:30 p.m.", or the date alone when no time is known. */
    String when() {
        LocalTime start = start();
        String date = m.dateWithWeekday(meeting.date());
        if (start == null) {
            return date;
        }
        LocalTime end = end();
        String time = end == null ? m.time(start) : m.get("format.timeRange", m.time(start), m.time(end));
        return m.get("format.dateAndTime", date, time);
    }

    LocalTime start() {
        return meeting.start() != null ? meeting.start() : body.defaults().time();
    }

    LocalTime end() {
        if (meeting.end() != null) {
            return meeting.end();
        }
        LocalTime start = start();
        Integer minutes = body.defaults().duration();
        return start == null || minutes == null || minutes == 0 ? null : start.plusMinutes(minutes);
    }

    Location location() {
        return meeting.location() != null ? meeting.location() : body.defaults().location();
    }

    /** The place on one line: "25 Van Ness Avenue, Suite 240, San Francisco, CA 94102". */
    String where() {
        Location l = location();
        return l == null ? null : Addresses.oneLine(String.join(", ", l.lines()));
    }

    private List<Outline.Entry> agenda() {
        return Outline.of(meeting.agenda(), body.defaults()).entries();
    }

    /** " (action, Minouche Kandel, 10 min)", or "" when the item states none of these. */
    private String details(AgendaItem item) {
        List<String> parts = new ArrayList<>();
        if (item.kind() != null) {
            parts.add(m.get("mail.item.kind." + item.kind().key()));
        }
        if (item.presenter() != null) {
            parts.add(item.presenter());
        }
        if (item.duration() != null && item.duration() > 0) {
            parts.add(m.duration(item.duration()));
        }
        return parts.isEmpty() ? "" : m.get("mail.item.details", String.join(m.get("mail.item.details.separator"), parts));
    }

    /** The calendar event's title: "SWTPIC meeting", "SWTPIC special meeting". */
    String eventSummary() {
        String who = body.shortName() != null ? body.shortName() : body.name();
        return m.get(meeting.kind() == MeetingKind.SPECIAL ? "mail.event.summary.special" : "mail.event.summary", who);
    }

    /** The calendar event's description: the body, the agenda as an outline, and the link when there is one. */
    String eventDescription() {
        StringBuilder description = new StringBuilder(body.name());
        List<Outline.Entry> agenda = agenda();
        if (!agenda.isEmpty()) {
            description.append("\n\n").append(m.get("mail.event.agenda"));
            for (Outline.Entry e : agenda) {
                description.append('\n').append("  ".repeat(e.level())).append(e.label()).append(' ')
                        .append(Addresses.oneLine(e.item().title()));
            }
        }
        if (link != null) {
            description.append("\n\n").append(m.get("mail.event.link", m.get("mail.document." + what.key()), link));
        }
        return description.toString();
    }

    /** The plain-text body, lines ending in CRLF. */
    String text() {
        StringBuilder sb = new StringBuilder();
        line(sb, String.join(document(), opening()));
        line(sb, "");
        String when = m.get("mail.label", m.get("mail.when"));
        String where = m.get("mail.label", m.get("mail.where"));
        int width = Math.max(when.length(), where.length()) + 1;
        line(sb, pad(when, width) + when());
        if (where() != null) {
            line(sb, pad(where, width) + where());
        }
        List<Outline.Entry> agenda = agenda();
        if (!agenda.isEmpty()) {
            line(sb, "");
            line(sb, m.get("mail.agenda"));
            line(sb, "");
            for (Outline.Entry e : agenda) {
                String indent = "    ".repeat(e.level());
                line(sb, indent + e.label() + " " + Addresses.oneLine(e.item().title()) + details(e.item()));
                if (e.item().description() != null) {
                    line(sb, indent + "    " + Addresses.oneLine(e.item().description()));
                }
            }
        }
        List<Notice> notices = body.defaults().notices();
        if (!notices.isEmpty()) {
            line(sb, "");
            line(sb, m.get("mail.notices"));
            for (Notice n : notices) {
                line(sb, "");
                line(sb, Addresses.oneLine(n.title()));
                line(sb, Addresses.oneLine(n.text()));
            }
        }
        if (calendar) {
            line(sb, "");
            line(sb, m.get("mail.calendarNote"));
        }
        if (signature != null) {
            line(sb, "");
            line(sb, "-- ");
            line(sb, signature);
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append("\r\n");
    }

    /** The HTML body: the same content, every text escaped. */
    String html(String subject, String language) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\r\n<html lang=\"").append(escape(language)).append("\">\r\n<head>\r\n")
                .append("<meta charset=\"utf-8\">\r\n<title>").append(escape(subject)).append("</title>\r\n")
                .append("</head>\r\n<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 15px;")
                .append(" line-height: 1.4; color: #1a1a1a;\">\r\n");
        sb.append("<h1 style=\"font-size: 20px;\">").append(escape(subject)).append("</h1>\r\n");
        String[] opening = opening();
        sb.append("<p>");
        for (int i = 0; i < opening.length; i++) {
            if (i > 0) {
                sb.append(link == null ? escape(document())
                        : "<a href=\"" + escape(link) + "\">" + escape(link) + "</a>");
            }
            sb.append(escape(opening[i]));
        }
        sb.append("</p>\r\n");
        sb.append("<table role=\"presentation\" style=\"border-collapse: collapse;\">\r\n");
        row(sb, m.get("mail.when"), when());
        if (where() != null) {
            row(sb, m.get("mail.where"), where());
        }
        sb.append("</table>\r\n");
        List<Outline.Entry> agenda = agenda();
        if (!agenda.isEmpty()) {
            sb.append("<h2 style=\"font-size: 17px;\">").append(escape(m.get("mail.agenda"))).append("</h2>\r\n");
            items(sb, agenda, 0, 0);
        }
        List<Notice> notices = body.defaults().notices();
        if (!notices.isEmpty()) {
            sb.append("<h2 style=\"font-size: 17px;\">").append(escape(m.get("mail.notices"))).append("</h2>\r\n");
            for (Notice n : notices) {
                sb.append("<h3 style=\"font-size: 15px;\">").append(escape(n.title())).append("</h3>\r\n");
                sb.append("<p>").append(escape(n.text())).append("</p>\r\n");
            }
        }
        if (calendar) {
            sb.append("<p>").append(escape(m.get("mail.calendarNote"))).append("</p>\r\n");
        }
        if (signature != null) {
            sb.append("<p>").append(escape(signature)).append("</p>\r\n");
        }
        sb.append("</body>\r\n</html>\r\n");
        return sb.toString();
    }

    /** Writes the entries from {@code i} that are at {@code level} (with their sub-items) as one list. */
    private int items(StringBuilder sb, List<Outline.Entry> entries, int i, int level) {
        sb.append("<ul style=\"list-style: none; padding-left: ").append(level == 0 ? 0 : 24).append("px;\">\r\n");
        while (i < entries.size() && entries.get(i).level() == level) {
            Outline.Entry e = entries.get(i);
            sb.append("<li>").append(escape(e.label())).append(' ').append(escape(Addresses.oneLine(e.item().title())))
                    .append(escape(details(e.item())));
            if (e.item().description() != null) {
                sb.append("<br>").append(escape(Addresses.oneLine(e.item().description())));
            }
            i++;
            if (i < entries.size() && entries.get(i).level() > level) {
                sb.append("\r\n");
                i = items(sb, entries, i, level + 1);
            }
            sb.append("</li>\r\n");
        }
        sb.append("</ul>\r\n");
        return i;
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("<tr><th scope=\"row\" style=\"text-align: left; padding-right: 12px; vertical-align: top;\">")
                .append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\r\n");
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String s) {
        return Html.escape(s);
    }
}
