package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet of 100 twenty-page attachments and one of 500 pages builds in a JVM of 256 MB: the attachments are read
 * one at a time and freed, so memory does not grow with the packet.
 */
class PacketMemoryTest {
    @Test
    void buildsALargePacketInASmallHeap(@TempDir Path dir) throws Exception {
        for (int i = 1; i <= 100; i++) {
            SamplePdfs.write(dir.resolve(String.format("a%03d.pdf", i)),
                    SamplePdfs.make("Attachment " + i, 20, null, null, false));
        }
        SamplePdfs.write(dir.resolve("b500.pdf"), SamplePdfs.make("Long report", 500, null, null, false));
        Path out = dir.resolve("packet.pdf");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PacketMemoryMain.class.getName(),
                dir.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            // The agenda (with 101 rows of contents) and the draft minutes come before the 2,500 attachment pages.
            int agendaAndMinutes = d.getNumberOfPages() - 2500;
            assertThat(agendaAndMinutes).isBetween(5, 12);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains(
                    "Long report, page 500 of 500.", "Packet page " + d.getNumberOfPages() + " of " + d.getNumberOfPages());
            assertThat(d.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
        }
    }
}
