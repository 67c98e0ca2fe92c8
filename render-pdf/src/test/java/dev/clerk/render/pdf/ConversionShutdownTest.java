package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clerk stopped with SIGTERM while LibreOffice converts an attachment takes LibreOffice and every process it started
 * with it, and leaves no scratch folder. The packet is built in a child JVM whose soffice is a stand-in that starts
 * a child of its own and sleeps; the test sends the JVM SIGTERM ({@link Process#destroy()}) once both run.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM and the POSIX shell stand-in for soffice")
class ConversionShutdownTest {
    /**
     * How long each step may take on a machine under heavy load: the child JVM starting and reaching soffice, ending
     * on SIGTERM, the processes it killed being gone. Each wait ends as soon as its condition holds; the stand-in
     * sleeps far longer than all of them together, so nothing passes by the sleep ending on its own.
     */
    private static final Duration STEP = Duration.ofMinutes(3);

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSigtermDuringAConversionKillsItsProcessesAndRemovesItsScratchFolder(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        Path bin = dir.resolve("bin");
        OfficeFiles.standIn(bin, """
                mkdir -p "${3#-env:UserInstallation=file://}"
                sleep 86400 &
                echo $! >> PIDS
                echo $$ >> PIDS
                wait
                """.replace("PIDS", pids.toString()));
        OfficeFiles.docx(dir.resolve("attachments/memo.docx"), "A memo.");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                ConversionShutdownMain.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().remove("CLERK_CONVERT_TIMEOUT");
        Process jvm = builder.start();
        List<Long> started = List.of();
        try {
            // Both lines are written once the stand-in runs: soffice and the child it started.
            await("the packet JVM to start soffice", () -> {
                assertThat(jvm.isAlive()).as("the packet JVM ended before soffice started: %s",
                        Files.exists(output) ? Files.readString(output) : "").isTrue();
                return Files.exists(pids) && Files.readAllLines(pids).size() == 2;
            });
            started = Files.readAllLines(pids).stream().map(s -> Long.valueOf(s.strip())).toList();
            try (var scratch = Files.list(tmp)) {
                assertThat(scratch.map(p -> p.getFileName().toString())).singleElement().asString()
                        .startsWith("clerk-packet-");
            }
            assertThat(started).as("soffice and its child run").noneMatch(OfficeFiles::gone);

            jvm.destroy();
            assertThat(jvm.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as("the packet JVM ends on SIGTERM").isTrue();
            List<Long> processes = started;
            // SIGKILL is sent before the JVM ends; the kernel may take a moment to end a process on a busy machine.
            await("soffice and its child to be gone", () -> processes.stream().allMatch(OfficeFiles::gone));
            try (var left = Files.list(tmp)) {
                assertThat(left).as("the scratch folder, removed before the JVM ended").isEmpty();
            }
        } finally {
            jvm.destroyForcibly();
            started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /** A condition that must hold within {@link #STEP}. */
    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until {@code condition} holds, checking every 100 ms; fails naming {@code what} after {@link #STEP}. */
    private static void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime() - deadline).as("waited %s for %s", STEP, what).isNegative();
            Thread.sleep(100);
        }
    }
}
