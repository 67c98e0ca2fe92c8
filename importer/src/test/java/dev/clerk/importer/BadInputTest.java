package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not minutes, or minutes in unusual encodings: a clear one-line error or an import with warnings. */
class BadInputTest {
    private static final Path SEED = Path.of("..", "examples", "swtpic", "source", "2017-03-27-swtpic-minutes.txt");
    private static Meeting seed;

    @TempDir
    Path tmp;

    @BeforeAll
    static void importSeed() throws Exception {
        seed = MinutesImporter.importFile(SEED).meeting();
    }

    private String error(Path file) {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> MinutesImporter.importFile(file));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString();
    }

    @Test
    void refusesABinaryFile() throws Exception {
        Path f = tmp.resolve("photo.txt");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(error(f)).isEqualTo(f + ": not a text file (a zero byte at offset 8); import reads plain text,"
                + " Markdown and .docx");
    }

    @Test
    void refusesAPdfWithAHint() throws Exception {
        Path f = tmp.resolve("minutes.pdf");
        Files.writeString(f, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
        assertThat(error(f)).isEqualTo(f + ": not a text file: a PDF file; save the minutes as .docx or plain text"
                + " and import that");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path f = tmp.resolve("empty.txt");
        Files.write(f, new byte[0]);
        assertThat(error(f)).isEqualTo(f + ": is empty; there are no minutes to import");
        Files.writeString(f, "  \n\u00A0\n\t\n");
        assertThat(error(f)).isEqualTo(f + ": is empty; there are no minutes to import");
    }

    @Test
    void refusesATwentyMegabyteText() throws Exception {
        Path f = tmp.resolve("huge.txt");
        byte[] line = "The committee discussed the budget at length. Alix will send the report.\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long n = 0; n < 20L * 1024 * 1024; n += line.length) {
                out.write(line);
            }
        }
        assertThat(error(f)).isEqualTo(f + ": is larger than 2 MB, the most Clerk reads for minutes imported from text"
                + " (split the file)");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAPipeWithoutWaitingOnIt() throws Exception {
        for (String name : List.of("minutes.txt", "minutes.docx")) {
            Path pipe = dev.clerk.model.io.Fifos.make(tmp.resolve(name));
            assertThat(error(pipe)).isEqualTo(pipe + ": is not a regular file (a pipe or device)");
        }
    }

    @Test
    void refusesAMissingFileAndAFolder() {
        assertThat(error(tmp.resolve("nope.txt"))).isEqualTo(tmp.resolve("nope.txt") + ": no such file");
        assertThat(error(tmp)).isEqualTo(tmp + ": is a folder, not a file");
    }

    @Test
    void refusesMinutesWithoutAnyDateUnlessOneIsGiven() throws Exception {
        Path f = tmp.resolve("notes.txt");
        Files.writeString(f, "Board notes\n\nPresent: Ann Lee, Bo Chan\n\nI. Budget\n\nAnn Lee will draft the budget.\n");
        assertThat(error(f)).isEqualTo(f + ": no meeting date found in the minutes or the file name; give it with"
                + " --date YYYY-MM-DD");
        Meeting m = MinutesImporter.importFile(f, new ImportOptions(null, LocalDate.of(2020, 2, 3))).meeting();
        assertThat(m.date()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(m.actionItems()).extracting(a -> a.owners().get(0) + ": " + a.task())
                .containsExactly("Ann Lee: Draft the budget.");
    }

    @Test
    void refusesADamagedWordDocument() throws Exception {
        Path f = tmp.resolve("damaged.docx");
        byte[] zip = docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Minutes</w:t></w:r></w:p></w:body></w:document>", 0);
        Files.write(f, Arrays.copyOf(zip, zip.length / 2));
        assertThat(error(f)).startsWith(f + ": not a readable Word document (.docx): ");
        Files.writeString(f, "this is not a zip at all");
        assertThat(error(f)).startsWith(f + ": not a readable Word document (.docx): ");
    }

    @Test
    void refusesAZipBombWordDocument() throws Exception {
        Path f = tmp.resolve("bomb.docx");
        Files.write(f, docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Minutes", 40 * 1024 * 1024));
        assertThat(Files.size(f)).isLessThan(200_000);
        assertThat(error(f)).isEqualTo(f + ": not a readable Word document (.docx): it expands far more than a real"
                + " document would (possible zip bomb)");
    }

    @Test
    void readsUtf16WithByteOrderMarks() throws Exception {
        String text = Files.readString(SEED);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path f = tmp.resolve("utf16-" + cs.name() + "-2017-03-27.txt");
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = text.getBytes(cs);
            byte[] all = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(f, all);
            ImportResult r = MinutesImporter.importFile(f);
            assertThat(r.meeting()).isEqualTo(seed);
            assertThat(r.warnings()).isEmpty();
        }
    }

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        Path f = tmp.resolve("bom.txt");
        byte[] body = Files.readAllBytes(SEED);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        assertThat(MinutesImporter.importFile(f).meeting()).isEqualTo(seed);
    }

    @Test
    void readsWindows1252WithAWarning() throws Exception {
        Path f = tmp.resolve("cp1252.txt");
        Files.write(f, Files.readString(SEED).getBytes(Charset.forName("windows-1252")));
        ImportResult r = MinutesImporter.importFile(f);
        assertThat(r.meeting()).isEqualTo(seed);
        assertThat(r.warnings()).containsExactly(
                "the file is not UTF-8; it was read as Windows-1252 (check accented letters and quotes)");
    }

    @Test
    void readsWindows1252ControlCharactersAndReferencesAsThePunctuationTheyStandFor() throws Exception {
        // Text converted to UTF-8 byte by byte keeps Windows-1252's dashes as C1 controls ("\u0097"), and old web
        // pages write them as references ("&#150;"): no document can show a control character, so each is read as
        // the dash it stands for, as browsers do, and a byte Windows-1252 leaves undefined as U+FFFD.
        Path f = tmp.resolve("2023-05-03-minutes.txt");
        Files.writeString(f, "Board minutes, 3 May 2023\n\nPresent: Ann Lee, Bo Chan\n\n1. Budget\n"
                + "The budget was reviewed \u0097 all agreed.\nPaving &#150; done &#151; 5 &#129; x \u0081 y.\n\n"
                + "2. Roads\nPaving.\n", StandardCharsets.UTF_8);
        ImportResult r = MinutesImporter.importFile(f);
        List<String> narrative = r.meeting().agenda().get(0).narrative();
        assertThat(String.join("\n", narrative)).contains("reviewed \u2014 all", "Paving \u2013 done \u2014 5",
                "&#129; x \uFFFD y");
        assertThat(narrative).allMatch(t -> dev.clerk.model.text.Characters.firstRefused(t) < 0);
        assertThat(r.warnings()).contains("2 control characters (U+0080 to U+009F) read as the Windows-1252"
                + " punctuation they stand for (check dashes and quotes)");
    }

    @Test
    void refusesBrokenUtf16() throws Exception {
        Path f = tmp.resolve("broken16.txt");
        Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, 'M', 0, (byte) 0x00, (byte) 0xDC});
        assertThat(error(f)).isEqualTo(f + ": starts with a UTF-16 byte-order mark but is not valid UTF-16; save it"
                + " again as UTF-8");
    }

    @Test
    void survivesTextThatLooksLikeNothing() throws Exception {
        Path f = tmp.resolve("noise-2020-01-02.txt");
        StringBuilder sb = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        String[] words = {"Alpha", "will", "to", "Motion", "moved", "I.", "A.", "1)", "Present:", "by", "July", "1st",
                "agreed", "group.", "Smith", "and", ",", ";", "(", "adjourned", "at", "7:00", "next", "meeting"};
        for (int i = 0; i < 3000; i++) {
            for (int w = 0; w < 1 + random.nextInt(20); w++) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            sb.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
        }
        Files.writeString(f, sb.toString());
        ImportResult r = MinutesImporter.importFile(f);
        assertThat(r.meeting().date()).isEqualTo(LocalDate.of(2020, 1, 2));
    }

    /** A minimal .docx whose document part is {@code xml} followed by {@code padding} spaces. */
    static byte[] docx(String xml, int padding) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int n = 0; n < padding; n += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
