package dev.clerk.model.agenda;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Notice;
import dev.clerk.model.NumberingStyle;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The content of a meeting's agenda, worked out once from the meeting and its committee: letterhead, date, time and
 * place, numbered items with start times and the open tasks under the review item, and the notices. It holds
 * facts only; {@code dev.clerk.compose} words them ("Regular Meeting Agenda", "Monday, May 22, 2017").
 *
 * @param letterhead      the body's facts
 * @param language        the language of the document, a BCP 47 tag
 * @param date            the meeting date
 * @param start           the start time, or null when neither the meeting nor the body gives one
 * @param location        the place, one line each; empty when unknown
 * @param items           the items, depth first
 * @param notices         the body's own notices ({@code defaults.notices} of committee.yaml), as the committee words
 *                        them; empty when it gives none
 * @param standardNotices the facts of the standard disability access, language and public comment notices, printed
 *                        when the body gives none of its own; null when it does
 * @param numbering       how each level of items is numbered, outermost first (for renderers that number for
 *                        themselves)
 * @param special         whether it is a special meeting (its file is {@code DATE-special.yaml})
 * @param meetingTitle    the meeting's own title, or null
 * @param locationField   where the location comes from: "location" of the meeting file, "defaults.location" of
 *                        committee.yaml, or null when unknown
 */
public record Agenda(Letterhead letterhead, String language, LocalDate date, LocalTime start, List<String> location,
                     List<AgendaEntry> items, List<Notice> notices, StandardNotices standardNotices,
                     List<NumberingStyle> numbering, boolean special, String meetingTitle, String locationField) {
    public Agenda {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        location = List.copyOf(location);
        items = List.copyOf(items);
        notices = List.copyOf(notices);
        if (!notices.isEmpty() && standardNotices != null) {
            throw new IllegalArgumentException("standardNotices: must be null when the body gives its own notices");
        }
        numbering = List.copyOf(numbering);
    }

    /** Whether any item has time allotted, so that start times are worth printing. */
    public boolean isTimed() {
        return items.stream().anyMatch(i -> i.minutes() != null);
    }

    /**
     * The agenda of {@code meeting}; the committee gives the letterhead, defaults, notices and the tasks' history.
     * The meeting need not be among the committee's meetings yet.
     */
    public static Agenda of(Committee committee, Meeting meeting) {
        return AgendaBuilder.build(committee, meeting);
    }
}
