package dev.clerk.model.agenda;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Committee;
import dev.clerk.model.ItemKind;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Names;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.text.Wording;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The next meeting's file, drafted from the minutes of the last: its date, time and place, and an agenda of the
 * body's standing opening items, the approval of those minutes (while they are a draft), the review of the open
 * action items (by id), the items the minutes proposed, and the standing closing items.
 */
public final class NextMeetingDraft {
    /** The title of the review item. */
    public static final String REVIEW_TITLE = "Review of open action items";

    private NextMeetingDraft() {
    }

    /**
     * Drafts the meeting that follows {@code minutes} on {@code date}.
     *
     * @param committee the committee, whose defaults and task history are used
     * @param minutes   the minutes to draft from
     * @param date      the next meeting's date; must come after the minutes' date
     */
    public static Meeting draft(Committee committee, Meeting minutes, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!date.isAfter(minutes.date())) {
            throw new IllegalArgumentException("date: the next meeting (" + date + ") must come after the minutes' ("
                    + minutes.date() + ")");
        }
        BodyDefaults defaults = committee.body().defaults();
        NextMeeting next = minutes.next();
        LocalTime time = next != null && next.time() != null ? next.time() : defaults.time();
        Location location = next != null && next.location() != null ? next.location() : defaults.location();

        List<AgendaItem> agenda = new ArrayList<>();
        defaults.openingItems().forEach(t -> agenda.add(AgendaItem.titled(t)));
        if (minutes.status() == MeetingStatus.DRAFT) {
            agenda.add(item("Approval of the minutes of " + Wording.date(minutes.date()), ItemKind.ACTION,
                    minutes.date(), List.of()));
        }
        List<String> open = TaskLedger.of(committee).carriedTo(date).stream().map(TaskEntry::id)
                .filter(Objects::nonNull).toList();
        if (!open.isEmpty()) {
            agenda.add(item(REVIEW_TITLE, ItemKind.DISCUSSION, null, open));
        }
        List<String> standing = new ArrayList<>(defaults.openingItems());
        standing.addAll(defaults.closingItems());
        if (next != null) {
            for (String proposed : next.proposedItems()) {
                if (standing.stream().noneMatch(s -> Names.same(s, proposed))) {
                    agenda.add(AgendaItem.titled(proposed));
                }
            }
        }
        defaults.closingItems().forEach(t -> agenda.add(AgendaItem.titled(t)));
        return new Meeting(date, MeetingKind.REGULAR, null, time, null, location, MeetingStatus.DRAFT, null, null,
                null, List.of(), agenda, null, List.of());
    }

    /** The comment that heads the drafted file, below the schema line: what it is and what to do with it. */
    public static String comment(Meeting minutes, Meeting draft) {
        return "#\n"
                + "# Agenda of the meeting of " + Wording.date(draft.date()) + ", drafted by 'clerk next' from the minutes of "
                + Wording.date(minutes.date()) + ".\n"
                + "# The review item lists the open action items by id; 'clerk agenda' prints them with their history.\n"
                + "# After the meeting, add its minutes here, and report on those tasks under 'updates:'.\n";
    }

    private static AgendaItem item(String title, ItemKind kind, LocalDate minutesOf, List<String> tasks) {
        return new AgendaItem(title, kind, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                minutesOf, tasks, List.of());
    }
}
