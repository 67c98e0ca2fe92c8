package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversion leaves nothing behind, however it ends. The soffice here is a shell script taking soffice's
 * arguments — real processes, which start others as soffice does — so that each way out can be made to happen.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-ins for soffice are POSIX shell scripts")
class LibreOfficeTest {
    @TempDir
    Path dir;

    private LibreOffice converter(String script, Duration timeout) throws Exception {
        return new LibreOffice(OfficeFiles.standIn(dir.resolve("bin"), script), timeout, OfficeArchive.LIMITS);
    }

    private static List<Long> pids(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .toList();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stopsAConversionThatTakesTooLongWithEveryProcessItStartedAndRemovesItsFolder() throws Exception {
        Path pids = dir.resolve("pids");
        LibreOffice slow = converter("""
                mkdir -p "${3#-env:UserInstallation=file://}"
                sleep 300 &
                echo $! >> PIDS
                echo $$ >> PIDS
                wait
                """.replace("PIDS", pids.toString()), Duration.ofSeconds(2));
        Path memo = dir.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        Path work = dir.resolve("scratch/doc-5-0");
        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.convert(memo, work))
                .isInstanceOf(OfficeConverter.ConversionException.class)
                .hasMessage("was not converted to PDF: LibreOffice took longer than 2 s and was stopped (attach it as"
                        + " a PDF, or allow more seconds with CLERK_CONVERT_TIMEOUT)");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
        assertThat(pids(pids)).hasSize(2).allMatch(OfficeFiles::gone);
        assertThat(work).doesNotExist();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAZipBombWithoutStartingLibreOffice() throws Exception {
        Path started = dir.resolve("started");
        LibreOffice converter = converter("touch " + started, Duration.ofSeconds(60));
        Path bomb = dir.resolve("bomb.docx");
        OfficeFiles.zipBomb(bomb, 1024);
        Path work = dir.resolve("scratch/doc-5-0");
        long start = System.nanoTime();
        assertThatThrownBy(() -> converter.convert(bomb, work))
                .isInstanceOf(OfficeConverter.ConversionException.class)
                .hasMessage("is an office document whose part word/document.xml unpacks to 1,024 MB, more than 100"
                        + " times its packed size, as zip bombs do; attach it as a PDF");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        assertThat(started).doesNotExist();
        assertThat(work).doesNotExist();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void keepsOnlyThePdfOfAConversionThatSucceedsAndStopsWhatSofficeLeftRunning() throws Exception {
        // Like soffice.bin outliving its launcher: a process that names the profile in its arguments, left running
        // when the stand-in exits, is no longer the stand-in's descendant, and is found by the profile it names.
        Path pids = dir.resolve("pids");
        LibreOffice converter = converter("""
                profile="${3#-env:UserInstallation=file://}"
                mkdir -p "$profile/user" && echo settings > "$profile/user/registrymodifications.xcu"
                echo scratch > "$TMPDIR/lu1234.tmp"
                name=$(basename "$8"); printf '%%PDF-1.4\\n' > "$7/${name%.*}.pdf"
                sh -c 'sleep 300; :' "$3" &
                echo $! >> PIDS
                echo "convert $8 as a Writer document -> $7/${name%.*}.pdf using filter : writer_pdf_Export"
                """.replace("PIDS", pids.toString()), Duration.ofSeconds(60));
        Path memo = dir.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        Path work = dir.resolve("scratch/doc-5-0");
        Path pdf = converter.convert(memo, work);
        assertThat(pdf).isEqualTo(work.toAbsolutePath().resolve("memo.pdf")).hasContent("%PDF-1.4");
        try (var files = Files.list(work)) {
            assertThat(files).containsExactly(pdf);
        }
        assertThat(pids(pids)).hasSize(1).allMatch(OfficeFiles::gone);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reportsAFailedConversionInOneLineAndRemovesItsFolder() throws Exception {
        LibreOffice converter = converter("""
                mkdir -p "${3#-env:UserInstallation=file://}"
                echo "Error: source file could not be loaded"
                echo "  (second line)" >&2
                exit 1
                """, Duration.ofSeconds(60));
        Path memo = dir.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        Path work = dir.resolve("scratch/doc-5-0");
        assertThatThrownBy(() -> converter.convert(memo, work))
                .isInstanceOf(OfficeConverter.ConversionException.class)
                .hasMessage("LibreOffice could not convert it to PDF (exit 1: Error: source file could not be loaded"
                        + " (second line))");
        assertThat(work).doesNotExist();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void asksForATaggedPdfAPdfUaExportFromTheFilterOfTheDocumentsApplication() throws Exception {
        Path said = dir.resolve("said");
        LibreOffice converter = converter("""
                printf '%s %s' "$4" "$5" > SAID
                name=$(basename "$8"); printf '%%PDF-1.4\n' > "$7/${name%.*}.pdf"
                """.replace("SAID", said.toString()), Duration.ofSeconds(60));
        String options = ":{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
                + "\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"1\"},"
                + "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";
        Path memo = dir.resolve("memo.docx");
        OfficeFiles.docx(memo, "A memo.");
        converter.convert(memo, dir.resolve("scratch/doc-1-0"));
        assertThat(said).hasContent("--convert-to pdf:writer_pdf_Export" + options);
        Path sheet = dir.resolve("budget.ods");
        Files.write(sheet, new byte[]{'x'});
        converter.convert(sheet, dir.resolve("scratch/doc-2-0"));
        assertThat(said).hasContent("--convert-to pdf:calc_pdf_Export" + options);
    }

    @Test
    void readsTheTimeLimitFromTheEnvironment() throws Exception {
        assertThat(LibreOffice.timeout(null)).isEqualTo(Duration.ofSeconds(120));
        assertThat(LibreOffice.timeout(" 300 ")).isEqualTo(Duration.ofSeconds(300));
        assertThatThrownBy(() -> LibreOffice.timeout("2m"))
                .isInstanceOf(OfficeConverter.ConversionException.class)
                .hasMessage("cannot be converted: CLERK_CONVERT_TIMEOUT is '2m', not a number of seconds from 1 to"
                        + " 86400");
    }
}
