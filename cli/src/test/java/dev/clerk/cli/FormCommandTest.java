package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk form}: the Word minutes form of a meeting whose agenda is drafted. */
class FormCommandTest {
    @TempDir
    Path dir;
    Path committee;

    @BeforeEach
    void copyExample() throws IOException {
        committee = dir.resolve("swtpic");
        CliRun.copy(Path.of("..", "examples", "swtpic"), committee);
    }

    @Test
    void writesTheFormToTheCommitteesOutFolder() throws IOException {
        CliRun run = CliRun.of("form", committee.resolve("meetings/2017-05-22.yaml").toString());
        Path written = committee.resolve("out/2017-05-22-form.docx");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + written.toAbsolutePath().normalize() + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(written))) {
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Sex Work and Trafficking Policy Impact Committee – Minutes Form – May 22, 2017");
            assertThat(doc.getStyles().getStyleWithName("Form Action")).isNotNull();
        }
        try (Stream<Path> left = Files.list(written.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2017-05-22-form.docx");
        }
    }

    @Test
    void writesWhereTheOutputOptionSaysTheSameBytesEachTime() throws IOException {
        String meeting = committee.resolve("meetings/2017-05-22.yaml").toString();
        Path target = dir.resolve("elsewhere/form.docx");
        assertThat(CliRun.of("form", meeting, "-o", target.toString()).exitCode()).isZero();
        assertThat(CliRun.of("form", meeting, "--output", dir.resolve("again.docx").toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.docx"))).isEqualTo(Files.readAllBytes(target));
    }

    @Test
    void refusesAMeetingWithNoAgendaItems() throws IOException {
        Path meeting = committee.resolve("meetings/2017-07-24.yaml");
        Files.writeString(meeting, "date: 2017-07-24\n");
        CliRun run = CliRun.of("form", meeting.toString());
        assertThat(run.exitCode()).isEqualTo(Clerk.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(meeting + ": agenda: has no items; a minutes form is made from the agenda"
                + " (list the items under agenda:, or draft them with 'clerk next')" + System.lineSeparator());
        assertThat(committee.resolve("out/2017-07-24-form.docx")).doesNotExist();
    }

    @Test
    void refusesTheCommitteeFileInPlaceOfAMeeting() {
        Path file = committee.resolve("committee.yaml");
        CliRun run = CliRun.of("form", file.toString());
        assertThat(run.exitCode()).isEqualTo(Clerk.BAD_INPUT);
        assertThat(run.err()).isEqualTo(file + ": is the committee's file, not a meeting; give a meeting file such as"
                + " meetings/2017-03-27.yaml" + System.lineSeparator());
    }
}
