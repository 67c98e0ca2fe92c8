package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk build} on a copy of the worked example. */
class BuildCommandTest {
    private static final String[] ALL = {".clerk-build", ".clerk-build.lock", "2017-03-27-agenda.docx", "2017-03-27-agenda.html",
        "2017-03-27-agenda.pdf", "2017-03-27-minutes.docx", "2017-03-27-minutes.html", "2017-03-27-minutes.pdf",
        "2017-05-22-agenda.docx", "2017-05-22-agenda.html", "2017-05-22-agenda.pdf", "2017-05-22-packet.pdf",
        "index.html", "tasks.csv", "tasks.docx", "tasks.html", "tasks.md", "tasks.pdf"};

    @TempDir
    Path tmp;
    Path dir;
    Path out;
    /**
     * What a build of the example says on standard error: nothing, since its sample attachments are tagged PDF/A
     * (an untagged one is a warning on every build; see reportsThePacketsAccessibilityFindingsEveryTimeUntilMended).
     */
    String findings;

    @BeforeEach
    void copyExample() throws IOException {
        dir = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), dir);
        out = dir.resolve("out");
        BuildCommand.nanoTime = () -> 0L;
        findings = "";
    }

    @AfterEach
    void restoreClock() {
        BuildCommand.nanoTime = System::nanoTime;
    }

    @Test
    void firstBuildWritesEveryDocumentAndTheIndex() throws Exception {
        assertThat(CliRun.of("build", dir.toString()))
                .isEqualTo(new CliRun(0, out + ": 15 written, 0 up to date, 0 warnings, 0 errors (0.0 s)\n", findings));
        assertThat(files(out).keySet()).containsExactly(ALL);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("2017-03-27-minutes.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("March 27, 2017");
        }
        try (XWPFDocument agenda = new XWPFDocument(Files.newInputStream(out.resolve("2017-05-22-agenda.docx")))) {
            assertThat(agenda.getTables().get(0).getRows()).hasSize(9);
        }
        // With a byte order mark, so that Excel reads it as UTF-8.
        assertThat(Files.readString(out.resolve("tasks.csv"))).startsWith("\uFEFFID,Task,Owners,Status,Due");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<a href=\"2017-03-27-minutes.pdf\" type=\"application/pdf\">Minutes of March 27, 2017 (PDF, ")
                .contains("<a href=\"2017-05-22-agenda.docx\"")
                .doesNotContain("2017-05-22-minutes");
    }

    @Test
    void secondBuildRewritesNothingAndSaysSo() throws Exception {
        CliRun.of("build", dir.toString());
        Map<String, Object> before = files(out);
        assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(0,
                out + ": everything up to date (15 documents), 0 warnings, 0 errors (0.0 s)\n", findings));
        assertThat(files(out)).isEqualTo(before);
    }

    @Test
    void changedMeetingRebuildsOnlyItsDocuments() throws Exception {
        CliRun.of("build", dir.toString());
        Map<String, Object> before = files(out);
        Path may = dir.resolve("meetings/2017-05-22.yaml");
        Files.writeString(may, Files.readString(may).replace("- title: Introductions", "- title: Welcome and introductions"));

        assertThat(CliRun.of("build", dir.toString()))
                .isEqualTo(new CliRun(0, out + ": 9 written, 6 up to date, 0 warnings, 0 errors (0.0 s)\n", findings));
        Map<String, Object> after = files(out);
        // The task list depends on every meeting (any of them may report on a task).
        assertThat(changed(before, after)).containsExactly("2017-05-22-agenda.docx", "2017-05-22-agenda.html",
                "2017-05-22-agenda.pdf", "2017-05-22-packet.pdf", "tasks.csv", "tasks.docx", "tasks.html", "tasks.md",
                "tasks.pdf", ".clerk-build");
        // The May agenda carries the open tasks of March, so an edit there rebuilds it too, and the task list.
        Path march = dir.resolve("meetings/2017-03-27.yaml");
        Files.writeString(march, Files.readString(march) + "\n# reviewed\n");
        assertThat(CliRun.of("build", dir.toString()))
                .isEqualTo(new CliRun(0, out + ": 15 written, 0 up to date, 0 warnings, 0 errors (0.0 s)\n", findings));
    }

    @Test
    void brokenMeetingIsReportedAndTheRestStillBuilds() throws Exception {
        Path april = dir.resolve("meetings/2017-04-24.yaml");
        Files.writeString(april, "date: 2017-04-24\nstart: noon\nagenda:\n  - title: Introductions\n");

        CliRun run = CliRun.of("build", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(april + ":2:8: start: 'noon' is not a time; write HH:MM on the 24-hour clock, such as 11:00 or 18:30\n"
                + april + ": has errors; its documents were not built\n"
                + "2017-05-22-agenda.html: not built: it carries the open tasks of " + april + ", which has errors\n"
                + "2017-05-22-agenda.pdf: not built: it carries the open tasks of " + april + ", which has errors\n"
                + "2017-05-22-agenda.docx: not built: it carries the open tasks of " + april + ", which has errors\n"
                + "2017-05-22-packet.pdf: not built: it carries the open tasks of " + april + ", which has errors\n"
                + "tasks.html: not built: " + april + " has errors\n"
                + "tasks.pdf: not built: " + april + " has errors\n"
                + "tasks.docx: not built: " + april + " has errors\n"
                + "tasks.md: not built: " + april + " has errors\n"
                + "tasks.csv: not built: " + april + " has errors\n");
        assertThat(run.out()).isEqualTo(out + ": 6 written, 0 up to date, 10 not built, 0 warnings, 1 error (0.0 s)\n");
        assertThat(files(out).keySet()).containsExactly(".clerk-build", ".clerk-build.lock", "2017-03-27-agenda.docx",
                "2017-03-27-agenda.html", "2017-03-27-agenda.pdf", "2017-03-27-minutes.docx",
                "2017-03-27-minutes.html", "2017-03-27-minutes.pdf", "index.html");

        // Mended, what was blocked is built; what was built stays.
        Files.writeString(april, "date: 2017-04-24\nstart: 12:00\nagenda:\n  - title: Introductions\n");
        assertThat(CliRun.of("build", dir.toString()))
                .isEqualTo(new CliRun(0, out + ": 13 written, 6 up to date, 0 warnings, 0 errors (0.0 s)\n", findings));
    }

    @Test
    void forceRebuildsEverythingToTheSameBytes() throws Exception {
        CliRun.of("build", dir.toString());
        Map<String, byte[]> before = contents(out);
        assertThat(CliRun.of("build", dir.toString(), "--force"))
                .isEqualTo(new CliRun(0, out + ": 15 written, 0 up to date, 0 warnings, 0 errors (0.0 s)\n", findings));
        Map<String, byte[]> after = contents(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void writesWhereToldAndQuietly() throws Exception {
        Path elsewhere = tmp.resolve("site");
        assertThat(CliRun.of("build", dir.resolve("meetings").toString(), "--out", elsewhere.toString(), "--quiet"))
                .isEqualTo(new CliRun(0, "", findings));
        assertThat(files(elsewhere).keySet()).containsExactly(ALL);
        assertThat(out).doesNotExist();
    }

    @Test
    void showsACounterOnATerminal() throws Exception {
        BuildCommand.terminal = () -> true;
        try {
            CliRun run = CliRun.of("build", dir.toString());
            String clear = "\r" + " ".repeat("[15/15] tasks.csv".length()) + "\r";
            // Each line blanks what is left of a longer one before it.
            assertThat(run.out()).startsWith("\r[1/15] 2017-03-27-minutes.html\r[2/15] 2017-03-27-minutes.pdf \r")
                    .contains("\r[12/15] tasks.pdf" + " " + "\r[13/15] tasks.docx\r[14/15] tasks.md ")
                    .contains("\r[15/15] tasks.csv" + clear)
                    .endsWith(clear + out + ": 15 written, 0 up to date, 0 warnings, 0 errors (0.0 s)\n");
            // Nothing to render, nothing to count.
            assertThat(CliRun.of("build", dir.toString()).out())
                    .isEqualTo(out + ": everything up to date (15 documents), 0 warnings, 0 errors (0.0 s)\n");
            assertThat(CliRun.of("build", dir.toString(), "--force", "--quiet")).isEqualTo(new CliRun(0, "", findings));
        } finally {
            BuildCommand.terminal = () -> System.console() != null;
        }
    }

    /**
     * The packet's accessibility findings are the ones 'clerk packet' gives, and a build that finds the packet up to
     * date says them again rather than "0 warnings"; once the attachment is mended, they are gone.
     */
    @Test
    void reportsThePacketsAccessibilityFindingsEveryTimeUntilMended() throws Exception {
        // The slides replaced by a PDF as many are: text, but no structure tree.
        Path slides = dir.resolve("attachments/2017-04-task-force-presentation.pdf");
        UntaggedPdf.write(slides, "Slides presented to the Task Force, April 2017 (sample, untagged)");
        String untagged = dir.resolve("meetings/2017-05-22.yaml") + ":40:15: agenda[6].attachments[0].path: warning:"
                + " item VII. Debrief on presentation at general Task Force meeting:"
                + " attachments/2017-04-task-force-presentation.pdf: is not tagged; screen readers get its text without"
                + " headings, lists or tables\n";
        CliRun packet = CliRun.of("packet", dir.resolve("meetings/2017-05-22.yaml").toString(), "-o",
                tmp.resolve("packet.pdf").toString());
        assertThat(packet.err()).isEqualTo(untagged);

        assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(0,
                out + ": 15 written, 0 up to date, 1 warning, 0 errors (0.0 s)\n", untagged));
        assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(0,
                out + ": everything up to date (15 documents), 1 warning, 0 errors (0.0 s)\n", untagged));
        assertThat(out.resolve(".clerk-findings")).exists();

        // Mended: replaced by a tagged PDF (one of Clerk's own); the finding is gone.
        Files.copy(out.resolve("2017-03-27-minutes.pdf"), slides, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(0,
                out + ": 1 written, 14 up to date, 0 warnings, 0 errors (0.0 s)\n", ""));
        assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(0,
                out + ": everything up to date (15 documents), 0 warnings, 0 errors (0.0 s)\n", ""));
    }

    @Test
    void rebuildsADamagedOutputAndSaysSo() throws Exception {
        CliRun.of("build", dir.toString());
        Path minutes = out.resolve("2017-03-27-minutes.pdf");
        byte[] written = Files.readAllBytes(minutes);
        Files.write(minutes, java.util.Arrays.copyOf(written, written.length / 2));

        assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(0,
                out + ": 1 written, 14 up to date, 0 warnings, 0 errors (0.0 s)\n",
                findings + minutes + ": differs from what the last build wrote (damaged or replaced); written again\n"));
        assertThat(Files.readAllBytes(minutes)).isEqualTo(written);
        assertThat(CliRun.of("build", dir.toString()).out()).contains("everything up to date");
    }

    @Test
    void removesTheTemporaryFilesAnInterruptedBuildLeftButNotThoseBeingWritten() throws Exception {
        CliRun.of("build", dir.toString());
        // What kill -9 during a build leaves: an empty hidden file beside the document it was to become.
        Path stale = Files.createFile(out.resolve(".2017-03-27-minutes.pdf4417803624513416226.tmp"));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(11))));
        // One 'clerk agenda --format pdf' is writing into out/ this very moment (it takes no build lock).
        Path fresh = Files.createFile(out.resolve(".2017-05-22-agenda.pdf90210.tmp"));
        Path someoneElses = Files.createFile(out.resolve("draft.tmp"));
        Files.setLastModifiedTime(someoneElses, Files.getLastModifiedTime(stale));

        assertThat(CliRun.of("build", dir.toString()).exitCode()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void refusesToBuildWhileAnotherBuildHoldsTheFolder() throws Exception {
        Files.createDirectories(out);
        try (java.nio.channels.FileChannel other = java.nio.channels.FileChannel.open(out.resolve(".clerk-build.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = other.lock()) {
            assertThat(CliRun.of("build", dir.toString())).isEqualTo(new CliRun(1, "", "clerk: " + out
                    + ": another clerk build is writing to this folder; run this one again when it has finished\n"));
        }
        assertThat(out.resolve("index.html")).doesNotExist();
        assertThat(CliRun.of("build", dir.toString()).exitCode()).isZero();
    }

    @Test
    void refusesAFolderOutsideAnyCommittee() {
        assertThat(CliRun.of("build", tmp.toString())).isEqualTo(new CliRun(1, "",
                tmp + ": not inside a committee folder (no committee.yaml here or above); create one with 'clerk init'\n"));
        assertThat(CliRun.of("build", dir.resolve("typo").toString())).isEqualTo(new CliRun(1, "",
                dir.resolve("typo") + ": no such folder\n"));
        assertThat(CliRun.of("build", dir.toString(), "--out").exitCode()).isEqualTo(2);
    }

    /** Each file's content hash, modification time and identity (a file moved into place has a new one). */
    private static Map<String, Object> files(Path folder) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                files.put(f.getFileName().toString(), java.util.List.of(java.util.Arrays.hashCode(Files.readAllBytes(f)),
                        a.lastModifiedTime(), String.valueOf(a.fileKey())));
            }
        }
        return files;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static java.util.List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k)))
                .sorted(java.util.Comparator.comparing((String k) -> k.startsWith(".")).thenComparing(k -> k)).toList();
    }

    @Test
    void pointsOnceAtEachCharacterNoFontHasAndNamesTheDocumentsNotBuilt() throws Exception {
        Path committee = tmp.resolve("glyphs");
        Files.createDirectories(committee.resolve("meetings"));
        Files.writeString(committee.resolve("committee.yaml"), "name: Harbor Board\npeople:\n  - name: Li 中\n");
        Files.writeString(committee.resolve("meetings/2024-01-10.yaml"), """
                date: 2024-01-10
                agenda:
                  - title: Signs
                    actions:
                      - id: 2024-01-10-1
                        owners: [Li 中]
                        task: Order the signs.
                """);
        CliRun run = CliRun.of("build", committee.toString(), "--quiet");
        assertThat(run.exitCode()).isEqualTo(1);
        String owners = committee.resolve("meetings/2024-01-10.yaml") + ":6:18: agenda[0].actions[0].owners[0]: "
                + "character U+4E2D '中' is in none of the fonts (Liberation Sans); add a font that has it with --font FILE";
        assertThat(run.err().lines().filter(l -> l.contains("U+4E2D"))).containsExactly(owners);
        assertThat(run.err().lines().filter(l -> l.contains("not built"))).containsExactly(
                "2024-01-10-minutes.pdf: not built: the problem above", "tasks.pdf: not built: the problem above");
        assertThat(committee.resolve("out/2024-01-10-minutes.html")).exists();
        assertThat(committee.resolve("out/2024-01-10-minutes.pdf")).doesNotExist();
    }
}
