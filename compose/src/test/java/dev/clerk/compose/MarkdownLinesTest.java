package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Joining a text's lines for Markdown gives what the regular expressions gave, in linear time. */
class MarkdownLinesTest {
    @Test
    void joinsAsTheRegularExpressionsDid() {
        Random random = new Random(15);
        String alphabet = "ab \t\n\r\u000B\f\u0085\u2028x";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(MarkdownWriter.joinLines(s, "  \n", false)).as("%s", s.replace("\n", "\\n"))
                    .isEqualTo(s.replaceAll("[ \\t]*\\R[ \\t]*", "  \n"));
            assertThat(MarkdownWriter.joinLines(s, " ", true).strip()).as("%s", s.replace("\n", "\\n"))
                    .isEqualTo(s.replaceAll("\\s*\\R\\s*", " ").strip());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteOfSpacesIsLinear() {
        String spaces = " ".repeat(1_000_000) + "x";
        assertThat(MarkdownWriter.joinLines(spaces, "  \n", false)).isEqualTo(spaces);
        assertThat(MarkdownWriter.joinLines(spaces + "\n" + spaces, " ", true)).isEqualTo(spaces + " x");
    }
}
