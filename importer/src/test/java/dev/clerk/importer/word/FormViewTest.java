package dev.clerk.importer.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.Role;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.Vote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A minutes form read back by its styles, blank and filled in. */
class FormViewTest {
    @TempDir
    Path dir;

    static final List<String> REVIEWED = List.of("2017-03-27-1", "2017-03-27-2", "2017-03-27-3", "2017-03-27-4",
            "2017-03-27-5", "2017-03-27-6", "2017-03-27-7", "2017-03-27-8");
    static final Location VAN_NESS = new Location(null, List.of("25 Van Ness Avenue", "Suite 240",
            "San Francisco, CA 94102"));

    static FormView.Reading read(Path file) throws Exception {
        WordPackage pkg = WordPackage.read(file);
        return FormView.reading(WordBlocks.read(pkg.body(), pkg.styleNames()));
    }

    private FormView.Reading read(byte[] docx) throws Exception {
        return read(Files.write(dir.resolve("form.docx"), docx));
    }

    static AgendaItem item(String title) {
        return item(title, List.of(), List.of(), List.of(), List.of());
    }

    static AgendaItem item(String title, List<String> narrative, List<String> decisions, List<Motion> motions,
                           List<ActionItem> actions) {
        return new AgendaItem(title, null, null, null, null, null, narrative, null, decisions, motions, actions,
                List.of(), null, List.of(), List.of());
    }

    /** The meeting the filled form says. */
    static Meeting filled() {
        List<Attendee> attendees = List.of(
                new Attendee("Saerom Choi", "API Legal Outreach", AttendanceStatus.PRESENT, Role.MEMBER, null),
                new Attendee("Alan Guttirez", "LYRIC", AttendanceStatus.ABSENT, Role.MEMBER, null),
                new Attendee("Minouche Kandel", "Department on the Status of Women", AttendanceStatus.PRESENT,
                        Role.STAFF, null),
                new Attendee("Carol Leigh", "BAYSWAN", AttendanceStatus.EXCUSED, Role.MEMBER, null),
                new Attendee("Alix Lutnick", "RTI International", AttendanceStatus.PRESENT, Role.MEMBER,
                        "arrived late"),
                new Attendee("Jessica Marques", "CASARC- Department of Public Health", AttendanceStatus.PRESENT,
                        Role.MEMBER, "arrived at 11:20 a.m."),
                new Attendee("Maggie McHale", "Department on the Status of Women", AttendanceStatus.PRESENT,
                        Role.STAFF, null),
                new Attendee("Jane Roe", "Sex Workers Outreach", AttendanceStatus.PRESENT, Role.GUEST, null));
        List<AgendaItem> agenda = List.of(
                item("Introductions", List.of("Members introduced themselves.", "Jane Roe joined as a guest."),
                        List.of(), List.of(), List.of()),
                item("Approval of the minutes of March 27, 2017", List.of(), List.of(), List.of(
                        new Motion("to approve the minutes of March 27, 2017", "Saerom Choi", "Alix Lutnick",
                                MotionResult.PASSED, Vote.counted(5, 0, 1), null)), List.of()),
                new AgendaItem("Review of open action items", null, null, null, null, null, List.of(), null,
                        List.of(), List.of(), List.of(), List.of(), null, REVIEWED, List.of()),
                item("Remaining a part of the Task Force", List.of(), List.of(), List.of(), List.of(
                        new ActionItem(null, List.of("Minouche Kandel", "Carol Leigh"),
                                "Ask the Task Force chair about the committee's standing.", LocalDate.of(2017, 7, 1),
                                TaskStatus.OPEN, null),
                        new ActionItem(null, List.of("Alix Lutnick", "Rachel West", "Saerom Choi"),
                                "Draft a one-page summary of the committee's work.", LocalDate.of(2017, 7, 15),
                                TaskStatus.OPEN, null),
                        new ActionItem(null, List.of("Maggie McHale"), "Circulate the summary.", null,
                                TaskStatus.OPEN, "due next meeting"))),
                item("Explore Laws that decriminalize transmission of HIV", List.of(), List.of(), List.of(
                        new Motion("to support decriminalizing the transmission of HIV", "Rachel West", null,
                                MotionResult.PASSED, new Vote(null, null, null,
                                        List.of("Saerom Choi", "Alix Lutnick", "Minouche Kandel"), List.of(),
                                        List.of("Jessica Marques"), List.of("Alan Guttirez", "Carol Leigh")), null)),
                        List.of()),
                item("Priorities for 2017", List.of("Members agreed to revisit the priorities in July."),
                        List.of("The committee adopts the draft priorities."), List.of(), List.of()),
                item("Debrief on presentation at general Task Force meeting"),
                item("Public comment"),
                item("Next meeting"),
                item("Adjournment", List.of("Minutes typed up from the clerk's notes."), List.of(), List.of(),
                        List.of()));
        return new Meeting(FilledForm.DATE, MeetingKind.REGULAR, null, LocalTime.of(11, 10), LocalTime.of(12, 35),
                VAN_NESS, MeetingStatus.DRAFT, null, "Alix Lutnick", "Maggie McHale", attendees, agenda,
                new NextMeeting(LocalDate.of(2017, 7, 24), LocalTime.of(11, 0),
                        new Location(null, List.of("City Hall, Room 400")), List.of(),
                        List.of("Priorities for 2017", "Summer brown bag")),
                List.of(new TaskUpdate("2017-03-27-1", TaskStatus.DONE, null, "Commander McEachern was told in April.",
                                List.of(), null),
                        new TaskUpdate("2017-03-27-3", TaskStatus.IN_PROGRESS, null, null, List.of(), null)));
    }

