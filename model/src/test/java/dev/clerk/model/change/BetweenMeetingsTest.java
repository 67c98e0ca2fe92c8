package dev.clerk.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The largest edits there are: every meeting file of the tests turned into every other. The patched text reads as
 * the other meeting and keeps the comments that head the file; merging either way round gives the other meeting.
 */
class BetweenMeetingsTest {
    private static final List<Path> FILES = List.of(MeetingEdits.SWTPIC, MeetingEdits.RIVERGROVE, MeetingEdits.HISTORY,
            Path.of("src/test/resources/history/meetings/2024-01-10.yaml"),
            Path.of("src/test/resources/history/meetings/2024-03-20.yaml"),
            Path.of("src/test/resources/change/styles.yaml"));

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Path a : FILES) {
            for (Path b : FILES) {
                if (!a.equals(b)) {
                    pairs.add(Arguments.of(a.getFileName().toString(), b.getFileName().toString(), a, b));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("pairs")
    void patchAndMergeTurnOneMeetingIntoAnother(String nameA, String nameB, Path a, Path b) {
        String text = MeetingEdits.text(a);
        Meeting from = MeetingEdits.read(text);
        Meeting to = MeetingEdits.read(b);
        assertThat(MeetingDiff.between(from, to)).isNotEmpty();

        String patched = YamlPatch.apply(text, from, to);
        assertThat(MeetingEdits.read(patched)).isEqualTo(to);
        assertThat(patched).startsWith(header(text));
        assertThat(patched).endsWith("\n");

        assertThat(MeetingMerge.merge(from, from, to)).isEqualTo(to);
        assertThat(MeetingMerge.merge(to, from, from)).isEqualTo(to);
    }

    /** The comment lines that head the file. */
    private static String header(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
