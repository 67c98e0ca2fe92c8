package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attendance lists that text taken from a PDF or an e-mail wraps at a fixed width, each form in minutes made up for the
 * test: a name cut at its initial ("Cllr C." above "Doyle, ..."), a first name ending the line and its surname opening
 * a line that goes on to a sentence or another label, a list that ran to the full width of its line going on in a
 * comma list below, user names run over lines. Each must give the people the same
 * list written on one line gives. And what must not be joined to the list: a paragraph after it, a heading after it.
 */
class WrappedAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static List<String> names(String text) throws Exception {
        return read(text).attendees().stream().map(Attendee::name).toList();
    }

    @Test
    void joinsANameCutAtItsInitial() throws Exception {
        String wrapped = """
                Drumlin Parish Council - Minutes of the meeting held 3 March 2022

                Present: Cllr A. Byrne (Chair), Cllr B. Walsh, Cllr C.
                Doyle, Mr D. Kane (Clerk).

                1. Apologies
                None.
                """;
        String oneLine = wrapped.replace("Cllr C.\nDoyle", "Cllr C. Doyle");
        assertThat(names(wrapped)).containsExactly("A. Byrne", "B. Walsh", "C. Doyle", "Mr D. Kane");
        assertThat(names(wrapped)).isEqualTo(names(oneLine));
    }

    @Test
    void joinsAnInitialBeforeAnOffice() throws Exception {
        String wrapped = """
                Fernhill Village Hall Committee - 12 May 2021

                Present: Secretary Ivo Lang, Chairman Pia Roth, V.
                Chairman Quin Ode, Treasurer Una Falk

                Minutes of the last meeting were approved.
                """;
        String oneLine = wrapped.replace("V.\nChairman", "V. Chairman");
        assertThat(names(wrapped)).containsExactly("Ivo Lang", "Pia Roth", "Quin Ode", "Una Falk");
        assertThat(names(wrapped)).isEqualTo(names(oneLine));
    }

    @Test
    void joinsAFirstNameToItsSurnameOnASentenceLine() throws Exception {
        String wrapped = """
                Riverside Tree Board - Minutes, 9 June 2016

                Members present: Ada Marsh, Tom Rees, Lena Fry, Gil
                Hart. Members absent: Noel Sand, Rhea Voss. The chair opened at 6 pm.

                Tree planting was discussed.
                """;
        Meeting m = read(wrapped);
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactly("Ada Marsh", "Tom Rees", "Lena Fry", "Gil Hart", "Noel Sand", "Rhea Voss");
        assertThat(m.attendees()).filteredOn(a -> a.status() == AttendanceStatus.ABSENT).extracting(Attendee::name)
                .containsExactly("Noel Sand", "Rhea Voss");
        assertThat(names(wrapped)).isEqualTo(names(wrapped.replace("Gil\nHart", "Gil Hart")));
    }

    @Test
    void joinsAFirstNameAfterAnd() throws Exception {
        String wrapped = """
                Harbour Town Council - Minutes of 4 April 2012

                OFFICERS IN ATTENDANCE: Rosa Vint, Clerk of the Council; Ben
                Tully, Deputy City Attorney; and Cora Finch, Sergeant at Arms.

                The council met in the chamber.
                """;
        assertThat(names(wrapped)).containsExactly("Rosa Vint", "Ben Tully", "Cora Finch");
        assertThat(names(wrapped)).isEqualTo(names(wrapped.replace("Ben\nTully", "Ben Tully")));
    }

    @Test
    void joinsAListThatRanToTheFullWidthOfItsLine() throws Exception {
        String wrapped = """
                Town Board - Minutes of 11 May 2020

                **Others Present:** Nils Arden (ORS) Office of Rates and Services
                Administration, Bo Ekberg, Cyrus Dunn

                **The chair called the meeting to order at 5:03 PM**
                """;
        assertThat(names(wrapped)).containsExactly("Nils Arden", "Bo Ekberg", "Cyrus Dunn");
        assertThat(names(wrapped)).isEqualTo(names(wrapped.replace("Services\nAdministration", "Services Administration")));
    }

    @Test
    void joinsUserNamesRunOverLines() throws Exception {
        String wrapped = """
                # Open call notes - 2024-02-01

                Attendees: @ana @bex @cyd-r @dov @eli @fay @gus @hal @ivy @jon @kit
                @lou @max @ned
                @oli

                Notes by: @ana

                ## Releases
                The next one is due.
                """;
        assertThat(names(wrapped)).containsExactly("@ana", "@bex", "@cyd-r", "@dov", "@eli", "@fay", "@gus", "@hal",
                "@ivy", "@jon", "@kit", "@lou", "@max", "@ned", "@oli");
    }

    @Test
    void leavesAParagraphAfterTheListAlone() throws Exception {
        // The line after the list starts a sentence ("Minutes of ..."), not a surname closing "Dee".
        assertThat(names("""
                Brookside Allotments - 5 July 2019

                Present: Ann Lee, Bo Ek, Cy Dunn and Dee
                Minutes of the last meeting were approved as a true record.
                """)).noneMatch(n -> n.contains("Minutes"));
        // In a list of surnames one word is a whole entry: "Dunn" is not cut short.
        assertThat(names("""
                Brookside Allotments - 5 July 2019

                Present: Councillors Lee, Ek and Dunn
                Mason, the clerk, read the minutes of the last meeting.
                """)).noneMatch(n -> n.contains("Mason"));
        // A full stop ends the list: the next sentence is no part of it.
        assertThat(names("""
                Brookside Allotments - 5 July 2019

                Present: Cllr A. Byrne, Cllr B. Walsh, Cllr C. Doyle.
                Kane Street residents asked about the hedge.
                """)).containsExactly("A. Byrne", "B. Walsh", "C. Doyle");
    }

    @Test
    void leavesAHeadingAfterTheListAlone() throws Exception {
        assertThat(names("""
                # Brookside Allotments - 5 July 2019

                Present: Ann Lee, Bo Ek, Cy Dunn, Dee
                ## Budget
                The budget was agreed.
                """)).noneMatch(n -> n.contains("Budget"));
        assertThat(names("""
                Brookside Allotments - 5 July 2019

                Present: Cllr A. Byrne, Cllr B. Walsh, Cllr C.
                APOLOGIES: Cllr E. Ryan
                """)).noneMatch(n -> n.contains("APOLOGIES") || n.contains("Apologies"));
    }
}
