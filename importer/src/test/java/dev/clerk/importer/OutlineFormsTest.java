package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More forms of the minutes' outline, each in minutes written for the test: HTML blocks a converter left on one line,
 * Markdown's hard line breaks, numbered titles in bold leading their minute, "Agenda" and "Minutes" as parts of one
 * page, titles above a list or a table before the first heading, short titles between sentences, a numbered "Date
 * of next meeting" item, action tables with a "Resp." column, and the time and place in Jekyll front matter.
 */
class OutlineFormsTest {

    private static ImportResult result(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none());
    }

    /** Minutes whose date, when they do not give it, is the file name's. */
    private static Meeting read(String text) throws Exception {
        return result("2014-05-14-minutes.txt", text).meeting();
    }

    private static AgendaItem item(Meeting m, String title) {
        List<AgendaItem> all = new ArrayList<>();
        m.agenda().forEach(i -> flatten(i, all));
        return all.stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no item \"" + title + "\" in " + Outline.of(m)));
    }

    private static void flatten(AgendaItem item, List<AgendaItem> out) {
        out.add(item);
        item.items().forEach(c -> flatten(c, out));
    }

    @Test
    void readsHtmlBlocksLeftOnOneLineAsRowsItemsAndParagraphs() throws Exception {
        Meeting m = read("""
                Hollybrook Parish Council
                Minutes of the meeting held on 4 March 2021

                1. **Accounts**

                <table><tbody><tr><td><strong>Payee</strong></td><td><strong>Net</strong></td></tr><tr><td>Grass cutting</td><td>120.00</td></tr><tr><td>Clerk&nbsp;salary</td><td>310.00</td></tr></tbody></table>

                2. **Planning**

                <table><tbody><tr><td><strong>i) 21/0101:</strong> No objection.<div></div><strong>ii) 21/0102:</strong> Refused.<div></div>&nbsp;<ol start="3"><li><strong>Correspondence</strong></li><li><strong>Highways</strong></li></ol></td></tr></tbody></table>

                The meeting closed at 8.40pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Accounts", "Planning", "Correspondence", "Highways");
        assertThat(item(m, "Accounts").narrative()).containsExactly("Payee; Net", "Grass cutting; 120.00",
                "Clerk salary; 310.00");
        assertThat(item(m, "Planning").narrative()).containsExactly("21/0101: No objection.", "21/0102: Refused.");
        // Nothing of the line is kept a second time as written: its pieces were all placed.
        assertThat(String.join("\n", item(m, "Highways").narrative())).doesNotContain("21/0101");
    }

    @Test
    void leavesMarkupInsideAMarkdownTableCellToItsRow() throws Exception {
        Meeting m = read("""
                # Tooling Group Minutes

                ## Discussion

                | Topic | Notes |
                | ----- | ----- |
                | Releases | <p>- Cadence agreed.</p><p>- Notes to follow.</p> |
                | Hosting | <p>- Costs reviewed.</p> |
                """);
        assertThat(Outline.of(m)).containsExactly("Discussion", "  Releases", "  Hosting");
    }

    @Test
    void dropsMarkdownHardBreaksAndReadsShortTitlesWithAFullStop() throws Exception {
        Meeting m = read("""
                Garden Trust Steering Group
                Minutes, 9 June 2020

                1\\. Welcome
                The chair welcomed everyone.

                2\\. Roadmap\\
                See slides\\
                The new greenhouse opens in May.

                3\\. AOB.

                No business.

                4\\. Noted.

                5\\. Next steps\\
                Volunteers will be asked to help.
                """);
        assertThat(Outline.of(m)).containsExactly("Welcome", "Roadmap", "AOB", "Next steps");
        assertThat(item(m, "Roadmap").narrative()).containsExactly("See slides The new greenhouse opens in May.");
    }

    @Test
    void readsANumberedTitleInBoldLeadingItsMinuteInMarkdown() throws Exception {
        Meeting m = read("""
                ## Attendees

                  - Ann Lee
                  - Bo Chan

                ## Agenda

                **1) Licence List** - Ann Lee reviewed the draft list
                of licences.

                  - two entries still need a source

                **2) Website** - not discussed; moved to the next call.

                ## Tasks

                1. Ann to send the list round
                2. Bo to fix the links
                """);
        assertThat(Outline.of(m)).containsExactly("Attendees", "Agenda", "  Licence List", "  Website", "Tasks");
        assertThat(item(m, "Licence List").narrative()).first().asString()
                .startsWith("Ann Lee reviewed the draft list of licences.");
    }

    @Test
    void keepsANumberedDateOfNextMeetingItemInTheAgenda() throws Exception {
        Meeting m = read("""
                Chess Club Committee
                Minutes of 8 December 2006

                1. Apologies
                None.

                2. Date of next meeting
                The next meeting will be held on 12 January 2007.
                """);
        assertThat(Outline.of(m)).containsExactly("Apologies", "Date of next meeting");
        assertThat(m.next().date()).isEqualTo(LocalDate.of(2007, 1, 12));

        // A numbered line that only gives the date is the next meeting, not an item.
        Meeting dated = read("""
                Chess Club Committee
                Minutes of 8 December 2006

                1. Apologies
                None.

                2. Next meeting: 12 January 2007
                """);
        assertThat(Outline.of(dated)).containsExactly("Apologies");
        assertThat(dated.next().date()).isEqualTo(LocalDate.of(2007, 1, 12));

        Meeting unnumbered = read("""
                # Chess Club Committee Minutes

                ## Apologies

                None.

                ## Next meeting

                The next meeting will be held on 12 June 2014.
                """);
        // A heading of its own is an item of the order of business, numbered or not; what it says is the next meeting.
        assertThat(Outline.of(unnumbered)).containsExactly("Apologies", "Next meeting");
        assertThat(unnumbered.next().date()).isEqualTo(LocalDate.of(2014, 6, 12));
    }

    @Test
    void readsTheDateUnderATitleUnderlinedOrMarkedAsAHeading() throws Exception {
        Meeting underlined = result("minutes.txt", """
                Riverside Allotment Society
                ===========================

                Date: March 3, 2022

                Present: Ann Lee, Bob Ray

                Water Supply
                ------------

                The standpipe was repaired.
                """).meeting();
        assertThat(underlined.date()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(Outline.of(underlined)).containsExactly("Water Supply");

        Meeting marked = result("minutes.md", """
                # Riverside Allotment Society

                14 April 2022

                ## Water Supply

                The standpipe was repaired.
                """).meeting();
        assertThat(marked.date()).isEqualTo(LocalDate.of(2022, 4, 14));
        assertThat(Outline.of(marked)).containsExactly("Water Supply");
    }

    @Test
    void readsTheDateWrittenOverTheAttendance() throws Exception {
        Meeting m = result("minutes.txt", """
                Riverside Allotment Society

                March 3, 2022 Attendees:
                Ann Lee
                Bob Ray

                OLD BUSINESS
                - The fence was mended.
                """).meeting();
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(Outline.of(m)).containsExactly("OLD BUSINESS");
    }

    @Test
    void readsAResultInCapitalsUnderAMotionAsItsOutcomeNotATitle() throws Exception {
        Meeting m = read("""
                Riverside Allotment Society Minutes
                May 14, 2014

                Present: Ann Lee, Bob Ray, Cy Dee

                NEW BUSINESS

                MOTION: To buy a new mower.
                MOVED: Ann Lee
                SECONDED: Bob Ray
                PASSED 3-0

                MOTION: To paint the shed.
                MOVED: Bob Ray
                SECONDED: Cy Dee
                MOTION FAILED 1-2

                MOTION: To close the gate at dusk.
                MOVED: Cy Dee
                SECONDED: Ann Lee
                CARRIED UNANIMOUSLY

                MOTION: To refer the hedge to the working party.
                MOVED: Ann Lee
                SECONDED: Cy Dee
                PASSED COMMITTEE [UNANIMOUS]

                TREASURER REPORT
                - The balance is as last month.
                """);
        assertThat(Outline.of(m)).containsExactly("NEW BUSINESS", "TREASURER REPORT");
        assertThat(item(m, "NEW BUSINESS").motions()).extracting(dev.clerk.model.Motion::mover)
                .containsExactly("Ann Lee", "Bob Ray", "Cy Dee", "Ann Lee");
    }

    @Test
    void readsNumberedTitlesInBoldClosedByAStopAsTheMinutesItems() throws Exception {
        Meeting m = result("minutes.md", """
                # Garden Working Group

                Date: 2024-06-03

                ## Minutes

                1. **Review of the planting plan**.
                The plan was reviewed and the bulbs ordered.

                2. **AOB: Hose reel storage**.
                The reels will be kept in the shed.
                """).meeting();
        assertThat(Outline.of(m)).containsExactly("Minutes", "  Review of the planting plan", "  AOB: Hose reel storage");
    }

    @Test
    void readsAgendaAndMinutesHeadingsAsPartsOfThePage() throws Exception {
        Meeting m = read("""
                ---
                title: Board Meeting
                date: 2023-04-15 10:00:00 -0700
                location: Maple Room, 12 Elm Street, Springfield
                ---

                ## Agenda

                The board will discuss the budget.

                ## Minutes

                The meeting was called to order at 10:06 a.m.

                ### Budget

                The budget was adopted.
                """);
        assertThat(Outline.of(m)).containsExactly("Agenda", "Minutes", "  Budget");

        Meeting titled = read("""
                # Minutes

                Date: 15 April 2023

                ## Budget

                The budget was adopted.

                ## Roads

                The potholes were reported.
                """);
        assertThat(Outline.of(titled)).containsExactly("Budget", "Roads");
    }

    @Test
    void takesTheStartAndPlaceFromFrontMatterWhenTheMinutesGiveNoOther() throws Exception {
        ImportResult r = result("minutes.md", """
                ---
                title: Board Meeting
                date: 2023-04-15 10:00:00 -0700
                location: Maple Room, 12 Elm Street, Springfield
                ---

                ## Minutes of 15 April 2023

                The chair called the meeting to order.

                ### Budget

                The budget was adopted.

                ### Roads

                The potholes were reported.
                """);
        Meeting m = r.meeting();
        assertThat(m.start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(m.location().name()).isEqualTo("Maple Room");
        assertThat(m.location().address()).containsExactly("12 Elm Street, Springfield");
        assertThat(r.guesses()).anySatisfy(g -> assertThat(g.note()).startsWith("start time read as 10:00 from the front matter"));

        // A date of another day (the day the page was posted), or with no time of its own, gives no start.
        Meeting posted = read("""
                ---
                title: Minutes
                date: 2023-05-02 09:15:00
                ---

                ## Minutes of 15 April 2023

                The meeting was called to order at 10:06 a.m.

                ### Budget

                The budget was adopted.
                """);
        assertThat(posted.start()).isNotEqualTo(LocalTime.of(9, 15));
        Meeting midnight = read("""
                ---
                date: 2023-04-15 00:00:00
                ---

                ## Minutes of 15 April 2023

                ### Budget

                The budget was adopted.
                """);
        assertThat(midnight.start()).isNull();
    }

    @Test
    void readsAPlainTitleAboveAListBeforeTheFirstHeadingAndAboveATable() throws Exception {
        Meeting m = read("""
                # Rowing Club AGM, 5 March 2015

                The AGM was held on 5 March 2015.

                  - Ann Lee (Chair)
                  - Bo Chan (Treasurer)

                Apologies for Absence

                  - Cy Ward (Secretary)

                ## Chair's report

                The chair reported a good season.

                ## Elections

                Ann Lee was re-elected.
                """);
        assertThat(Outline.of(m)).containsExactly("Apologies for Absence", "Chair's report", "Elections");
        assertThat(m.attendees()).extracting(a -> a.name()).contains("Cy Ward");

        Meeting tabled = read("""
                Rowing Club Committee
                Minutes of 5 March 2015

                1. Elections
                Ann Lee was re-elected.

                New Actions

                | No. | Detail | Resp. |
                | --- | ------ | ----- |
                | 1   | Book the boathouse for May | Ann Lee |
                | 2   | Renew the insurance | Bo Chan |
                """);
        assertThat(Outline.of(tabled)).containsExactly("Elections", "  New Actions");
        List<ActionItem> actions = item(tabled, "New Actions").actions();
        assertThat(actions).extracting(ActionItem::task).containsExactly("Book the boathouse for May",
                "Renew the insurance");
        assertThat(actions.get(0).owners()).containsExactly("Ann Lee");
    }

    @Test
    void readsShortTitlesBetweenTheSentencesOfAnItem() throws Exception {
        Meeting m = read("""
                Brambleford Parish Council
                Minutes of the Annual Meeting held on 14 May 2019 at 7.30 pm
                Present: Cllrs A Hart (Chair), B Cole, C Dunn and D Egan.
                1.19 - Chair
                Cllr Hart was nominated by Cllr Cole and accepted the Chair.
                2.19 - Representatives
                Footpaths Rep.
                Cllr Dunn was nominated by Cllr Hart and accepted the position.
                Cllr Dunn will walk the footpaths in June.
                Village Hall Trustee
                Cllr Egan was nominated by Cllr Cole; there were no other nominations.
                The meeting closed at 8.10 pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Chair", "Representatives", "  Footpaths Rep", "  Village Hall Trustee");
    }

    @Test
    void takesNoLastLineOfAWrappedParagraphForAShortTitle() throws Exception {
        Meeting m = read("""
                Riverside Council
                Minutes of the Special Meeting held on 26 February 2024

                1. Local Area Plan

                The Director outlined the submissions received on the Material Alterations to the

                Riverside Local Area Plan.

                The Members discussed the submissions at length and agreed to defer the matter.

                The Council noted the following:

                Members will receive the report in March.
                """);
        assertThat(Outline.of(m)).containsExactly("Local Area Plan");
    }
}
