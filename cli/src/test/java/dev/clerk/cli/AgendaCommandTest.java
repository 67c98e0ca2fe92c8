package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk agenda} on the worked example's May 22, 2017 meeting. */
class AgendaCommandTest {
    private static final String MAY_22 = "../examples/swtpic/meetings/2017-05-22.yaml";

    @Test
    void printsTheMarkdownAgenda() throws Exception {
        CliRun run = CliRun.of("agenda", MAY_22);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("../compose/src/test/resources/golden/agenda-swtpic-2017-05-22.md")));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void writesTheWordAgendaWhereTold(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("agenda.docx");
        assertThat(CliRun.of("agenda", MAY_22, "-o", out.toString())).isEqualTo(new CliRun(0, "", "wrote " + out + "\n"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            assertThat(doc.getTables().get(0).getRows()).hasSize(9);
        }
    }

    @Test
    void refusesTheCommitteeFileInOneLine() {
        assertThat(CliRun.of("agenda", "../examples/swtpic/committee.yaml")).isEqualTo(new CliRun(1, "",
                "../examples/swtpic/committee.yaml: is the committee's file, not a meeting; give a meeting file such as"
                        + " meetings/2017-03-27.yaml\n"));
    }

    @Test
    void writesThePdfAgendaWhereTold(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("agenda.pdf");
        assertThat(CliRun.of("agenda", MAY_22, "-o", out.toString())).isEqualTo(new CliRun(0, "", "wrote " + out + "\n"));
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("SWTPIC Agenda, May 22, 2017");
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains("X. Adjournment");
        }
    }

    @Test
    void refusesAnUnknownFormat() {
        CliRun odt = CliRun.of("agenda", MAY_22, "--format", "odt");
        assertThat(odt.exitCode()).isEqualTo(2);
        assertThat(odt.err()).startsWith("Invalid value for option '--format': expected one of [md, docx, pdf, html]"
                + " (case-sensitive) but was 'odt'\n");
    }
}
