package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minutes read by the shapes the document itself uses, from invented minutes in each form: a converter's fence
 * around the text it extracted from a PDF (read as the minutes, its page headings kept aside), while a program's code
 * in a fence stays code; a lettered outline under numbered items, however far the layout indents it; numbered entries
 * that each head points of their own ("1. **PR**: [title](url) - @x"), and short numbered sub-items under one; a
 * list of names under a head count ("People in Attendance: 14"); "**Agenda**" over its list; a time in the front
 * matter written on a twelve-hour clock. And the guards: a sentence never becomes a title, nor a topic an attendee.
 */
class DocumentShapeFormsTest {

    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static List<String> titles(Meeting m) {
        List<String> out = new ArrayList<>();
        m.agenda().stream().filter(i -> !i.title().equals(LineKeeper.PREAMBLE)).forEach(i -> titles(i, "", out));
        return out;
    }

    private static void titles(AgendaItem item, String indent, List<String> out) {
        out.add(indent + item.title());
        item.items().forEach(c -> titles(c, indent + "  ", out));
    }

    private static List<String> flat(Meeting m) {
        return titles(m).stream().map(String::strip).toList();
    }

    private static List<String> names(Meeting m) {
        return m.attendees().stream().map(Attendee::name).toList();
    }

    // --- A converter's fence around extracted text -------------------------------------------------------------

    @Test
    void readsTheTextAConverterFencedPageByPageAsTheMinutes() throws Exception {
        Meeting m = read("minutes.md", """
                # 2023-05-04-garden-club

                *Converted from: `./garden-club.pdf`*
                *Total pages: 2*

                ---

                ## Page 1

                ### Complete Page View
                ![Page 1 Complete](images/page_001_full.png)

                ### Extracted Text

                ```
                              Garden Club Meeting, May 4, 2023
                1. Welcome
                      a. Chair: Orla
                2. Plot Allocation
                      a. Waiting List
                ●   Nine households are waiting for a plot
                ●   Orla will write to the council
                      b. Water Butts
                ●   Two butts are leaking
                ```

                ---

                ## Page 2

                ### Complete Page View
                ![Page 2 Complete](images/page_002_full.png)

                ### Extracted Text

                ```
                3. Summer Show
                      a. Judging
                ●   Three judges agreed to help
                ```
                """);
        assertThat(flat(m)).contains("Welcome", "Plot Allocation", "Waiting List", "Water Butts", "Summer Show", "Judging");
        // The converter's page headings are no items of the minutes, and its fences are no text.
        assertThat(flat(m)).doesNotContain("Page 1", "Page 2", "Complete Page View", "Extracted Text");
        // "a. Chair: Orla" is a field, not a title.
        assertThat(flat(m)).noneMatch(t -> t.startsWith("Chair"));
        // None of the converter's lines is lost: each is kept as written.
        String yaml = ModelWriter.yaml(m, "x");
        assertThat(yaml).contains("Page 2", "Extracted Text", "Total pages: 2").doesNotContain("```");
    }

    @Test
    void readsAPlainTextFenceInEachMarkupAsTheMinutes() throws Exception {
        for (String[] fence : new String[][] {{"```text", "```"}, {"~~~", "~~~"}, {"````", "````"}}) {
            Meeting m = read("2022-03-02-minutes.md", "# Rowing club\n\n## Extracted text\n\n" + fence[0] + "\n"
                    + "Rowing Club committee, 2 March 2022\n"
                    + "1. Boathouse\n"
                    + "      a. Boat Repairs\n"
                    + "      b. Coaching Rota\n"
                    + "2. Treasurer's Report\n"
                    + "The balance is healthy.\n"
                    + fence[1] + "\n");
            assertThat(flat(m)).as(fence[0]).contains("Boathouse", "Boat Repairs", "Coaching Rota", "Treasurer's Report")
                    .doesNotContain("Extracted text");
        }
    }

    @Test
    void readsAConvertersRawMarkupBlockAsMarkupNotAsText() throws Exception {
        // Pandoc, converting a wiki, separates two lists with a raw HTML block: no reader sees it.
        Meeting m = read("2015-11-10-minutes.md", """
                # Members meeting, 10 November 2015

                ## Treasurer's Report

                -   Paypal balance: \\$2352.10

                ```{=html}
                <!-- -->
                ```
                -   Bank balance: \\$1747.60

                ## New Business

                Nothing.
                """);
        String yaml = ModelWriter.yaml(m, null);
        assertThat(flat(m)).containsExactly("Treasurer's Report", "New Business");
        assertThat(yaml).contains("Paypal balance", "Bank balance").doesNotContain("```", "{=html}", "<!--");
    }

