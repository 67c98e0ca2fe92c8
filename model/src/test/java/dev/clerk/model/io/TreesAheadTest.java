package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Attachment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files parsed ahead, while a command starts, read as if they were parsed where they are read. */
class TreesAheadTest {
    private static final String MEETING = """
            date: 2017-05-22
            agenda:
              - title: Reports
                attachments:
                  - title: Annual report
                    path: attachments/report.pdf
            """;

    /** Not a valid meeting (one attachment has an absolute path, one none), but its attachments can be listed. */
    private static final String ROUGH = MEETING + """
                items:
                  - title: Budget
                    attachments:
                      - {title: Budget, path: attachments/budget.pdf}
                      - {title: Absolute, path: /etc/budget.pdf}
                      - {title: No path}
              - title: Adjournment
            """;

    @TempDir
    Path dir;

    @Test
    void aFileParsedAheadReadsTheSameAndAChangedOneIsReadAgain() throws Exception {
        Path same = dir.resolve("2017-05-22.yaml");
        Path changed = dir.resolve("2017-06-26.yaml");
        Path broken = dir.resolve("2017-07-24.yaml");
        Files.writeString(same, MEETING);
        Files.writeString(changed, MEETING);
        Files.writeString(broken, "date: [\n");
        List<Path> files = List.of(same, changed, broken);
        assertThat(TreesAhead.claim(files)).containsExactlyElementsOf(files);
        assertThat(TreesAhead.claim(files)).as("claimed once").isEmpty();
        TreesAhead.parse(files);

        Files.writeString(changed, MEETING.replace("2017-05-22", "2017-06-26"));
        assertThat(ModelReader.parseMeeting(changed).value().date()).hasToString("2017-06-26");
        Parsed<?> ahead = ModelReader.parseMeeting(same);
        assertThat(ahead.file()).isEqualTo(same.toString());
        assertThat(ahead.value()).isEqualTo(ModelReader.parseMeeting("copy.yaml", MEETING).value());
        assertThat(ahead.source().valueAt("agenda[0].title")).isEqualTo(new Position(3, 12));
        // A file that could not be parsed ahead reports its problem where it is read, naming it as given there.
        Path named = dir.resolve(".").resolve("2017-07-24.yaml");
        assertThatThrownBy(() -> ModelReader.parseMeeting(named)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(named + ":");
    }

    @Test
    void attachmentsAheadListsEveryWellFormedAttachmentDepthFirst() throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, ROUGH);
        assertThatThrownBy(() -> ModelReader.parseMeeting(file)).isInstanceOf(InputException.class);
        assertThat(ModelReader.attachmentsAhead(file)).containsExactly(
                new Attachment("Annual report", "attachments/report.pdf"),
                new Attachment("Budget", "attachments/budget.pdf"));
        Files.writeString(file, "date: [\n");
        assertThat(ModelReader.attachmentsAhead(file)).isEmpty();
        assertThat(ModelReader.attachmentsAhead(dir.resolve("missing.yaml"))).isEmpty();
    }
}
