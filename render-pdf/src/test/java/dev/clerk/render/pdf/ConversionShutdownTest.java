package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSigtermDuringAConversionKillsItsProcessesAndRemovesItsScratchFolder(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        Path bin = dir.resolve("bin");
        OfficeFiles.standIn(bin, """
                mkdir -p "${3#-env:UserInstallation=file://}"
                sleep 300 &
                echo $! >> PIDS
                echo $$ >> PIDS
                wait
                """.replace("PIDS", pids.toString()));
        OfficeFiles.docx(dir.resolve("attachments/memo.docx"), "A memo.");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                ConversionShutdownMain.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile());
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().remove("CLERK_CONVERT_TIMEOUT");
        Process jvm = builder.start();
        try {
            while (!Files.exists(pids) || Files.readAllLines(pids).size() < 2) {
                assertThat(jvm.isAlive()).as("the packet JVM ended before soffice started: %s",
                        Files.exists(dir.resolve("output.txt")) ? Files.readString(dir.resolve("output.txt")) : "")
                        .isTrue();
                Thread.sleep(100);
            }
            try (var scratch = Files.list(tmp)) {
                assertThat(scratch.map(p -> p.getFileName().toString())).singleElement().asString()
                        .startsWith("clerk-packet-");
            }
            jvm.destroy();
            assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("the packet JVM ends on SIGTERM").isTrue();
        } finally {
            jvm.destroyForcibly();
        }
        List<Long> started = Files.readAllLines(pids).stream().map(s -> Long.valueOf(s.strip())).toList();
        try {
            assertThat(started).hasSize(2).allMatch(OfficeFiles::gone);
            try (var left = Files.list(tmp)) {
                assertThat(left).isEmpty();
            }
        } finally {
            started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }
}
