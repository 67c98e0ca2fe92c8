package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.testing.ExternalProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Word cycle as a clerk goes through it: {@code clerk form}, the form filled in (by python-docx, playing the
 * clerk: attendance picked, discussion typed, a motion filled, an action block copied twice, a block deleted, a
 * paragraph typed outside any block), saved again by LibreOffice, then {@code clerk import --into --apply}: the
 * meeting file says exactly what was typed, passes {@code clerk check} and renders.
 */
class WordCycleIT {
    private static final Path FILL = Path.of("src/test/resources/wordcycle/fill_form.py");
    private static final Path EXPECTED = Path.of("src/test/resources/wordcycle/2017-05-22-filled.yaml");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFilledFormBecomesTheMinutes(boolean resavedByLibreOffice) throws Exception {
        Path python = pythonWithDocx();
        Path dir = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), dir);
        Path meeting = dir.resolve("meetings/2017-05-22.yaml");
        Path form = tmp.resolve("form.docx");
        CliRun made = CliRun.of("form", meeting.toString(), "-o", form.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();

        Path filled = tmp.resolve("filled.docx");
        run(List.of(python.toString(), FILL.toString(), form.toString(), filled.toString()));
        if (resavedByLibreOffice) {
            Path soffice = ExternalProgram.require("soffice");
            Path out = Files.createDirectories(tmp.resolve("resaved"));
            run(List.of(soffice.toString(), "--headless", "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString(), filled.toString()));
            filled = out.resolve("filled.docx");
        }

        CliRun imported = CliRun.of("import", filled.toString(), "--into", meeting.toString(), "--apply");
        assertThat(imported.err()).isEmpty();
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).startsWith("16 differences between " + meeting)
                .contains("  agenda[5].actions[1]: added (Alix Lutnick, Saerom Choi: Draft a one-page summary")
                .contains("  agenda[7].narrative[0]: added \"Two members of the public spoke in support of the policy.\"")
                .endsWith("applied 16 changes to " + meeting + "\n");
        Meeting expected = ModelReader.readMeeting(EXPECTED);
        assertThat(ModelReader.readMeeting(meeting)).isEqualTo(expected);
        // Nothing was dropped or invented: no decision for the deleted block, none for the empty ones.
        assertThat(expected.allItems().flatMap(i -> i.decisions().stream())).isEmpty();

        assertThat(CliRun.of("check", dir.toString()).exitCode()).isZero();
        for (String format : List.of("docx", "pdf", "html")) {
            CliRun minutes = CliRun.of("minutes", meeting.toString(), "--format", format);
            assertThat(minutes.exitCode()).as(minutes.err()).isZero();
        }
        // The new action items are followed from the next agenda on, under their new ids.
        CliRun tasks = CliRun.of("tasks", dir.toString(), "--as-of", "2017-06-26");
        assertThat(tasks.out()).contains("Circulate the final list of priorities.")
                .contains("Draft a one-page summary of the data findings.");
        // Read again, the applied file has nothing more to take.
        assertThat(CliRun.of("import", filled.toString(), "--into", meeting.toString()).out())
                .startsWith("no differences");
    }

    /** A Python 3 that has python-docx (Debian's python3-docx), or a skipped (locally) or failed (CI) test. */
    private static Path pythonWithDocx() throws Exception {
        List<Path> candidates = new ArrayList<>();
        ExternalProgram.find("python3").ifPresent(candidates::add);
        candidates.add(Path.of("/usr/bin/python3"));
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                Process check = new ProcessBuilder(p.toString(), "-c", "import docx").redirectErrorStream(true).start();
                check.getInputStream().readAllBytes();
                if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
                    return p;
                }
            }
        }
        String message = "python-docx is not installed (Debian: python3-docx; see .ci/run)";
        if (ExternalProgram.isCi()) {
            throw new AssertionError(message + " (CI=true: outside programs are required on CI)");
        }
        System.err.println("SKIPPED: " + message);
        assumeTrue(false, message);
        return null;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path log = tmp.resolve("run.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in 180 s");
        }
        assertThat(p.exitValue()).as(command + ": " + Files.readString(log)).isZero();
    }
}
