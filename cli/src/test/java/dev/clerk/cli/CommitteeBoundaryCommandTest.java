package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.Fifos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command keeps to the committee folder and to regular files: an attachment or font that leads outside is
 * refused at its line before it is read, and a pipe is named, never waited on. The outside files here are pipes
 * wherever that proves nothing was opened; a command that waited on one fails after a minute.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommitteeBoundaryCommandTest {
    private static final String HINT = "; move it into swtpic/, or list its folder under allowOutside in committee.yaml";

    @TempDir
    Path tmp;
    Path dir;
    Path outside;
    Path meeting;

    @BeforeEach
    void copyExample() throws Exception {
        dir = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), dir);
        outside = Files.createDirectories(tmp.resolve("shared"));
        meeting = dir.resolve("meetings/2017-05-22.yaml");
    }

    /** Replaces the slides of item VII with a symlink to {@code target}. */
    private Path linkSlidesTo(Path target) throws Exception {
        Path slides = dir.resolve("attachments/2017-04-task-force-presentation.pdf");
        Files.delete(slides);
        return Files.createSymbolicLink(slides, target);
    }

    private String slidesOutside(Path target) {
        return dir + "/meetings/2017-05-22.yaml:40:15: agenda[6].attachments[0].path: attachment"
                + " 'attachments/2017-04-task-force-presentation.pdf' leads outside the committee folder (to " + target
                + ")" + HINT + "\n";
    }

    @Test
    void checkRefusesASymlinkedAttachmentLeadingOutside() throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.pdf"), "%PDF-1.4 not the committee's");
        linkSlidesTo(secret);
        assertThat(CliRun.of("check", dir.toString()))
                .isEqualTo(new CliRun(1, "", slidesOutside(secret.toRealPath()) + "1 error, 0 warnings\n"));
    }

    @Test
    void packetRefusesASymlinkedAttachmentWithoutReadingIt() throws Exception {
        Path pipe = Fifos.make(outside.resolve("slides.pdf"));
        linkSlidesTo(pipe);
        Path target = tmp.resolve("packet.pdf");
        assertThat(CliRun.of("packet", meeting.toString(), "-o", target.toString()))
                .isEqualTo(new CliRun(1, "", slidesOutside(pipe.toRealPath())));
        assertThat(target).doesNotExist();
    }

    @Test
    void buildLeavesOutThePacketOfASymlinkedAttachmentWithoutReadingIt() throws Exception {
        Path pipe = Fifos.make(outside.resolve("slides.pdf"));
        linkSlidesTo(pipe);
        CliRun run = CliRun.of("build", dir.toString(), "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(slidesOutside(pipe.toRealPath()));
        assertThat(dir.resolve("out/2017-05-22-packet.pdf")).doesNotExist();
    }

    @Test
    void packetRefusesAnAttachmentReachedByDotDot() throws Exception {
        Files.writeString(meeting, Files.readString(meeting).replace("path: attachments/2017-04-task-force-presentation.pdf",
                "path: ../../../../../../../../etc/passwd"));
        assertThat(CliRun.of("packet", meeting.toString(), "-o", tmp.resolve("p.pdf").toString())).isEqualTo(
                new CliRun(1, "", dir + "/meetings/2017-05-22.yaml:40:15: agenda[6].attachments[0].path: attachment"
                        + " '../../../../../../../../etc/passwd' is outside the committee folder" + HINT + "\n"));
    }

    @Test
    void allowOutsideLetsTheNamedFolderIn() throws Exception {
        Path slides = dir.resolve("attachments/2017-04-task-force-presentation.pdf");
        Path moved = Files.move(slides, outside.resolve("slides.pdf"));
        Files.createSymbolicLink(slides, moved);
        Files.writeString(dir.resolve("committee.yaml"), "allowOutside: [../shared]\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(CliRun.of("check", dir.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("packet", meeting.toString(), "-o", tmp.resolve("p.pdf").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("10 pages, 4 supporting documents");
    }

    @Test
    void minutesRefusesACommitteeFontOutsideBeforeReadingIt() throws Exception {
        Path pipe = Fifos.make(outside.resolve("font.ttf"));
        Files.writeString(dir.resolve("committee.yaml"), "fonts: [../shared/font.ttf]\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of("minutes", dir.resolve("meetings/2017-03-27.yaml").toString(), "--format", "pdf",
                "-o", tmp.resolve("m.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith(": fonts[0]: font '../shared/font.ttf' is outside the committee folder" + HINT
                + "\n").doesNotContain("\n" + dir);
        assertThat(pipe).exists();
    }

    @Test
    void minutesNamesAFontOrTemplateThatIsAPipe() throws Exception {
        Path pipe = Fifos.make(tmp.resolve("font.ttf"));
        String minutes = dir.resolve("meetings/2017-03-27.yaml").toString();
        assertThat(CliRun.of("minutes", minutes, "--format", "pdf", "-o", tmp.resolve("m.pdf").toString(),
                "--font", pipe.toString()))
                .isEqualTo(new CliRun(1, "", "clerk: " + pipe + ": is not a regular file (a pipe or device)\n"));
        assertThat(CliRun.of("minutes", minutes, "-o", tmp.resolve("m.docx").toString(), "--template", pipe.toString()))
                .isEqualTo(new CliRun(1, "", "clerk: " + pipe + ": is not a regular file (a pipe or device)\n"));
        assertThat(CliRun.of("minutes", minutes, "-o", tmp.resolve("m.docx").toString(), "--template", dir.toString()))
                .isEqualTo(new CliRun(1, "", "clerk: " + dir + ": is a folder, not a file\n"));
    }

    @Test
    void checkAndBuildNameAMeetingFileThatIsAPipe() throws Exception {
        Path pipe = Fifos.make(dir.resolve("meetings/2017-06-26.yaml"));
        assertThat(CliRun.of("check", dir.toString())).isEqualTo(
                new CliRun(1, "", pipe + ": is not a regular file (a pipe or device)\n1 error, 0 warnings\n"));
        CliRun run = CliRun.of("build", dir.toString(), "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(pipe + ": is not a regular file (a pipe or device)\n");
    }
}
