package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk packet} on a copy of the worked example. */
class PacketCommandTest {
    @TempDir
    Path tmp;
    Path meeting;

    @BeforeEach
    void copyExample() throws Exception {
        CliRun.copy(Path.of("../examples/swtpic"), tmp);
        Files.deleteIfExists(tmp.resolve("out/2017-05-22-packet.pdf"));
        meeting = tmp.resolve("meetings/2017-05-22.yaml");
    }

    /** The finding of the priorities draft when it is replaced by an untagged PDF. */
    private static final String WARNING = "meetings/2017-05-22.yaml:36:15: agenda[5].attachments[0].path: warning:"
            + " item VI. Priorities for 2017: attachments/2017-priorities-discussion-draft.pdf: is not tagged; screen"
            + " readers get its text without headings, lists or tables\n";

    @Test
    void writesThePacketWhereSendLooksForIt() throws Exception {
        Path out = tmp.resolve("out/2017-05-22-packet.pdf");
        CliRun run = CliRun.of("packet", meeting.toString());
        // The sample attachments are tagged PDF/A-1b and PDF/UA-1, so there is nothing to warn about.
        assertThat(run).isEqualTo(new CliRun(0, "wrote " + out + ": 10 pages, 4 supporting documents\n", ""));
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(10);
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("SWTPIC Agenda Packet, May 22, 2017");
        }
    }

    @Test
    void strictRefusesUntaggedAttachmentsAndWritesNothing() throws Exception {
        UntaggedPdf.write(tmp.resolve("attachments/2017-priorities-discussion-draft.pdf"), "Priorities (untagged)");
        CliRun untagged = CliRun.of("packet", meeting.toString());
        assertThat(untagged).isEqualTo(new CliRun(0, "wrote " + tmp.resolve("out/2017-05-22-packet.pdf")
                + ": 10 pages, 4 supporting documents; 1 accessibility warning (--strict refuses them)\n",
                WARNING.replace("meetings/", tmp + "/meetings/")));
        Files.delete(tmp.resolve("out/2017-05-22-packet.pdf"));
        CliRun run = CliRun.of("packet", meeting.toString(), "--strict");
        assertThat(run).isEqualTo(new CliRun(1, "", WARNING.replace("meetings/", tmp + "/meetings/")
                .replace(" warning: ", " ")));
        assertThat(tmp.resolve("out/2017-05-22-packet.pdf")).doesNotExist();
    }

    @Test
    void missingAttachmentStopsTheBuildAndLeavesTheOldPacket() throws Exception {
        Path out = tmp.resolve("old-packet.pdf");
        Files.writeString(out, "the packet of last week");
        Files.delete(tmp.resolve("attachments/2017-04-task-force-presentation.pdf"));
        CliRun run = CliRun.of("packet", meeting.toString(), "-o", out.toString());
        // 'clerk check' finds it first, at the line of the item's attachment.
        assertThat(run).isEqualTo(new CliRun(1, "", tmp + "/meetings/2017-05-22.yaml:40:15:"
                + " agenda[6].attachments[0].path: attachment 'attachments/2017-04-task-force-presentation.pdf' does"
                + " not exist (paths are relative to " + tmp.getFileName() + "/)\n"));
        assertThat(out).hasContent("the packet of last week");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("old-packet.pdf.tmp");
        }
    }

    @Test
    void attachmentNeedingAPasswordStopsTheBuild() throws Exception {
        Path file = tmp.resolve("attachments/2017-priorities-discussion-draft.pdf");
        byte[] plain = Files.readAllBytes(file);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(plain);
        try (var out = Files.newOutputStream(file)) {
            com.lowagie.text.pdf.PdfEncryptor.encrypt(reader, out, "user".getBytes(), "owner".getBytes(),
                    com.lowagie.text.pdf.PdfWriter.ALLOW_PRINTING, true);
        }
        CliRun run = CliRun.of("packet", meeting.toString());
        assertThat(run).isEqualTo(new CliRun(1, "", tmp + "/meetings/2017-05-22.yaml:36:15:"
                + " agenda[5].attachments[0].path: item VI. Priorities for 2017:"
                + " attachments/2017-priorities-discussion-draft.pdf: needs a password to open; attach a copy without"
                + " an open password\n"));
        assertThat(tmp.resolve("out/2017-05-22-packet.pdf")).doesNotExist();
    }

    @Test
    void damagedAttachmentStopsTheBuild() throws Exception {
        Files.writeString(tmp.resolve("attachments/2017-priorities-discussion-draft.pdf"), "%PDF-1.4\ngarbage\n");
        CliRun run = CliRun.of("packet", meeting.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(tmp + "/meetings/2017-05-22.yaml:36:15: agenda[5].attachments[0].path:"
                + " item VI. Priorities for 2017: attachments/2017-priorities-discussion-draft.pdf: is damaged and"
                + " cannot be read as a PDF (");
        assertThat(tmp.resolve("out/2017-05-22-packet.pdf")).doesNotExist();
    }
}
