package dev.clerk.mail;

import dev.clerk.model.text.Html;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Notice;
import dev.clerk.model.text.Outline;
import dev.clerk.model.text.Wording;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a message, the same in its plain-text and HTML bodies: what is sent, when and where the meeting
 * is, its agenda and the body's notices.
 */
final class Letter {
    private final Body body;
    private final Meeting meeting;
    private final DocumentKind what;
    private final String attachmentName;
    private final String link;
    private final boolean calendar;
    private final String signature;

    Letter(Body body, Meeting meeting, DocumentKind what, String attachmentName, String link, boolean calendar,
           String signature) {
        this.body = body;
        this.meeting = meeting;
        this.what = what;
        this.attachmentName = attachmentName;
        this.link = link;
        this.calendar = calendar;
        this.signature = signature;
    }

    /** "Agenda packet: Sex Work and Trafficking Policy Impact Committee — May 22, 2017". */
    static String subject(Body body, Meeting meeting, DocumentKind what) {
        String kind = meeting.kind() == MeetingKind.SPECIAL ? " (special meeting)" : "";
        return Addresses.oneLine(what.title() + ": " + body.name() + " — " + Wording.date(meeting.date()) + kind);
    }

    private String opening() {
        String kind = meeting.kind() == MeetingKind.SPECIAL ? "special" : "regular";
        String doc = what == DocumentKind.MINUTES && !meeting.isApproved() ? "the draft minutes" : what.phrase();
        String verb = what == DocumentKind.MINUTES ? "held on " + Wording.date(meeting.date()) : "";
        String of = doc + " for the " + kind + " meeting of the " + body.name() + (verb.isEmpty() ? "" : " " + verb);
        String sentence = Character.toUpperCase(of.charAt(0)) + of.substring(1);
        String is = what == DocumentKind.MINUTES ? " are" : " is";
        return link == null ? sentence + is + " attached (" + attachmentName + ")."
                : sentence + is + " online: " + link;
    }

    String when() {
        LocalTime start = start();
        String date = Wording.dateWithWeekday(meeting.date());
        return start == null ? date : date + ", " + Wording.timeRange(start, end());
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

    private static String details(AgendaItem item) {
        List<String> parts = new ArrayList<>();
        if (item.kind() != null) {
            parts.add(item.kind().key());
        }
        if (item.presenter() != null) {
            parts.add(item.presenter());
        }
        if (item.duration() != null && item.duration() > 0) {
            parts.add(item.duration() + " min");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private String calendarNote() {
        return "A calendar event for the meeting is attached; opening it adds the meeting to your calendar,"
                + " and a later notice updates it.";
    }

    /** The plain-text body, lines ending in CRLF. */
    String text() {
        StringBuilder sb = new StringBuilder();
        line(sb, opening());
        line(sb, "");
        line(sb, "When:  " + when());
        if (where() != null) {
            line(sb, "Where: " + where());
        }
        List<Outline.Entry> agenda = agenda();
        if (!agenda.isEmpty()) {
            line(sb, "");
            line(sb, "Agenda");
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
            line(sb, "Notices");
            for (Notice n : notices) {
                line(sb, "");
                line(sb, Addresses.oneLine(n.title()));
                line(sb, Addresses.oneLine(n.text()));
            }
        }
        if (calendar) {
            line(sb, "");
            line(sb, calendarNote());
        }
        if (signature != null) {
            line(sb, "");
            line(sb, "-- ");
            line(sb, signature);
        }
        return sb.toString();
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
        String opening = opening();
        if (link != null) {
            String before = opening.substring(0, opening.length() - link.length());
            sb.append("<p>").append(escape(before)).append("<a href=\"").append(escape(link)).append("\">")
                    .append(escape(link)).append("</a></p>\r\n");
        } else {
            sb.append("<p>").append(escape(opening)).append("</p>\r\n");
        }
        sb.append("<table role=\"presentation\" style=\"border-collapse: collapse;\">\r\n");
        row(sb, "When", when());
        if (where() != null) {
            row(sb, "Where", where());
        }
        sb.append("</table>\r\n");
        List<Outline.Entry> agenda = agenda();
        if (!agenda.isEmpty()) {
            sb.append("<h2 style=\"font-size: 17px;\">Agenda</h2>\r\n");
            items(sb, agenda, 0, 0);
        }
        List<Notice> notices = body.defaults().notices();
        if (!notices.isEmpty()) {
            sb.append("<h2 style=\"font-size: 17px;\">Notices</h2>\r\n");
            for (Notice n : notices) {
                sb.append("<h3 style=\"font-size: 15px;\">").append(escape(n.title())).append("</h3>\r\n");
                sb.append("<p>").append(escape(n.text())).append("</p>\r\n");
            }
        }
        if (calendar) {
            sb.append("<p>").append(escape(calendarNote())).append("</p>\r\n");
        }
        if (signature != null) {
            sb.append("<p>").append(escape(signature)).append("</p>\r\n");
        }
        sb.append("</body>\r\n</html>\r\n");
        return sb.toString();
    }

    /** Writes the entries from {@code i} that are at {@code level} (with their sub-items) as one list. */
    private static int items(StringBuilder sb, List<Outline.Entry> entries, int i, int level) {
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
