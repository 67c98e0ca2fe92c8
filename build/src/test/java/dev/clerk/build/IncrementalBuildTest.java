package dev.clerk.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.build.Outcome.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBuildTest {
    @TempDir
    Path dir;
    Path out;
    Path meeting;
    Path committee;
    final AtomicInteger renders = new AtomicInteger();

    @BeforeEach
    void files() throws Exception {
        out = dir.resolve("out");
        meeting = Files.writeString(dir.resolve("2017-03-27.yaml"), "date: 2017-03-27\n");
        committee = Files.writeString(dir.resolve("committee.yaml"), "name: A\n");
    }

    private Target target(String output, Path... inputs) {
        return new Target(output, output, List.of(inputs), o -> {
            renders.incrementAndGet();
            StringBuilder sb = new StringBuilder(output);
            for (Path p : inputs) {
                sb.append('|').append(Files.readString(p));
            }
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private List<Status> build(String version, boolean force, Target... targets) throws Exception {
        List<Outcome> progress = new ArrayList<>();
        List<Outcome> outcomes = new IncrementalBuild(out, dir, version).run(List.of(targets), force, progress::add);
        assertThat(progress).isEqualTo(outcomes);
        return outcomes.stream().map(Outcome::status).toList();
    }

    @Test
    void rebuildsOnlyWhatChangedInContent() throws Exception {
        Target minutes = target("minutes.txt", meeting, committee);
        Target roster = target("roster.txt", committee);
        assertThat(build("1", false, minutes, roster)).containsExactly(Status.WRITTEN, Status.WRITTEN);
        assertThat(build("1", false, minutes, roster)).containsExactly(Status.UP_TO_DATE, Status.UP_TO_DATE);

        Files.setLastModifiedTime(meeting, FileTime.fromMillis(0)); // touched, same content
        assertThat(build("1", false, minutes, roster)).containsExactly(Status.UP_TO_DATE, Status.UP_TO_DATE);

        Files.writeString(meeting, "date: 2017-03-27\nkind: special\n");
        assertThat(build("1", false, minutes, roster)).containsExactly(Status.WRITTEN, Status.UP_TO_DATE);
        assertThat(Files.readString(out.resolve("minutes.txt"))).contains("kind: special");
        assertThat(renders).hasValue(3);
    }

    @Test
    void rebuildsEverythingForANewProgramVersionOrWhenForced() throws Exception {
        Target minutes = target("minutes.txt", meeting);
        build("1", false, minutes);
        assertThat(build("2", false, minutes)).containsExactly(Status.WRITTEN);
        assertThat(build("2", true, minutes)).containsExactly(Status.WRITTEN);
        assertThat(build("2", false, minutes)).containsExactly(Status.UP_TO_DATE);
    }

    @Test
    void writesDocumentsReadableByAll() throws Exception {
        build("1", false, target("minutes.txt", meeting));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("minutes.txt")))).isEqualTo("rw-r--r--");
    }

    @Test
    void rebuildsAnOutputThatWasDeleted() throws Exception {
        Target minutes = target("minutes.txt", meeting);
        build("1", false, minutes);
        Files.delete(out.resolve("minutes.txt"));
        assertThat(build("1", false, minutes)).containsExactly(Status.WRITTEN);
    }

    @Test
    void aFailureLeavesThePreviousDocumentAndTheOthersStillBuild() throws Exception {
        build("1", false, target("minutes.txt", meeting));
        String before = Files.readString(out.resolve("minutes.txt"));
        Files.writeString(meeting, "changed\n");
        Target failing = new Target("minutes.txt", "minutes", List.of(meeting), o -> {
            o.write("half a docu".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("renderer broke");
        });
        List<Status> statuses = build("1", false, failing, target("agenda.txt", meeting));
        assertThat(statuses).containsExactly(Status.FAILED, Status.WRITTEN);
        assertThat(Files.readString(out.resolve("minutes.txt"))).isEqualTo(before);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("minutes.txt",
                    "agenda.txt", ".clerk-build", ".clerk-build.lock");
        }
        // Not recorded as built: the next run tries again.
        assertThat(build("1", false, target("minutes.txt", meeting))).containsExactly(Status.WRITTEN);
    }

    @Test
    void aMissingInputCountsAsContent() throws Exception {
        Path attachment = dir.resolve("a.pdf");
        Target packet = new Target("packet.txt", "packet", List.of(attachment), o -> o.write(1));
        build("1", false, packet);
        assertThat(build("1", false, packet)).containsExactly(Status.UP_TO_DATE);
        Files.writeString(attachment, "now here");
        assertThat(build("1", false, packet)).containsExactly(Status.WRITTEN);
    }
}
