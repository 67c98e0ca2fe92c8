package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs of bold, links and brackets that text wrapped at a fixed width (e-mail, text exported at 72 columns, PDF text)
 * cuts over lines, each in minutes made up for the test: a numbered title whose link goes on on the next line, a title
 * in bold cut in two, a bullet whose bracket closes a line down. Each must give the one line, and the sections, the
 * same minutes give written on one line; every source line of a joined run is placed, and an action's sentence joined
 * whole ("Voting will take place ...") names no one. And what must not be joined: a short title over its minute at the
 * same column, a title in bold over a label, a line over a longer one, a short line that opens a bracket, a wiki's item
 * a level down ("** French"), whose stars are no bold.
 */
class WrappedItemFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static List<String> titles(String text) throws Exception {
        return read(text).allItems().map(AgendaItem::title).toList();
    }

    @Test
    void readsARunInBoldCutOverTwoLinesAsOneLine() {
        List<Line> lines = SourceLines.read("""
                **Resolution 14: Purchase of a ride-on mower for the recreation ground
                and the cemetery**
                The board reviewed three quotes.
                """).lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(Line::lines, Line::text, Line::bold).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1-2", "Resolution 14: Purchase of a ride-on mower for the recreation"
                        + " ground and the cemetery", true),
                org.assertj.core.groups.Tuple.tuple("3", "The board reviewed three quotes.", false));
    }

    @Test
    void readsANumberedTitleWhoseLinkGoesOnOnTheNextLine() throws Exception {
        String wrapped = """
                # Open data working group, 2023-11-14

                ## Agenda

                1. [Review of the draft publication policy for the city's open
                   datasets](https://example.org/policy/12) - @ann
                    * @bo: the licence section needs a second look
                2. [Budget for the portal hosting in the coming financial
                   year](https://example.org/budget/3) - @cy
                    * @cy: the quote came in under budget
                """;
        String oneLine = wrapped.replace("open\n   datasets", "open datasets").replace("financial\n   year", "financial year");
        assertThat(titles(oneLine)).anyMatch(t -> t.startsWith("Review of the draft publication policy for the city's open datasets"));
        assertThat(titles(wrapped)).isEqualTo(titles(oneLine));
    }

    @Test
    void readsABulletWhoseBracketClosesOnTheNextLineAsOneLine() {
        List<Line> lines = SourceLines.read("""
                - Boathouse roof repairs and a new slipway for next season (Bo Chen,
                **Time**: 10 minutes)
                - Club kit order
                """).lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(Line::lines, Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1-2", "Boathouse roof repairs and a new slipway for next season"
                        + " (Bo Chen, Time: 10 minutes)"),
                org.assertj.core.groups.Tuple.tuple("3", "Club kit order"));
    }

    @Test
    void leavesAShortTitleOverItsMinuteAtTheSameColumnApart() throws Exception {
        assertThat(titles("""
                Brookside Allotments Association - 5 July 2019

                1.  Apologies
                    Apologies were received from Ann Lee and from Bo Chen.
                2.  Minutes of the meeting held on 7 June
                    Approved.
                3.  Water supply
                    The trough by plot 12 leaks again and will be mended.
                """)).contains("Apologies", "Minutes of the meeting held on 7 June", "Water supply");
    }

    @Test
    void leavesATitleInBoldOverALabelApart() throws Exception {
        assertThat(titles("""
                # Millbrook Fire District Board - 28 April 2022

                ## Consent calendar

                3. **Disposition of surplus assets - ninety cardiac monitors and defibrillators**
                   **Recommendation:** Adopt a resolution to dispose of the monitors for credit.
                   **Action:** Adopted.
                4. **Purchase of one additional type five engine for the station**
                   **Recommendation:** Approve the purchase.
                """)).contains("Disposition of surplus assets - ninety cardiac monitors and defibrillators",
                "Purchase of one additional type five engine for the station");
    }

    @Test
    void leavesALineOverALongerOneOrAfterAHardBreakApart() {
        List<Line> lines = SourceLines.read("""
                - Report of the treasurer on the accounts for the year to March
                  The accounts for the year to March were examined by the auditor and found in order.
                - Report of the secretary on the membership for the whole year \s
                  Forty members renewed.
                """).lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(Line::lines).containsExactly("1", "2", "3", "4");
    }

    @Test
    void leavesAShortLineThatOpensABracketApart() {
        List<Line> lines = SourceLines.read("""
                Present: Ann Lee (chair
                Bo Chen, Cy Dunn)
                """).lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(Line::lines).containsExactly("1", "2");
    }

    @Test
    void placesEveryLineOfARunInTitleWhoseBracketClosesALineDown() throws Exception {
        String text = """
                # Library committee, 3 March 2021

                **Shelving**: The new shelves for the reading room are in place.  (They
                arrived, as ordered, a week early.)

                **Catalogue**: No report.
                """;
        ImportResult result = MinutesImporter.importText("minutes.txt", text, ImportOptions.none());
        assertThat(result.placements()).extracting(Placement::line).contains(3, 4);
        assertThat(result.placements()).hasSize((int) text.lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void readsAnEventThatWillTakePlaceAsNoOnesTask() throws Exception {
        Meeting m = read("""
                # Rowing club committee, 9 May 2020

                ## Officers

                * ACTION: Until the AGM (when the rules can be changed) new posts will be offered publicly (via
                  the forum and the newsletter). Voting will take place on the chat (open to all).  (ann, 19:40:47)
                """);
        assertThat(m.actionItems()).flatExtracting(a -> a.owners()).doesNotContain("Voting");
    }

    @Test
    void leavesAWikiItemALevelDownApart() {
        List<Line> lines = SourceLines.read("""
                * Language corners
                ** German on Thursdays at seven, beginners earlier, advanced come later.
                ** French on Wednesdays
                """).lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(Line::lines).containsExactly("1", "2", "3");
    }
}
