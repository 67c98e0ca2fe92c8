package dev.clerk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code clerk build} plans for a committee folder: documents, names, inputs, and what errors block. */
class BuildPlanTest {
    private static final Path EXAMPLE = Path.of("../examples/swtpic");
    private static final EnumSet<DocumentKind> WORD_AND_PDF = EnumSet.of(DocumentKind.MINUTES_PDF,
            DocumentKind.MINUTES_DOCX, DocumentKind.AGENDA_DOCX, DocumentKind.TASKS_CSV);

    @TempDir
    Path tmp;

    @Test
    void plansMinutesOnlyForMeetingsWithMinutesAndAnAgendaForEach() {
        BuildPlan plan = BuildPlan.of(EXAMPLE, WORD_AND_PDF);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.blocked()).isEmpty();
        assertThat(plan.documents()).extracting(PlannedDocument::output, PlannedDocument::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2017-03-27-minutes.pdf", "Minutes of March 27, 2017"),
                org.assertj.core.groups.Tuple.tuple("2017-03-27-minutes.docx", "Minutes of March 27, 2017"),
                org.assertj.core.groups.Tuple.tuple("2017-03-27-agenda.docx", "Agenda of March 27, 2017"),
                org.assertj.core.groups.Tuple.tuple("2017-05-22-agenda.docx", "Agenda of May 22, 2017"),
                org.assertj.core.groups.Tuple.tuple("tasks.csv", "Open tasks as of March 27, 2017"));
        assertThat(plan.buildable()).isEqualTo(plan.documents());
        assertThat(plan.tasksAsOf()).hasToString("2017-03-27");
    }

    @Test
    void tellsMinutesFromAnAgendaDraft() throws Exception {
        Path dir = folder("name: Board\n");
        Files.writeString(dir.resolve("meetings/2020-01-02.yaml"), "date: 2020-01-02\nstart: 10:00\npresiding: Ann Lee\n"
                + "agenda:\n  - title: Budget\n    kind: action\n    description: The 2021 budget\n    presenter: Ann Lee\n"
                + "    duration: 20\n");
        Files.writeString(dir.resolve("meetings/2020-02-03.yaml"), "date: 2020-02-03\n"
                + "agenda:\n  - title: Budget\n    decisions:\n      - The budget was adopted.\n");
        Files.writeString(dir.resolve("meetings/2020-03-04.yaml"), "date: 2020-03-04\nend: 12:00\n");
        assertThat(BuildPlan.of(dir, EnumSet.of(DocumentKind.MINUTES_PDF)).documents())
                .extracting(PlannedDocument::output).containsExactly("2020-02-03-minutes.pdf", "2020-03-04-minutes.pdf");
    }

    @Test
    void agendasDependOnEveryEarlierMeetingAndTheTaskListOnAll() {
        BuildPlan plan = BuildPlan.of(EXAMPLE, WORD_AND_PDF);
        Path body = EXAMPLE.resolve("committee.yaml");
        Path march = EXAMPLE.resolve("meetings/2017-03-27.yaml");
        Path may = EXAMPLE.resolve("meetings/2017-05-22.yaml");
        assertThat(inputs(plan, "2017-03-27-minutes.pdf")).containsExactly(march, body);
        assertThat(inputs(plan, "2017-03-27-agenda.docx")).containsExactly(march, body);
        assertThat(inputs(plan, "2017-05-22-agenda.docx")).containsExactly(may, body, march);
        assertThat(inputs(plan, "tasks.csv")).containsExactly(body, march, may);
    }

    @Test
    void bodyFontsAreInputsOfPdfsOnly() throws Exception {
        Path dir = folder("name: Board\nfonts:\n  - fonts/NotoSansCJK.ttc,2\n");
        Files.writeString(dir.resolve("meetings/2020-01-02.yaml"), "date: 2020-01-02\nattendees:\n  - name: Ann Lee\n");
        BuildPlan plan = BuildPlan.of(dir, WORD_AND_PDF);
        assertThat(inputs(plan, "2020-01-02-minutes.pdf")).endsWith(dir.resolve("fonts/NotoSansCJK.ttc"));
        assertThat(inputs(plan, "2020-01-02-minutes.docx")).doesNotContain(dir.resolve("fonts/NotoSansCJK.ttc"));
    }

    @Test
    void aBrokenMeetingBlocksItsDocumentsAndThoseCarryingItsTasks() throws Exception {
        Path dir = folder("name: Board\n");
        Files.writeString(dir.resolve("meetings/2020-01-02.yaml"), "date: 2020-01-02\nattendees:\n  - name: Ann Lee\n");
        Files.writeString(dir.resolve("meetings/2020-02-03.yaml"), "date: 2020-02-03\nkind: annual\n");
        Files.writeString(dir.resolve("meetings/2020-03-04.yaml"), "date: 2020-03-04\n");
        BuildPlan plan = BuildPlan.of(dir, WORD_AND_PDF);
        Path feb = dir.resolve("meetings/2020-02-03.yaml");
        assertThat(plan.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith(feb + ":2:7: kind: ");
        assertThat(plan.blocked()).extracting(Object::toString).containsExactly(
                feb + ": has errors; its documents were not built",
                "2020-03-04-agenda.docx: not built: it carries the open tasks of " + feb + ", which has errors",
                "tasks.csv: not built: " + feb + " has errors");
        assertThat(plan.buildable()).extracting(PlannedDocument::output).containsExactly(
                "2020-01-02-minutes.pdf", "2020-01-02-minutes.docx", "2020-01-02-agenda.docx");
    }

    @Test
    void errorsInTheCommitteeFileBlockEverything() throws Exception {
        Path dir = folder("nmae: Board\n");
        Files.writeString(dir.resolve("meetings/2020-01-02.yaml"), "date: 2020-01-02\n");
        BuildPlan plan = BuildPlan.of(dir, WORD_AND_PDF);
        assertThat(plan.committee()).isNull();
        assertThat(plan.documents()).isEmpty();
        assertThat(plan.blocked()).extracting(Object::toString)
                .containsExactly(dir.resolve("committee.yaml") + ": has errors; nothing was built");
        assertThat(plan.problems()).isNotEmpty();
    }

    @Test
    void plansPacketsForMeetingsStillToComeAndTheNewestDependingOnTheirAttachments() throws Exception {
        Path dir = folder("name: Board\n");
        Files.writeString(dir.resolve("meetings/2020-01-02.yaml"), "date: 2020-01-02\nattendees:\n  - name: Ann Lee\n");
        Files.writeString(dir.resolve("meetings/2020-02-03.yaml"), "date: 2020-02-03\nagenda:\n  - title: Budget\n"
                + "    attachments:\n      - title: Draft budget\n        path: attachments/budget.pdf\n");
        Files.createDirectories(dir.resolve("attachments"));
        Files.write(dir.resolve("attachments/budget.pdf"), new byte[] {'%'});
        BuildPlan plan = BuildPlan.of(dir, EnumSet.of(DocumentKind.PACKET_PDF));
        assertThat(plan.documents()).extracting(PlannedDocument::output, PlannedDocument::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2020-02-03-packet.pdf", "Agenda packet of February 3, 2020"));
        assertThat(inputs(plan, "2020-02-03-packet.pdf")).containsExactly(dir.resolve("meetings/2020-02-03.yaml"),
                dir.resolve("committee.yaml"), dir.resolve("meetings/2020-01-02.yaml"),
                dir.resolve("attachments/budget.pdf"));
        // The newest meeting keeps its packet once it has minutes.
        Files.delete(dir.resolve("meetings/2020-02-03.yaml"));
        assertThat(BuildPlan.of(dir, EnumSet.of(DocumentKind.PACKET_PDF)).documents())
                .extracting(PlannedDocument::output).containsExactly("2020-01-02-packet.pdf");
    }

    @Test
    void plansOnlyTheKindsItIsGiven() {
        assertThat(BuildPlan.of(EXAMPLE, EnumSet.of(DocumentKind.TASKS_CSV)).documents())
                .extracting(PlannedDocument::output).containsExactly("tasks.csv");
    }

    /**
     * Issue 16: the committee is parsed and checked once per command. The plan is made from what the command's check
     * read: its meetings, and as what each document is made from, the hash of the bytes that were checked, even when
     * a file changed since.
     */
    @Test
    void plansFromWhatTheCheckReadWithoutReadingAgain() throws Exception {
        Path dir = folder("name: Board\n");
        Path march = dir.resolve("meetings/2020-03-04.yaml");
        String checkedText = "date: 2020-03-04\nend: 12:00\n";
        Files.writeString(march, checkedText);
        dev.clerk.model.check.CheckedCommittee checked = dev.clerk.model.check.Checker.examine(dir);
        Files.writeString(march, "date: 2020-03-05\nend: 12:00\n");

        BuildPlan plan = BuildPlan.of(dir, checked, EnumSet.of(DocumentKind.MINUTES_PDF));
        PlannedDocument minutes = plan.documents().get(0);
        assertThat(minutes.output()).isEqualTo("2020-03-04-minutes.pdf");
        assertThat(minutes.meeting().date()).hasToString("2020-03-04");
        assertThat(plan.checked()).isSameAs(checked);
        assertThat(minutes.read().get(march.toAbsolutePath().normalize()))
                .isEqualTo(checked.meetingFile(march).orElseThrow().content().orElseThrow().digest())
                .isEqualTo(Digests.of(checkedText.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEqualTo(Digests.ofFile(march));
    }

    private Path folder(String body) throws Exception {
        Path dir = tmp.resolve("c");
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), body);
        return dir;
    }

    private static List<Path> inputs(BuildPlan plan, String output) {
        return plan.documents().stream().filter(d -> d.output().equals(output)).findFirst().orElseThrow().inputs();
    }
}
