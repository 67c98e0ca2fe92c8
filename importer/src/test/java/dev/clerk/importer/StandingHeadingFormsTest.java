package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Section titles in four more forms, from invented minutes: headings indented on lines of their own between blank
 * lines over paragraphs at the margin (plain text saved from a web page), a title right under a row of ornaments or
 * dashes (text extracted from a PDF), an outline numbered I., II., III. in Markdown, where Roman numerals are no list
 * marks, and a third outline level numbered i., ii. under a lettered item; with the guards: sentences, names, fields and
 * list items that only stand where a title would.
 */
class StandingHeadingFormsTest {

    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    @Test
    void readsIndentedHeadingsStandingBetweenBlankLines() throws Exception {
        Meeting m = read("minutes.txt", """

                  Orchard Lane Allotment Society Minutes


                      Hall, 4 March 2024


                    Old Business

                The water trough by plot 12 was repaired in February and the
                tap now runs clear. Members thanked the volunteers.

                The fence on the lane side still needs two new posts.


                    Treasurer's Report

                The balance stands at the same figure as last month. Seed
                orders were paid in full and the shed insurance renewed.


                    Plot Inspections

                Inspections will start in May. Plots left untended for two
                months will be offered to the waiting list.

                Ana will draw up the rota.
                """);
        assertThat(Outline.of(m)).containsExactly("Old Business", "Treasurer's Report", "Plot Inspections");
    }

    @Test
    void readsNoIndentedHeadingsWhereTheParagraphsAreIndentedToo() throws Exception {
        Meeting m = read("minutes.txt", """
                Orchard Lane Allotment Society Minutes, 4 March 2024

                    The water trough by plot 12 was repaired in February and the
                    tap now runs clear.

                    Members thanked the volunteers

                    The fence on the lane side still needs two new posts and a gate
                    that closes properly.

                    Seed orders

                    Ana Ruiz

                    Inspections will start in May.
                """);
        assertThat(Outline.of(m)).doesNotContain("Members thanked the volunteers", "Seed orders", "Ana Ruiz");
    }

    @Test
    void readsTheTitleUnderARowOfOrnamentsOrDashes() throws Exception {
        Meeting m = read("minutes.txt", """
                RIVERBEND WATER BOARD
                REGULAR MEETING OF MAY 2, 2024

                ◆◆◆ ◆◆◆ ◆◆◆ ◆◆◆
                Chair Okafor presided.

                ◆◆◆ ◆◆◆ ◆◆◆ ◆◆◆
                Open Forum
                Visitor Remarks
                A resident asked about the summer watering limits.

                −−−−−−−−−−−−
                Sheriff's Office
                The deputy reviewed the calls for service in April.

                −−−−−−−−−−−−
                Budget Items
                The board reviewed the draft budget for the next year and
                asked staff to bring the final figures in June.
                """);
        assertThat(Outline.of(m)).containsExactly("Open Forum", "  Visitor Remarks", "Sheriff's Office", "Budget Items")
                .doesNotContain("Chair Okafor presided.", "Chair Okafor presided");
    }

    @Test
    void readsNoTitleUnderOrnamentsFromASentenceAFieldOrANameAlone() throws Exception {
        Meeting m = read("minutes.txt", """
                RIVERBEND WATER BOARD
                REGULAR MEETING OF MAY 2, 2024

                ◆◆◆ ◆◆◆ ◆◆◆ ◆◆◆
                The deputy reviewed the calls for service in April.
                Nothing else was raised.

                ◆◆◆ ◆◆◆ ◆◆◆ ◆◆◆
                Location: the fire station hall
                The meeting began with the pledge.

                ◆◆◆ ◆◆◆ ◆◆◆ ◆◆◆
                Marta Lind, Clerk
                Recorded by the clerk of the board.

                −−−−−−−−−−−−
                Approved: June 6, 2024
                Clerk of the Board
                """);
        assertThat(Outline.of(m)).doesNotContain("The deputy reviewed the calls for service in April",
                "Location: the fire station hall", "Location", "Marta Lind, Clerk", "Approved: June 6, 2024");
    }

    @Test
    void readsRomanNumberedItemsInMarkdownAsTheOutline() throws Exception {
        Meeting m = read("minutes.md", """
                # Lakeside Library Trust
                ## Board Meeting, 12 March 2024

                ### Agenda Items

                **I. Call to Order**
                - The chair opened the meeting at 6:02 p.m.

                II. Consent Calendar
                1. Approval of Minutes
                2. Approval of Warrants

                III. Old Business
                1. Update on the roof repair
                   - The contractor starts in April.

                IV. Adjournment
                - The meeting closed at 7:40 p.m.
                """);
        assertThat(Outline.of(m)).containsExactly("Call to Order", "Consent Calendar", "Old Business",
                "  Update on the roof repair", "Adjournment");
    }

    @Test
    void readsNoRomanOutlineFromLettersOrAnUnorderedRun() throws Exception {
        Meeting m = read("minutes.md", """
                # Lakeside Library Trust
                ## Board Meeting, 12 March 2024

                ### Notes

                I. The chair opened the meeting.
                V. Five members were present.
                I. Members asked about the roof.
                """);
        assertThat(Outline.of(m)).doesNotContain("  The chair opened the meeting", "  Five members were present");
    }

    @Test
    void readsSmallRomanItemsUnderALetteredItemAsItsParts() throws Exception {
        Meeting m = read("minutes.txt", """
                Hillside Friends Meeting
                Minutes of the Business Meeting, 9 June 2024

                1. Committee Reports

                  a. Finance Committee

                     i. Updated budget figures

                        The budget was revised for the new roof. Pledges are on track.

                     ii. Donations to local groups

                        The committee recommends $100 each to two food banks.

                  b. Care Committee

                     i. Marta Lind asked the meeting to hold her in the light during her illness.

                     ii. Visits: Ana and Tom

                2. Announcements
                """);
        assertThat(Outline.of(m)).contains("    Updated budget figures", "    Donations to local groups")
                .noneMatch(t -> t.contains("Marta Lind asked")).doesNotContain("    Visits: Ana and Tom", "    Visits");
    }
}
