package dev.clerk.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.CommitteeBoundary;
import dev.clerk.model.io.Fifos;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committee folder is the boundary: the files a committee names are judged by where they really lead,
 * symlinks followed and {@code ..} resolved, and must be regular files; {@code clerk check} says so at their line.
 */
class CommitteeBoundaryCheckTest {
    @TempDir
    Path base;
    Path dir;
    Path outside;

    @BeforeEach
    void folders() throws Exception {
        dir = Files.createDirectories(base.resolve("board"));
        Files.createDirectories(dir.resolve("meetings"));
        Files.createDirectories(dir.resolve("attachments"));
        outside = Files.createDirectories(base.resolve("shared"));
        Files.writeString(outside.resolve("budget.pdf"), "%PDF-1.4 outside the committee");
    }

    private List<String> problems(String committee, String meeting) throws Exception {
        Files.writeString(dir.resolve("committee.yaml"), committee);
        Files.writeString(dir.resolve("meetings/2017-05-22.yaml"), meeting);
        String prefix = dir + "/";
        return Checker.check(dir).problems().stream().map(Problem::toString).map(s -> s.replace(prefix, "")).toList();
    }

    private static String attaching(String path) {
        return "date: 2017-05-22\nagenda:\n  - title: Budget\n    attachments:\n      - {title: Budget, path: " + path
                + "}\n";
    }

