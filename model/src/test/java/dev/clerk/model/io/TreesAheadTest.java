package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Attachment;
import java.lang.ref.WeakReference;
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
        try (TreesAhead ahead = TreesAhead.of(List.of(same, changed, broken, same))) {
            ahead.parse();

            Files.writeString(changed, MEETING.replace("2017-05-22", "2017-06-26"));
            assertThat(ModelReader.parseMeeting(changed).value().date()).hasToString("2017-06-26");
            Parsed<?> ahead1 = ModelReader.parseMeeting(same);
            assertThat(ahead1.file()).isEqualTo(same.toString());
            assertThat(ahead1.value()).isEqualTo(ModelReader.parseMeeting("copy.yaml", MEETING).value());
            assertThat(ahead1.source().valueAt("agenda[0].title")).isEqualTo(new Position(3, 12));
            // A file that could not be parsed ahead reports its problem where it is read, naming it as given there.
            Path named = dir.resolve(".").resolve("2017-07-24.yaml");
            assertThatThrownBy(() -> ModelReader.parseMeeting(named)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(named + ":");
        }
    }

    @Test
    void aFileChangedBetweenTwoReadsIsReadAsItIsNowEvenWhenItWasParsedAhead() throws Exception {
        Path file = dir.resolve("2017-05-22.yaml");
        Files.writeString(file, MEETING);
        try (TreesAhead ahead = TreesAhead.of(List.of(file))) {
            ahead.parse();
            assertThat(ModelReader.parseMeeting(file).value().agenda().get(0).title()).isEqualTo("Reports");
            Files.writeString(file, MEETING.replace("Reports", "Treasurer"));
            assertThat(ModelReader.parseMeeting(file).value().agenda().get(0).title()).isEqualTo("Treasurer");
            Files.writeString(file, MEETING);
            assertThat(ModelReader.parseMeeting(file).value().agenda().get(0).title()).isEqualTo("Reports");
        }
    }

    @Test
    void twoCommitteesReadInOneProgramEachReadTheirOwnFiles() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first/meetings")).resolve("2017-05-22.yaml");
        Path second = Files.createDirectories(dir.resolve("second/meetings")).resolve("2017-05-22.yaml");
        Files.writeString(first, MEETING);
        Files.writeString(second, MEETING.replace("Reports", "Budget"));
        try (TreesAhead one = TreesAhead.of(List.of(first)); TreesAhead two = TreesAhead.of(List.of(second, first))) {
            one.parse();
            two.parse();
            assertThat(ModelReader.parseMeeting(first).value().agenda().get(0).title()).isEqualTo("Reports");
            assertThat(ModelReader.parseMeeting(second).value().agenda().get(0).title()).isEqualTo("Budget");
            Files.writeString(first, MEETING.replace("Reports", "Minutes"));
            assertThat(ModelReader.parseMeeting(first).value().agenda().get(0).title()).isEqualTo("Minutes");
        }
        // Read again after the run, with nothing open: the files as they are.
        assertThat(ModelReader.parseMeeting(first).value().agenda().get(0).title()).isEqualTo("Minutes");
    }

    @Test
    void nothingParsedAheadIsKeptOnceTheRunIsOver() throws Exception {
        Path file = dir.resolve("2017-05-22.yaml");
        Files.writeString(file, MEETING);
        WeakReference<SourceMap> read = readAhead(file);
        for (int i = 0; i < 50 && read.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(read.get()).as("the tree parsed ahead, held after the run").isNull();
    }

    /** Reads {@code file} in a run that parsed it ahead, and closes the run. */
    private static WeakReference<SourceMap> readAhead(Path file) throws Exception {
        try (TreesAhead ahead = TreesAhead.of(List.of(file))) {
            ahead.parse();
            return new WeakReference<>(ModelReader.parseMeeting(file).source());
        }
    }

    @Test
    void aReadWaitingForAParseThatNeverComesParsesTheFileOnceTheRunIsClosed() throws Exception {
        Path file = dir.resolve("2017-05-22.yaml");
        Files.writeString(file, MEETING);
        TreesAhead ahead = TreesAhead.of(List.of(file));
        ahead.close();
        assertThat(ModelReader.parseMeeting(file).value().date()).hasToString("2017-05-22");
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
