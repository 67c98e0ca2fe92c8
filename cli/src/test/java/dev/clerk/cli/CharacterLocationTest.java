package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A character no PDF font has is reported at the meeting file and field that hold it, by every command that paints
 * a PDF: also when the meeting file has a name other than {@code DATE.yaml} ({@code 2017-03-27.yml},
 * {@code 2017-03-27-regular.yaml}), when two meetings share a date, and when the text is part of Clerk's wording (the
 * item that assigned a task, a task's history) — never at {@code committee.yaml}, which does not hold it.
 */
class CharacterLocationTest {
    private static final String NO_FONT = "character U+1F600 '\uD83D\uDE00' is in none of the fonts (Liberation Sans);"
            + " add a font that has it with --font FILE";
    private static final String TASK = "Email Alix with any further data points";
    private static final String TITLE = "Check in on the Prioritizing Safety";

    @TempDir
    Path dir;

    @Test
    void pointsAtATaskInAMeetingFileNamedWithAnotherExtension() throws Exception {
        Path meeting = committee("2017-03-27.yml", TASK, "Email \uD83D\uDE00 Alix with any further data points");
        String expected = meeting + ":93:19: agenda[1].items[2].actions[0].task: " + NO_FONT;
        assertThat(pdf("minutes", meeting.toString()).err()).startsWith(expected + System.lineSeparator());
        for (CliRun run : everyCommandOfMay22()) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith(expected + System.lineSeparator()).doesNotContain("committee.yaml");
        }
    }

    @Test
    void pointsAtTheTitleOfTheItemThatAssignedATask() throws Exception {
        Path meeting = committee("2017-03-27-regular.yaml", TITLE, "Check \uD83D\uDE00 in on the Prioritizing Safety");
        String expected = meeting + ":36:16: agenda[1].items[0].title: " + NO_FONT;
        for (CliRun run : everyCommandOfMay22()) {
            assertThat(run.exitCode()).isEqualTo(1);
            // Once, at the title: the task list's "assigned at II.A. Check in ..." is not blamed on committee.yaml.
            assertThat(run.err()).startsWith(expected + System.lineSeparator()).doesNotContain("committee.yaml")
                    .doesNotContain(NO_FONT + System.lineSeparator() + dir);
        }
    }

    @Test
    void pointsAtTheOneOfTwoMeetingsOfADayThatHoldsTheCharacter() throws Exception {
        committee("2017-03-27.yaml", TASK, TASK);
        Path other = dir.resolve("meetings/2017-03-27-evening.yaml");
        Files.writeString(other, Files.readString(dir.resolve("meetings/2017-03-27.yaml"))
                .replaceAll("id: 2017-03-27-(\\d)", "id: 2017-03-27-e$1")
                .replace(TASK, "Email \uD83D\uDE00 Alix with any further data points"));
        CliRun run = pdf("tasks", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(other + ":93:19: agenda[1].items[2].actions[0].task: " + NO_FONT
                + System.lineSeparator());
    }

    @Test
    void pointsAtACharacterOfATasksHistoryWhereItStands() throws Exception {
        committee("2017-03-27.yaml", TASK, TASK);
        Path may22 = dir.resolve("meetings/2017-05-22.yaml");
        Files.writeString(may22, Files.readString(may22) + """
                updates:
                  - task: 2017-03-27-5
                    status: in-progress
                    note: Two \uD83D\uDE00 replies so far.
                """);
        CliRun run = pdf("tasks", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        int line = (int) Files.readString(may22).lines().takeWhile(l -> !l.contains("replies")).count() + 1;
        assertThat(run.err()).isEqualTo(may22 + ":" + line + ":15: " + NO_FONT + System.lineSeparator());
    }

    /** The worked example in {@code dir}, its March meeting named {@code name} and with {@code from} made {@code to}. */
    private Path committee(String name, String from, String to) throws Exception {
        CliRun.copy(example(), dir);
        Path meeting = dir.resolve("meetings").resolve(name);
        String text = Files.readString(dir.resolve("meetings/2017-03-27.yaml"));
        assertThat(text).contains(from);
        Files.delete(dir.resolve("meetings/2017-03-27.yaml"));
        Files.writeString(meeting, text.replace(from, to));
        return meeting;
    }

    /** The agenda and packet of May 22, the task list and the build: all carry the March tasks. */
    private List<CliRun> everyCommandOfMay22() {
        String may22 = dir.resolve("meetings/2017-05-22.yaml").toString();
        return List.of(pdf("agenda", may22), CliRun.of("packet", may22, "-o", dir.resolve("p.pdf").toString()),
                pdf("tasks", dir.toString()),
                CliRun.of("build", dir.toString(), "--out", dir.resolve("built").toString(), "--quiet"));
    }

    private CliRun pdf(String command, String input) {
        return CliRun.of(command, input, "--format", "pdf", "-o", dir.resolve(command + ".pdf").toString());
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
