package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Dump;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses are found in one pass: what the address pattern Clerk used to run finds, at a cost linear in the
 * length of the text, so a narrative of one long word is composed as quickly as any other.
 */
class AddressesTest {
    /** The pattern and trimming Clerk used before; quadratic on a long word, kept here as the reference. */
    private static final Pattern PATTERN = Pattern.compile(
            "https?://[^\\s<>\"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private static final int MEGABYTE = 1 << 20;

    private static List<Addresses.Found> byPattern(String text) {
        List<Addresses.Found> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            found.add(new Addresses.Found(m.start(), m.start() + m.group().replaceAll("[.,;:)]+$", "").length()));
        }
        return found;
    }

    private static List<String> texts(String text) {
        return Addresses.find(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void findsWebAndMailAddressesWithoutTheirClosingPunctuation() {
        assertThat(texts("See https://example.org/a_(b)), or write to clerk@example.org; or http://x.")).containsExactly(
                "https://example.org/a_(b", "clerk@example.org", "http://x");
        assertThat(texts("a.b-c+d@mail.example.co.uk9 x@y.z1 http:// @example.org x@-.com")).containsExactly(
                "a.b-c+d@mail.example.co.uk", "x@-.com");
        assertThat(texts("xhttps://a.b<c \"http://q\" https://r\u000bs")).containsExactly(
                "https://a.b", "http://q", "https://r");
        assertThat(texts("mail a@b.com.x or a@b.c.de, a@@b.com a@b.com@c.org")).containsExactly(
                "a@b.com", "a@b.c.de", "a@b.com");
    }

    @Test
    void findsWhatTheOldPatternFound() {
        // Short texts from the characters that matter, compared with the pattern on each: the same stretches.
        String[] pieces = {"a", "B", "7", ".", "-", "_", "%", "+", "@", ":", "/", "h", "t", "p", "s", " ", "\n",
            ",", ";", ")", "<", "\"", "é", "http://", "https://", "a@b.co", ".com", "@x.", "..", "\t"};
        Random random = new Random(15);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(Addresses.find(s)).as("addresses in \"%s\"", s).isEqualTo(byPattern(s));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "name@", "at@domain", "@dots", "http://dots", "http://word", "dot.", "@a."})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void scansAOneMegabyteWordInLinearTime(String kind) {
        String word = longWord(kind);
        List<Addresses.Found> found = Addresses.find(word + " " + word);
        switch (kind) {
            case "http://dots" -> assertThat(found).hasSize(2).allMatch(f -> f.end() - f.start() == 7);
            case "http://word" -> assertThat(found).hasSize(2).allMatch(f -> f.end() - f.start() == word.length());
            default -> assertThat(found).isEmpty();
        }
    }

    private static String longWord(String kind) {
        return switch (kind) {
            case "name" -> "a".repeat(MEGABYTE);
            case "name@" -> "a".repeat(MEGABYTE) + "@";
            case "at@domain" -> "x@" + "a".repeat(MEGABYTE);
            case "@dots" -> "x@" + "a.".repeat(MEGABYTE / 2);
            case "http://dots" -> "http://" + ".".repeat(MEGABYTE) + ";";
            case "http://word" -> "http://" + "a".repeat(MEGABYTE);
            case "dot." -> "a.".repeat(MEGABYTE / 2) + "@";
            case "@a." -> "a@".repeat(MEGABYTE / 2);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void composesMinutesWhoseNarrativeIsOneMegabyteWord() throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", "name: Harbor Access Advisory Board\n").value();
        String word = "a".repeat(MEGABYTE) + "@";
        Meeting m = ModelReader.parseMeeting("2024-01-10.yaml", """
                date: 2024-01-10
                agenda:
                  - title: Launch hours
                    narrative:
                      - "WORD and write to clerk@example.org."
                """.replace("WORD", word)).value();
        assertThat(Dump.of(MinutesComposer.compose(body, m)))
                .contains("body: " + word + " and write to [clerk@example.org](mailto:clerk@example.org).\n");
    }
}
