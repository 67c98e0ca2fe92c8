package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Attendance and the start as web pages, word processors and clerks' notes write them, each form in minutes made up
 * for the test: a list whose items stand apart with blank lines (a loose Markdown list, a page's list items), a table
 * with a column that says who came beside a column of people, a page's table written a cell to a line, a numbered roll
 * with no heading row; the agenda's step "Call meeting to order: 5:39 pm", on its own line or written on after the
 * people, and the meeting's day without its year over its hours. And what must not be read so: the agenda's items in
 * a loose list after the people, a table of tasks with a status column, the numbered record of the meeting after a roll,
 * the hours of another day.
 */
class RollTableAndOpeningFormsTest {
    private static Meeting read(String file, String text) throws Exception {
        return MinutesImporter.importText(file, text, ImportOptions.none()).meeting();
    }

    private static Meeting read(String text) throws Exception {
        return read("minutes.md", text);
    }

    private static String name(Attendee a) {
        return a.name();
    }

    @Test
    void readsEveryItemOfALooseListUnderALabel() throws Exception {
        Meeting m = read("""
                # Allotment Society - 3 March 2021

                People present:

                - Nadia Brook

                - Olaf

                - Petra Quill

                Apologies:

                - Rhys

                - Sami Tandy

                ## Plots

                Two plots were let.
                """);
        assertThat(m.attendees()).extracting(RollTableAndOpeningFormsTest::name)
                .containsExactly("Nadia Brook", "Olaf", "Petra Quill", "Rhys", "Sami Tandy");
        assertThat(m.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT,
                AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.EXCUSED);
    }

    @Test
    void readsAPagesListItemsUnderAParagraphLabel() throws Exception {
        Meeting m = read("""
                <html><body>
                <h1>Chess Club committee</h1>
                <p>Meeting date: March 3, 2021</p>
                <p>Present:</p>
                <ul>
                <li>Uma Vale</li>
                <li>Wyn Xu</li>
                <li>Yara Zell</li>
                </ul>
                <h3>Tournament</h3>
                <p>The tournament is on.</p>
                </body></html>
                """);
        assertThat(m.attendees()).extracting(RollTableAndOpeningFormsTest::name).containsExactly("Uma Vale", "Wyn Xu", "Yara Zell");
        Meeting loose = read("""
                <html><body>
                <h1>Chess Club committee</h1>
                <p>Meeting date: March 3, 2021</p>
                <p>People Present:</p>

                <ul>
                <li><p>Uma</p></li>

                <li><p>Wyn</p></li>

                <li><p>Yara</p></li>
                </ul>

                <h3>Tournament</h3>
                <p>The tournament is on.</p>
                </body></html>
                """);
        assertThat(loose.attendees()).extracting(RollTableAndOpeningFormsTest::name).containsExactly("Uma", "Wyn", "Yara");
    }

    @Test
    void leavesTheAgendaOfALooseListAfterThePeople() throws Exception {
        Meeting m = read("""
                # Allotment Society - 3 March 2021

                Present:

                - Nadia Brook

                - Approval of the minutes

                - Treasurer's report
                """);
        assertThat(m.attendees()).extracting(RollTableAndOpeningFormsTest::name).containsExactly("Nadia Brook");
    }

    @Test
    void readsATableWithAColumnSayingWhoCame() throws Exception {
        Meeting m = read("""
                # Harbour Trust - Board meeting, 3 March 2021

                | Present | Director | Organization |
                |---|---|---|
                | Y | Ada Fenn | Quay Holdings |
                | N | Ben Gale | Elected Member Representative |
                | Y | Cai Hobbs | Tidewater Ltd |

                ## Budget

                The budget was agreed.
                """);
        assertThat(m.attendees()).extracting(RollTableAndOpeningFormsTest::name).containsExactly("Ada Fenn", "Ben Gale", "Cai Hobbs");
        assertThat(m.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT,
                AttendanceStatus.ABSENT, AttendanceStatus.PRESENT);
        assertThat(m.attendees()).extracting(Attendee::affiliation)
                .containsExactly("Quay Holdings", "Elected Member Representative", "Tidewater Ltd");
    }

    @Test
    void leavesATableOfTasksWithAStatusColumn() throws Exception {
        Meeting m = read("""
                # Harbour Trust - Board meeting, 3 March 2021

                | Name | Task | Status |
                |---|---|---|
                | Ada Fenn | Book the hall | Done |
                | Ben Gale | Print the notices | Open |
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsAPagesTableWrittenACellToALine() throws Exception {
        Meeting m = read("""
                <html><body>
                <h1>Harbour Trust Board Meeting Minutes</h1>
                <h3>March 3, 2021</h3>
                <P>The Board met by teleconference. Present on the call were these Directors:</P>
                <TABLE WIDTH=600 BORDER=0>
                	<TR>
                		<TD WIDTH=90 VALIGN=TOP>
                			<P><B>Present</B></P>
                		</TD>
                		<TD WIDTH=230>
                			<P><B>Director</B></P>
                		</TD>
                		<TD WIDTH=280>
                			<P><B>Organization</B></P>
                		</TD>
                	</TR>
                	<TR VALIGN=BOTTOM>
                		<TD WIDTH=90>
                			<P>Y</P>
                		</TD>
                		<TD WIDTH=230>
                			<P>Ada Fenn</P>
                		</TD>
                		<TD WIDTH=280>
                			<P>Elected Member
                			Representative</P>
                		</TD>
                	</TR>
                	<TR VALIGN=BOTTOM>
                		<TD WIDTH=90>
                			<P>N</P>
                		</TD>
                		<TD WIDTH=230>
                			<P>Ben Gale</P>
                		</TD>
                		<TD WIDTH=280>
                			<P>Quay Holdings</P>
                		</TD>
                	</TR>
                </TABLE>
                <h3>Budget</h3>
                <P>The budget was agreed.</P>
                </body></html>
                """);
        assertThat(m.attendees()).extracting(RollTableAndOpeningFormsTest::name).containsExactly("Ada Fenn", "Ben Gale");
        assertThat(m.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        assertThat(m.attendees()).extracting(Attendee::affiliation).containsExactly("Elected Member Representative", "Quay Holdings");
    }

    @Test
    void readsANumberedRollWrittenACellToALineAndNotTheRecordAfterIt() throws Exception {
        Meeting m = read("""
                <html><body>
                <p><strong>Institute of Surveying</strong></p>
                <p>Minutes of the Governing Council meeting held at 10.00 A.M on 14-02-2019 in the Senate Room.</p>
                <p><strong>Members Present:</strong></p>
                <table border="1">
                <tbody>
                <tr>
                <td>
                <p>1</p>
                </td>
                <td>
                <p>Prof. A. Kumar Rao</p>
                </td>
                <td>
                <p>Member</p>
                </td>
                </tr>
                <tr>
                <td>
                <p>2</p>
                </td>
                <td>
                <p>Dr. Bina Shah</p>
                </td>
                <td>
                <p>Special Invitee</p>
                </td>
                </tr>
                </tbody>
                </table>
                <p><strong>Members Absent:</strong></p>
                <table border="1">
                <tbody>
                <tr>
                <td>
                <p>1</p>
                </td>
                <td>
                <p>Sri C. Varma</p>
                </td>
                <td>
                <p>Member</p>
                </td>
                </tr>
                <tr>
                <td>
                <p>2</p>
                </td>
                <td>
                <p>Dr. D. Iyer</p>
                </td>
                <td>
                <p>Member</p>
                </td>
                </tr>
                </tbody>
                </table>
                <p><strong>Minutes of the Meeting:</strong></p>
                <p><strong>1.</strong>E. Joshi, Principal, welcomed the members of the Council.</p>
                <p><strong>2.</strong>The Council approved the accounts.</p>
                </body></html>
                """);
        assertThat(m.attendees()).extracting(RollTableAndOpeningFormsTest::name)
                .startsWith("Prof. A. Kumar Rao", "Dr. Bina Shah", "Sri C. Varma", "Dr. D. Iyer");
        // The one who speaks in the record may be named as taking part, never as one more of the absent.
        assertThat(m.attendees()).filteredOn(a -> a.status() == AttendanceStatus.ABSENT)
                .extracting(RollTableAndOpeningFormsTest::name).containsExactly("Sri C. Varma", "Dr. D. Iyer");
        assertThat(m.agenda()).noneMatch(i -> i.title().contains("Bina Shah") || i.title().contains("Iyer"));
    }

    @Test
    void readsTheAgendasStepCallMeetingToOrder() throws Exception {
        for (String form : new String[] {"Call meeting to order: 5:39 pm", "Call the Meeting to Order - 5:39 p.m."}) {
            Meeting m = read("minutes.txt", """
                    Library Trustees Meeting - 10/17/23
                    Present: Dana Ek, Femi Gold, Hal Ives.
                    %s
                    Old Business:
                    The courier contract was renewed.
                    Meeting adjourned: 6:53 p.m.
                    """.formatted(form));
            assertThat(m.start()).as(form).isEqualTo(LocalTime.of(17, 39));
        }
        Meeting onTheLine = read("minutes.txt", """
                Library Trustees Meeting - 10/17/23
                Present: Dana Ek, Femi Gold, Hal Ives. Call meeting to order: 5:39 pm
                Old Business:
                The courier contract was renewed.
                Meeting adjourned: 6:53 p.m.
                """);
        assertThat(onTheLine.start()).isEqualTo(LocalTime.of(17, 39));
        assertThat(onTheLine.attendees()).extracting(RollTableAndOpeningFormsTest::name).containsExactly("Dana Ek", "Femi Gold", "Hal Ives");
    }

    @Test
    void readsTheHoursUnderTheDayWrittenWithoutItsYear() throws Exception {
        Meeting m = read("pto-2021-10-14-minutes.txt", """
                Parent Teacher Association Meeting Minutes

                Thursday, October 14th, 6:15-7:15 p.m.

                Library - 12 people in attendance

                  • Call to order and welcome
                  • Book fair update - all stalls are booked
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(18, 15));
        Meeting other = read("pto-2021-10-14-minutes.txt", """
                Parent Teacher Association Meeting Minutes

                Thursday, November 11th, 6:15 p.m.

                Library - 12 people in attendance

                  • Call to order and welcome
                  • Book fair update - all stalls are booked
                """);
        assertThat(other.start()).isNull();
    }
}
