package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same committee gives the same bytes in another program run: every kind of output (Word, PDF, web page,
 * packet, Markdown, CSV, JSON) made here and again in another JVM with another time zone (UTC+14, in the JVM and in
 * TZ), another locale (Turkish, whose upper case of "i" is "İ"), a later clock and SOURCE_DATE_EPOCH set, is byte
 * for byte the same.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SameBytesInAnotherJvmTest {
    /** What each output is made by: its name, the command, and its file argument in the committee folder. */
    private static final List<List<String>> OUTPUTS = List.of(
            List.of("minutes.docx", "minutes", "meetings/2017-03-27.yaml"),
            List.of("minutes.pdf", "minutes", "meetings/2017-03-27.yaml", "--format", "pdf"),
            List.of("minutes.html", "minutes", "meetings/2017-03-27.yaml", "--format", "html"),
            List.of("agenda.docx", "agenda", "meetings/2017-05-22.yaml", "--format", "docx"),
            List.of("agenda.md", "agenda", "meetings/2017-05-22.yaml", "--format", "md"),
            List.of("form.docx", "form", "meetings/2017-05-22.yaml"),
            List.of("packet.pdf", "packet", "meetings/2017-05-22.yaml"),
            List.of("tasks.md", "tasks", ".", "--as-of", "2017-05-21", "--format", "md"),
            List.of("tasks.csv", "tasks", ".", "--as-of", "2017-05-21", "--format", "csv"),
            List.of("tasks.json", "tasks", ".", "--as-of", "2017-05-21", "--format", "json"),
            List.of("tasks.pdf", "tasks", ".", "--as-of", "2017-05-21", "--format", "pdf"));

    @TempDir
    static Path tmp;
    static Path committee;
    static Path here;
    static Path there;

    /** Makes every output in this JVM, then all of them again in one other JVM. */
    @BeforeAll
    static void makeEachOutputInTwoJvms() throws Exception {
        committee = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), committee);
        here = Files.createDirectories(tmp.resolve("here"));
        there = Files.createDirectories(tmp.resolve("there"));
        List<String> child = new ArrayList<>(List.of(Utf8OutputTest.javaCommand(),
                "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR",
                "-cp", System.getProperty("java.class.path"), Runs.class.getName()));
        for (List<String> output : OUTPUTS) {
            CliRun run = CliRun.of(args(output, here));
            assertThat(run.exitCode()).as(run.err()).isZero();
            child.addAll(List.of(args(output, there)));
            child.add(Runs.NEXT);
        }
        ProcessBuilder pb = new ProcessBuilder(child).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("TZ", "Pacific/Kiritimati");
        env.put("SOURCE_DATE_EPOCH", "86400");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    static Stream<Arguments> outputs() {
        return OUTPUTS.stream().map(o -> Arguments.of(o.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void theSameBytesInAnotherJvmWithAnotherZoneLocaleAndClock(String name) throws Exception {
        byte[] first = Files.readAllBytes(here.resolve(name));
        assertThat(first).as("a document").isNotEmpty();
        assertThat(Files.readAllBytes(there.resolve(name))).as(name + " made in another JVM").isEqualTo(first);
    }

    /** The command of {@code output}, with its file argument in the committee folder, writing into {@code folder}. */
    private static String[] args(List<String> output, Path folder) {
        List<String> args = new ArrayList<>();
        args.add(output.get(1));
        args.add(committee.resolve(output.get(2)).toString());
        args.addAll(output.subList(3, output.size()));
        args.addAll(List.of("-o", folder.resolve(output.get(0)).toString()));
        return args.toArray(String[]::new);
    }

    /** Runs several command lines, separated by {@link #NEXT}, in one JVM; exits 1 at the first that fails. */
    static final class Runs {
        static final String NEXT = "--next-run--";

        public static void main(String[] args) {
            List<String> run = new ArrayList<>();
            PrintWriter out = new PrintWriter(System.out, true);
            for (String arg : args) {
                if (!arg.equals(NEXT)) {
                    run.add(arg);
                    continue;
                }
                int code = Clerk.run(out, out, run.toArray(String[]::new));
                if (code != 0) {
                    out.println("exit " + code + ": " + run);
                    System.exit(1);
                }
                run.clear();
            }
            System.exit(0);
        }
    }
}
