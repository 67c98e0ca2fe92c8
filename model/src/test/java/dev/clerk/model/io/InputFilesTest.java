package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reader of input files: only regular files are opened, and no more than the limit is read, counted while
 * reading. Reading a pipe would wait forever, so the tests that could hang fail after a minute instead.
 */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAMeetingFileThatIsAPipeWithoutOpeningIt() throws Exception {
        Path file = Fifos.make(dir.resolve("2017-03-27.yaml"));
        assertThatThrownBy(() -> ModelReader.readMeeting(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": is not a regular file (a pipe or device)");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAMeetingFileLinkedToADevice() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path file = Files.createSymbolicLink(dir.resolve("2017-03-27.yaml"), zero);
        assertThatThrownBy(() -> ModelReader.readMeeting(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": is not a regular file (a pipe or device)");
    }

    @Test
    void refusesAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("2017-03-27.yaml"));
        assertThatThrownBy(() -> InputFiles.read(folder, InputFiles.Limit.FONT))
                .isInstanceOf(InputFileException.class)
                .hasMessage(folder + ": is a folder, not a file")
                .extracting(e -> ((InputFileException) e).reason()).isEqualTo(InputFileException.Reason.FOLDER);
    }

    @Test
    void refusesAMissingFile() {
        Path missing = dir.resolve("missing.ttf");
        assertThatThrownBy(() -> InputFiles.read(missing, InputFiles.Limit.FONT))
                .isInstanceOf(InputFileException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void refusesAFileOverItsLimitBeforeOpeningIt() throws Exception {
        Path file = dir.resolve("big.ttf");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(InputFiles.Limit.FONT.bytes() + 1); // sparse: nothing is written
        }
        assertThatThrownBy(() -> InputFiles.read(file, InputFiles.Limit.FONT)).isInstanceOf(InputFileException.class)
                .hasMessage(file + ": is larger than 64 MB, the most Clerk reads for fonts");
    }

    @Test
    void stopsReadingAFileThatHoldsMoreThanItsSizeSaysOnePastTheLimit() throws Exception {
        // Files under /proc report a size of 0 and hold more; this one holds a line per mapping of this process.
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isRegularFile(maps) && Files.size(maps) == 0, "no /proc here");
        assertThatThrownBy(() -> InputFiles.read(maps, 100, "is larger than 100 bytes"))
                .isInstanceOf(InputFileException.class).hasMessage(maps + ": is larger than 100 bytes");
    }

    @Test
    void readsARegularFileWithinItsLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("a.yaml"), "date: 2017-03-27\n");
        assertThat(InputFiles.read(file, InputFiles.Limit.COMMITTEE_FILE)).isEqualTo(Files.readAllBytes(file));
        Path exact = Files.write(dir.resolve("exact"), new byte[100]);
        assertThat(InputFiles.read(exact, 100, "too large")).hasSize(100);
    }

    @Test
    void theLimitsAreNamedInMegabytes() throws IOException {
        assertThat(InputFiles.Limit.COMMITTEE_FILE.bytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(InputFiles.Limit.COMMITTEE_FILE.tooLarge())
                .isEqualTo("is larger than 5 MB, the most Clerk reads for committee and meeting files");
    }
}
