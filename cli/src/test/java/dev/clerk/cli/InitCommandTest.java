package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void createsACommitteeFolderThatChecksClean() throws Exception {
        Path dir = tmp.resolve("housing");
        CliRun init = CliRun.of("init", dir.toString(), "--body", "Housing Task Force: \"Phase 2\" — Łódź #1");
        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).isEqualTo("created " + dir.resolve("committee.yaml") + " and " + dir.resolve("meetings") + "/\n");
        assertThat(dir.resolve("meetings")).isDirectory();
        assertThat(dir.resolve("schema/committee.schema.json")).isRegularFile();
        assertThat(dir.resolve("schema/meeting.schema.json")).isRegularFile();
        String yaml = Files.readString(dir.resolve("committee.yaml"));
        assertThat(yaml).startsWith("# yaml-language-server: $schema=schema/committee.schema.json\n");
        // The mail example names every setting a clerk may need, a private certificate authority included.
        assertThat(yaml).contains("#     passwordFile: ", "#     trust: certs/");

        CliRun check = CliRun.of("check", dir.toString());
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).isEqualTo("ok: 1 committee, 0 meetings, 0 action items, 0 warnings\n");
        assertThat(dev.clerk.model.io.ModelReader.readBody(dir.resolve("committee.yaml")).name())
                .isEqualTo("Housing Task Force: \"Phase 2\" — Łódź #1");
    }

    @Test
    void neverOverwritesAnExistingCommittee() throws Exception {
        Path dir = tmp.resolve("c");
        assertThat(CliRun.of("init", dir.toString(), "--body", "A").exitCode()).isZero();
        String before = Files.readString(dir.resolve("committee.yaml"));
        CliRun again = CliRun.of("init", dir.toString(), "--body", "B");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("clerk: " + dir.resolve("committee.yaml") + " already exists; not overwritten\n");
        assertThat(Files.readString(dir.resolve("committee.yaml"))).isEqualTo(before);
    }

    @Test
    void refusesAControlCharacterInTheBodyName() {
        for (String name : new String[] {"A\u0007B", "A\u0085B", "A\u009BB", "A\u007FB"}) {
            Path dir = tmp.resolve("ctl" + (int) name.charAt(1));
            CliRun run = CliRun.of("init", dir.toString(), "--body", name);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(String.format("clerk: --body: character U+%04X is a control character,"
                    + " which no document can show; remove it%n", (int) name.charAt(1)));
            assertThat(dir.resolve("committee.yaml")).doesNotExist();
        }
    }

    @Test
    void requiresABodyName() {
        CliRun run = CliRun.of("init", tmp.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required option: '--body=NAME'");
    }
}
