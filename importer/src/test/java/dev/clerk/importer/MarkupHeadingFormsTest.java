package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section titles in the markup of wikis and blogs and in council numbering, each in minutes written for the test:
 * wiki headings ("== Budget ==", "====== Budget ======", "h2. Budget", "== Budget"), running minute numbers of any
 * width ("2709. Police Report: ..."), and paragraphs led by a label in bold ("**Parks**: No report.", in Markdown or
 * HTML).
 */
class MarkupHeadingFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @Test
    void readsWikiHeadingsAsSections() throws Exception {
        assertThat(Outline.of(read("""
                Meeting Notes 2022-05-04
                 = Crew =
                * Moderator: sam
                = Agenda =
                === Project Updates ===
                * The laser cutter is fixed.
                === Fundraising ===
                * The raffle made 200 dollars.
                """))).containsExactly("Crew", "Agenda", "  Project Updates", "  Fundraising");
        assertThat(Outline.of(read("""
                Workshop meeting 2022-05-04
                ====== Reports ======
                The treasurer reported.
                ==== Tools ====
                The drill press is broken.
                ====== Close ======
                We closed at nine.
                """))).containsExactly("Reports", "  Tools", "Close");
        assertThat(Outline.of(read("""
                Board meeting 2022-05-04

                h2. Finances

                The account holds 300 dollars.

                h2. Events

                The fair is on June 4.
                """))).containsExactly("Finances", "Events");
        assertThat(Outline.of(read("""
                Board meeting 2022-05-04

                == Finances
                The account holds 300 dollars.

                == Events
                The fair is on June 4.
                """))).containsExactly("Finances", "Events");
    }

    @Test
    void readsRunningMinuteNumbersOfAnyWidthAsItems() throws Exception {
        assertThat(Outline.of(read("""
                Minutes of the meeting of the Council held on 4 May 2022 at 7pm.
                Present: Cllrs Hale, Ross, Ward.
                2709. Police Report: None received.
                2710. Apologies for absence: Cllr Ames.
                2711. Financial Report: The current account holds £6,519.85. Spent to date £2,509.
                2712. Accounts for payment:-
                Grass cutting - £30.
                """))).containsExactly("Police Report", "Apologies for absence", "Financial Report", "Accounts for payment");
        assertThat(Outline.of(read("""
                Minutes of the Parish Council, 4 May 2022

                451. Apologies: Cllr Ames.
                452. Planning: No applications.
                454. Footpaths: The stile at Mill Lane is broken.
                """))).containsExactly("Apologies", "Planning", "Footpaths");
        // Years at the head of lines in a history are not minute numbers: they do not rise a few at a time.
        assertThat(Outline.of(read("""
                Minutes of the History Society, 4 May 2022

                The speaker gave the dates of the mill:
                1820. Built by the Ward family.
                1901. Burnt down.
                1950. Rebuilt as flats.
                """))).isEmpty();
    }

    @Test
    void readsParagraphsLedByABoldLabelAsItems() throws Exception {
        assertThat(Outline.of(read("""
                Minutes of the Residents Association, 4 May 2022

                **Call to Order**: 7:05 pm, ten present.

                **Treasurer**: The balance is $400.

                **Parks:** No report.
                """))).containsExactly("Call to Order", "Treasurer", "Parks");
        assertThat(Outline.of(read("""
                Minutes of the Residents Association, 4 May 2022

                <span style="font-weight: bold;">Traffic Committee</span>: No report,
                next meeting in June.

                <span style="font-weight: bold;"> Community Policing</span>: No report.

                <span style="font-weight: bold;">Farmers Market</span>: Opens on June 4.
                """))).containsExactly("Traffic Committee", "Community Policing", "Farmers Market");
        Meeting m = read("""
                <p>Minutes of the Residents Association, 4 May 2022</p>
                <p><b>Present:</b> Ann Lee, Bo Chan, Cy Diaz</p>
                <p><b>Library:</b> Open late on Fridays.</p>
                <p><strong>Pool:</strong> Closed for repairs.</p>
                <p><b>Roads:</b> The potholes are filled.</p>
                """);
        assertThat(Outline.of(m)).containsExactly("Library", "Pool", "Roads");
        // A label of the header stays a field: the attendance is read from it.
        assertThat(m.attendees()).hasSize(3);
        assertThat(m.agenda().stream().filter(i -> i.title().equals("Pool")).findFirst().orElseThrow().narrative())
                .containsExactly("Closed for repairs.");
    }

    @Test
    void readsUpperCaseTitlesClosedByAColon() throws Exception {
        assertThat(Outline.of(read("""
                Minutes of the Board of Directors, 4 May 2022

                Present: Ann Lee, Bo Chan, Cy Diaz

                ITEMS OF IMPORTANCE:

                * There was no quorum.

                REPORTS

                The treasurer reported a surplus.

                OLD BUSINESS:

                The printer is still broken.
                """))).containsExactly("ITEMS OF IMPORTANCE", "REPORTS", "OLD BUSINESS");
        assertThat(Outline.of(read("""
                Minutes of the Board of Directors, 4 May 2022

                MEMBERS PRESENT:

                Ann Lee
                Bo Chan

                NEW BUSINESS

                The board discussed the lease.

                VOTING:

                Six said yes.
                """))).containsExactly("NEW BUSINESS");
    }
}
