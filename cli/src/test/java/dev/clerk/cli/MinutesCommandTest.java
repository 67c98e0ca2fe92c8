package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesCommandTest {
    @TempDir
    Path dir;
    Path committee;
    Path meeting;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyExample() throws IOException {
        Path example = Path.of("..", "examples", "swtpic");
        committee = dir.resolve("swtpic");
        try (Stream<Path> files = Files.walk(example)) {
            // Only the committee's own files: not what an earlier run may have written to out/.
            for (Path f : files.filter(f -> !example.relativize(f).startsWith("out")).toList()) {
                Path to = committee.resolve(example.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        meeting = committee.resolve("meetings/2017-03-27.yaml");
    }

    private int run(String... args) {
        return Clerk.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheMinutesToTheCommitteesOutFolder() throws IOException {
        assertThat(run("minutes", meeting.toString())).isEqualTo(0);
        Path written = committee.resolve("out/2017-03-27-minutes.docx");
        assertThat(out.toString()).isEqualTo("wrote " + written.toAbsolutePath().normalize() + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(written))) {
            assertThat(doc.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Sex Work and Trafficking Policy Impact Committee – Minutes – March 27, 2017");
        }
        try (Stream<Path> left = Files.list(written.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2017-03-27-minutes.docx");
        }
    }

    @Test
    void writesWhereTheOutputOptionSays() throws IOException {
        Path target = dir.resolve("elsewhere/minutes.docx");
        assertThat(run("minutes", meeting.toString(), "-o", target.toString())).isEqualTo(0);
        assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
        assertThat(run("minutes", meeting.toString(), "--output", dir.resolve("again.docx").toString())).isEqualTo(0);
        assertThat(Files.readAllBytes(dir.resolve("again.docx"))).isEqualTo(Files.readAllBytes(target));
    }

    @Test
    void usesAReferenceDocument() throws IOException {
        Path reference = dir.resolve("letterhead.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("CITY OF EXAMPLE");
            doc.createParagraph().createRun().setText("Body text of the reference document.");
            try (var os = Files.newOutputStream(reference)) {
                doc.write(os);
            }
        }
        Path target = dir.resolve("minutes.docx");
        assertThat(run("minutes", meeting.toString(), "--template", reference.toString(), "-o", target.toString()))
                .as(err.toString()).isEqualTo(0);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(target)))) {
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText()).startsWith("CITY OF EXAMPLE");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Department on the Status of Women");
        }
    }

    @Test
    void rejectsATemplateThatIsNotAWordDocument() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.docx"), "just text");
        Path target = dir.resolve("minutes.docx");
        assertThat(run("minutes", meeting.toString(), "--template", notes.toString(), "-o", target.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("clerk: " + notes
                + ": not a Word document: a .docx file is a zip package, and this file is not one" + System.lineSeparator());
        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void rejectsADamagedTemplate() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("x");
            doc.write(bytes);
        }
        Path damaged = Files.write(dir.resolve("damaged.docx"), java.util.Arrays.copyOf(bytes.toByteArray(), 700));
        assertThat(run("minutes", meeting.toString(), "--template", damaged.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("clerk: " + damaged + ": damaged").doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void namesAMissingTemplate() {
        Path missing = dir.resolve("missing.docx");
        assertThat(run("minutes", meeting.toString(), "--template", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("clerk: " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void rejectsAnUnknownFormat() {
        assertThat(run("minutes", meeting.toString(), "--format", "odt")).isEqualTo(2);
        assertThat(err.toString()).startsWith(
                "Invalid value for option '--format': expected one of [docx, pdf, html] (case-sensitive) but was 'odt'");
    }

    @Test
    void needsACommitteeFolder() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone")).resolve("2017-03-27.yaml");
        Files.copy(meeting, alone);
        assertThat(run("minutes", alone.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(alone + ": not inside a committee folder (no committee.yaml here or"
                + " above); create one with 'clerk init'" + System.lineSeparator());
    }

    @Test
    void reportsBadInputWithFileLineAndColumn() throws IOException {
        Files.writeString(meeting, Files.readString(meeting).replace("status: draft", "status: finished"));
        assertThat(run("minutes", meeting.toString())).isEqualTo(1);
        assertThat(err.toString()).matches("(?s)" + java.util.regex.Pattern.quote(meeting.toString())
                + ":\\d+:\\d+: status: .*finished.*\\R");
        assertThat(committee.resolve("out")).doesNotExist();
    }
}
