package dev.clerk.importer.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filled-in minutes form read back after LibreOffice opened and saved it, as a clerk using LibreOffice sends it
 * back: the same meeting as before (styles, drop-down lists and hints survive the re-save).
 */
class FormViewIT {
    @TempDir
    Path dir;

    @Test
    void readsTheFilledFormTheSameAfterLibreOfficeSavedIt() throws Exception {
        Path file = Files.write(dir.resolve("2017-05-22-form.docx"), FilledForm.filled());
        Path resaved = ClerkWordDocuments.resavedByLibreOffice(file, dir);
        FormView.Reading r = FormViewTest.read(resaved);
        assertThat(r.meeting()).isEqualTo(FormViewTest.filled());
        assertThat(r.notes()).containsExactly(
                "agenda[3].actions[2].due: \"next meeting\" is not a date; kept in the action's note");
    }

    @Test
    void readsTheBlankFormAsTheAgendaAfterLibreOfficeSavedIt() throws Exception {
        Path file = Files.write(dir.resolve("2017-05-22-form.docx"), FilledForm.blank());
        Path resaved = ClerkWordDocuments.resavedByLibreOffice(file, dir);
        assertThat(FormViewTest.read(resaved)).isEqualTo(FormViewTest.read(file));
    }
}
