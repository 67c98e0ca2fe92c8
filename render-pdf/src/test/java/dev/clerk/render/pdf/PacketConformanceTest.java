package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attachment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A packet whose parts are all Clerk's own, or attachments that are PDF/A-1 and PDF/UA-1 themselves, claims PDF/A-1b
 * and PDF/UA-1 and veraPDF finds no failed rule of either; the attachments' structure is in the packet. A packet with
 * an attachment that is not both claims neither.
 */
class PacketConformanceTest {
    @TempDir
    static java.nio.file.Path dir;

    /** Minutes rendered by Clerk: tagged, PDF/A-1b and PDF/UA-1. */
    static final Attachment MINUTES = new Attachment("Minutes of March 27 (as a file)", "attachments/minutes.pdf");
    /** The same minutes without their metadata: tagged, but claiming neither. */
    static final Attachment UNCLAIMED = new Attachment("Minutes without claims", "attachments/unclaimed.pdf");

    @BeforeAll
    static void attachments() throws Exception {
        PacketBuilderTest.folder = dir;
        PacketBuilderTest.attachments();
        byte[] minutes = Fixtures.referenceMinutes();
        SamplePdfs.write(dir.resolve("attachments/minutes.pdf"), minutes);
        try (PDDocument d = Loader.loadPDF(minutes)) {
            d.getDocumentCatalog().setMetadata(null);
            d.save(dir.resolve("attachments/unclaimed.pdf").toFile());
        }
    }

    @Test
    void packetOfClerksOwnPartsClaimsAndPassesPdfA1bAndPdfUa1() throws Exception {
        byte[] pdf = PacketBuilderTest.build(PacketBuilderTest.input());
        Fixtures.keep("packet-no-attachments.pdf", pdf);
        assertThat(claims(pdf)).containsExactly("pdfaid", "pdfuaid");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_1_B)).as("PDF/A-1b failures").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void packetWithAnAttachmentThatIsPdfAAndPdfUaClaimsAndPassesBothWithItsStructure() throws Exception {
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(
                PacketBuilderTest.input(MINUTES))) {
            assertThat(p.conforming()).isTrue();
            assertThat(p.findings()).isEmpty();
        }
        byte[] pdf = PacketBuilderTest.build(PacketBuilderTest.input(MINUTES));
        Fixtures.keep("packet-conforming-attachment.pdf", pdf);
        assertThat(claims(pdf)).containsExactly("pdfaid", "pdfuaid");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_1_B)).as("PDF/A-1b failures").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getVersion()).isEqualTo(1.4f);
            PDStructureElement part = part(d, "Minutes of March 27 (as a file)");
            // The attachment's own elements, not one piece of content: its headings and tables are there.
            List<String> types = new ArrayList<>();
            collect(part, types);
            assertThat(types).contains("H1", "H2", "P", "Table", "TR", "TH", "TD");
            assertThat(part.getKids()).noneMatch(Integer.class::isInstance);
        }
    }

    @Test
    void theWorkedExamplesPacketWithItsSampleAttachmentsClaimsAndPassesPdfA1bAndPdfUa1() throws Exception {
        dev.clerk.model.Committee c = Fixtures.committee();
        dev.clerk.model.Meeting may = c.meetings().stream()
                .filter(m -> m.date().equals(java.time.LocalDate.of(2017, 5, 22))).findFirst().orElseThrow();
        dev.clerk.model.tasks.TaskList tasks = dev.clerk.model.tasks.TaskLedger.of(c)
                .list(dev.clerk.model.tasks.TaskQuery.openAsOf(java.time.LocalDate.of(2017, 5, 21)));
        PacketBuilder.Input input = new PacketBuilder.Input(c.body(), dev.clerk.model.agenda.Agenda.of(c, may),
                c.meetings(), tasks, Fixtures.EXAMPLE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            assertThat(p.findings()).isEmpty();
            assertThat(p.conforming()).isTrue();
            assertThat(p.parts()).extracting(PacketBuilder.Part::title).contains(
                    "Priorities for 2017: discussion draft (sample)", "Slides presented to the Task Force, April 2017 (sample)");
            p.write(out);
        }
        byte[] pdf = out.toByteArray();
        Fixtures.keep("packet-example.pdf", pdf);
        assertThat(claims(pdf)).containsExactly("pdfaid", "pdfuaid");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_1_B)).as("PDF/A-1b failures").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void packetWithAnUntaggedOrUnclaimedAttachmentClaimsNeither() throws Exception {
        for (Attachment a : List.of(PacketBuilderTest.REPORT, UNCLAIMED)) {
            try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(
                    PacketBuilderTest.input(MINUTES, a))) {
                assertThat(p.conforming()).as(a.path()).isFalse();
            }
            byte[] pdf = PacketBuilderTest.build(PacketBuilderTest.input(MINUTES, a));
            assertThat(claims(pdf)).as(a.path()).isEmpty();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                assertThat(d.getVersion()).as(a.path()).isEqualTo(1.5f);
            }
        }
    }

    @Test
    void attachmentsArePdfA1AndPdfUa1OnlyWhenTheyClaimBothAndAreTagged() throws Exception {
        assertThat(AttachmentFile.inspect(dir.resolve("attachments/minutes.pdf"), "m", "m").conforming()).isTrue();
        assertThat(AttachmentFile.inspect(dir.resolve("attachments/unclaimed.pdf"), "m", "m").conforming()).isFalse();
        assertThat(AttachmentFile.inspect(dir.resolve("attachments/report.pdf"), "m", "m").conforming()).isFalse();
        // Claims without a structure tree are not believed.
        byte[] untagged;
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(dir.resolve("attachments/minutes.pdf")))) {
            d.getDocumentCatalog().setStructureTreeRoot(null);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            d.save(out);
            untagged = out.toByteArray();
        }
        SamplePdfs.write(dir.resolve("attachments/claims-only.pdf"), untagged);
        assertThat(AttachmentFile.inspect(dir.resolve("attachments/claims-only.pdf"), "m", "m").conforming()).isFalse();
        // Nor is an encrypted file's claim to PDF/A, which forbids encryption.
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(dir.resolve("attachments/minutes.pdf")))) {
            d.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            d.save(dir.resolve("attachments/encrypted.pdf").toFile());
        }
        AttachmentFile encrypted = AttachmentFile.inspect(dir.resolve("attachments/encrypted.pdf"), "m", "m");
        assertThat(encrypted.tagged()).isTrue();
        assertThat(encrypted.conforming()).isFalse();
    }

    /** The conformance schemas the packet's metadata names. */
    static List<String> claims(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            return List.of("pdfaid", "pdfuaid").stream().filter(s -> xmp.contains(s + ":part")).toList();
        }
    }

    static PDStructureElement part(PDDocument d, String title) {
        PDStructureElement document = (PDStructureElement) d.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
        for (Object kid : document.getKids()) {
            if (kid instanceof PDStructureElement e && title.equals(e.getTitle())) {
                return e;
            }
        }
        throw new AssertionError("no Part " + title);
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                collect(e, types);
            }
        }
    }
}
