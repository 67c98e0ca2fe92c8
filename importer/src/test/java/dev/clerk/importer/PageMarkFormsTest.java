package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headings a converter sets where each page of a PDF began, over text it did not fence, from invented minutes: "##
 * Page 1", "# Page 2 of 3", "Page 2" underlined. They are marks of the converter's, kept as written, never sections; the
 * minutes are outlined by their own titles ("Item #1: Welcome") as they are without them. Guard: a heading that only
 * starts with the word ("## Pages of the website") is a section.
 */
class PageMarkFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"## Page %d", "# Page %d", "### Page %d of 2", "Page %d\n-------"})
    void readsTheMinutesOwnTitlesUnderAConvertersPageMarks(String mark) throws Exception {
        Meeting m = imported(mark.formatted(1) + """


                Allotment Society
                Committee meeting notes – 5 March 2024


                Item #1: Welcome

                The chair welcomed everyone and thanked the hosts for the room.


                Item #2: Water butts

                Two of the butts on the north plots are leaking and will be replaced
                before the summer.

                """ + mark.formatted(2) + """


                Item #3: Next meeting

                The next meeting will be in the village hall in June.
                """);
        assertThat(Outline.of(m)).containsExactly("Item #1: Welcome", "Item #2: Water butts", "Item #3: Next meeting");
        // The marks are kept as written.
        assertThat(ModelWriter.yaml(m, "x")).contains("Page 1", "Page 2");
    }

    @Test
    void keepsAHeadingThatOnlyStartsWithTheWordAsASection() throws Exception {
        Meeting m = imported("""
                # Allotment Society, 5 March 2024

                ## Pages of the website

                The plot map is now online.

                ## Page 2 of the newsletter

                Ann will write it.
                """);
        assertThat(Outline.of(m)).containsExactly("Pages of the website", "Page 2 of the newsletter");
    }

    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2024-03-05-minutes.txt");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
