package dev.clerk.render.docx;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.text.Attendance;
import dev.clerk.model.text.Outline;
import dev.clerk.model.text.Wording;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Lays out one meeting's minutes in a {@link WordDocument}: letterhead, meeting details, attendance, the agenda items
 * as numbered headings with their narrative, motions, decisions and action items, the next meeting with its numbered
 * follow-ups, and the consolidated action-item table.
 */
final class MinutesLayout {
    private static final String EMPTY_CELL = "—";

    private final WordDocument word;
    private final Body body;
    private final Meeting meeting;
    /** The number of each action item in the table at the end, by identity: two equal tasks are two rows. */
    private final Map<ActionItem, Integer> numbers = new IdentityHashMap<>();
    /** The item each action item came from, as its outline path ("II.A."). */
    private final Map<ActionItem, String> origins = new IdentityHashMap<>();

    MinutesLayout(WordDocument word, Body body, Meeting meeting) {
        this.word = word;
        this.body = body;
        this.meeting = meeting;
    }

    void lay() {
        letterhead();
        details();
        attendance();
        Outline outline = Outline.of(meeting.agenda(), body.defaults());
        for (Outline.Entry e : outline.entries()) {
            for (ActionItem a : e.item().actions()) {
                number(a, e.path());
            }
        }
        for (Outline.Entry e : outline.entries()) {
            item(e);
        }
        if (meeting.next() != null) {
            next(meeting.next(), Outline.labelAfter(meeting.agenda(), body.defaults()));
        }
        if (meeting.end() != null) {
            labelled(Style.ADJOURNMENT, "Adjournment:", Wording.adjourned(meeting.end()));
        }
        updates();
        actionTable();
    }

    private void number(ActionItem a, String origin) {
        numbers.put(a, numbers.size() + 1);
        origins.put(a, origin);
    }

    private void letterhead() {
        if (body.department() != null) {
            word.paragraph(Style.LETTERHEAD, body.department());
        }
        if (body.parentBody() != null) {
            word.paragraph(Style.LETTERHEAD, body.parentBody());
        }
        word.paragraph(Style.TITLE, body.name());
        word.paragraph(Style.SUBTITLE, Wording.minutesTitle(meeting) + " – " + Wording.date(meeting.date()));
    }

    private void details() {
        detail(Style.MEETING_DETAILS, "Meeting Date:",
                Wording.dateAndTime(meeting.date(), meeting.start(), null));
        Location location = meeting.location() != null ? meeting.location() : body.defaults().location();
        if (location != null) {
            detail(Style.MEETING_DETAILS, "Location:", String.join("\n", location.lines()));
        }
        if (meeting.presiding() != null) {
            detail(Style.MEETING_DETAILS, "Presiding:", meeting.presiding());
        }
        if (meeting.recorder() != null) {
            detail(Style.MEETING_DETAILS, "Minutes by:", meeting.recorder());
        }
        detail(Style.MINUTES_STATUS, "Status:", Wording.minutesStatusLine(meeting));
    }

    private void detail(Style style, String label, String value) {
        XWPFParagraph p = word.paragraph(style);
        Runs.strong(p, label);
        p.createRun().addTab();
        Runs.text(p, value);
    }

    private void attendance() {
        Attendance a = Attendance.of(body, meeting);
        if (!a.grouped()) {
            if (!a.attendees().isEmpty()) {
                labelled(Style.ATTENDANCE, "Attendees:", Wording.attendeeList(a.attendees()));
            }
            return;
        }
        labelled(Style.ATTENDANCE, "Present:", a.present().isEmpty() ? "None" : Wording.attendeeList(a.present()));
        if (!a.absent().isEmpty()) {
            labelled(Style.ATTENDANCE, "Absent or excused:", Wording.attendeeList(a.absent()));
        }
        if (!a.guests().isEmpty()) {
            labelled(Style.ATTENDANCE, "Guests:", Wording.attendeeList(a.guests()));
        }
        if (!a.staff().isEmpty()) {
            labelled(Style.ATTENDANCE, "Staff:", Wording.attendeeList(a.staff()));
        }
        if (a.quorum() != null) {
            word.paragraph(Style.ATTENDANCE, a.quorum());
        }
    }

