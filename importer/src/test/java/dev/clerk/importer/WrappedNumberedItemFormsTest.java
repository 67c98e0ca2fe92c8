package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbered items that text exported at 72 columns or sent by e-mail wraps over lines, each form in minutes made up for
 * the test: an item's further lines hanging under its text (a title with its minute run in after it, a title cut at a
 * comma), and text wrapped twice, a short line left under each long one. Each must give the
 * titles, motions and text the same minutes written a line an item give. And what must stay apart: a short numbered title
 * over its minute indented under it.
 */
class WrappedNumberedItemFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static List<String> movers(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(Motion::mover).toList();
    }

    @Test
    void readsATitleWithItsMinuteRunInAndWrapped() throws Exception {
        String wrapped = """
                Larchmont Allotment Society - Minutes of 6 May 2019

                1. Apologies: none were received.

                2. Minutes of the meeting of 1 April 2019: Nia Brook moved to approve
                   the minutes as written. Omar Voss seconded the motion. The motion
                   carried unanimously.

                3. Water supply: the taps on the lower plots are to be replaced.
                """;
        String oneLine = wrapped.replace("approve\n   the", "approve the").replace("motion\n   carried", "motion carried");
        Meeting m = read(wrapped);
        assertThat(Outline.of(m)).containsExactly("Apologies", "Minutes of the meeting of 1 April 2019", "Water supply");
        assertThat(movers(m)).containsExactly("Nia Brook");
        assertThat(Outline.of(m)).isEqualTo(Outline.of(read(oneLine)));
    }

    @Test
    void readsATitleCutAtACommaWithItsDateBelow() throws Exception {
        String wrapped = """
                Eastwick Town Council - Minutes of the regular meeting, 2 March 2021

                CONSENT CALENDAR

                4. Minutes of the Regular Meetings of 5 January 2021 and 2 February,
                   2021
                Recommended action: approve the minutes as presented.
                """;
        Meeting m = read(wrapped);
        assertThat(Outline.of(m)).containsExactly("CONSENT CALENDAR",
                "  Minutes of the Regular Meetings of 5 January 2021 and 2 February, 2021");
    }

    @Test
    void readsTextWrappedTwiceAsTheLinesItWas() throws Exception {
        String wrapped = """
                Hollin Bridge Residents' Association - 20 October 2015

                1. Open space
                   The residents asked whether the council would consider a new fence
                   along the
                   path to the river, and the chair agreed to write to the parks
                   officer.
                """;
        List<String> narrative = read(wrapped).allItems().flatMap(i -> i.narrative().stream()).toList();
        assertThat(narrative).contains("The residents asked whether the council would consider a new fence along the "
                + "path to the river, and the chair agreed to write to the parks officer.");
    }

    @Test
    void keepsAShortTitleApartFromItsMinuteIndentedUnderIt() throws Exception {
        String minutes = """
                Sandhill Bowls Club - Minutes of 3 July 2018

                1. Apologies
                   received from the treasurer and the fixtures secretary.

                2. Greens
                   The greens are in good order.

                3. Fixtures
                   The league dates are out.
                """;
        assertThat(Outline.of(read(minutes))).containsExactly("Apologies", "Greens", "Fixtures");
    }
}
