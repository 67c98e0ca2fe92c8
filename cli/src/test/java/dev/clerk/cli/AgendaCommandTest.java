package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code clerk agenda} on the worked example's May 22, 2017 meeting. */
class AgendaCommandTest {
    private static final String MAY_22 = "../examples/swtpic/meetings/2017-05-22.yaml";

    @Test
    void printsTheMarkdownAgenda() throws Exception {
        CliRun run = CliRun.of("agenda", MAY_22);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("../model/src/test/resources/golden/agenda-swtpic-2017-05-22.md")));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void saysWhichFormatsAreNotAvailableYet() {
        assertThat(CliRun.of("agenda", MAY_22, "--format", "docx")).isEqualTo(new CliRun(2, "",
                "clerk: --format docx: the Word agenda is not available yet; use --format md\n"));
        assertThat(CliRun.of("agenda", MAY_22, "-o", "agenda.pdf")).isEqualTo(new CliRun(2, "",
                "clerk: --format pdf: the PDF agenda is not available yet; use --format md\n"));
    }
}
