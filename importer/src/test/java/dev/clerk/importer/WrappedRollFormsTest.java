package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attendance written on one line, then wrapped at 72 columns as e-mail and text exports leave it, from invented minutes:
 * each wrapped form must name the people the line named. A list whose words start in capitals on every line ("...
 * Administrator of the Parish" over "Council, ..."), a numbered item's hanging lines, offices with their holders'
 * initials in brackets ("(Ms. A." over "Lee)"), a line first wrapped wider and then rewrapped narrower (the line
 * going on after the short tail the second wrap leaves), and a site's
 * front matter field. Guards: in text set at a width, lines each their own (one name a line, list items, a label line,
 * a numbered title over its minute) stay apart.
 */
class WrappedRollFormsTest {

    /** A paragraph long enough to be wrapped over several lines, which shows the width the text is set at. */
    private static final String REPORT = "The Treasurer reported that the accounts for the year had been examined by the"
            + " independent examiner and were found to be in good order, that the reserves stood at a level the council"
            + " had agreed, that the grant for the play area had been received in full, and that the insurance for the"
            + " village hall and the playing field had been renewed at a cost a little lower than last year. The"
            + " council thanked the Treasurer for the report and for the work on the accounts.";

    private static List<String> names(String text) throws Exception {
        return MinutesImporter.importText("2024-03-04-minutes.md", text, ImportOptions.none()).meeting().attendees().stream()
                .map(Attendee::name).toList();
    }

    /** The people of the minutes as written and of the same minutes wrapped at 72 columns, which must be the same. */
    private static void assertSameRoll(String minutes, String... expected) throws Exception {
        String wrapped = PresentationInvarianceTest.rewrap72(minutes);
        assertThat(wrapped).as("the test's minutes are wrapped").isNotEqualTo(minutes);
        assertThat(names(minutes)).as("as written").contains(expected);
        assertThat(names(wrapped)).as("wrapped:\n" + wrapped).containsExactlyInAnyOrderElementsOf(names(minutes));
    }

    @Test
    void readsAListWhoseWrappedLinesStartWithCapitals() throws Exception {
        assertSameRoll("""
                Ashby Parish Council, minutes of the meeting of 4 March 2024

                Members present: Cllr Tom Barker (Chair), Cllr Una Castle, Cllr Vic Dunmore

                Others present: Ms. Wendy Ellery, Administrator of the Parish Council Office

                Ms. Yvonne Frith, Assistant to the Administrator of the Parish Council

                1. Accounts

                %s
                """.formatted(REPORT), "Ms. Wendy Ellery", "Ms. Yvonne Frith");
        assertSameRoll("""
                Ashby Parish Council, minutes of the meeting of 4 March 2024

                Others present: Ann Lorrimer (Parish Clerk), Bob Mayhew (Assistant Parish Clerk), Cyril Nash (Footpaths Warden), Dora Oakes (Tree Warden)

                1. Accounts

                %s
                """.formatted(REPORT), "Bob Mayhew", "Cyril Nash", "Dora Oakes");
    }

    @Test
    void readsANumberedItemsHangingLines() throws Exception {
        assertSameRoll("""
                Copley Parish Council, minutes of the meeting of 9 October 2019

                1.          Those present: Cllr A Pardoe (Chairman), Cllr Mrs B Quill (Vice-Chair), Cllr C Rowntree, Cllr Mrs D Selby, Mrs E Tranter (Clerk)

                2.          Accounts: %s
                """.formatted(REPORT), "C Rowntree", "Mrs D Selby");
    }

    @Test
    void readsOfficesWithTheirHoldersInitialsCutAtALineEnd() throws Exception {
        assertSameRoll("""
                Dunmore District Council, minutes of the meeting of 2 June 2021

                OFFICERS IN ATTENDANCE:

                Chief Executive (Dr. F. Ashworth), Director, Housing, Leisure and Community Services (Mr. G. Bellamy), Senior Planner, Forward Planning (Ms. H. Carrow), Meetings Administrator (Ms. J. Dellow).

                1. Accounts

                %s
                """.formatted(REPORT), "Dr. F. Ashworth", "Mr. G. Bellamy", "Ms. H. Carrow", "Ms. J. Dellow");
    }

    @Test
    void readsALineRewrappedNarrowerThanItWasFirstWrapped() throws Exception {
        assertSameRoll("""
                Elmstead Town Council, minutes of the meeting of 7 April 2020

                Others present: Town Manager Kay Fenwick, Assistant Town Manager Lewis Garland, Police Chief
                Mona Hatton, Fire Chief Neil Ingram, Superintendent of Public Works Olive Jarrett, Health
                Director Percy Keble, Clerk of the Council Rhoda Lomax

                1. Accounts

                %s
                """.formatted(REPORT), "Mona Hatton", "Percy Keble", "Rhoda Lomax");
    }

    @Test
    void readsTheLineAfterAShortTailAsGoingOnWithIt() {
        // A paragraph hard-wrapped at some 100 columns, then again at 72: the second wrap leaves a short tail under the
        // long line, and the line the first wrap cut goes on after the tail.
        String residents = PresentationInvarianceTest.rewrap72("The council heard from the residents of Mill Lane, Orchard"
                + " Close, Station Road, Church Street,\nKiln Lane and the Green about the parking scheme.");
        assertThat(residents.lines().toList()).as("a tail under the long line").hasSize(3);
        // In text set at a width (the report above it), after a comma.
        List<Line> atWidth = SourceLines.read(PresentationInvarianceTest.rewrap72(REPORT) + "\n\n" + residents).lines();
        assertThat(atWidth.get(atWidth.size() - 1).text()).isEqualTo("The council heard from the residents of Mill Lane,"
                + " Orchard Close, Station Road, Church Street, Kiln Lane and the Green about the parking scheme.");
    }

    @Test
    void readsALowerCaseLineAfterAShortTailAsGoingOnWithItInTextWithNoWidth() {
        // In text with no width of its own, a line going on in lower case.
        String fence = PresentationInvarianceTest.rewrap72("The residents asked whether the council would consider a new"
                + " fence along the footpath by the\nriver, and the chair agreed to write to the parks officer.");
        List<Line> plain = SourceLines.read("Hollin Bridge Residents, 20 October 2015\n\n" + fence).lines();
        assertThat(plain.get(plain.size() - 1).text()).isEqualTo("The residents asked whether the council would consider"
                + " a new fence along the footpath by the river, and the chair agreed to write to the parks officer.");
    }

    @Test
    void readsAFrontMatterFieldWrappedOverLines() throws Exception {
        assertSameRoll("""
                ---
                title: Friends of the School, meeting minutes
                overview: Below you will find everything the friends went over during this meeting.
                attendees: Sally Ambler, Tessa Bright, Ursula Cotton, Vera Dowling, Wanda Eade, Xena Fulton
                ---
                1. Fundraising

                %s
                """.formatted(REPORT), "Wanda Eade", "Xena Fulton");
    }

    @Test
    void keepsLinesEachTheirOwnApartInTextSetAtAWidth() {
        String text = """
                %s

                Present:
                Ann Lee
                Bo Chen

                - Ann Lee will write to the bank about the new signatories for the
                - Bo Chen will book the hall for the summer show and the autumn fair
                The council considered the application for the new car park at the
                Moved: Ann Lee
                3. Matters arising from the minutes of the meeting of 4 March 2024
                Councillor Lee reported that the bench had been mended at last.
                """.formatted(PresentationInvarianceTest.rewrap72(REPORT));
        long guards = PresentationInvarianceTest.rewrap72(REPORT).lines().count() + 2;
        List<Line> lines = SourceLines.read(text).lines();
        assertThat(lines.stream().filter(l -> l.number() > guards).toList())
                .allSatisfy(l -> assertThat(l.last()).as(l.text()).isEqualTo(l.number()));
    }
}
