package dev.clerk.model.text;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attachment;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.ItemKind;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.Vote;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the model's facts are written out in every document, so that the Word minutes, the PDFs and the
 * emails say the same thing the same way: "March 27, 2017", "11:00 a.m.", "Moved by ..., seconded by ...".
 */
public final class Wording {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    private Wording() {
    }

    /** "March 27, 2017". */
    public static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "Monday, March 27, 2017". */
    public static String dateWithWeekday(LocalDate date) {
        return WEEKDAY_DATE.format(date);
    }

    /** "11:00 a.m.", "12:00 p.m.", "6:30 p.m.": the style of US public-body minutes. */
    public static String time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return String.format(Locale.US, "%d:%02d %s", hour, time.getMinute(), time.getHour() < 12 ? "a.m." : "p.m.");
    }

    /** "11:00 a.m. – 12:30 p.m.", or the start time alone. */
    public static String timeRange(LocalTime start, LocalTime end) {
        if (start == null) {
            return end == null ? "" : "until " + time(end);
        }
        return end == null ? time(start) : time(start) + " – " + time(end);
    }

    /** "Alix Lutnick", "Carol Leigh and Minouche Kandel", "A, B and C". */
    public static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "Saerom Choi, API Legal Outreach", or the name alone. */
    public static String attendee(Attendee a) {
        return a.affiliation() == null ? a.name() : a.name() + ", " + a.affiliation();
    }

    /**
     * The usual written form of a motion's outcome: "Moved by Tuttle, seconded by Nyberg. Passed 4–0, 1 abstention."
     * followed by the roll call when names were recorded. Empty parts are left out.
     */
    public static String motionOutcome(Motion motion) {
        List<String> sentences = new ArrayList<>();
        if (motion.mover() != null && motion.seconder() != null) {
            sentences.add("Moved by " + motion.mover() + ", seconded by " + motion.seconder() + ".");
        } else if (motion.mover() != null) {
            sentences.add("Moved by " + motion.mover() + "; no second recorded.");
        } else if (motion.seconder() != null) {
            sentences.add("Seconded by " + motion.seconder() + ".");
        }
        String result = result(motion.result());
        String counts = counts(motion.vote());
        if (result != null) {
            sentences.add(result + (counts.isEmpty() ? "" : " " + counts) + ".");
        } else if (!counts.isEmpty()) {
            sentences.add("Vote: " + counts + ".");
        }
        Vote v = motion.vote();
        if (v != null && v.isRollCall()) {
            List<String> roll = new ArrayList<>();
            if (!v.ayeNames().isEmpty()) {
                roll.add("Ayes: " + String.join(", ", v.ayeNames()));
            }
            if (!v.noNames().isEmpty()) {
                roll.add("Noes: " + String.join(", ", v.noNames()));
            }
            if (!v.abstainNames().isEmpty()) {
                roll.add("Abstaining: " + String.join(", ", v.abstainNames()));
            }
            if (!v.absentNames().isEmpty()) {
                roll.add("Absent: " + String.join(", ", v.absentNames()));
            }
            sentences.add(String.join("; ", roll) + ".");
        }
        if (motion.note() != null) {
            sentences.add(motion.note().endsWith(".") ? motion.note() : motion.note() + ".");
        }
        return String.join(" ", sentences);
    }

    /** "Motion passed", "Motion failed", ...; null when no result is recorded. */
    public static String result(MotionResult result) {
        if (result == null) {
            return null;
        }
        return switch (result) {
            case PASSED -> "Motion passed";
            case FAILED -> "Motion failed";
            case WITHDRAWN -> "Motion withdrawn";
            case TABLED -> "Motion tabled";
        };
    }

    /** "4–0", "4–1–1", "4–0, 1 abstention"; empty when not counted. */
    public static String counts(Vote vote) {
        if (vote == null || vote.ayes() == null && vote.noes() == null) {
            return "";
        }
        String s = (vote.ayes() == null ? 0 : vote.ayes()) + "–" + (vote.noes() == null ? 0 : vote.noes());
        if (vote.abstentions() != null && vote.abstentions() > 0) {
            s += ", " + vote.abstentions() + (vote.abstentions() == 1 ? " abstention" : " abstentions");
        }
        return s;
    }

    /**
     * The title of a meeting's minutes in the seed's form: "Sex Work and Trafficking Policy Impact Committee -
     * March 27, 2017 - Minutes"; "Special Meeting Minutes" for a special meeting; the meeting's own title instead
     * of "Minutes" when it has one.
     */
    public static String minutesTitle(Body body, Meeting meeting) {
        String what = meeting.title() != null ? meeting.title()
                : meeting.kind() == MeetingKind.SPECIAL ? "Special Meeting Minutes" : "Minutes";
        return body.name() + " - " + date(meeting.date()) + " - " + what;
    }

    /** "Minutes of the regular meeting of March 27, 2017": a one-line description for metadata and mail. */
    public static String minutesSubject(Meeting meeting) {
        return "Minutes of the " + meeting.kind().key() + " meeting of " + date(meeting.date());
    }

    /** "March 27, 2017, 11:00 a.m. – 12:30 p.m.", or the date alone when no time is recorded. */
    public static String meetingWhen(Meeting meeting) {
        String time = timeRange(meeting.start(), meeting.end());
        return time.isEmpty() ? date(meeting.date()) : date(meeting.date()) + ", " + time;
    }

    /** The heading of the next-meeting section: "Next Meeting: May 22, 2017", or "Next Meeting" with no date. */
    public static String nextMeetingHeading(NextMeeting next) {
        return next.date() == null ? "Next Meeting" : "Next Meeting: " + date(next.date());
    }

    /** The label of the n-th follow-up under the next meeting, counting from 1: "1)". */
    public static String followUpLabel(int n) {
        return n + ")";
    }

    /** The line introducing the proposed items, numbered after the follow-ups: "Agenda items for next meeting:". */
    public static final String PROPOSED_ITEMS = "Agenda items for next meeting:";

    /** "July 1, 2017", or "" when the action item has no due date. */
    public static String due(ActionItem action) {
        return action.due() == null ? "" : date(action.due());
    }

    /** "Information", "Discussion", "Action". */
    public static String itemKind(ItemKind kind) {
        return switch (kind) {
            case INFORMATION -> "Information";
            case DISCUSSION -> "Discussion";
            case ACTION -> "Action";
        };
    }

    /** "1 day overdue", "12 days overdue". */
    public static String overdue(int days) {
        return days == 1 ? "1 day overdue" : days + " days overdue";
    }

    /** How many meetings a task has been carried to: "not carried yet", "carried once", "carried twice", "carried 3 times". */
    public static String carried(int times) {
        return switch (times) {
            case 0 -> "not carried yet";
            case 1 -> "carried once";
            case 2 -> "carried twice";
            default -> "carried " + times + " times";
        };
    }

    /** "10 min", "1 h", "1 h 30 min": a time allotted. */
    public static String minutes(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    // Minutes: the words around the facts, shared by the Word and PDF minutes.

    /** "Minutes", "Special Meeting Minutes", or the meeting's own title. */
    public static String minutesTitle(Meeting meeting) {
        if (meeting.title() != null) {
            return meeting.title();
        }
        return meeting.kind() == MeetingKind.SPECIAL ? "Special Meeting Minutes" : "Minutes";
    }

    /** The document title: "Sex Work and Trafficking Policy Impact Committee – Minutes – March 27, 2017". */
    public static String minutesDocumentTitle(Body body, Meeting meeting) {
        return body.name() + " – " + minutesTitle(meeting) + " – " + date(meeting.date());
    }

    /** "March 27, 2017 – 11:00 a.m." or "March 27, 2017 – 11:00 a.m. – 12:30 p.m.", or the date alone. */
    public static String dateAndTime(LocalDate date, LocalTime start, LocalTime end) {
        String times = timeRange(start, end);
        return times.isEmpty() ? date(date) : date(date) + " – " + times;
    }

    /** "Approved on April 24, 2017". */
    public static String approvedOn(LocalDate date) {
        return "Approved on " + date(date);
    }

    /** "The meeting adjourned at 12:30 p.m." */
    public static String adjourned(LocalTime end) {
        // time() already ends in "a.m." or "p.m.", which closes the sentence.
        return "The meeting adjourned at " + time(end);
    }

    /**
     * "Wednesday, June 5, 2024, 6:30 p.m., City Hall, Room 400": when and where the next meeting is, from what is
     * known; empty when nothing is.
     */
    public static String nextMeetingWhenAndWhere(NextMeeting next) {
        List<String> parts = new ArrayList<>();
        if (next.date() != null) {
            parts.add(dateWithWeekday(next.date()));
        }
        if (next.time() != null) {
            parts.add(time(next.time()));
        }
        if (next.location() != null) {
            parts.addAll(next.location().lines());
        }
        return String.join(", ", parts);
    }

    /** "Alix Lutnick", "Carol Leigh and Minouche Kandel", or "Unassigned" when nobody owns it. */
    public static String owners(ActionItem action) {
        return action.owners().isEmpty() ? "Unassigned" : names(action.owners());
    }

    /** "Let Commander McEachern know ... (Minouche Kandel; due July 1, 2017)": an action item in one line. */
    public static String actionLine(ActionItem action) {
        String due = action.due() == null ? "" : "; due " + date(action.due());
        return action.task() + " (" + owners(action) + due + ")";
    }

    /** "Draft – not yet approved" or "Approved on April 24, 2017". */
    public static String minutesStatusLine(Meeting meeting) {
        return meeting.isApproved() ? approvedOn(meeting.approvedOn()) : "Draft – not yet approved";
    }

    /** "Attachment: Pilot report." or "Attachments: Pilot report; Survey results.", by title. */
    public static String attachments(List<Attachment> attachments) {
        String titles = String.join("; ", attachments.stream().map(Attachment::title).toList());
        return (attachments.size() == 1 ? "Attachment: " : "Attachments: ") + titles + (titles.endsWith(".") ? "" : ".");
    }

    /** "Presented by Alix Lutnick". */
    public static String presentedBy(String presenter) {
        return "Presented by " + presenter;
    }

    /**
     * Attendees in the seed's form, "Name, Organization; Name, Organization", with a remark in parentheses where the
     * attendance record has one: "(excused)", "(by phone)".
     */
    public static String attendeeList(List<Attendee> attendees) {
        List<String> parts = new ArrayList<>();
        for (Attendee a : attendees) {
            List<String> remarks = new ArrayList<>();
            if (a.status() == AttendanceStatus.EXCUSED) {
                remarks.add("excused");
            }
            if (a.note() != null) {
                remarks.add(a.note());
            }
            parts.add(attendee(a) + (remarks.isEmpty() ? "" : " (" + String.join(", ", remarks) + ")"));
        }
        return String.join("; ", parts);
    }

    /** "A quorum was present (5 of 9 members; 5 needed).", or that it was not. */
    public static String quorum(boolean present, int membersPresent, int seats, int needed) {
        return (present ? "A quorum was present" : "A quorum was not present") + " (" + membersPresent + " of "
                + seats + (seats == 1 ? " member" : " members") + "; " + needed + " needed).";
    }

    /** "Open", "In progress", "Done", "Dropped". */
    public static String taskStatus(TaskStatus status) {
        String key = status.key().replace('-', ' ');
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** The approval line that closes the minutes: "Approved on May 22, 2017." or "Draft: not yet approved." */
    public static String approval(Meeting meeting) {
        return meeting.isApproved() ? "Approved on " + date(meeting.approvedOn()) + "."
                : "Draft minutes: not yet approved.";
    }

    /** "2017-03-27-1: Done (March 30, 2017). Sent the email.": a report on an earlier action item. */
    public static String taskUpdate(TaskUpdate update) {
        StringBuilder sb = new StringBuilder(update.task()).append(": ").append(taskStatus(update.status()));
        if (update.date() != null) {
            sb.append(" (").append(date(update.date())).append(')');
        }
        sb.append('.');
        if (!update.owners().isEmpty()) {
            sb.append(" Now owned by ").append(names(update.owners())).append('.');
        }
        if (update.due() != null) {
            sb.append(" Now due ").append(date(update.due())).append('.');
        }
        if (update.note() != null) {
            sb.append(' ').append(update.note().endsWith(".") ? update.note() : update.note() + ".");
        }
        return sb.toString();
    }
}
