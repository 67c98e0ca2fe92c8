package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output and error are UTF-8 whatever the locale: cron runs Clerk with {@code LANG=C}, where the JVM's
 * own streams print "Łukasz" as "?ukasz". Run in another JVM with the C locale and no encoding options.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class Utf8OutputTest {
    private static final String NAME = "Łukasz Nowak";

    @TempDir
    static Path tmp;
    static Path committee;

    @BeforeAll
    static void committeeWithAnUnlistedOwner() throws Exception {
        committee = tmp.resolve("committee");
        assertThat(CliRun.of("init", committee.toString(), "--body", "Komisja Łódzka").exitCode()).isZero();
        Files.writeString(committee.resolve("meetings/2017-03-27.yaml"), """
                date: 2017-03-27
                agenda:
                  - title: Welcome
                    actions:
                      - id: 2017-03-27-1
                        owners: [%s]
                        task: Book the hall
                """.formatted(NAME));
    }

    @Test
    void aNameOnStandardErrorIsUtf8UnderTheCLocale() throws Exception {
        Run check = clerk(List.of(), Map.of(), "check", committee.toString());
        assertThat(check.err()).as(check.err()).contains("'" + NAME + "' is neither on the roster");
    }

    @Test
    void aNameOnStandardOutputIsUtf8UnderTheCLocale() throws Exception {
        Run tasks = clerk(List.of(), Map.of(), "tasks", committee.toString(), "--as-of", "2017-04-01",
                "--format", "md", "-o", "-");
        assertThat(tasks.code()).as(tasks.err()).isZero();
        assertThat(tasks.out()).contains(NAME).contains("Komisja Łódzka");
    }

    /**
     * The {@code ./clerk} launcher under cron's locale: what Clerk prints is UTF-8, and a folder named in UTF-8 on
     * the command line is found (the JVM decodes arguments and file names by the locale). The launcher runs from a
     * copy whose {@code java} is a stand-in that runs these classes instead of the jar.
     */
    @Test
    void theLauncherRunsClerkInUtf8UnderTheCLocale() throws Exception {
        assumeTrue(System.getProperty("sun.jnu.encoding", "").equalsIgnoreCase("UTF-8"),
                "this JVM cannot name a file in UTF-8 (sun.jnu.encoding=" + System.getProperty("sun.jnu.encoding") + ")");
        Path launcher = Path.of("..", "clerk").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(launcher), "no ./clerk launcher at " + launcher);
        Path clone = Files.createDirectories(tmp.resolve("clone"));
        Files.copy(launcher, clone.resolve("clerk"));
        Files.createDirectories(clone.resolve("cli/target"));
        Files.writeString(clone.resolve("cli/target/clerk.jar"), "");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                # Stands in for java: runs the classes under test instead of the jar the launcher names.
                args=()
                while [ $# -gt 0 ]; do
                  if [ "$1" = -jar ]; then args+=(-cp "$CLERK_TEST_CP" dev.clerk.cli.Clerk); shift 2; continue; fi
                  args+=("$1"); shift
                done
                exec "$CLERK_TEST_JAVA" "${args[@]}"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path named = tmp.resolve("Łódź");
        CliRun.copy(committee, named);

        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "CLERK_CDS", "0",
                "CLERK_TEST_JAVA", javaCommand(), "CLERK_TEST_CP", System.getProperty("java.class.path"));
        Run tasks = run(List.of("bash", clone.resolve("clerk").toString(), "tasks", named.toString(), "--as-of",
                "2017-04-01"), env);
        assertThat(tasks.code()).as(tasks.err()).isZero();
        assertThat(tasks.out()).contains(NAME).contains("Komisja Łódzka");
    }

    record Run(int code, String out, String err) {
    }

    private static Run clerk(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Clerk.class.getName()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs {@code command} under the C locale, without the options that would set the JVM's encodings, and decodes
     * what it printed as UTF-8 (so that a "?" printed for a letter stays a "?").
     */
    static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS") || k.equals("_JAVA_OPTIONS")
                || k.equals("CLERK_JAVA_OPTIONS"));
        e.put("LANG", "C");
        e.put("LC_ALL", "C");
        e.putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
