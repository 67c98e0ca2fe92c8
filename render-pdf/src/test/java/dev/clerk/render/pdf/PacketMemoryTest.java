package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet of 100 twenty-page attachments and one of 500 pages, together larger than the heap, builds in a JVM of
 * 256 MB: past the read-ahead budget the attachments are closed after inspection and read again one at a time when
 * their pages are copied, and the largest is read from the disk as needed, so memory does not grow with the packet.
 */
class PacketMemoryTest {
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void buildsALargePacketInASmallHeap(@TempDir Path dir) throws Exception {
        long total = 0;
        for (int i = 1; i <= 100; i++) {
            // 20 pages of 150 kB each: 3 MB a file, so that a few files use up the budget for keeping files parsed.
            total += Files.size(SamplePdfs.heavy(dir.resolve(String.format("a%03d.pdf", i)), "Attachment " + i, 20,
                    150_000));
        }
        Path large = SamplePdfs.heavy(dir.resolve("b500.pdf"), "Long report", 500, 40_000);
        total += Files.size(large);
        // What the test is about: files too many to keep parsed, one too large to read into memory, and together
        // more than the whole heap, which they would not fit in if they were all held at once.
        assertThat(total).isGreaterThan(256L * 1024 * 1024).isGreaterThan(10 * ReadAhead.KEEP_PARSED_BYTES);
        assertThat(Files.size(large)).isGreaterThan(AttachmentFile.IN_MEMORY_BYTES);
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