    @Test
    void keepsARealCodeBlockAsCodeNotAsHeadingsOrLists() throws Exception {
        for (String open : new String[] {"```bash", "```", "~~~python"}) {
            Meeting m = read("minutes.md", """
                    # Infra team, 9 June 2021

                    ## Deploys

                    Ann showed the script:

                    %s
                    # rotate the keys first
                    export KEY=$(cat key.txt);
                    - run ./deploy.sh --prod
                    if [ -f lock ]; then rm lock; fi
                    ```

                    ## Backups

                    Nightly backups work.
                    """.formatted(open).replace("```\n\n## Backups", open.startsWith("~") ? "~~~\n\n## Backups" : "```\n\n## Backups"));
            assertThat(flat(m)).as(open).containsExactly("Deploys", "Backups");
            AgendaItem deploys = m.agenda().stream().filter(i -> i.title().equals("Deploys")).findFirst().orElseThrow();
            // The code is kept as text: its comment is no heading, its "- run" no list item.
            assertThat(String.join("\n", deploys.narrative())).as(open).contains("# rotate the keys first")
                    .contains("- run ./deploy.sh --prod");
        }
    }

    // --- A lettered outline under numbered items ---------------------------------------------------------------

    @Test
    void readsLetteredLinesDeeperThanTheirNumberedItemAsSubItems() throws Exception {
        Meeting m = read("minutes.txt", """
                Tenants Association, 12 January 2024

                1. Reports
                          a. Repairs Committee
                • Boiler fixed in block C
                          b. Outreach
                • Leaflets went to 40 flats
                             i.   Should we door-knock in March?
                          c. Newsletter
                2. New Business
                          a. Rent Increase Campaign
                • Petition drafted
                """);
        assertThat(titles(m)).containsExactly("Reports", "  Repairs Committee", "  Outreach", "  Newsletter",
                "New Business", "  Rent Increase Campaign");
    }

    @Test
    void keepsSentencesQuestionsAndFieldsOfALetteredOutlineOutOfTheTitles() throws Exception {
        Meeting m = read("minutes.txt", """
                Allotment Society, 5 April 2023

                1. Opening
                        a. Facilitator: Priya
                        b. Minute taker: Tom
                2. Sheds
                        a. Who pays for the new roof?
                        b. The roof will be fixed in May
                        c. Locks
                """);
        assertThat(flat(m)).contains("Opening", "Sheds", "Locks")
                .noneMatch(t -> t.startsWith("Facilitator") || t.startsWith("Minute taker") || t.startsWith("Who pays")
                        || t.startsWith("The roof"));
    }

    // --- Numbered entries heading points of their own ----------------------------------------------------------

    @Test
    void readsEveryNumberedEntryThatHeadsPointsLikeItsNeighbours() throws Exception {
        Meeting m = read("minutes.md", """
                # Tooling call, 3 March 2021

                ### Notes

                1. **PR**: [#41 Lockfile format v3 and the migration path for old clients](https://example.org/pr/41) - @ann
                    * @ann: wants feedback before merging
                    * @bo: fine with it

                1. **Issue**: [#52 Slow installs on Windows](https://example.org/issues/52) - @bo
                    * @bo: profiling shows disk contention

                1. **Discussion**: release cadence for the next two quarters
                    * @cy: monthly is too fast
                """);
        assertThat(flat(m)).anyMatch(t -> t.startsWith("PR: #41 Lockfile format v3"))
                .anyMatch(t -> t.startsWith("Issue: #52 Slow installs on Windows"))
                .anyMatch(t -> t.startsWith("Discussion: release cadence"));
    }

    @Test
    void readsShortNumberedSubItemsUnderANumberedEntryAsItsItems() throws Exception {
        for (String mark : new String[] {"1.", "a.", "-"}) {
            String sub = mark.equals("-") ? "1." : mark;
            Meeting m = read("minutes.md", """
                    # Board call, 8 August 2022

                    ## Agenda

                    1. **Housekeeping**
                    \tS Welcome
                    \tS Code of Conduct
                    \tS Announcements
                    2. **Budget**
                        - Approved with one change

                    ## Notes

                    The call ran long.
                    """.replace("S ", sub + " "));
            assertThat(titles(m)).as(mark).contains("  Housekeeping", "    Welcome", "    Code of Conduct", "    Announcements");
        }
    }

    @Test
    void leavesANumberedListOfSentencesWithPointsAsText() throws Exception {
        Meeting m = read("minutes.md", """
                # Club committee, 1 May 2020

                ## Decisions

                1. The committee agreed to raise the fee.
                    - Two against
                2. Ann will book the hall.
                    - Deposit paid
                3. We discussed the website, which is slow and needs work
                    - Bo to look
                """);
        assertThat(flat(m)).containsExactly("Decisions");
    }

    @Test
    void readsTopItemsThatHeadPointsAsTopicsAndLeavesTheNarratedOnes() throws Exception {
        Meeting m = read("minutes.md", """
                # SDK call, 2 July 2025

                ## Attendees

                - Ann Lee
                - Bo Chan

                ## Minutes

                - Release process
                  - Ann reported on the pipeline
                    - Builds are green
                - Docs site
                  - Bo asked about hosting
                    - Going with the foundation's
                - Ann discussed upcoming proposals
                  - Proposal 12 needs review
                    - Due next week
                """);
        assertThat(flat(m)).contains("Release process", "Docs site").doesNotContain("Ann discussed upcoming proposals");
    }