    private void labelled(Style style, String label, String text) {
        XWPFParagraph p = word.paragraph(style);
        Runs.strong(p, label);
        Runs.text(p, " " + text);
    }

    /**
     * One agenda item. The narrative is the record, printed verbatim; motions, decisions and action items follow it
     * as short labelled lines set off by a rule at the left, so a reader skimming for outcomes finds them without
     * the narrative being told twice in full.
     */
    private void item(Outline.Entry e) {
        AgendaItem item = e.item();
        word.heading(e.level(), item.title());
        List<String> details = new ArrayList<>();
        if (item.presenter() != null) {
            details.add(Wording.presentedBy(item.presenter()) + ".");
        }
        if (!item.attachments().isEmpty()) {
            details.add(Wording.attachments(item.attachments()));
        }
        if (!details.isEmpty()) {
            word.paragraph(Style.ITEM_DETAILS, String.join(" ", details));
        }
        for (String paragraph : item.narrative()) {
            word.paragraph(Style.BODY_TEXT, paragraph);
        }
        for (Motion m : item.motions()) {
            XWPFParagraph p = word.paragraph(Style.OUTCOME);
            Runs.strong(p, "Motion:");
            String outcome = Wording.motionOutcome(m);
            Runs.text(p, " " + sentence(m.text()) + (outcome.isEmpty() ? "" : " " + outcome));
        }
        for (String decision : item.decisions()) {
            labelled(Style.OUTCOME, "Decision:", decision);
        }
        for (ActionItem a : item.actions()) {
            labelled(Style.OUTCOME, "Action " + numbers.get(a) + ":", Wording.actionLine(a));
        }
    }

    private static String sentence(String text) {
        String s = text.strip();
        String first = s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
        return first.endsWith(".") || first.endsWith("?") || first.endsWith("!") ? first : first + ".";
    }

    /**
     * The next meeting, numbered after the last agenda item as the seed does ("IV. Next Meeting: May 22, 2017"), with
     * its follow-ups numbered 1), 2), ... and, as the last one, the items proposed for its agenda.
     */
    private void next(NextMeeting next, String label) {
        int n = 0;
        for (FollowUp f : next.followUps()) {
            n++;
            for (ActionItem a : f.actions()) {
                number(a, label + " " + Wording.followUpLabel(n));
            }
        }
        word.heading(0, Wording.nextMeetingHeading(next));
        if (next.time() != null || next.location() != null) {
            // The heading gives the date; the time and place, when the minutes set them, follow it.
            word.paragraph(Style.BODY_TEXT, Wording.nextMeetingWhenAndWhere(next));
        }
        for (FollowUp f : next.followUps()) {
            // A follow-up is itself the one-line statement of its action items: the table at the end lists them.
            word.paragraph(Style.FOLLOW_UP, f.text());
        }
        if (!next.proposedItems().isEmpty()) {
            word.paragraph(Style.FOLLOW_UP, Wording.PROPOSED_ITEMS);
            for (String item : next.proposedItems()) {
                word.paragraph(Style.PROPOSED_ITEM, item);
            }
        }
    }

    private void updates() {
        if (meeting.updates().isEmpty()) {
            return;
        }
        word.paragraph(Style.SECTION_HEADING, "Reports on Earlier Action Items");
        for (TaskUpdate u : meeting.updates()) {
            word.paragraph(Style.OUTCOME, Wording.taskUpdate(u));
        }
    }

    private void actionTable() {
        List<ActionItem> actions = meeting.actionItems();
        if (actions.isEmpty()) {
            return;
        }
        word.paragraph(Style.SECTION_HEADING, "Action Items");
        List<List<String>> rows = new ArrayList<>();
        for (ActionItem a : actions) {
            rows.add(List.of(Integer.toString(numbers.get(a)), a.task(), Wording.owners(a),
                    a.due() == null ? EMPTY_CELL : Wording.date(a.due()), origins.get(a)));
        }
        word.table(new int[] {6, 48, 20, 15, 11}, List.of("No.", "Action", "Owner", "Due", "Item"), rows);
    }
}
