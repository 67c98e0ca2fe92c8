package dev.clerk.model.text;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
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

    /** The attendance line in the seed's own form: "Name, Organization; Name, Organization". */
    public static String attendeeLine(List<Attendee> attendees) {
        return String.join("; ", attendees.stream().map(Wording::attendee).toList());
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

    /** "Minouche Kandel", "Carol Leigh and Minouche Kandel": who owns an action item. */
    public static String owners(ActionItem action) {
        return names(action.owners());
    }

    /** "July 1, 2017", or "" when the action item has no due date. */
    public static String due(ActionItem action) {
        return action.due() == null ? "" : date(action.due());
    }

    /** "Open", "In progress", "Done", "Dropped". */
    public static String status(TaskStatus status) {
        String key = status.key().replace('-', ' ');
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** The approval line that closes the minutes: "Approved on May 22, 2017." or "Draft: not yet approved." */
    public static String approval(Meeting meeting) {
        return meeting.isApproved() ? "Approved on " + date(meeting.approvedOn()) + "."
                : "Draft minutes: not yet approved.";
    }
}
