package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Attachment;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments read ahead, while the committee is checked, make the same packet and the same errors. */
class ReadAheadTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void attachments() throws Exception {
        PacketBuilderTest.folder = dir;
        PacketBuilderTest.attachments();
    }

    private static byte[] build(List<Attachment> ahead, Attachment... attachments) throws Exception {
        PacketBuilder.Input input = PacketBuilderTest.input(attachments);
        try (ReadAhead early = ReadAhead.start(dir, ahead);
             PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input, early)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void makesTheSameBytesAsReadingThemInTurn() throws Exception {
        Attachment[] items = {PacketBuilderTest.REPORT, PacketBuilderTest.LOCKED};
        byte[] inTurn = PacketBuilderTest.build(PacketBuilderTest.input(items));
        assertThat(build(List.of(items), items)).isEqualTo(inTurn);
        // Read ahead only in part, or with files the meeting no longer lists: the rest is read when needed.
        assertThat(build(List.of(PacketBuilderTest.LOCKED, new Attachment("Old", "attachments/scan.pdf")), items))
                .isEqualTo(inTurn);
    }

    @Test
    void aFileListedTwiceIsCopiedTwice() throws Exception {
        Attachment again = new Attachment("The report again", PacketBuilderTest.REPORT.path());
        List<Attachment> items = List.of(PacketBuilderTest.REPORT, again, PacketBuilderTest.REPORT);
        // Read ahead in another order: each entry still gets its own title on its pages.
        byte[] pdf = build(List.of(again, PacketBuilderTest.REPORT, PacketBuilderTest.REPORT),
                items.toArray(Attachment[]::new));
        try (PDDocument d = Loader.loadPDF(pdf);
             PDDocument alone = Loader.loadPDF(PacketBuilderTest.build(PacketBuilderTest.input()))) {
            // The report has 7 pages.
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(alone.getNumberOfPages() + 3 * 7);
        }
        assertThat(pdf).isEqualTo(PacketBuilderTest.build(PacketBuilderTest.input(items.toArray(Attachment[]::new))));
    }

    @Test
    void reportsTheFirstUnusableAttachmentInAgendaOrderThoughAllWereReadAtOnce() {
        Attachment secret = new Attachment("Secret", "attachments/secret.pdf");
        Attachment damaged = new Attachment("Bad", "attachments/damaged.pdf");
        assertThatThrownBy(() -> build(List.of(damaged, secret), PacketBuilderTest.REPORT, secret, damaged))
                .isInstanceOf(AttachmentException.class)
                .hasMessage("item VI. Priorities for 2017: attachments/secret.pdf: needs a password to open; attach a"
                        + " copy without an open password")
                .satisfies(e -> assertThat(((AttachmentException) e).field()).isEqualTo("attachments[1].path"));
    }
}
