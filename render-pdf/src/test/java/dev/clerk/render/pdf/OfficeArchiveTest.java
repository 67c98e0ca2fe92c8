package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zipped office document is checked before LibreOffice opens it: one that would unpack to far more than it
 * holds (a zip bomb), to too much in all, or into too many parts is refused in a moment, with a sentence saying
 * why; a real document passes.
 */
class OfficeArchiveTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAZipBombFromItsDirectoryWithoutUnpackingIt() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        OfficeFiles.zipBomb(bomb, 1024);
        assertThat(Files.size(bomb)).isLessThan(8L << 20);
        long start = System.nanoTime();
        assertThatThrownBy(() -> OfficeArchive.LIMITS.check(bomb))
                .isInstanceOf(OfficeArchive.Refused.class)
                .hasMessage("is an office document whose part word/document.xml unpacks to 1,024 MB, more than 100"
                        + " times its packed size, as zip bombs do; attach it as a PDF");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
    }

    @Test
    void refusesADocumentThatUnpacksToTooMuchInAll() throws Exception {
        Path big = dir.resolve("big.docx");
        OfficeFiles.zipBomb(big, 3);
        assertThatThrownBy(() -> new OfficeArchive(10_000, 2L << 20, 100_000).check(big))
                .isInstanceOf(OfficeArchive.Refused.class)
                .hasMessage("is an office document that unpacks to more than 2 MB, more than Clerk converts; attach it"
                        + " as a PDF");
    }

    @Test
    void refusesADocumentOfTooManyParts() throws Exception {
        Path many = dir.resolve("many.xlsx");
        try (OutputStream os = Files.newOutputStream(many); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (int i = 0; i <= 100; i++) {
                OfficeFiles.entry(zip, "xl/part" + i + ".xml", "<a/>");
            }
        }
        assertThat(OfficeArchive.LIMITS.maxParts()).isEqualTo(10_000);
        assertThatThrownBy(() -> new OfficeArchive(100, 512L << 20, 100).check(many))
                .isInstanceOf(OfficeArchive.Refused.class)
                .hasMessage("is an office document of 101 parts, more than the 100 Clerk converts; attach it as a PDF");
    }

    @Test
    void refusesADocumentWhoseDirectoryUnderstatesAPart() throws Exception {
        // 2 MB of zeros whose central directory entry says 1,000 bytes: the sizes given are small, the unpacking
        // is counted, and stopped past the size given.
        Path lying = dir.resolve("lying.docx");
        OfficeFiles.zipBomb(lying, 2);
        byte[] bytes = Files.readAllBytes(lying);
        int patched = 0;
        for (int i = 0; i + 28 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2
                    && new String(bytes, i + 46, 17, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("word/document.xml")) {
                bytes[i + 24] = (byte) 0xe8;
                bytes[i + 25] = 0x03;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
                patched++;
            }
        }
        assertThat(patched).isEqualTo(1);
        Files.write(lying, bytes);
        assertThatThrownBy(() -> OfficeArchive.LIMITS.check(lying))
                .isInstanceOf(OfficeArchive.Refused.class)
                .hasMessage("is an office document whose zip directory understates what word/document.xml unpacks to;"
                        + " attach it as a PDF");
    }

    @Test
    void refusesADamagedZip() throws Exception {
        Path damaged = dir.resolve("damaged.docx");
        Files.writeString(damaged, "PK\u0003\u0004 and then nothing a zip reader can use");
        assertThatThrownBy(() -> OfficeArchive.LIMITS.check(damaged))
                .isInstanceOf(OfficeArchive.Refused.class)
                .hasMessage("is not a readable office document (its zip structure is damaged)");
    }

    @Test
    void passesARealDocumentAndOneThatIsNotZipped() throws Exception {
        Path memo = dir.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        Path rtf = dir.resolve("memo.rtf");
        Files.writeString(rtf, "{\\rtf1\\ansi A memo.}");
        assertThatCode(() -> OfficeArchive.LIMITS.check(memo)).doesNotThrowAnyException();
        assertThatCode(() -> OfficeArchive.LIMITS.check(rtf)).doesNotThrowAnyException();
    }

    @Test
    void passesAPartThatIsLargeButPacksLikeADocument() throws Exception {
        // 4 MB of varied markup packs a few times, far from a bomb's thousand.
        Path sheet = dir.resolve("sheet.xlsx");
        StringBuilder rows = new StringBuilder();
        java.util.Random random = new java.util.Random(15);
        while (rows.length() < (4 << 20)) {
            rows.append("<row r=\"").append(rows.length()).append("\"><c><v>").append(random.nextInt())
                    .append("</v></c></row>");
        }
        try (OutputStream os = Files.newOutputStream(sheet); ZipOutputStream zip = new ZipOutputStream(os)) {
            OfficeFiles.entry(zip, "xl/worksheets/sheet1.xml", rows.toString());
        }
        assertThatCode(() -> OfficeArchive.LIMITS.check(sheet)).doesNotThrowAnyException();
    }
}
