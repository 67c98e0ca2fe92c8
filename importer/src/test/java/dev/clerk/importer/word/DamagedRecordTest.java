package dev.clerk.importer.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.importer.MinutesImporter;
import dev.clerk.model.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Clerk document whose record was damaged or removed by some other program. */
class DamagedRecordTest {
    @TempDir
    Path dir;

    @Test
    void aRecordThatIsNotAMeetingIsReportedByFileNotGuessedAround() throws Exception {
        ClerkWordDocuments.Case c = ClerkWordDocuments.all().get(0);
        Path file = Files.write(dir.resolve("minutes.docx"), rewrite(c.docx(), "customXml/item1.xml",
                xml -> xml.replaceFirst("<data>[^<]*</data>", "<data>{&quot;date&quot;: &quot;2017-02-30&quot;}</data>")));
        assertThatThrownBy(() -> MinutesImporter.importFile(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Clerk's record inside the document is damaged");
    }

    @Test
    void withoutTheRecordTheStructureAloneIsReadAndSaidToBe() throws Exception {
        ClerkWordDocuments.Case c = ClerkWordDocuments.all().stream()
                .filter(x -> x.name().equals("harbor-2024-01-10")).findFirst().orElseThrow();
        Path file = Files.write(dir.resolve("minutes.docx"), rewrite(c.docx(), "customXml/item1.xml",
                xml -> xml.replace(WordPackage.RECORD_NAMESPACE, "urn:someone-else")));
        var read = MinutesImporter.importFile(file);
        assertThat(read.meeting().date()).isEqualTo(c.meeting().date());
        assertThat(read.meeting().allItems().map(i -> i.title()).toList())
                .isEqualTo(c.meeting().allItems().map(i -> i.title()).toList());
        assertThat(read.meeting().actionItems().stream().map(a -> a.id()).toList())
                .isEqualTo(c.meeting().actionItems().stream().map(a -> a.id()).toList());
        assertThat(read.guesses()).singleElement().satisfies(g -> assertThat(g.comment())
                .contains("record of the meeting is missing"));
    }

    private static byte[] rewrite(byte[] docx, String part, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        assertThat(found).as(part).isTrue();
        return out.toByteArray();
    }
}
