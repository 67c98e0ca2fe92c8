package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.clerk.build.FileType;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs are never outputs: every command that writes a file refuses, as bad usage and before it writes anything, an
 * output that is (or leads to) a file the committee or the command reads; a pipe is written into, never renamed
 * over; {@code -o -} is standard output for every command.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;
    /** The committee: a copy of the worked example, with a font in committee.yaml. */
    Path committee;

    private Supplier<OutputStream> standardOutput;
    private BooleanSupplier terminal;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @BeforeEach
    void makeCommittee() throws Exception {
        committee = tmp.resolve("c");
        CliRun.copy(Path.of("../examples/swtpic"), committee);
        Files.createDirectories(committee.resolve("fonts"));
        try (InputStream font = getClass().getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            byte[] bytes = font.readAllBytes();
            Files.write(committee.resolve("fonts/LiberationSans-Regular.ttf"), bytes);
            Files.write(tmp.resolve("extra.ttf"), bytes);
        }
        Files.writeString(committee.resolve("committee.yaml"), Files.readString(committee.resolve("committee.yaml"))
                + "\nfonts: [fonts/LiberationSans-Regular.ttf]\n");
        try (XWPFDocument template = new XWPFDocument();
             OutputStream out = Files.newOutputStream(tmp.resolve("letterhead.docx"))) {
            template.createParagraph().createRun().setText("Letterhead");
            template.write(out);
        }
        Files.createSymbolicLink(tmp.resolve("link.docx"), committee.resolve("meetings/2017-03-27.yaml"));
        Files.createDirectories(tmp.resolve("web"));
        Files.createSymbolicLink(tmp.resolve("web/index.html"), committee.resolve("committee.yaml"));
        Files.createDirectories(tmp.resolve("loose"));
        Files.copy(committee.resolve("meetings/2017-03-27.yaml"), tmp.resolve("loose/2017-03-27.yaml"));
        Files.copy(committee.resolve("source/2017-03-27-swtpic-minutes.txt"), tmp.resolve("loose/notes.txt"));

        standardOutput = OutputTarget.standardOutput;
        terminal = OutputTarget.terminal;
        OutputTarget.standardOutput = () -> stdout;
        OutputTarget.terminal = () -> false;
    }

    @AfterEach
    void restore() throws Exception {
        OutputTarget.standardOutput = standardOutput;
        OutputTarget.terminal = terminal;
        // What the code before -o - meant standard output left in the working folder.
        Files.deleteIfExists(Path.of("-"));
    }

    private static final String MEETING = "{c}/meetings/2017-03-27.yaml";
    private static final String AGENDA = "{c}/meetings/2017-05-22.yaml";
    private static final String ATTACHMENT = "{c}/attachments/2017-priorities-discussion-draft.pdf";
    private static final String FONT = "{c}/fonts/LiberationSans-Regular.ttf";
    private static final String GIVE = "; give another output path";

    /** Each command that writes a file, with its output set to each kind of file it or the committee reads. */
    static Stream<Arguments> inputsAsOutputs() {
        return Stream.of(
                // minutes
                refused("minutes " + MEETING + " -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("minutes " + MEETING + " -o " + MEETING,
                        "-o " + MEETING + " is the meeting file this command reads" + GIVE),
                refused("minutes " + MEETING + " -o " + AGENDA,
                        "-o " + AGENDA + " is one of the committee's meeting files" + GIVE),
                refused("minutes " + MEETING + " -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("minutes " + MEETING + " -o " + FONT, "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                refused("minutes " + MEETING + " --format pdf --font {t}/extra.ttf -o {t}/extra.ttf",
                        "-o {t}/extra.ttf is a font this command reads (--font)" + GIVE),
                refused("minutes " + MEETING + " --template {t}/letterhead.docx -o {t}/letterhead.docx",
                        "-o {t}/letterhead.docx is the template this command reads (--template)" + GIVE),
                refused("minutes " + MEETING + " -o {t}/link.docx",
                        "-o {t}/link.docx is the meeting file this command reads" + GIVE),
                refused("minutes " + MEETING + " -o {c}/out/../meetings/2017-03-27.yaml",
                        "-o {c}/out/../meetings/2017-03-27.yaml is the meeting file this command reads" + GIVE),
                refused("minutes " + MEETING + " -o {c}/meetings/2017-09-25.yaml",
                        "-o {c}/meetings/2017-09-25.yaml would be read as one of the committee's meeting files" + GIVE),
                refused("minutes {t}/loose/2017-03-27.yaml -o {t}/loose/2017-03-27.yaml",
                        "-o {t}/loose/2017-03-27.yaml is the meeting file this command reads" + GIVE),
                // agenda
                refused("agenda " + AGENDA + " -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("agenda " + AGENDA + " -o " + AGENDA,
                        "-o " + AGENDA + " is the meeting file this command reads" + GIVE),
                refused("agenda " + AGENDA + " --format md -o " + MEETING,
                        "-o " + MEETING + " is one of the committee's meeting files" + GIVE),
                refused("agenda " + AGENDA + " --format pdf -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("agenda " + AGENDA + " --format pdf -o " + FONT,
                        "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                refused("agenda " + AGENDA + " --format pdf --font {t}/extra.ttf -o {t}/extra.ttf",
                        "-o {t}/extra.ttf is a font this command reads (--font)" + GIVE),
                refused("agenda {t}/loose/2017-03-27.yaml -o {t}/loose/2017-03-27.yaml",
                        "-o {t}/loose/2017-03-27.yaml is the meeting file this command reads" + GIVE),
                // form
                refused("form " + AGENDA + " -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("form " + AGENDA + " -o " + AGENDA,
                        "-o " + AGENDA + " is the meeting file this command reads" + GIVE),
                refused("form " + AGENDA + " -o " + MEETING,
                        "-o " + MEETING + " is one of the committee's meeting files" + GIVE),
                refused("form " + AGENDA + " -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("form " + AGENDA + " -o " + FONT, "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                // packet
                refused("packet " + AGENDA + " -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("packet " + AGENDA + " -o " + AGENDA,
                        "-o " + AGENDA + " is the meeting file this command reads" + GIVE),
                refused("packet " + AGENDA + " -o " + MEETING,
                        "-o " + MEETING + " is one of the committee's meeting files" + GIVE),
                refused("packet " + AGENDA + " -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("packet " + AGENDA + " -o " + FONT, "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                refused("packet " + AGENDA + " --font {t}/extra.ttf -o {t}/extra.ttf",
                        "-o {t}/extra.ttf is a font this command reads (--font)" + GIVE),
                // tasks
                refused("tasks {c} -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("tasks {c} --format csv -o " + MEETING,
                        "-o " + MEETING + " is one of the committee's meeting files" + GIVE),
                refused("tasks {c} --format pdf -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("tasks {c} --format docx -o " + FONT, "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                refused("tasks {c} --format pdf --font {t}/extra.ttf -o {t}/extra.ttf",
                        "-o {t}/extra.ttf is a font this command reads (--font)" + GIVE),
                refused("tasks {c} -o {t}/link.docx",
                        "-o {t}/link.docx is one of the committee's meeting files" + GIVE),
                // next writes a meeting file: another meeting's only with --force; never its own minutes
                refused("next " + MEETING + " --force -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("next " + MEETING + " --force -o " + MEETING,
                        "-o " + MEETING + " is the meeting file this command drafts from" + GIVE),
                refused("next " + MEETING + " --force -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("next " + MEETING + " --force -o " + FONT,
                        "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                // import writes a meeting file too
                refused("import {c}/source/2017-03-27-swtpic-minutes.txt --committee {c} --force -o {c}/committee.yaml",
                        "-o {c}/committee.yaml is the committee's committee.yaml" + GIVE),
                refused("import {c}/source/2017-03-27-swtpic-minutes.txt --committee {c} --force"
                        + " -o {c}/source/2017-03-27-swtpic-minutes.txt",
                        "-o {c}/source/2017-03-27-swtpic-minutes.txt is the file this command imports" + GIVE),
                refused("import {c}/source/2017-03-27-swtpic-minutes.txt --committee {c} --force -o " + ATTACHMENT,
                        "-o " + ATTACHMENT + " is an attachment of meetings/2017-05-22.yaml" + GIVE),
                refused("import {c}/source/2017-03-27-swtpic-minutes.txt --committee {c} --force -o " + FONT,
                        "-o " + FONT + " is a font committee.yaml lists" + GIVE),
                refused("import {t}/loose/notes.txt --force -o {t}/loose/notes.txt",
                        "-o {t}/loose/notes.txt is the file this command imports" + GIVE),
                // build --out and send --outbox: folders
                refused("build {c} --out {c}/meetings", "--out {c}/meetings is the committee's meetings folder;"
                        + " give a folder for the documents (by default out/ in the committee folder)"),
                refused("build {c} --out {c}/meetings/web", "--out {c}/meetings/web is inside the committee's meetings"
                        + " folder; give a folder for the documents (by default out/ in the committee folder)"),
                refused("build {c} --out {c}/attachments", "--out {c}/attachments is the committee's attachments"
                        + " folder; give a folder for the documents (by default out/ in the committee folder)"),
                refused("build {c} --out {c}", "--out {c} is the committee folder itself, which holds what Clerk reads;"
                        + " give a folder for the documents (by default out/ in the committee folder)"),
                refused("build {c} --out {t}/web", "--out {t}/web would write {t}/web/index.html, which is the"
                        + " committee's committee.yaml; give another folder"),
                refused("send " + AGENDA + " --dry-run --outbox {c}/meetings", "--outbox {c}/meetings is the"
                        + " committee's meetings folder; give a folder for the documents (by default out/ in the"
                        + " committee folder)"));
    }

    private static Arguments refused(String command, String message) {
        return Arguments.of(command, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputsAsOutputs")
    void refusesAnOutputThatIsAnInputAndChangesNothing(String command, String message) throws Exception {
        Map<Path, String> before = files();
        CliRun run = CliRun.of(expand(command).split(" "));
        assertThat(run).isEqualTo(new CliRun(2, "", "clerk: " + expand(message) + "\n"));
        assertThat(files()).isEqualTo(before);
    }

    /** Each command that writes a document, with {@code -o -}. */
    static Stream<Arguments> standardOutputs() {
        return Stream.of(
                Arguments.of("minutes " + MEETING + " -o -", "PK"),
                Arguments.of("minutes " + MEETING + " --format pdf -o -", "%PDF"),
                Arguments.of("minutes " + MEETING + " --format html -o -", "<!doctype html>"),
                Arguments.of("agenda " + AGENDA + " --format md -o -", "Department on the Status of Women"),
                Arguments.of("agenda " + AGENDA + " --format docx -o -", "PK"),
                Arguments.of("agenda " + AGENDA + " --format pdf -o -", "%PDF"),
                Arguments.of("form " + AGENDA + " -o -", "PK"),
                Arguments.of("packet " + AGENDA + " -o -", "%PDF"),
                Arguments.of("tasks {c} --as-of 2017-05-22 --format csv -o -", "\uFEFFID,Task,Owners"),
                Arguments.of("tasks {c} --as-of 2017-05-22 --format pdf -o -", "%PDF"),
                Arguments.of("next " + MEETING + " -o -", "# yaml-language-server"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standardOutputs")
    void writesStandardOutputForADash(String command, String begins) throws Exception {
        Map<Path, String> before = files();
        CliRun run = CliRun.of(expand(command).split(" "));
        assertThat(run.exitCode()).as(run.err()).isZero();
        String written = run.out() + stdout.toString(StandardCharsets.ISO_8859_1);
        assertThat(written).startsWith(begins);
        assertThat(Path.of("-")).doesNotExist();
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void refusesToSendAWordDocumentToATerminal() throws Exception {
        OutputTarget.terminal = () -> true;
        assertThat(CliRun.of("minutes", expand(MEETING), "-o", "-")).isEqualTo(new CliRun(2, "", "clerk: standard"
                + " output is a terminal, and this document is not text; redirect it to a file (> FILE) or give -o"
                + " FILE\n"));
        assertThat(stdout.size()).isZero();
    }

    @Test
    @Timeout(60)
    void writesIntoANamedPipeAndLeavesItAPipe() throws Exception {
        Path fifo = mkfifo(tmp.resolve("minutes.docx"));
        ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fifo-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return Files.readAllBytes(fifo);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, reading);
            CliRun run = CliRun.of("minutes", expand(MEETING), "-o", fifo.toString());
            assertThat(run).isEqualTo(new CliRun(0, "wrote " + fifo + "\n", ""));
            // A rename over the pipe would leave the reader waiting for a writer that never comes.
            assertThat(FileType.of(fifo)).isEqualTo(FileType.FIFO);
            byte[] bytes = read.get(30, TimeUnit.SECONDS);
            assertThat(new String(Arrays.copyOf(bytes, 2), StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        } finally {
            reading.shutdownNow();
        }
    }

    @Test
    void refusesAFolderAsTheOutputFile() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("minutes.docx"));
        assertThat(CliRun.of("minutes", expand(MEETING), "-o", folder.toString())).isEqualTo(new CliRun(2, "",
                "clerk: -o " + folder + " is a folder; give the name of a file to write\n"));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void refusesASocketAsTheOutputFile() throws Exception {
        Path socket = tmp.resolve("packet.pdf");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThat(CliRun.of("packet", expand(AGENDA), "-o", socket.toString())).isEqualTo(new CliRun(2, "",
                    "clerk: -o " + socket + " is a socket; give a file, a named pipe or a character device\n"));
            assertThat(FileType.of(socket)).isEqualTo(FileType.SOCKET);
        }
    }

    @Test
    void stillWritesANewMeetingFileAndReplacesAnotherWithForce() throws Exception {
        // 'next' and 'import' make meeting files: what they are for stays allowed.
        Path draft = committee.resolve("meetings/2017-06-26.yaml");
        CliRun next = CliRun.of("next", expand(MEETING), "--date", "2017-06-26", "-o", draft.toString());
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(draft).content().startsWith("# yaml-language-server");
        CliRun again = CliRun.of("next", expand(MEETING), "--date", "2017-06-26", "-o", draft.toString(), "--force");
        assertThat(again.exitCode()).as(again.err()).isZero();
    }

    private String expand(String text) {
        return text.replace("{c}", committee.toString()).replace("{t}", tmp.toString());
    }

    /** Every regular file under the temporary folder, with a hash of its bytes. */
    private Map<Path, String> files() throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                files.put(f, HexFormat.of().formatHex(hash));
            }
        }
        return files;
    }

    /** A named pipe made with mkfifo; the test is skipped where there is none (not POSIX). */
    private static Path mkfifo(Path path) throws Exception {
        assumeThat(path.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as("mkfifo: %s", new String(p.getInputStream().readAllBytes())).isZero();
        return path;
    }
}
