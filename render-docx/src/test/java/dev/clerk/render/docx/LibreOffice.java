package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.testing.ExternalProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/** Prints a .docx to PDF with LibreOffice, as a word processor would, for the {@code *IT} tests. */
final class LibreOffice {
    private LibreOffice() {
    }

    /**
     * Writes {@code docx} as {@code name}.docx in {@code dir}, converts it, and returns the PDF; a copy of it is kept
     * under {@code target/it/} to look at.
     */
    static Path print(byte[] docx, String name, Path dir) throws IOException, InterruptedException {
        Path soffice = ExternalProgram.require("soffice");
        Path file = dir.resolve(name + ".docx");
        Files.write(file, docx);
        Process p = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Files.copy(pdf, Fixtures.target("it", name + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(file, Fixtures.target("it", name + ".docx"), StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    /** The text of {@code s} with every run of white space, no-break spaces included, as one space. */
    static String normalise(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
