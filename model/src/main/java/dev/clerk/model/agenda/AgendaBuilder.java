package dev.clerk.model.agenda;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Notice;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.text.Attendance;
import dev.clerk.model.text.Outline;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Works out an agenda's content from a meeting file and its committee. */
final class AgendaBuilder {
    private AgendaBuilder() {
    }

    static Agenda build(Committee committee, Meeting meeting) {
        Body body = committee.body();
        Letterhead letterhead = new Letterhead(body.name(), body.shortName(), body.parentBody(), body.department());
        LocalTime start = meeting.start() != null ? meeting.start() : body.defaults().time();
        Location location = meeting.location() != null ? meeting.location() : body.defaults().location();

        Map<AgendaItem, LocalTime> starts = new IdentityHashMap<>();
        startTimes(meeting.agenda(), start, starts);
        TaskLedger ledger = TaskLedger.of(committee);
        Map<AgendaItem, String> fields = new IdentityHashMap<>();
        fields(meeting.agenda(), "agenda", fields);
        List<AgendaEntry> items = new ArrayList<>();
        for (Outline.Entry e : Outline.of(meeting.agenda(), body.defaults()).entries()) {
            AgendaItem item = e.item();
            LocalTime at = starts.get(item);
            List<TaskEntry> tasks = item.tasks().isEmpty() ? List.of() : ledger.reviewedAt(meeting, item.tasks());
            items.add(new AgendaEntry(e.level(), e.label(), e.path(), item.title(), item.kind(), item.description(),
                    item.presenter(), item.duration(), at, item.minutesOf(), item.attachments(), tasks,
                    fields.get(item), item.lang(), Attendance.nameLanguage(body, meeting, item.presenter())));
        }
        List<Notice> notices = body.defaults().notices();
        return new Agenda(letterhead, body.language(), meeting.date(), start,
                location == null ? List.of() : location.lines(), items, notices,
                notices.isEmpty() ? StandardNotices.of(body) : null,
                IntStream.range(0, Math.max(3, body.defaults().numbering().size()))
                        .mapToObj(level -> body.defaults().numberingAt(level)).toList(),
                meeting.kind() == MeetingKind.SPECIAL, meeting.title(),
                meeting.location() != null ? "location" : location != null ? "defaults.location" : null);
    }

    /** The field path of every item of {@code items} and below: {@code agenda[1].items[0]}. */
    private static void fields(List<AgendaItem> items, String prefix, Map<AgendaItem, String> out) {
        for (int i = 0; i < items.size(); i++) {
            String path = prefix + "[" + i + "]";
            out.put(items.get(i), path);
            fields(items.get(i).items(), path + ".items", out);
        }
    }

    /**
     * Gives each item the time it is expected to start: the meeting's start plus the time allotted to the items
     * before it. An item with sub-items starts with its first sub-item and lasts as long as they do, or as long as
     * its own allotment when that is longer. After an item with no time allotted, start times are unknown.
     *
     * @return the time after the items, or null when unknown
     */
    private static LocalTime startTimes(List<AgendaItem> items, LocalTime clock, Map<AgendaItem, LocalTime> starts) {
        LocalTime now = clock;
        for (AgendaItem item : items) {
            starts.put(item, now);
            LocalTime own = now == null || item.duration() == null ? null : now.plusMinutes(item.duration());
            if (item.items().isEmpty()) {
                now = own;
            } else {
                LocalTime afterChildren = startTimes(item.items(), now, starts);
                if (own != null && afterChildren != null) {
                    now = own.isAfter(afterChildren) ? own : afterChildren;
                } else {
                    now = own != null ? own : afterChildren;
                }
            }
        }
        return now;
    }
}