    @Test
    void refusesAnAttachmentSymlinkedOutsideAtItsLine() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("attachments/budget.pdf"), outside.resolve("budget.pdf"));
        assertThat(problems("name: Board\n", attaching("attachments/budget.pdf"))).containsExactly(
                "meetings/2017-05-22.yaml:5:31: agenda[0].attachments[0].path: attachment 'attachments/budget.pdf'"
                        + " leads outside the committee folder (to " + link.toRealPath() + "); move it into board/, or"
                        + " list its folder under allowOutside in committee.yaml");
    }

    @Test
    void refusesAnAttachmentInAFolderSymlinkedOutside() throws Exception {
        Files.createSymbolicLink(dir.resolve("attachments/shared"), outside);
        assertThat(problems("name: Board\n", attaching("attachments/shared/budget.pdf"))).singleElement().asString()
                .contains("attachment 'attachments/shared/budget.pdf' leads outside the committee folder");
    }

    @Test
    void refusesAnAttachmentReachedByDotDot() throws Exception {
        assertThat(problems("name: Board\n", attaching("../shared/budget.pdf"))).containsExactly(
                "meetings/2017-05-22.yaml:5:31: agenda[0].attachments[0].path: attachment '../shared/budget.pdf' is"
                        + " outside the committee folder; move it into board/, or list its folder under allowOutside"
                        + " in committee.yaml");
        assertThat(problems("name: Board\n", attaching("attachments/../../../../../../etc/passwd")))
                .singleElement().asString().contains("is outside the committee folder");
    }

    @Test
    void acceptsADotDotThatStaysInside() throws Exception {
        Files.writeString(dir.resolve("attachments/agenda.pdf"), "%PDF-1.4");
        assertThat(problems("name: Board\n", attaching("meetings/../attachments/agenda.pdf"))).isEmpty();
    }

    @Test
    void refusesAFontOutsideTheCommitteeFolder() throws Exception {
        Files.writeString(outside.resolve("font.ttf"), "not really a font");
        assertThat(problems("name: Board\nfonts: [../shared/font.ttf, ../../../../../../etc/passwd]\n",
                "date: 2017-05-22\n")).containsExactly(
                "committee.yaml:2:9: fonts[0]: font '../shared/font.ttf' is outside the committee folder; move it"
                        + " into board/, or list its folder under allowOutside in committee.yaml",
                "committee.yaml:2:29: fonts[1]: font '../../../../../../etc/passwd' is outside the committee folder;"
                        + " move it into board/, or list its folder under allowOutside in committee.yaml");
    }

    @Test
    void allowOutsideLetsTheNamedFolderInAndNoOther() throws Exception {
        Files.createSymbolicLink(dir.resolve("attachments/budget.pdf"), outside.resolve("budget.pdf"));
        Files.writeString(outside.resolve("font.ttf"), "not really a font");
        Path elsewhere = Files.createDirectories(base.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("notes.pdf"), "%PDF-1.4");
        String committee = "name: Board\nfonts: [../shared/font.ttf]\nallowOutside: [../shared]\n";
        assertThat(problems(committee, attaching("attachments/budget.pdf"))).isEmpty();
        assertThat(problems(committee, attaching("../shared/budget.pdf"))).isEmpty();
        assertThat(problems(committee, attaching("../elsewhere/notes.pdf"))).singleElement().asString()
                .contains("attachment '../elsewhere/notes.pdf' is outside the committee folder");
    }

    @Test
    void reportsAnAllowedFolderThatIsNone() throws Exception {
        assertThat(problems("name: Board\nallowOutside: [../nowhere, committee.yaml]\n", "date: 2017-05-22\n"))
                .containsExactly(
                        "committee.yaml:2:16: allowOutside[0]: folder '../nowhere' does not exist",
                        "committee.yaml:2:28: allowOutside[1]: folder 'committee.yaml' is not a folder");
    }

    @Test
    void namesAnAttachmentThatIsAFolder() throws Exception {
        Files.createDirectories(dir.resolve("attachments/budget.pdf"));
        assertThat(problems("name: Board\n", attaching("attachments/budget.pdf"))).containsExactly(
                "meetings/2017-05-22.yaml:5:31: agenda[0].attachments[0].path: attachment 'attachments/budget.pdf'"
                        + " is a folder, not a file");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void namesAnAttachmentAndAFontThatArePipes() throws Exception {
        Fifos.make(dir.resolve("attachments/budget.pdf"));
        Files.createDirectories(dir.resolve("fonts"));
        Fifos.make(dir.resolve("fonts/cjk.ttc"));
        assertThat(problems("name: Board\nfonts: [\"fonts/cjk.ttc,1\"]\n", attaching("attachments/budget.pdf")))
                .containsExactly(
                        "committee.yaml:2:9: fonts[0]: font 'fonts/cjk.ttc,1' is not a regular file (a pipe or device)",
                        "meetings/2017-05-22.yaml:5:31: agenda[0].attachments[0].path: attachment"
                                + " 'attachments/budget.pdf' is not a regular file (a pipe or device)");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reportsAMeetingFileThatIsAPipeQuickly() throws Exception {
        Files.writeString(dir.resolve("committee.yaml"), "name: Board\n");
        Fifos.make(dir.resolve("meetings/2017-05-22.yaml"));
        assertThat(Checker.check(dir).problems()).extracting(Problem::toString).containsExactly(
                dir.resolve("meetings/2017-05-22.yaml") + ": is not a regular file (a pipe or device)");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reportsACommitteeFileThatIsAPipeQuickly() throws Exception {
        Fifos.make(dir.resolve("committee.yaml"));
        assertThat(Checker.check(dir).problems()).extracting(Problem::toString).containsExactly(
                dir.resolve("committee.yaml") + ": is not a regular file (a pipe or device)");
    }

    @Test
    void theBoundaryResolvesToTheRealPath() throws Exception {
        Files.writeString(dir.resolve("attachments/agenda.pdf"), "%PDF-1.4");
        Files.createSymbolicLink(dir.resolve("attachments/same.pdf"), dir.resolve("attachments/agenda.pdf"));
        CommitteeBoundary boundary = CommitteeBoundary.of(dir, List.of());
        assertThat(boundary.resolve("attachments/same.pdf")).isEqualTo(dir.resolve("attachments/agenda.pdf").toRealPath());
        assertThat(boundary.resolve("attachments/missing.pdf"))
                .isEqualTo(dir.toRealPath().resolve("attachments/missing.pdf"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> boundary.resolve("../shared/budget.pdf"))
                .isInstanceOf(InputFileException.class)
                .extracting(e -> ((InputFileException) e).reason()).isEqualTo(InputFileException.Reason.OUTSIDE);
    }
}
