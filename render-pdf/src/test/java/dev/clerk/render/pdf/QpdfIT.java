package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.testing.ExternalProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** qpdf finds no structural error in the PDFs Clerk writes. */
class QpdfIT {
    @Test
    void referenceMinutesPassQpdfCheck() throws Exception {
        assertQpdfAccepts(Fixtures.referenceMinutes(), "minutes");
    }

    @Test
    void documentWithEveryElementPassesQpdfCheck() throws Exception {
        assertQpdfAccepts(Pdfs.write(Samples.everything("DRAFT"), PdfFonts.liberation()), "every-element");
    }

    @Test
    void packetPassesQpdfCheck() throws Exception {
        PacketBuilderTest.folder = Files.createTempDirectory("packet");
        PacketBuilderTest.attachments();
        assertQpdfAccepts(PacketBuilderTest.build(PacketBuilderTest.input(PacketBuilderTest.REPORT,
                PacketBuilderTest.LOCKED)), "packet");
    }

    static void assertQpdfAccepts(byte[] pdf, String name) throws Exception {
        Path qpdf = ExternalProgram.require("qpdf");
        Path file = Files.createTempFile(name, ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder(qpdf.toString(), "--check", file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(output).isZero();
            assertThat(output).contains("No syntax or stream encoding errors found");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
