package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.ModelWriter;
import org.junit.jupiter.api.Test;

/**
 * A line read into fields that do not hold it as written keeps its wording in a comment above the first of them
 * ({@code # as written (line 5): Jane Roe, Friends of the Library}); a line a field holds verbatim, a heading's
 * number, a bare label and a paragraph-long line do not. Invented minutes.
 */
class WordingCommentTest {
    private static final String MINUTES = """
            Maple Hollow Library Board
            Date: March 3, 2017

            Present:
            Jane Roe, Friends of the Library
            Omar Haddad

            I. Call to Order
            The chair called the meeting to order and welcomed two visitors from the county.

            II. Budget
            | Motion | Moved | Seconded | Result |
            | --- | --- | --- | --- |
            | Approve the 2017 budget as presented | Haddad | Roe | Carried |

            III. Adjournment
            Adjourned at 8:15 pm.
            """;

    private static String yaml(String minutes) throws Exception {
        ImportResult result = MinutesImporter.importText("maple.txt", minutes, ImportOptions.none());
        return ModelWriter.yaml(result.meeting(), null, result.comments());
    }

    @Test
    void aLineReadIntoSeveralFieldsKeepsItsWordingAboveTheFirst() throws Exception {
        String yaml = yaml(MINUTES);
        assertThat(yaml).startsWith("# as written (line 2): Date: March 3, 2017\ndate: 2017-03-03\n");
        assertThat(yaml).contains("""
                  # as written (line 5): Jane Roe, Friends of the Library
                  - name: Jane Roe
                    affiliation: Friends of the Library
                """);
        // The table's header row names the fields of the row below: it goes with it.
        assertThat(yaml).contains("""
                      # as written (line 12): Motion | Moved | Seconded | Result
                      # as written (line 14): Approve the 2017 budget as presented | Haddad | Roe | Carried
                      - text: Approve the 2017 budget as presented
                """);
    }

    @Test
    void aLineAFieldHoldsAsWrittenHasNoComment() throws Exception {
        String yaml = yaml(MINUTES);
        // A name alone, a paragraph, a heading (its "I." gives way to Clerk's numbering), a bare label, a sentence
        // whose time was also read.
        assertThat(yaml).doesNotContain("(line 6)", "(line 8)", "(line 9)", "(line 4)", "(line 17)");
        assertThat(yaml.lines().filter(l -> l.contains("# as written"))).hasSize(4);
    }

    @Test
    void aLineAsLongAsAParagraphIsNotCopiedIntoAComment() throws Exception {
        StringBuilder present = new StringBuilder("Present: ");
        String[] names = {"Ada Byron", "Ben Carter", "Cleo Diaz", "Dev Evans", "Eli Fox", "Fay Gold", "Gus Hale",
                "Hal Ives", "Ida Jones", "Jon Kemp", "Kay Lund", "Lou Moss", "Max Nash", "Ned Orr", "Oda Page",
                "Pia Quinn", "Ray Ross", "Sam Tate", "Tom Uhl", "Una Vance", "Vic Ward", "Wes Young", "Zoe Zorn"};
        for (String n : names) {
            present.append(n).append(" (Riverside Neighbourhood Association), ");
        }
        String text = present.toString().replaceAll(", $", "");
        assertThat(text.length()).isGreaterThan(300);
        String yaml = yaml("Date: March 3, 2017\n\n" + text + "\n\nI. Call to Order\nThe meeting began.\n");
        assertThat(yaml).contains("name: Zoe Zorn").doesNotContain("(line 3)");
    }
}
