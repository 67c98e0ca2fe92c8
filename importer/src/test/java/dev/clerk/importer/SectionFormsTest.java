package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms section titles take in minutes, each in minutes written for the test: decimal numbers, "Item 5:",
 * upper-case and bold lines, plain titles above bulleted lists, agenda tables, and what only looks like a title.
 */
class SectionFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static AgendaItem item(Meeting m, String title) {
        return m.agenda().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no item \"" + title + "\" in " + Outline.of(m)));
    }

    @Test
    void nestsDecimalNumbersUnderTheirWholeNumber() throws Exception {
        Meeting m = read("""
                Harbour Trust Board
                Minutes of 4 March 2021

                1. Opening
                The chair opened the meeting.

                2. Reports
                2.1 Treasurer
                Income is steady.
                2.2 Works committee
                2.2.1 Slipway repairs
                Quotes are due in April.
                3. Close
                """);
        assertThat(Outline.of(m)).containsExactly("Opening", "Reports", "  Treasurer", "  Works committee",
                "    Slipway repairs", "Close");
        assertThat(item(m, "Reports").items().get(1).items().get(0).narrative()).containsExactly("Quotes are due in April.");
    }

    @Test
    void takesADecimalAmountInASentenceForText() throws Exception {
        Meeting m = read("""
                Harbour Trust Board
                Minutes of 4 March 2021

                1. Finance
                1.5 million dollars were set aside for the dredging.
                """);
        assertThat(Outline.of(m)).containsExactly("Finance");
    }

    @Test
    void readsItemLabelsAsTitles() throws Exception {
        Meeting m = read("""
                Library Friends Committee
                Minutes, 12 May 2022

                Item 1: Welcome and apologies
                Everyone was welcomed.

                Agenda item 2 – Book sale
                The sale raised $420.

                Item 3. Any other business
                None.
                """);
        assertThat(Outline.of(m)).containsExactly("Item 1: Welcome and apologies", "Agenda item 2 – Book sale",
                "Item 3. Any other business");
        assertThat(item(m, "Agenda item 2 – Book sale").narrative()).containsExactly("The sale raised $420.");
    }

    @Test
    void readsUpperCaseLinesAndNotANameInTheAttendance() throws Exception {
        Meeting m = read("""
                WESTFIELD WATER BOARD
                REGULAR MEETING MINUTES
                June 3, 2019

                ATTENDANCE
                MARIA LOPEZ
                TOM BECKER

                CALL TO ORDER
                The meeting was called to order.

                OLD BUSINESS
                The well pump was replaced.
                """);
        assertThat(Outline.of(m)).containsExactly("ATTENDANCE", "CALL TO ORDER", "OLD BUSINESS");
    }

    @Test
    void continuesATitleThatBreaksOffMidPhrase() throws Exception {
        Meeting m = read("""
                Note of the meeting

                MINUTES OF THE ANNUAL MEETING OF THE RIVERSIDE ALLOTMENT SOCIETY HELD IN THE
                CHURCH HALL ON 14 SEPTEMBER 2020 AT
                7.30PM TO RECEIVE THE ACCOUNTS.

                ACCOUNTS
                The accounts were received.
                """);
        assertThat(Outline.of(m)).containsExactly("ACCOUNTS");
    }

    @Test
    void readsBoldLinesAsTitlesButNotVoteLabelsOrRunInLabels() throws Exception {
        Meeting m = read("""
                Parish Council
                Minutes of 9 January 2023

                **MEMBERS PRESENT:**
                Councillors Hale, Ibsen and Okafor.

                **Footpath Closure**
                **Reason:** the bridge is unsafe.
                The closure was put to a vote.
                **In Favour:**
                Councillors Hale, Ibsen
                **Against:**
                Councillor Okafor

                **Grants**
                A grant of 300 pounds was made to the youth club.
                """);
        assertThat(Outline.of(m)).containsExactly("MEMBERS PRESENT", "Footpath Closure", "Grants");
        assertThat(m.attendees()).extracting(a -> a.name()).contains("Hale", "Ibsen", "Okafor");
    }

    @Test
    void readsABoldLineInMarkdownAsASubHeadingAndAttendanceAtTheTop() throws Exception {
        Meeting m = read("""
                # Minutes of the Makers Guild, 2 February 2024

                ## Projects

                **Laser cutter**

                The laser cutter needs a new lens.

                ## Treasury

                The balance is healthy.

                **Attendees**

                Ann Brook
                Raj Patel
                """);
        assertThat(Outline.of(m)).containsExactly("Projects", "  Laser cutter", "Treasury", "Attendees");
        assertThat(m.attendees()).extracting(a -> a.name()).containsExactly("Ann Brook", "Raj Patel");
    }

    @Test
    void readsPlainTitlesAboveBulletedLists() throws Exception {
        Meeting m = read("""
                Neighbourhood Watch Committee - Minutes - 21 October 2018

                Members present:

                Lena Ford
                - Secretary, in the chair

                Omar Haddad

                Patrol schedule
                - Night patrols move to Fridays.
                - Omar will draw up the new rota.

                Street lighting
                - Two lamps on Elm Road are out.
                The council has been told.

                We agreed on the following
                - a new sign at the park gate
                """);
        assertThat(Outline.of(m)).containsExactly("Patrol schedule", "Street lighting");
        assertThat(m.agenda().get(m.agenda().size() - 1).narrative()).contains("We agreed on the following");
    }

    @Test
    void takesNoShortLineInsideAParagraphForATitle() throws Exception {
        Meeting m = read("""
                Tenants Association
                Minutes, 2 April 2020

                1. Repairs
                The landlord replied about the boiler
                - it will be serviced in May
                - the lift is on order
                """);
        assertThat(Outline.of(m)).containsExactly("Repairs");
    }

    @Test
    void readsTheRowsOfANumberedAgendaTableAsItems() throws Exception {
        Meeting m = read("""
                # Board meeting, 5 May 2022

                ## Items of business

                | # | Item | Notes |
                |---|------|-------|
                | 1 | Minutes of the last meeting | Approved as circulated. |
                | 2 | Membership fees | <p>- Fees stay at 20 pounds.</p><p>- Students pay half.</p> |
                | 3 | Any other business | None |

                ## Close

                The chair closed the meeting.
                """);
        assertThat(Outline.of(m)).containsExactly("Items of business", "  Minutes of the last meeting", "  Membership fees",
                "  Any other business", "Close");
        assertThat(item(m, "Items of business").items().get(1).narrative()).containsExactly("Fees stay at 20 pounds.",
                "Students pay half.");
        assertThat(item(m, "Close").narrative()).containsExactly("The chair closed the meeting.");
    }

    @Test
    void readsATimedAgendaTableAndKeepsEachTime() throws Exception {
        Meeting m = read("""
                # Steering group, 1 June 2023

                ## Programme

                | Time | Session | Lead |
                |------|---------|------|
                | 10:00 | Welcome | Chair |
                | 10:15-11:00 | Roadmap review | Product lead |
                """);
        assertThat(Outline.of(m)).containsExactly("Programme", "  Welcome", "  Roadmap review");
        assertThat(item(m, "Programme").items().get(1).narrative()).containsExactly("10:15-11:00", "Product lead");
    }

    @Test
    void readsATopicTableWithAnActionsColumn() throws Exception {
        Meeting m = read("""
                # Technical committee, 3 March 2024

                ## Discussion

                | Topic | Discussion | Actions |
                |-------|------------|---------|
                | Release plan | <p>- The release moves to April.</p> | - Priya to update the release notes. |
                | <p>Security </p><p>review</p> | - Two findings remain open. | - None |
                """);
        assertThat(Outline.of(m)).containsExactly("Discussion", "  Release plan", "  Security review");
        AgendaItem release = item(m, "Discussion").items().get(0);
        assertThat(release.narrative()).containsExactly("The release moves to April.");
        assertThat(release.actions()).singleElement().satisfies(a -> {
            assertThat(a.owners()).containsExactly("Priya");
            assertThat(a.task()).isEqualTo("Update the release notes.");
        });
    }

    @Test
    void leavesAnActionTableAndAnAttendanceTableAlone() throws Exception {
        Meeting m = read("""
                # Board meeting, 5 May 2022

                ## Actions

                | Item | Owner | Due |
                |------|-------|-----|
                | Renew the insurance | Sam Reed | 2022-06-01 |
                | Book the hall | Ada Bell | 2022-05-20 |
                """);
        assertThat(Outline.of(m)).containsExactly("Actions");
        assertThat(m.actionItems()).extracting(a -> a.owners().get(0)).containsExactly("Sam Reed", "Ada Bell");
    }

    @Test
    void readsMinuteNumbersThatCarryTheYearAsOneLevel() throws Exception {
        Meeting m = read("""
                Little Easton Parish Council
                Minutes of the Annual Meeting held on 9 May 2023
                Present: Cllr A. Brook (Chair), Cllr J. Hale, Cllr P. Orme
                1.23 - Chair
                Cllr Brook was re-elected unopposed.
                2.23 – Vice Chair
                Cllr Hale was elected.
                3.23- Representatives
                Cllr Orme will attend the footpaths forum.
                """);
        assertThat(Outline.of(m)).containsExactly("Chair", "Vice Chair", "Representatives");
        assertThat(item(m, "Vice Chair").narrative()).containsExactly("Cllr Hale was elected.");
    }

    @Test
    void readsSlashedMinuteNumbersAsTitles() throws Exception {
        Meeting m = read("""
                Upper Wick Parish Council
                Minutes of 14 March 2022

                Min 41/22 – Apologies
                None were received.

                42/22 Planning
                No applications had come in.

                Minute 43/22: Correspondence
                A letter from the highways team was read.
                """);
        assertThat(Outline.of(m)).containsExactly("Apologies", "Planning", "Correspondence");
    }

    @Test
    void readsEscapedNumbersAndSplitsAMinuteRunOnAfterItsTitle() throws Exception {
        Meeting m = read("""
                MINUTES OF FENWAY PARISH COUNCIL HELD ON 3 JUNE 2019

                1\\. Election of Chairman It was proposed and seconded that Cllr Ross remain as Chairman.

                2\\. The minutes of the last meeting were agreed as a true record.

                3\\. Correspondence 3.1 A letter from the county about verge cutting.

                4\\. Village hall Cllr Dee reported that the roof repair is done.

                5\\. A.O.B.
                """);
        // "4. Village hall Cllr Dee reported ..." has no clear end to a title: it stays a minute of item 3.
        assertThat(Outline.of(m)).containsExactly("Election of Chairman", "Correspondence", "A.O.B.");
        assertThat(item(m, "Election of Chairman").narrative().get(0))
                .isEqualTo("It was proposed and seconded that Cllr Ross remain as Chairman.");
        assertThat(item(m, "Correspondence").narrative().get(0)).startsWith("3.1 A letter from the county");
    }

    @Test
    void readsCodedTitlesInPlainTypeAndLeavesPageMarkupAndSignaturesOut() throws Exception {
        Meeting m = read("""
                <!-- Page 1 -->
                ![Image](https://example.org/scan-1.png)

                **Board of Trustees Minutes**
                **April 4, 2023**

                **Call to Order (A)**
                The president called the meeting to order at 6:00 p.m.

                **Minutes Approved (B)**
                The minutes of March 21 were approved.

                17
                <!-- Page 2 -->
                Public Comment (C)
                Two residents spoke about the library hours.

                Consent Calendar (D-1)
                Approved as submitted.

                # Budget Adjustments (E)
                The budget adjustments were approved.

                ## Board Reports (F)
                Trustees reported on school visits.

                ## Adjournment (G)
                The meeting was adjourned at 8:15 p.m.

                ---

                **Dana Whitfield, Ed.D., President**
                **Approved: 4/18/2023**

                **Lee Ortega for**
                **Sam Patel, Executive Secretary**

                18
                """);
        assertThat(Outline.of(m)).containsExactly("Call to Order (A)", "Minutes Approved (B)", "Public Comment (C)",
                "Consent Calendar (D-1)", "Budget Adjustments (E)", "Board Reports (F)", "Adjournment (G)");
        assertThat(item(m, "Minutes Approved (B)").narrative()).contains("17").noneMatch(n -> n.contains("Page"));
        assertThat(item(m, "Adjournment (G)").narrative()).contains("18")
                .anyMatch(n -> n.startsWith("Dana Whitfield, Ed.D., President"));
    }

    @Test
    void readsANumberedOutlineUnderAMarkdownHeading() throws Exception {
        Meeting m = read("""
                # Makerspace Board Meeting, 4 December 2022

                ### Attendance

                Present: Ann, Bo, Cy

                ### Discussion Topics

                1.  Parking:
                    1.  Members may park behind the hall.
                    2.  Signs to be put up.
                2.  Tool library:
                    1.  Needs a new lock
                        1.  Bo will buy one
                3.  Anything else

                ### Close

                Closed at 9pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Attendance", "Discussion Topics", "  Parking", "  Tool library", "Close");
        assertThat(item(m, "Discussion Topics").items().get(0).narrative())
                .containsExactly("Members may park behind the hall.", "Signs to be put up.");
    }

    @Test
    void readsNumberedBoldTitlesAtTheLevelOfTheBoldTitlesBeforeThem() throws Exception {
        Meeting m = read("""
                MINUTES OF ASHFORD PARISH COUNCIL HELD ON 2 APRIL 2024

                **PUBLIC FORUM**

                Two residents raised parking on Mill Lane.

                **Election of Chairman**

                Cllr Grey was elected.

                **2.** **Declarations of Interest**

                None.

                3. **Matters arising**

                **Bus shelter**

                The repair is booked.

                **Footpath 7**

                The stile has been replaced.

                <ol start="4"><li><strong>To receive correspondence</strong></li></ol>

                A letter from the county was noted.
                """);
        assertThat(Outline.of(m)).containsExactly("PUBLIC FORUM", "Election of Chairman", "Declarations of Interest",
                "Matters arising", "  Bus shelter", "  Footpath 7", "To receive correspondence");
    }

    @Test
    void takesTheTitleAndDateFromTomlFrontMatter() throws Exception {
        Meeting m = read("""
                +++
                title = "Chess Club Committee Minutes - 5 March 2021"
                date = "2021-03-09"

                [extra]
                original = "https://example.org/minutes/2021-03-05"
                +++

                ## Treasurer

                Subs are due.

                ## Tournament

                The spring tournament is on 20 March.
                """);
        assertThat(m.date()).hasToString("2021-03-05");
        assertThat(Outline.of(m)).containsExactly("Treasurer", "Tournament");
        // The fences and fields are set aside as front matter: neither the minutes' title nor their text.
        assertThat(m.agenda()).flatExtracting(AgendaItem::narrative).noneMatch(n -> n.contains("+++"));
        assertThat(m.title()).isNull();
    }
}
