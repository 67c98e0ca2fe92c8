package dev.clerk.importer.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.importer.MinutesImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same round trip through a LibreOffice re-save: what a clerk using LibreOffice sends back. */
class WordRoundTripIT {
    @TempDir
    Path dir;

    static List<ClerkWordDocuments.Case> cases() throws Exception {
        return ClerkWordDocuments.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheMeetingBackExactlyAfterLibreOfficeSavedIt(ClerkWordDocuments.Case c) throws Exception {
        Path file = Files.write(dir.resolve(c.name() + "-minutes.docx"), c.docx());
        Path resaved = ClerkWordDocuments.resavedByLibreOffice(file, dir);
        assertThat(MinutesImporter.importFile(resaved).meeting()).isEqualTo(c.meeting());
    }
}
