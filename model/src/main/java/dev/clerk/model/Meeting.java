package dev.clerk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One meeting of a body: when and where, who came, its agenda with the minutes of each item, and what comes next.
 *
 * @param date       the meeting date
 * @param kind       regular (the default) or special
 * @param title      a title other than the usual "Minutes", or null
 * @param start      the time it was called to order (or is to start), or null
 * @param end        the time it adjourned, or null
 * @param location   where it met, or null for the body's usual place
 * @param status     draft (the default) or approved
 * @param approvedOn the date the minutes were approved; required when approved
 * @param presiding  who presided, or null
 * @param recorder   who took the minutes, or null
 * @param attendees  the attendance record
 * @param agenda     the agenda items, in order
 * @param next       the next-meeting section, or null
 * @param updates    reports on action items assigned at earlier meetings
 */
public record Meeting(LocalDate date, MeetingKind kind, String title, LocalTime start, LocalTime end,
                     Location location, MeetingStatus status, LocalDate approvedOn, String presiding,
                     String recorder, List<Attendee> attendees, List<AgendaItem> agenda, NextMeeting next,
                     List<TaskUpdate> updates) {
    public Meeting {
        Objects.requireNonNull(date, "date");
        kind = kind == null ? MeetingKind.REGULAR : kind;
        title = Checks.optional(title);
        status = status == null ? MeetingStatus.DRAFT : status;
        if (status == MeetingStatus.APPROVED && approvedOn == null) {
            throw new IllegalArgumentException("approvedOn: approved minutes need the date they were approved");
        }
        if (status == MeetingStatus.DRAFT && approvedOn != null) {
            throw new IllegalArgumentException("approvedOn: draft minutes have no approval date; set status: approved");
        }
        if (approvedOn != null && approvedOn.isBefore(date)) {
            throw new IllegalArgumentException("approvedOn: " + approvedOn + " is before the meeting on " + date);
        }
        presiding = Checks.optional(presiding);
        recorder = Checks.optional(recorder);
        attendees = Checks.list(attendees, "attendees");
        agenda = Checks.list(agenda, "agenda");
        updates = Checks.list(updates, "updates");
    }

    /** Every agenda item, sub-items included, depth first. */
    public Stream<AgendaItem> allItems() {
        return agenda.stream().flatMap(AgendaItem::flatten);
    }

    /** Every action item assigned at this meeting: in the agenda items, then in the follow-ups. */
    public List<ActionItem> actionItems() {
        Stream<ActionItem> inItems = allItems().flatMap(i -> i.actions().stream());
        Stream<ActionItem> inFollowUps = next == null ? Stream.empty()
                : next.followUps().stream().flatMap(f -> f.actions().stream());
        return Stream.concat(inItems, inFollowUps).toList();
    }

    /**
     * Whether the meeting has minutes, as opposed to being an agenda drafted for a meeting still to come: an
     * attendance record, an adjournment time, reports on earlier tasks, follow-ups, approval, or any item with
     * narrative, decisions, motions or action items. Titles, descriptions, presenters, durations, attachments
     * and the tasks to review are what an agenda has, so they do not count.
     */
    public boolean hasMinutes() {
        return !attendees.isEmpty() || end != null || !updates.isEmpty() || isApproved()
                || (next != null && !next.followUps().isEmpty())
                || allItems().anyMatch(i -> !i.narrative().isEmpty() || !i.decisions().isEmpty()
                        || !i.motions().isEmpty() || !i.actions().isEmpty());
    }

    /** Whether the minutes have been approved. */
    public boolean isApproved() {
        return status == MeetingStatus.APPROVED;
    }
}
