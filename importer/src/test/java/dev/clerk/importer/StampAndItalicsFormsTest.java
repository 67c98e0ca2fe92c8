package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two marks of how minutes were written that are not their words, in minutes made up for the test: a status stamped
 * over them ("DRAFT", "[Status: Draft]", "(Unapproved)"), which is the meeting's status, not its title; italics in
 * Markdown with stars ("The chair, *Ann Lee*, presided"), whose marks Word, PDF and HTML would print, since a meeting
 * file's narrative is plain text; and a paragraph under a Markdown heading, which is not the heading's title.
 */
class StampAndItalicsFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text.replace("\\n", "\n"), ImportOptions.none()).meeting();
    }

    private static List<String> narrative(Meeting m) {
        return m.allItems().map(AgendaItem::narrative).flatMap(List::stream).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bracketed status over a heading | [Status: Draft]\\n\\n# Minutes of the Allotment Society\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant.
            capitals over a plain title     | DRAFT\\n\\nMinutes of the Allotment Society\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant.
            in brackets, other words        | (Unapproved)\\n\\nMinutes of the Allotment Society\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant.
            """)
    void takesAStatusStampedOverTheMinutesForNoPartOfTheirTitle(String form, String text) throws Exception {
        Meeting m = read(text);
        assertThat(m.title()).as(form).isEqualTo("Minutes of the Allotment Society");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a paragraph first | [Status: Draft]\\n\\nA meeting of the Allotment Society was held on May 4, 2021, at the hall. The chair\\nwelcomed all and the secretary took the minutes.\\n\\n## Plots\\n\\nTwo are vacant.
            """)
    void takesNoParagraphOfSentencesForTheTitle(String form, String text) throws Exception {
        assertThat(read(text).title()).as(form).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a title that says draft  | Draft Minutes of the Allotment Society\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant. | Draft Minutes of the Allotment Society
            a status with more words | Status: Draft pending the chair's review\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant. | Status: Draft pending the chair's review
            """)
    void keepsATitleThatOnlyMentionsTheStatus(String form, String text, String title) throws Exception {
        assertThat(read(text).title()).as(form).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a paragraph under the heading | # Minutes of the Allotment Society\\nThe society met on May 4, 2021. The chair\\nwelcomed all.\\n\\n## Plots\\n\\nTwo are vacant. | Minutes of the Allotment Society
            a source under the heading    | # Minutes of the Allotment Society\\nSource: https://example.org/minutes-2021-05.pdf\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant. | Minutes of the Allotment Society
            a paragraph after a blank     | # Minutes of the Allotment Society\\n\\nMinutes are kept\\nat the hall.\\n\\nMay 4, 2021\\n\\n## Plots\\n\\nTwo are vacant. | Minutes of the Allotment Society
            a title's line under it       | # Allotment Society Minutes\\nfor 4 May 2021\\n\\n## Plots\\n\\nTwo are vacant. | Allotment Society Minutes for 4 May 2021
            two headings, one title       | # Allotment Society\\n# Minutes of May 4, 2021\\n\\n## Plots\\n\\nTwo are vacant. | Allotment Society Minutes of May 4, 2021
            plain lines, one title        | ALLOTMENT SOCIETY\\nMINUTES OF THE ANNUAL MEETING\\n\\nMay 4, 2021\\n\\n1. PLOTS\\n\\nTwo are vacant. | ALLOTMENT SOCIETY MINUTES OF THE ANNUAL MEETING
            """)
    void takesNoParagraphRightUnderAMarkdownHeadingIntoTheTitle(String form, String text, String title)
            throws Exception {
        // Markdown sets a paragraph apart from the heading above it, even with no blank line between.
        assertThat(read(text).title()).as(form).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two runs          | The chair, *Ann Lee*, presided and *Bo Chan* took notes. | The chair, Ann Lee, presided and Bo Chan took notes.
            stars             | The chair, *Ann Lee*, presided. | The chair, Ann Lee, presided.
            a whole line      | *The hall was booked until nine.* | The hall was booked until nine.
            a decision        | *Agreed* to buy two benches. | Agreed to buy two benches.
            """)
    void keepsItalicizedWordsWithoutTheirMarks(String form, String line, String kept) throws Exception {
        Meeting m = read("# Minutes of the Allotment Society\\n\\nMay 4, 2021\\n\\n## Plots\\n\\n" + line);
        assertThat(String.join("\n", narrative(m)) + "\n" + String.join("\n",
                m.allItems().map(AgendaItem::decisions).flatMap(List::stream).toList())).as(form)
                .contains(kept).doesNotContain("*A").doesNotContain("*T");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a name with underscores | The file is plots_2021_final.xls on the drive.
            underscores             | The chair, _Ann Lee_, presided.
            arithmetic              | The plots measure 4*5*2 metres.
            a footnote's star       | The rent rose by ten pounds* this year.
            stars between spaces    | Plots 3 * 4 are vacant * for now.
            """)
    void keepsMarksThatAreNotItalicsAsWritten(String form, String line) throws Exception {
        Meeting m = read("# Minutes of the Allotment Society\\n\\nMay 4, 2021\\n\\n## Plots\\n\\n" + line);
        assertThat(narrative(m)).as(form).contains(line);
    }
}
