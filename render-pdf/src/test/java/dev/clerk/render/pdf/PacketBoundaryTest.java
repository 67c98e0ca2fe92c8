package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Attachment;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.Fifos;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskQuery;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet reads only attachments inside the committee folder (or a folder committee.yaml allows), judged by where
 * they really lead, and only regular files: an outside file is refused before a byte of it is read, which the
 * pipes here prove (reading one would wait forever; a minute's timeout fails the test instead).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PacketBoundaryTest {
    private static final String ITEM = "item VI. Priorities for 2017: ";
    private static final String HINT = "; move it into board/, or list its folder under allowOutside in committee.yaml";

    @TempDir
    Path base;
    Path folder;
    Path outside;
    Committee committee;
    Meeting meeting;

    @BeforeEach
    void folders() throws Exception {
        folder = Files.createDirectories(base.resolve("board/attachments")).getParent();
        outside = Files.createDirectories(base.resolve("shared"));
        SamplePdfs.write(outside.resolve("report.pdf"), SamplePdfs.make("Outside", 2, null, null, false));
        committee = Fixtures.committee();
        meeting = committee.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2017, 5, 22))).findFirst()
                .orElseThrow();
    }

    private PacketBuilder.Input input(Body body, String path) {
        Agenda agenda = Fixtures.agendaWith(committee, meeting, 5, List.of(new Attachment("Report", path)));
        return new PacketBuilder.Input(body, agenda, committee.meetings(),
                TaskLedger.of(committee).list(TaskQuery.openAsOf(LocalDate.of(2017, 5, 21))), folder);
    }

    private static byte[] build(PacketBuilder.Input input) throws Exception {
        try (ReadAhead ahead = ReadAhead.start(input.folder(), input.agenda().items().stream()
                .flatMap(e -> e.attachments().stream()).toList());
             PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input, ahead)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void refusesAnAttachmentSymlinkedOutside() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("attachments/report.pdf"), outside.resolve("report.pdf"));
        assertThatThrownBy(() -> build(input(committee.body(), "attachments/report.pdf")))
                .isInstanceOf(AttachmentException.class)
                .hasMessage(ITEM + "attachments/report.pdf: leads outside the committee folder (to " + link.toRealPath()
                        + ")" + HINT);
    }

    @Test
    void refusesAnAttachmentSymlinkedToAnOutsidePipeWithoutOpeningIt() throws Exception {
        Files.createSymbolicLink(folder.resolve("attachments/pipe.pdf"), Fifos.make(outside.resolve("pipe.pdf")));
        assertThatThrownBy(() -> build(input(committee.body(), "attachments/pipe.pdf")))
                .isInstanceOf(AttachmentException.class)
                .hasMessageStartingWith(ITEM + "attachments/pipe.pdf: leads outside the committee folder");
    }

    @Test
    void refusesAnAttachmentReachedByDotDot() {
        assertThatThrownBy(() -> build(input(committee.body(), "../shared/report.pdf")))
                .isInstanceOf(AttachmentException.class)
                .hasMessage(ITEM + "../shared/report.pdf: is outside the committee folder" + HINT);
        assertThatThrownBy(() -> build(input(committee.body(), "attachments/../../../../../../../etc/passwd")))
                .isInstanceOf(AttachmentException.class)
                .hasMessageContaining("is outside the committee folder");
    }

    @Test
    void mergesAnAttachmentFromAnAllowedFolder() throws Exception {
        Files.createSymbolicLink(folder.resolve("attachments/report.pdf"), outside.resolve("report.pdf"));
        Body b = committee.body();
        Body allowing = new Body(b.name(), b.shortName(), b.parentBody(), b.department(), b.language(), b.people(),
                b.quorum(), b.groups(), b.defaults(), b.fonts(), b.timeZone(), b.email(), b.lists(),
                List.of("../shared"));
        for (String path : List.of("attachments/report.pdf", "../shared/report.pdf")) {
            try (PDDocument d = Loader.loadPDF(build(input(allowing, path)))) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d)).contains("Outside");
            }
        }
    }

    @Test
    void namesAnAttachmentThatIsAPipeOrAFolder() throws Exception {
        Fifos.make(folder.resolve("attachments/pipe.pdf"));
        assertThatThrownBy(() -> build(input(committee.body(), "attachments/pipe.pdf")))
                .isInstanceOf(AttachmentException.class)
                .hasMessage(ITEM + "attachments/pipe.pdf: is not a regular file (a pipe or device)");
        Files.createDirectories(folder.resolve("attachments/folder.pdf"));
        assertThatThrownBy(() -> build(input(committee.body(), "attachments/folder.pdf")))
                .isInstanceOf(AttachmentException.class)
                .hasMessage(ITEM + "attachments/folder.pdf: is a folder, not a file");
    }

    @Test
    void refusesAFontThatIsAPipeOrADevice() throws Exception {
        Path pipe = Fifos.make(base.resolve("font.ttf"));
        assertThatThrownBy(() -> PdfFonts.liberation().withFallback(pipe))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage(pipe + ": is not a regular file (a pipe or device)");
        if (Files.exists(Path.of("/dev/zero"))) {
            Path zero = Files.createSymbolicLink(base.resolve("zero.ttf"), Path.of("/dev/zero"));
            assertThatThrownBy(() -> PdfFonts.liberation().withFallback(zero))
                    .hasMessage(zero + ": is not a regular file (a pipe or device)");
        }
    }
}
