package dev.clerk.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.Examined;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committee as one check read it (issue 16: parsed and checked once per command, and passed along): what a
 * command takes from it is what the check read, not the files as they are later.
 */
class CheckedCommitteeTest {
    @TempDir
    Path dir;

    private static final String MARCH = """
            date: 2024-03-13
            attendees:
              - name: Ann Lee
            agenda:
              - title: Budget
                actions:
                  - {id: T1, owners: [Ann Lee], task: Draft the budget.}
            """;

    private void committee() throws Exception {
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), "name: Board\npeople:\n  - name: Ann Lee\n");
        Files.writeString(dir.resolve("meetings/2024-03-13.yaml"), MARCH);
    }

    @Test
    void keepsTheTextAndHashOfTheBytesEachFileWasReadFrom() throws Exception {
        committee();
        Path march = dir.resolve("meetings/2024-03-13.yaml");
        CheckedCommittee checked = Checker.read(march);
        Files.writeString(march, MARCH.replace("Draft the budget.", "Changed after the check."));

        Examined<Meeting> read = checked.meetingFile(march).orElseThrow();
        assertThat(read.content().orElseThrow().text()).isEqualTo(MARCH);
        assertThat(read.content().orElseThrow().digest()).isEqualTo(sha256(MARCH));
        assertThat(checked.text(march)).contains(MARCH);
        assertThat(checked.text(dir.resolve("committee.yaml"))).contains("name: Board\npeople:\n  - name: Ann Lee\n");
        // The committee a command is given is the one checked, whatever the file holds now.
        assertThat(checked.valid().committee().meetings().get(0).actionItems().get(0).task())
                .isEqualTo("Draft the budget.");
        assertThat(checked.meeting(march)).isSameAs(checked.valid().meeting(march).orElseThrow());
    }

    @Test
    void givesAMeetingWhoseOnlyErrorsComeFromOtherFilesButRefusesTheCommittee() throws Exception {
        committee();
        Path april = dir.resolve("meetings/2024-04-10.yaml");
        Files.writeString(april, "date: 2024-04-10\nagenda:\n  - title: Budget\n    tasks: [T9]\n");
        CheckedCommittee checked = Checker.read(dir);

        assertThat(checked.hasErrors(april)).isTrue();
        assertThat(checked.meeting(april).value().date()).hasToString("2024-04-10");
        assertThatThrownBy(checked::valid).isInstanceOf(InputException.class).hasMessageContaining("T9");
    }

    @Test
    void refusesAMeetingWithErrorsOfItsOwnNamingItsLine() throws Exception {
        committee();
        Path april = dir.resolve("meetings/2024-04-10.yaml");
        Files.writeString(april, "date: 2024-04-10\nagenda:\n  - title: Budget\n    duration: soon\n");
        CheckedCommittee checked = Checker.read(dir);

        assertThatThrownBy(() -> checked.meeting(april)).isInstanceOf(InputException.class)
                .hasMessageContaining("2024-04-10.yaml:4");
        assertThat(checked.soundMeetings()).extracting(p -> p.value().date().toString()).containsExactly("2024-03-13");
    }

    @Test
    void readsAMeetingFileOutsideTheMeetingsFolderOnce() throws Exception {
        committee();
        Path draft = Files.createDirectories(dir.resolve("drafts")).resolve("2024-05-08.yaml");
        Files.writeString(draft, "date: 2024-05-08\n");
        CheckedCommittee checked = Checker.read(draft);

        Parsed<Meeting> first = checked.meeting(draft);
        Files.writeString(draft, "date: 2024-05-09\n");
        assertThat(checked.meeting(draft)).isSameAs(first);
        assertThat(checked.text(draft)).contains("date: 2024-05-08\n");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