    // --- Attendance under a count ------------------------------------------------------------------------------

    @Test
    void readsTheNamesListedUnderAHeadCountAsTheAttendance() throws Exception {
        String[] forms = {
            "1. Introductions\n      i.   People in Attendance: 4 (1 new)\n              1. Nora\n              2. Femi\n"
                    + "              3. Sol\n              4. Ines\n2. Budget\nThe budget was agreed.\n",
            "Present: 4\n\n- Nora\n- Femi\n- Sol\n- Ines\n\nBUDGET\n\nThe budget was agreed.\n",
            "Attendance: 4 people\n  1. Nora\n  2. Femi\n  3. Sol\n  4. Ines\n\nBUDGET\n\nThe budget was agreed.\n",
        };
        for (String form : forms) {
            Meeting m = read("minutes.txt", "Food co-op meeting, 6 June 2024\n\n" + form);
            assertThat(names(m)).as(form).containsExactly("Nora", "Femi", "Sol", "Ines");
            // After the names, the items are read again.
            assertThat(flat(m)).as(form).anyMatch(t -> t.equalsIgnoreCase("Budget")).doesNotContain("Nora", "Femi");
        }
    }

    @Test
    void readsNoTopicUnderAHeadCountAsAPerson() throws Exception {
        Meeting m = read("minutes.txt", """
                Food co-op meeting, 6 June 2024

                Present: 3

                - Budget report
                - Website update
                - Any other business
                """);
        assertThat(names(m)).isEmpty();
    }

    // --- Part labels in bold, and the front matter's time ------------------------------------------------------

    @Test
    void readsABoldAgendaLabelOverItsListAsAnItem() throws Exception {
        for (String label : new String[] {"**Agenda**", "__Agenda__", "<strong>Agenda</strong>"}) {
            Meeting m = read("2021-10-13-minutes.md", "**Present:** Ann Lee, Bo Chan\n\n" + label + "\n\n- Budget.\n- Socials.\n\n"
                    + "**Discussion and Decisions**\n\n- The budget was agreed.\n");
            assertThat(flat(m)).as(label).contains("Agenda", "Discussion and Decisions");
            // The attendance line is no title of the minutes.
            assertThat(m.title()).as(label).isNull();
        }
    }

    @Test
    void keepsABoldMinutesTitleFirstOfAllAsTheTitle() throws Exception {
        Meeting m = read("2021-05-04-minutes.md", "**Minutes**\n\n- Present: Ann Lee, Bo Chan\n- Date: 4 May 2021\n\n"
                + "**Budget**\n\nAgreed.\n");
        assertThat(flat(m)).doesNotContain("Minutes");
    }

    @Test
    void readsATwelveHourTimeInTheFrontMatterAsTheStart() throws Exception {
        String[][] forms = {{"2021-10-13 5:00pm", "17:00"}, {"2021-10-13 7:30 PM", "19:30"}, {"2021-10-13 9:15 a.m.", "09:15"},
            {"2021-10-13 13:00pm", null}};
        for (String[] f : forms) {
            Meeting m = read("2021-10-13-minutes.md", "---\ndate: " + f[0] + "\n---\n\n**Present:** Ann Lee, Bo Chan\n\n"
                    + "**Budget**\n\n- Agreed.\n");
            assertThat(m.start()).as(f[0]).isEqualTo(f[1] == null ? null : LocalTime.parse(f[1]));
        }
    }

    // --- Pictures --------------------------------------------------------------------------------------------------

    @Test
    void keepsAPictureWithNoWordsAsItsAddressWhereItStandsAlone() throws Exception {
        Meeting m = read("minutes.md", """
                # Parks Board minutes, May 4, 2021

                ## Other business
                - The photo club asked to borrow the projector
                    - ![](https://example.org/poster.jpeg)
                    • ![](https://example.org/flyer.png)
                - ![Site plan](https://example.org/plan.png)

                > ![](https://example.org/quote.png)

                ![](https://example.org/hall.png)

                The hall was repainted ![image](https://example.org/paint.png) in May.
                """);
        AgendaItem other = m.agenda().stream().filter(i -> i.title().equals("Other business")).findFirst().orElseThrow();
        assertThat(flat(m)).containsExactly("Other business");
        assertThat(other.narrative()).contains("https://example.org/poster.jpeg", "https://example.org/flyer.png",
                "Site plan (https://example.org/plan.png)", "https://example.org/quote.png", "https://example.org/hall.png");
        // A picture that says nothing beside text is the page's markup, and the text is kept without it.
        assertThat(other.narrative()).contains("The hall was repainted in May.");
        assertThat(other.narrative()).noneMatch(n -> n.strip().equals("-") || n.contains("[]("));
    }
}
