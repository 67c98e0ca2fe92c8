package dev.clerk.model.change;

import static dev.clerk.model.change.MeetingEdits.actions;
import static dev.clerk.model.change.MeetingEdits.attendees;
import static dev.clerk.model.change.MeetingEdits.insert;
import static dev.clerk.model.change.MeetingEdits.insertParagraph;
import static dev.clerk.model.change.MeetingEdits.item;
import static dev.clerk.model.change.MeetingEdits.narrative;
import static dev.clerk.model.change.MeetingEdits.paragraph;
import static dev.clerk.model.change.MeetingEdits.remove;
import static dev.clerk.model.change.MeetingEdits.set;
import static dev.clerk.model.change.MeetingEdits.title;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Edits to a file written in every style a person may write YAML in: each test gives the whole text expected. */
class YamlPatchTest {
    private static final String TEXT = MeetingEdits.text(Path.of("src/test/resources/change/styles.yaml"));
    private static final Meeting MEETING = MeetingEdits.read(TEXT);

    /** The file patched with {@code edit}, checked to read as the edited meeting. */
    private static String patch(UnaryOperator<Meeting> edit) {
        return patch(TEXT, edit);
    }

    private static String patch(String text, UnaryOperator<Meeting> edit) {
        Meeting m = MeetingEdits.read(text);
        Meeting edited = edit.apply(m);
        String patched = YamlPatch.apply(text, m, edited);
        assertThat(MeetingEdits.read(patched)).isEqualTo(edited);
        return patched;
    }

    /** The file with {@code parts} replaced, in pairs: what was there, what the patch should put instead. */
    private static String expected(String... parts) {
        String text = TEXT;
        for (int i = 0; i < parts.length; i += 2) {
            assertThat(text).contains(parts[i]);
            text = text.replace(parts[i], parts[i + 1]);
        }
        return text;
    }

    private static ActionItem action(int i) {
        return MEETING.agenda().get(0).actions().get(i);
    }

    private static Meeting withAction(Meeting m, int i, ActionItem a) {
        return item(m, it -> actions(it, set(it.actions(), i, a)), 0);
    }

    @Test
    void unchangedMeetingLeavesTheTextAlone() {
        assertThat(YamlPatch.apply(TEXT, MEETING, MEETING)).isSameAs(TEXT);
    }

    @Test
    void scalarsKeepTheirQuotesAndCommentsAndGetQuotesWhenTheyNeedThem() {
        String patched = patch(m -> {
            Meeting n = new Meeting(m.date(), m.kind(), m.title(), LocalTime.of(18, 30), m.end(), m.location(),
                    m.status(), m.approvedOn(), m.presiding(), m.recorder(), m.attendees(), m.agenda(), m.next(),
                    m.updates());
            n = attendees(n, set(n.attendees(), 2, Attendee.present("Ana O'Neill", null)));
            return item(n, i -> title(i, "Site visit: the pier"), 0);
        });
        assertThat(patched).isEqualTo(expected(
                "start: \"18:00\"   # called to order late", "start: \"18:30\"   # called to order late",
                "  - name: 'Ana O''Neil'", "  - name: 'Ana O''Neill'",
                "  - title: Site visit\n", "  - title: \"Site visit: the pier\"\n"));
    }

    @Test
    void oneWordChangedInAFoldedParagraphChangesOneLine() {
        String patched = patch(m -> item(m, i -> paragraph(i, 0, p -> p.replace("is poor", "is very poor")), 0));
        assertThat(patched).isEqualTo(expected("        lighting is poor after dark.", "        lighting is very poor after dark."));
    }

    @Test
    void oneWordChangedInAPlainTextOverTwoLinesChangesOneLine() {
        String patched = patch(m -> item(m, i -> new AgendaItem(i.title(), i.kind(),
                "The budget for the coming year as staff proposed it.", i.presenter(), i.duration(), i.narrative(),
                i.decisions(), i.motions(), i.actions(), i.attachments(), i.minutesOf(), i.tasks(), i.items()), 1));
        assertThat(patched).isEqualTo(expected("The budget for the year\n", "The budget for the coming year\n"));
    }

    @Test
    void removedElementTakesTheCommentAboveItAlong() {
        String patched = patch(m -> attendees(m, remove(m.attendees(), 1)));
        assertThat(patched).isEqualTo(expected("  # Ben sent apologies\n  - name: Ben Ng\n    status: excused\n", ""));
    }

    @Test
    void removedFieldTakesTheCommentAboveItAlong() {
        String patched = patch(m -> withAction(m, 1, MeetingEdits.due(action(1), null)));
        assertThat(patched).isEqualTo(expected("        # agreed at the meeting\n        due: 2024-03-01\n", ""));
    }

    @Test
    void removedFirstFieldOfAnElementPassesItsDashOn() {
        String patched = patch(m -> withAction(m, 0, action(0).withId(null)));
        assertThat(patched).isEqualTo(expected(
                "      - id: 2024-02-14-1\n        owners: [Cleo", "      - owners: [Cleo"));
    }

