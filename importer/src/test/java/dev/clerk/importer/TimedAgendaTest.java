package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Minutes that follow a timed agenda: each list item that starts with its time slot is an item, with its presenter
 * and length; presenters not in the attendance are listed as present, marked for checking. Invented minutes.
 */
class TimedAgendaTest {
    private static final String MINUTES = """
            # Cedar Valley Makers Guild - Annual Meeting, April 9, 2022

            ## Reports

            - 7:00 pm – 7:20 pm Treasurer's report, Ada Byron
            - 7:20–7:35 Dana Whitfield - Workshop safety review
              The new dust extractor is installed; training dates follow by email.
            - 7:35-7:50 Membership numbers (Li Wei)

            ## Talks

            - 7:50–8:05 Laser cutter upgrade options https://example.org/laser
            - 8:05–8:15 Tools - what to buy next
            - 8:20 Meeting adjourned
            """;

    private static Meeting meeting(String text) throws Exception {
        return MinutesImporter.importText("cedar.md", text, ImportOptions.none()).meeting();
    }

    @Test
    void eachTimedEntryIsAnItemWithItsPresenterAndLength() throws Exception {
        Meeting m = meeting(MINUTES);
        AgendaItem reports = m.agenda().get(0);
        assertThat(reports.title()).isEqualTo("Reports");
        assertThat(reports.items()).extracting(AgendaItem::title, AgendaItem::presenter, AgendaItem::duration)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Treasurer's report", "Ada Byron", 20),
                        org.assertj.core.groups.Tuple.tuple("Workshop safety review", "Dana Whitfield", 15),
                        org.assertj.core.groups.Tuple.tuple("Membership numbers", "Li Wei", 15));
        // The text under an entry belongs to it.
        assertThat(reports.items().get(1).narrative())
                .containsExactly("The new dust extractor is installed; training dates follow by email.");
        AgendaItem talks = m.agenda().get(1);
        assertThat(talks.items().get(0).title()).isEqualTo("Laser cutter upgrade options");
        assertThat(talks.items().get(0).narrative()).containsExactly("https://example.org/laser");
        // "Tools - what to buy next": neither side is a person's name.
        assertThat(talks.items().get(1).title()).isEqualTo("Tools - what to buy next");
        assertThat(talks.items().get(1).presenter()).isNull();
        assertThat(m.end()).isEqualTo(LocalTime.of(20, 20));
    }

    @Test
    void presentersAreListedAsPresentForChecking() throws Exception {
        ImportResult r = MinutesImporter.importText("cedar.md", MINUTES, ImportOptions.none());
        assertThat(r.meeting().attendees()).extracting(Attendee::name)
                .containsExactly("Ada Byron", "Dana Whitfield", "Li Wei");
        assertThat(r.guesses()).anyMatch(g -> g.path().equals("attendees[0]")
                && g.note().contains("presenting an item"));
    }

    @Test
    void twoTimedLinesDoNotMakeATimedAgenda() throws Exception {
        Meeting m = meeting("""
                # Cedar Valley Makers Guild, April 9, 2022

                ## Notes

                - 7:00 The lights were fixed, Ada Byron
                - 7:20 Dana Whitfield - Brought cake
                - The raffle raised $200.
                """);
        assertThat(m.agenda().get(0).items()).isEmpty();
        assertThat(m.agenda().get(0).narrative()).hasSize(3);
    }

    @Test
    void readsTheSlotForms() {
        assertThat(TimeSlot.read("11:30 - 12:15 pm Lunch")).extracting(TimeSlot::title, TimeSlot::minutes)
                .containsExactly("Lunch", 45);
        assertThat(TimeSlot.read("9:00 AM Call to order")).extracting(TimeSlot::title, TimeSlot::minutes)
                .containsExactly("Call to order", null);
        assertThat(TimeSlot.read("7:05 – Approval of the agenda").title()).isEqualTo("Approval of the agenda");
        assertThat(TimeSlot.read("25:00 Something")).isNull();
        assertThat(TimeSlot.read("12 members attended")).isNull();
        assertThat(TimeSlot.read("7:00 " + "x".repeat(300))).isNull();
    }
}
