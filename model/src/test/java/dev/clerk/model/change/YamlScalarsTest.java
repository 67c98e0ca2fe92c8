package dev.clerk.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/** Scalars written into YAML text. */
class YamlScalarsTest {
    @Test
    void plainOnlyWhereItReadsBackAsTheSameText() {
        assertThat(YamlScalars.plain("Site visit", true, false)).isTrue();
        assertThat(YamlScalars.plain("Ana O'Neil", true, false)).isTrue();
        assertThat(YamlScalars.plain("San Francisco, CA 94102", true, false)).isTrue();
        assertThat(YamlScalars.plain("San Francisco, CA 94102", true, true)).isFalse();
        assertThat(YamlScalars.plain("Site visit: the pier", true, false)).isFalse();
        assertThat(YamlScalars.plain("Pier #4", true, false)).isFalse();
        assertThat(YamlScalars.plain("#4", true, false)).isFalse();
        assertThat(YamlScalars.plain("- first", true, false)).isFalse();
        assertThat(YamlScalars.plain("[draft]", true, false)).isFalse();
        assertThat(YamlScalars.plain(" padded", true, false)).isFalse();
        assertThat(YamlScalars.plain("yes", true, false)).isFalse();
        assertThat(YamlScalars.plain("null", true, false)).isFalse();
        assertThat(YamlScalars.plain("123", true, false)).isFalse();
        assertThat(YamlScalars.plain("123", false, false)).isTrue();
    }

    @Test
    void inlineKeepsTheQuotesItWasGivenWhereTheyCanHoldTheValue() {
        assertThat(YamlScalars.inline("Budget", ScalarStyle.PLAIN, false)).isEqualTo("Budget");
        assertThat(YamlScalars.inline("Budget: 2025", ScalarStyle.PLAIN, false)).isEqualTo("\"Budget: 2025\"");
        assertThat(YamlScalars.inline("O'Neill", ScalarStyle.SINGLE_QUOTED, false)).isEqualTo("'O''Neill'");
        assertThat(YamlScalars.inline("two\nlines", ScalarStyle.SINGLE_QUOTED, false)).isEqualTo("\"two\\nlines\"");
        assertThat(YamlScalars.inline("Budget", ScalarStyle.DOUBLE_QUOTED, false)).isEqualTo("\"Budget\"");
        assertThat(YamlScalars.inline(LocalTime.of(18, 30), ScalarStyle.DOUBLE_QUOTED, false)).isEqualTo("\"18:30\"");
        assertThat(YamlScalars.inline(LocalDate.of(2024, 3, 1), ScalarStyle.PLAIN, false)).isEqualTo("2024-03-01");
        assertThat(YamlScalars.inline(12, ScalarStyle.DOUBLE_QUOTED, false)).isEqualTo("12");
        assertThat(YamlScalars.doubleQuoted("say \"hi\"\t\\ \u0007")).isEqualTo("\"say \\\"hi\\\"\\t\\\\ \\u0007\"");
    }

    @Test
    void refoldBreaksLinesAtTheSameWords() {
        List<String> old = List.of("The quick brown fox", "jumps over the lazy", "dog by the river.");
        assertThat(YamlScalars.refold(old, "The quick red fox jumps over the lazy dog by the river."))
                .containsExactly("The quick red fox", "jumps over the lazy", "dog by the river.");
        assertThat(YamlScalars.refold(old, "The quick brown fox jumps over the lazy dog by the river. It sleeps."))
                .containsExactly("The quick brown fox", "jumps over the lazy", "dog by the river. It sleeps.");
    }

    @Test
    void refoldBreaksAChangedLineThatGrewMuchLongerAtTheOldWidth() {
        List<String> old = List.of("The quick brown fox", "jumps over the lazy", "dog.");
        assertThat(YamlScalars.refold(old, "The quick brown fox jumps over the very lazy and rather sleepy old"
                + " yellow dog that lies by the river all day long."))
                .containsExactly("The quick brown fox", "jumps over the very lazy", "and rather sleepy",
                        "old yellow dog that", "lies by the river", "all day long.");
    }

    @Test
    void readsAsChecksTheTextComesBack() {
        assertThat(YamlScalars.readsAs(">-\n  two\n  lines", "two lines")).isTrue();
        assertThat(YamlScalars.readsAs("two\n  lines", "two lines")).isTrue();
        assertThat(YamlScalars.readsAs("two #\n  lines", "two # lines")).isFalse();
        assertThat(YamlScalars.readsAs("true", "true")).isFalse();
    }
}
