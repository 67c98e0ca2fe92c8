package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work bounded by the input: a narrative of one long unbroken word, which {@code check} accepts, is made into
 * minutes in time linear in its length in every format (in the PDF it is broken across lines, and a long address is
 * linked without being copied into each of its lines); a zip-bomb attachment is refused before LibreOffice opens it.
 */
class BoundedWorkTest {
    private static final int MEGABYTE = 1 << 20;

    @TempDir
    Path dir;

    /** The example committee with {@code narrative} as the first paragraph of its March 27 minutes. */
    private Path meetingWith(String narrative) throws Exception {
        CliRun.copy(example(), dir.resolve("committee"));
        Path meeting = dir.resolve("committee/meetings/2017-03-27.yaml");
        String yaml = Files.readString(meeting);
        int at = yaml.indexOf("            The Prioritizing Safety");
        Files.writeString(meeting, yaml.substring(0, at) + "            " + narrative + "\n" + yaml.substring(at));
        return meeting;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "html"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void makesMinutesWhoseNarrativeIsAOneMegabyteWord(String format) throws Exception {
        // Before the address scanner, the '@' after a long run of letters made the address pattern quadratic.
        String word = "a".repeat(MEGABYTE) + "@";
        Path meeting = meetingWith(word + " Write to clerk@example.org.");
        assertThat(CliRun.of("check", meeting.toString()).exitCode()).isZero();
        Path target = dir.resolve("minutes." + format);
        CliRun run = CliRun.of("minutes", meeting.toString(), "--format", format, "-o", target.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.size(target)).isBetween(10_000L, 40L * MEGABYTE);
        if (format.equals("pdf")) {
            try (PDDocument d = Loader.loadPDF(target.toFile())) {
                assertThat(d.getNumberOfPages()).isGreaterThan(100);
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(2);
                text.setEndPage(2);
                // A page of the word: full lines of it, broken where the line is full.
                List<String> lines = text.getText(d).lines().filter(l -> l.matches("a{50,}")).toList();
                assertThat(lines).hasSizeGreaterThan(40);
                assertThat(lines.get(0).length()).isBetween(80, 200);
                // What follows the word, on one of the last pages (the rest of the minutes take about two).
                PDFTextStripper end = new PDFTextStripper();
                end.setStartPage(d.getNumberOfPages() - 4);
                assertThat(end.getText(d)).contains("@ Write to clerk@example.org.");
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void writesALongAddressOnceHoweverManyLinesItTakes() throws Exception {
        // 100,000 characters of address over about 1,000 lines: each line's link box refers to one action and one
        // description, where each used to carry its own copy of both (200 MB for this one address).
        String address = "https://example.org/" + "a".repeat(100_000);
        Path meeting = meetingWith("See " + address + " for the text.");
        Path pdf = dir.resolve("minutes.pdf");
        CliRun run = CliRun.of("minutes", meeting.toString(), "--format", "pdf", "-o", pdf.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.size(pdf)).isLessThan(2L * MEGABYTE);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getCOSObject().getItem(COSName.A) instanceof COSObject) {
                        links.add(link);
                    }
                }
            }
            List<PDAnnotationLink> toAddress = links.stream().filter(l -> l.getAction() instanceof PDActionURI uri
                    && address.equals(uri.getURI())).toList();
            assertThat(toAddress).hasSizeGreaterThan(500);
            Set<Long> actions = new HashSet<>();
            toAddress.forEach(l -> actions.add(((COSObject) l.getCOSObject().getItem(COSName.A)).getObjectNumber()));
            assertThat(actions).hasSize(1);
            assertThat(toAddress).allMatch(l -> address.equals(l.getContents()));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAZipBombAttachmentAtOnce() throws Exception {
        // 1 GB of zeros in word/document.xml, about 1 MB on disk: LibreOffice took 55 s and 3.3 GB to open it.
        CliRun.copy(example(), dir.resolve("committee"));
        Path bomb = dir.resolve("committee/attachments/bomb.docx");
        try (OutputStream os = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 1 << 14; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Path meeting = dir.resolve("committee/meetings/2017-05-22.yaml");
        Files.writeString(meeting, Files.readString(meeting).replaceFirst(
                "(        path: attachments/2017-priorities-discussion-draft.pdf\n)",
                "$1      - title: Bomb\n        path: attachments/bomb.docx\n"));
        Path packet = dir.resolve("packet.pdf");
        long start = System.nanoTime();
        CliRun run = CliRun.of("packet", meeting.toString(), "-o", packet.toString());
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(meeting + ":38:15: agenda[5].attachments[1].path: item VI. Priorities for"
                + " 2017: attachments/bomb.docx: is an office document whose part word/document.xml unpacks to 1,024"
                + " MB, more than 100 times its packed size, as zip bombs do; attach it as a PDF"
                + System.lineSeparator());
        assertThat(packet).doesNotExist();
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
