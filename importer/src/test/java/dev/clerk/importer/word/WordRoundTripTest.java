package dev.clerk.importer.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.importer.ImportResult;
import dev.clerk.importer.MinutesImporter;
import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Clerk's Word minutes of every example and fixture meeting read back give exactly the meeting they were made from. */
class WordRoundTripTest {
    @TempDir
    Path dir;

    static List<ClerkWordDocuments.Case> cases() throws Exception {
        return ClerkWordDocuments.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheMeetingBackExactly(ClerkWordDocuments.Case c) throws Exception {
        Path file = Files.write(dir.resolve(c.name() + "-minutes.docx"), c.docx());
        ImportResult read = MinutesImporter.importFile(file);
        assertThat(read.meeting()).isEqualTo(c.meeting());
        assertThat(read.guesses()).isEmpty();
    }

    private static String sentence(String s) {
        String t = s.strip();
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theBodyAloneSaysWhatTheMinutesShow(ClerkWordDocuments.Case c) throws Exception {
        // The reading of the body must not depend on the record: the original copy and the document itself are
        // read by the same code, and the result is the meeting as far as Word shows it.
        Path file = Files.write(dir.resolve(c.name() + "-minutes.docx"), c.docx());
        WordPackage pkg = WordPackage.read(file);
        Meeting fromBody = MinutesView.read(WordBlocks.read(pkg.body(), pkg.styleNames()), null).meeting();
        Meeting fromCopy = MinutesView.read(WordBlocks.read(pkg.record().body(), pkg.record().styleNames()), null)
                .meeting();
        assertThat(fromBody).isEqualTo(fromCopy);
        Meeting m = c.meeting();
        assertThat(fromBody.date()).isEqualTo(m.date());
        assertThat(fromBody.start()).isEqualTo(m.start());
        assertThat(fromBody.end()).isEqualTo(m.end());
        if (m.location() != null) {
            assertThat(fromBody.location()).isEqualTo(m.location());
        }
        assertThat(fromBody.presiding()).isEqualTo(m.presiding());
        assertThat(fromBody.recorder()).isEqualTo(m.recorder());
        assertThat(fromBody.status()).isEqualTo(m.status());
        assertThat(fromBody.approvedOn()).isEqualTo(m.approvedOn());
        // An update's note is printed as a sentence, like a motion.
        assertThat(fromBody.updates().stream().map(u -> u.task() + " " + u.status() + " " + u.date() + " "
                + (u.note() == null ? null : sentence(u.note())) + " " + u.owners() + " " + u.due()).toList())
                .isEqualTo(m.updates().stream().map(u -> u.task() + " " + u.status() + " " + u.date() + " "
                        + (u.note() == null ? null : sentence(u.note())) + " " + u.owners() + " " + u.due()).toList());
        if (m.next() != null) {
            assertThat(fromBody.next().date()).isEqualTo(m.next().date());
            assertThat(fromBody.next().proposedItems()).isEqualTo(m.next().proposedItems());
            assertThat(fromBody.next().followUps().stream().map(f -> f.text()).toList())
                    .isEqualTo(m.next().followUps().stream().map(f -> f.text()).toList());
        }
        assertThat(fromBody.attendees().stream().map(a -> a.name()).toList())
                .containsAll(m.attendees().stream().map(a -> a.name()).toList());
        assertThat(fromBody.allItems().map(i -> i.title()).toList())
                .isEqualTo(m.allItems().map(i -> i.title()).toList());
        assertThat(fromBody.allItems().map(i -> i.narrative()).toList())
                .isEqualTo(m.allItems().map(i -> i.narrative()).toList());
        assertThat(fromBody.allItems().map(i -> i.decisions()).toList())
                .isEqualTo(m.allItems().map(i -> i.decisions()).toList());
        assertThat(fromBody.allItems().flatMap(i -> i.actions().stream()).toList())
                .isEqualTo(m.allItems().flatMap(i -> i.actions().stream()).toList());
        // A motion is printed as a sentence ("To ask ... signage."), whatever case and stop the file gives it.
        assertThat(fromBody.allItems().flatMap(i -> i.motions().stream()).map(x -> sentence(x.text())).toList())
                .isEqualTo(m.allItems().flatMap(i -> i.motions().stream()).map(x -> sentence(x.text())).toList());
        assertThat(fromBody.allItems().flatMap(i -> i.motions().stream()).map(x -> x.mover()).toList())
                .isEqualTo(m.allItems().flatMap(i -> i.motions().stream()).map(x -> x.mover()).toList());
        assertThat(fromBody.allItems().flatMap(i -> i.motions().stream()).map(x -> x.result()).toList())
                .isEqualTo(m.allItems().flatMap(i -> i.motions().stream()).map(x -> x.result()).toList());
    }
}
