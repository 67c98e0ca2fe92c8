package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Attachment;
import dev.clerk.model.testing.ExternalProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .docx attachment is converted with LibreOffice and merged; its scratch files are deleted afterwards, and no
 * LibreOffice process is left running, whether the conversion succeeds or is stopped for taking too long.
 */
class OfficeConversionIT {
    @TempDir
    static Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void mergesAWordAttachmentConvertedByLibreOffice() throws Exception {
        ExternalProgram.require("soffice");
        PacketBuilderTest.folder = dir;
        PacketBuilderTest.attachments();
        OfficeFiles.docx(dir.resolve("attachments/memo.docx"), "A memo written in Word, converted for the packet.");
        PacketBuilder.Input input = PacketBuilderTest.input(new Attachment("Memo", "attachments/memo.docx"));
        Path scratchParent = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countScratch(scratchParent);
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            assertThat(p.parts()).extracting(PacketBuilder.Part::title).endsWith("Memo");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            p.write(out);
            assertThat(Pdfs.flatText(out.toByteArray())).contains("A memo written in Word, converted for the packet.");
        }
        assertThat(countScratch(scratchParent)).isEqualTo(before);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void convertsAWordDocumentTaggedSoThePacketHasNoFindingAndClaimsPdfAAndPdfUa() throws Exception {
        ExternalProgram.require("soffice");
        PacketBuilderTest.folder = dir;
        PacketBuilderTest.attachments();
        OfficeFiles.wordWithTable(dir.resolve("attachments/budget.docx"));
        PacketBuilder.Input input = PacketBuilderTest.input(new Attachment("Budget", "attachments/budget.docx"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            // Converted with tags on, the document is no "is not tagged" finding, which --strict would refuse.
            assertThat(p.findings()).isEmpty();
            assertThat(p.conforming()).isTrue();
            p.write(out);
        }
        byte[] pdf = out.toByteArray();
        Fixtures.keep("packet-word-attachment.pdf", pdf);
        assertThat(PacketConformanceTest.claims(pdf)).containsExactly("pdfaid", "pdfuaid");
        assertThat(VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_1_B)).as("PDF/A-1b").isEmpty();
        assertThat(VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> types = new java.util.ArrayList<>();
            types(PacketConformanceTest.part(d, "Budget"), types);
            assertThat(types).contains("Table", "TR", "TD");
        }
        assertThat(Pdfs.flatText(pdf)).contains("Spending in 2017", "Outreach");
    }

    private static void types(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node,
                              List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                out.add(e.getStructureType());
                types(e, out);
            }
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void keepsOnlyThePdfAndLeavesNoLibreOfficeRunning(@TempDir Path work) throws Exception {
        Path soffice = ExternalProgram.require("soffice");
        Path memo = work.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        Path out = work.resolve("doc-5-0");
        Path pdf = new LibreOffice(soffice, Duration.ofSeconds(240), OfficeArchive.LIMITS).convert(memo, out);
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(pdf);
        }
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(running(out)).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stopsLibreOfficeAfterTheTimeLimitWithEveryProcessItStarted(@TempDir Path work) throws Exception {
        // LibreOffice takes seconds to make a new profile, so a limit of one second stops it while it works.
        Path soffice = ExternalProgram.require("soffice");
        Path memo = work.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        Path out = work.resolve("doc-5-0");
        assertThatThrownBy(() -> new LibreOffice(soffice, Duration.ofSeconds(1), OfficeArchive.LIMITS).convert(memo, out))
                .isInstanceOf(OfficeConverter.ConversionException.class)
                .hasMessage("was not converted to PDF: LibreOffice took longer than 1 s and was stopped (attach it as"
                        + " a PDF, or allow more seconds with CLERK_CONVERT_TIMEOUT)");
        assertThat(out).doesNotExist();
        assertThat(running(out)).isEmpty();
    }

    /** The processes whose arguments name {@code folder} (LibreOffice's do: its profile is in it), as text. */
    private static List<String> running(Path folder) {
        String name = folder.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.isAlive() && p.info().arguments().stream().flatMap(Arrays::stream)
                        .anyMatch(a -> a.contains(name)))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
    }

    private static long countScratch(Path tmp) throws Exception {
        try (var files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("clerk-packet-")).count();
        }
    }
}