    @Test
    void fieldAddedBeforeTheFirstFieldOfAnElementTakesItsDash() {
        String patched = patch(m -> withAction(m, 1, action(1).withId("2024-02-14-2")));
        assertThat(patched).isEqualTo(expected(
                "      - owners: [Ana O'Neil]", "      - id: 2024-02-14-2\n        owners: [Ana O'Neil]"));
    }

    @Test
    void fieldsAddedGoWhereTheWriterPutsThem() {
        String patched = patch(m -> {
            Meeting n = new Meeting(m.date(), m.kind(), m.title(), m.start(), LocalTime.of(20, 0), m.location(),
                    m.status(), m.approvedOn(), m.presiding(), m.recorder(), m.attendees(), m.agenda(), m.next(),
                    m.updates());
            return withAction(n, 0, MeetingEdits.due(action(0), LocalDate.of(2024, 2, 28)));
        });
        assertThat(patched).isEqualTo(expected(
                "# called to order late\n", "# called to order late\nend: \"20:00\"\n",
                "        task: Write up the site visit.\n",
                "        task: Write up the site visit.\n        due: 2024-02-28\n"));
    }

    @Test
    void changedFlowListIsWrittenAgainKeepingTheQuotesOfWhatStays() {
        ActionItem a = action(0);
        String patched = patch(m -> withAction(m, 0, new ActionItem(a.id(), List.of("Cleo Park", "Ben Ng", "Ana O'Neil"),
                a.task(), a.due(), a.status(), a.note())));
        assertThat(patched).isEqualTo(expected("[Cleo Park, \"Ben Ng\"]", "[Cleo Park, \"Ben Ng\", Ana O'Neil]"));
    }

    @Test
    void changedFlowParagraphIsWrittenAgain() {
        String patched = patch(m -> item(m, i -> paragraph(i, 1, p -> "Los vecinos asistieron al acto."), 0));
        assertThat(patched).isEqualTo(expected(
                "{text: Los vecinos asistieron., lang: es}", "{text: Los vecinos asistieron al acto., lang: es}"));
    }

    @Test
    void emptyFlowListGivenElementsBecomesABlockList() {
        String patched = patch(m -> item(m, i -> insertParagraph(i, 0, "The budget was approved."), 1));
        assertThat(patched).isEqualTo(expected(
                "    narrative: []", "    narrative:\n      - The budget was approved."));
    }

    @Test
    void longParagraphAddedAmongFoldedOnesIsFoldedToo() {
        String added = "Residents asked for benches along the promenade and for the ramp at the east gate to be"
                + " repaired before the summer season begins.";
        String patched = patch(m -> item(m, i -> insertParagraph(i, 1, added), 0));
        assertThat(patched).isEqualTo(expected(
                "at the next meeting.\n", "at the next meeting.\n"
                        + "      - >-\n"
                        + "        Residents asked for benches along the promenade and for the ramp at the east gate to be\n"
                        + "        repaired before the summer season begins.\n"));
    }

    @Test
    void elementAddedFirstGoesBeforeTheFirst() {
        String patched = patch(m -> attendees(m, insert(m.attendees(), 0, Attendee.present("Dee Ray", null))));
        assertThat(patched).isEqualTo(expected(
                "attendees:\n", "attendees:\n  - name: Dee Ray\n"));
    }

    @Test
    void listWhoseElementsAllChangeIsWrittenAgainWhole() {
        String patched = patch(m -> attendees(m, List.of(Attendee.present("Xavier Quinn", null))));
        assertThat(patched).isEqualTo(expected(
                "  - name: Cleo Park\n    role: chair\n  # Ben sent apologies\n  - name: Ben Ng\n    status: excused\n"
                        + "  - name: 'Ana O''Neil'\n", "  - name: Xavier Quinn\n    status: present\n"));
    }

    @Test
    void paragraphGivenALanguageIsWrittenAsTheWriterWritesIt() {
        String patched = patch(m -> item(m, i -> narrative(i, i.narrative(), List.of("en", "es")), 0));
        assertThat(patched).isEqualTo(expected(
                "      - >-\n        The committee visited the pier on Saturday. The railings on the north side are"
                        + " loose and the\n        lighting is poor after dark. Staff will report on repairs at the"
                        + " next meeting.\n",
                "      - text: The committee visited the pier on Saturday. The railings on the north side are loose"
                        + " and the lighting is poor after dark. Staff will report on repairs at the next meeting.\n"
                        + "        lang: en\n"));
    }

    @Test
    void windowsLineEndsAndByteOrderMarkStay() {
        String text = "\uFEFF" + TEXT.replace("\n", "\r\n");
        String patched = patch(text, m -> item(m, i -> title(i, "Budget for 2025"), 1));
        assertThat(patched).isEqualTo("\uFEFF" + expected("  - title: Budget\n", "  - title: Budget for 2025\n")
                .replace("\n", "\r\n"));
    }

    @Test
    void refusesTextThatDoesNotHoldTheMeeting() {
        Meeting other = item(MEETING, i -> title(i, "Another title"), 1);
        assertThatThrownBy(() -> YamlPatch.apply(TEXT, other, MEETING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text does not hold the meeting to be changed (2024-02-14)");
    }
}