    @Test
    void readsABlankFormAsTheAgendaItShows() throws Exception {
        FormView.Reading r = read(FilledForm.blank());
        List<AgendaItem> agenda = List.of(item("Introductions"), item("Approval of the minutes of March 27, 2017"),
                new AgendaItem("Review of open action items", null, null, null, null, null, List.of(), null,
                        List.of(), List.of(), List.of(), List.of(), null, REVIEWED, List.of()),
                item("Remaining a part of the Task Force"), item("Explore Laws that decriminalize transmission of HIV"),
                item("Priorities for 2017"), item("Debrief on presentation at general Task Force meeting"),
                item("Public comment"), item("Next meeting"), item("Adjournment"));
        assertThat(r.meeting()).isEqualTo(new Meeting(FilledForm.DATE, null, null, LocalTime.of(11, 0), null,
                VAN_NESS, null, null, null, null, List.of(), agenda, null, List.of()));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void readsWhatWasTypedPickedCopiedAndDeleted() throws Exception {
        FormView.Reading r = read(FilledForm.filled());
        assertThat(r.meeting()).isEqualTo(filled());
        assertThat(r.notes()).containsExactly(
                "agenda[3].actions[2].due: \"next meeting\" is not a date; kept in the action's note");
    }

    @Test
    void readsPresentersPlacesAndNestingByHeadingLevel() throws Exception {
        Meeting special = read(FilledForm.harbor(LocalDate.of(2024, 3, 13))).meeting();
        assertThat(special.agenda()).extracting(AgendaItem::title, AgendaItem::presenter).containsExactly(
                tuple("Approval of the minutes of February 14, 2024", null),
                tuple("Review of open action items", null),
                tuple("Launch hours", "Noa Levi"));
        assertThat(special.location()).isEqualTo(new Location("Harbor Building, Room 2",
                List.of("1 Pier Way", "Seaside, CA 94000")));
        // The January meeting's agenda nests four levels deep; its form shows the agenda, not the minutes.
        Meeting january = read(FilledForm.harbor(LocalDate.of(2024, 1, 10))).meeting();
        assertThat(outline(january.agenda(), "")).containsExactly(
                "Call to order",
                "Ferry landing access (Noa Levi)",
                "  Signage",
                "    Wayfinding at the north gate",
                "      Braille plates",
                "Public comment",
                "  Comentarios por escrito");
    }

    private static List<String> outline(List<AgendaItem> items, String indent) {
        List<String> out = new java.util.ArrayList<>();
        for (AgendaItem i : items) {
            out.add(indent + i.title() + (i.presenter() == null ? "" : " (" + i.presenter() + ")"));
            out.addAll(outline(i.items(), indent + "  "));
        }
        return out;
    }

    private static WordBlock.Para para(String style, String... spans) {
        return new WordBlock.Para(style, false, 0, java.util.Arrays.stream(spans)
                .map(t -> new WordBlock.Span(t, null)).toList());
    }

    private static WordBlock.Para hinted(String style, String hint) {
        return new WordBlock.Para(style, false, 0, List.of(new WordBlock.Span(hint, "Form Hint")));
    }

    @Test
    void readsBlocksTypedInTheirStylesWithoutTheirTables() {
        List<WordBlock> body = List.of(
                para("Form Details"), para("Form Label", "Date"), para("Form date", "March 1, 2024"),
                para("heading 1", "Old business"),
                para("Form Action"), para("Form task", "Call the vendor."), para("Form owners", "Ana & Ben"),
                para("Form due", "Jul. 3, 2024"),
                // A second action typed in the fields' styles, without a title line.
                para("Form task", "Write the report."), para("Form due", "7/10/24"),
                para("Body Text", "Ana will report back."),
                para("Form decision text", "The board agrees."), para("Form decision text", "The vendor stays."));
        FormView.Reading r = FormView.reading(body);
        assertThat(r.meeting().agenda()).containsExactly(item("Old business", List.of("Ana will report back."),
                List.of("The board agrees.", "The vendor stays."), List.of(), List.of(
                        new ActionItem(null, List.of("Ana", "Ben"), "Call the vendor.", LocalDate.of(2024, 7, 3),
                                TaskStatus.OPEN, null),
                        new ActionItem(null, List.of(), "Write the report.", LocalDate.of(2024, 7, 10),
                                TaskStatus.OPEN, null))));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void readsAChoiceTypedOverItsHintAndLeavesAnUntouchedRowOut() {
        WordBlock.Table attendance = new WordBlock.Table("Clerk Table", List.of(
                List.of(List.of(para("Table Heading", "Name")), List.of(para("Table Heading", "Status"))),
                List.of(List.of(para("Form name", "Ana Ortiz")), List.of(para("Form role", "vice chair")),
                        List.of(hinted("Form status", "late"))),
                List.of(List.of(para("Form name", "Ben Ode")), List.of(para("Form role", "member")),
                        List.of(hinted("Form status", "present / absent / excused / late"))),
                List.of(List.of(para("Form name", "Cy Park")), List.of(para("Form role", "member")),
                        List.of(para("Form status", "present / absent / excused / late"))),
                List.of(List.of(para("Form name", "Di Lee")), List.of(para("Form role", "observer")),
                        List.of(para("Form status", "by phone")))));
        FormView.Reading r = FormView.reading(List.of(para("Form Details"), para("Form date", "2024-03-01"),
                attendance));
        assertThat(r.meeting().attendees()).containsExactly(
                new Attendee("Ana Ortiz", null, AttendanceStatus.PRESENT, Role.VICE_CHAIR, "arrived late"),
                new Attendee("Di Lee", null, AttendanceStatus.PRESENT, null, "by phone"));
        assertThat(r.notes()).containsExactly(
                "attendees[1].role: \"observer\" is not a role; left out",
                "attendees[1].status: \"by phone\" is not present, absent, excused or late; read as present with"
                        + " that note");
    }

    @Test
    void keepsWhatCannotBeReadAsTypedAndSaysWhere() {
        List<WordBlock> body = List.of(para("Form Details"), para("Form date", "1 March 2024"),
                para("heading 1", "Votes"),
                para("Form Motion"), para("Form mover", "Ana Ortiz"), para("Form result", "carried unanimously"),
                para("Form ayes", "five"), para("Form noes", "2"), para("Form noNames", "Ben Ode"),
                new WordBlock.Table(null, List.of(List.of(List.of(para("Form update task", "2024-01-10-1")),
                        List.of(para("Form update status")), List.of(para("Form update note", "Asked again."))))));
        FormView.Reading r = FormView.reading(body);
        AgendaItem votes = r.meeting().agenda().get(0);
        assertThat(votes.motions()).containsExactly(new Motion("(motion not recorded)", "Ana Ortiz", null,
                MotionResult.PASSED, new Vote(null, null, null, List.of(), List.of("Ben Ode"), List.of(), List.of()),
                "ayes: five"));
        assertThat(votes.tasks()).containsExactly("2024-01-10-1");
        assertThat(r.meeting().updates()).containsExactly(new TaskUpdate("2024-01-10-1", TaskStatus.OPEN, null,
                "Asked again.", List.of(), null));
        assertThat(r.notes()).containsExactly(
                "agenda[0].motions[0].text: the motion has no text typed; its other fields are kept",
                "agenda[0].motions[0].vote.ayes: \"five\" is not a number; kept in the motion's note",
                "agenda[0].motions[0].vote.noes: 2 typed, but 1 names listed; the names are kept",
                "updates[0].status: no new status picked for 2024-01-10-1; the task is kept open");
    }

    @Test
    void refusesAFormWithoutItsDate() {
        List<WordBlock> body = List.of(new WordBlock.Para("heading 1", true, 0,
                List.of(new WordBlock.Span("Call to order", null))));
        assertThatThrownBy(() -> FormView.read(body)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the form states no meeting date");
    }
}
