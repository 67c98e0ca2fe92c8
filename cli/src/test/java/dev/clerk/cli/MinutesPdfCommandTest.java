package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesPdfCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Clerk.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheMinutesOfTheExampleAsPdf() throws Exception {
        Path pdf = dir.resolve("minutes.pdf");
        int code = run("minutes", example().resolve("meetings/2017-03-27.yaml").toString(), "--format", "pdf",
                "-o", pdf.toString());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("wrote " + pdf + System.lineSeparator());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(3);
            assertThat(d.getDocumentInformation().getTitle())
                    .isEqualTo("Sex Work and Trafficking Policy Impact Committee – Minutes – March 27, 2017");
        }
    }

    @Test
    void pointsAtTheLineOfACharacterNoFontHasAndWritesNothing() throws Exception {
        Files.copy(example().resolve("committee.yaml"), dir.resolve("committee.yaml"));
        Files.createDirectories(dir.resolve("meetings"));
        Path meeting = dir.resolve("meetings/2017-03-27.yaml");
        Files.writeString(meeting, """
                date: 2017-03-27
                attendees:
                  - name: Saerom Choi
                  - name: 王中
                agenda:
                  - title: Introductions
                """);
        Path pdf = dir.resolve("out.pdf");
        Files.writeString(pdf, "previous");
        int code = run("minutes", meeting.toString(), "--format", "pdf", "-o", pdf.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(
                meeting + ":4:11: attendees[1].name: character U+738B '王' is in none of the fonts (Liberation Sans); "
                        + "add a font that has it with --font FILE" + System.lineSeparator()
                        + meeting + ":4:11: attendees[1].name: character U+4E2D '中' is in none of the fonts "
                        + "(Liberation Sans); add a font that has it with --font FILE" + System.lineSeparator());
        assertThat(Files.readString(pdf)).isEqualTo("previous");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "committee.yaml", "meetings", "out.pdf");
    }

    @Test
    void pointsAtTheCommitteeFileForACharacterOfTheBodysName() throws Exception {
        Files.writeString(dir.resolve("committee.yaml"), "name: Harbor 王 Board\n");
        Files.createDirectories(dir.resolve("meetings"));
        Path meeting = dir.resolve("meetings/2024-01-10.yaml");
        Files.writeString(meeting, "date: 2024-01-10\nagenda:\n  - title: Signs\n");
        int code = run("minutes", meeting.toString(), "--format", "pdf", "-o", dir.resolve("out.pdf").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(dir.resolve("committee.yaml") + ":1:7: name: character U+738B '王' is in"
                + " none of the fonts (Liberation Sans); add a font that has it with --font FILE" + System.lineSeparator());
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void usesTheFontsCommitteeYamlListsForChinese() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(font) || dev.clerk.model.testing.ExternalProgram.isCi(),
                "install fonts-wqy-microhei to run this test");
        // A system font is outside the committee folder: its folder is allowed by name.
        Files.writeString(dir.resolve("committee.yaml"), "name: 性工作与人口贩运政策影响委员会\nfonts: [" + font + "]\n"
                + "allowOutside: [" + font.getParent() + "]\n");
        Files.createDirectories(dir.resolve("meetings"));
        Path meeting = dir.resolve("meetings/2017-03-27.yaml");
        Files.writeString(meeting, "date: 2017-03-27\nagenda:\n  - title: 介绍\n");
        Path pdf = dir.resolve("out.pdf");
        assertThat(run("minutes", meeting.toString(), "--format", "pdf", "-o", pdf.toString())).as(err.toString()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains("I. 介绍");
        }
    }

    @Test
    void pointsAtABodyFontThatIsMissing() throws Exception {
        Files.writeString(dir.resolve("committee.yaml"), "name: Committee\nfonts:\n  - fonts/missing.ttf\n");
        Files.createDirectories(dir.resolve("meetings"));
        Path meeting = dir.resolve("meetings/2017-03-27.yaml");
        Files.writeString(meeting, "date: 2017-03-27\n");
        int code = run("minutes", meeting.toString(), "--format", "pdf", "-o", dir.resolve("out.pdf").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(dir.resolve("committee.yaml") + ":3:5: fonts[0]: "
                + dir.resolve("fonts/missing.ttf") + ": no such font file" + System.lineSeparator());
    }

    @Test
    void reportsAFontFileThatIsMissing() {
        int code = run("minutes", example().resolve("meetings/2017-03-27.yaml").toString(),
                "--format", "pdf", "-o", dir.resolve("m.pdf").toString(), "--font", "/nonexistent/font.ttf");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("clerk: /nonexistent/font.ttf: no such font file" + System.lineSeparator());
    }

    private static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/swtpic"))) {
                return p.resolve("examples/swtpic");
            }
        }
        throw new IllegalStateException("examples/swtpic not found");
    }
}
