package dev.clerk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.build.Outcome.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build records what it rendered and wrote, not what the files hold by the time it records: an input edited
 * during a build, a damaged output and the temporary files of an interrupted run are all noticed.
 */
class TruthfulBuildTest {
    private static final EnumSet<DocumentKind> KINDS = EnumSet.of(DocumentKind.MINUTES_DOCX, DocumentKind.AGENDA_DOCX);

    @TempDir
    Path tmp;
    Path dir;
    Path meeting;
    Path out;

    @BeforeEach
    void committee() throws IOException {
        dir = tmp.resolve("c");
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), "name: Board\n");
        meeting = dir.resolve("meetings/2020-01-02.yaml");
        Files.writeString(meeting, "date: 2020-01-02\nagenda:\n  - title: Budget\n    decisions:\n      - Adopted.\n");
        out = dir.resolve("out");
    }

    /** The plan's targets, each writing the first item's title as the plan read it, then calling {@code during}. */
    private List<Target> targets(BuildPlan plan, Runnable during) {
        return plan.buildable().stream().map(d -> d.target(o -> {
            o.write((d.output() + ": " + d.meeting().agenda().get(0).title()).getBytes(StandardCharsets.UTF_8));
            during.run();
        })).toList();
    }

    private List<Outcome> build(List<Target> targets) throws Exception {
        return new IncrementalBuild(out, dir, "1").run(targets, false, o -> { });
    }

    private void edit() {
        try {
            Files.writeString(meeting, Files.readString(meeting).replace("Budget", "Budget and fees"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aMeetingEditedAfterThePlanReadItIsBuiltAgainNextTime() throws Exception {
        BuildPlan plan = BuildPlan.of(dir, KINDS);
        edit(); // the clerk saves the file while the build renders what it read before
        List<Outcome> first = build(targets(plan, () -> { }));
        assertThat(first).extracting(Outcome::status).containsOnly(Status.WRITTEN);
        assertThat(Files.readString(out.resolve("2020-01-02-minutes.docx"))).endsWith(": Budget");
        assertThat(first).allSatisfy(o -> assertThat(o.changed()).containsExactly(meeting));

        assertThat(build(targets(BuildPlan.of(dir, KINDS), () -> { })))
                .extracting(Outcome::status).containsOnly(Status.WRITTEN);
        assertThat(Files.readString(out.resolve("2020-01-02-minutes.docx"))).endsWith(": Budget and fees");
        assertThat(build(targets(BuildPlan.of(dir, KINDS), () -> { })))
                .extracting(Outcome::status).containsOnly(Status.UP_TO_DATE);
    }

    @Test
    void aMeetingEditedWhileADocumentRendersIsBuiltAgainNextTime() throws Exception {
        BuildPlan plan = BuildPlan.of(dir, KINDS);
        AtomicReference<Boolean> edited = new AtomicReference<>(false);
        // The first document's rendering is where the clerk saves the file: the second renders the plan's bytes.
        build(targets(plan, () -> {
            if (!edited.getAndSet(true)) {
                edit();
            }
        }));
        assertThat(build(targets(BuildPlan.of(dir, KINDS), () -> { })))
                .extracting(Outcome::status).containsOnly(Status.WRITTEN);
        assertThat(Files.readString(out.resolve("2020-01-02-agenda.docx"))).endsWith(": Budget and fees");
    }

    @Test
    void anAttachmentChangedWhileItWasReadIsNotRecorded() throws Exception {
        Path attachment = Files.writeString(dir.resolve("a.txt"), "one");
        Target packet = new Target("packet.txt", "packet", List.of(attachment), o -> {
            o.write(Files.readAllBytes(attachment));
            Files.writeString(attachment, "two");
        });
        Outcome first = build(List.of(packet)).get(0);
        assertThat(first.changed()).containsExactly(attachment);
        Target plain = new Target("packet.txt", "packet", List.of(attachment), o -> o.write(Files.readAllBytes(attachment)));
        assertThat(build(List.of(plain))).extracting(Outcome::status).containsExactly(Status.WRITTEN);
        assertThat(build(List.of(plain))).extracting(Outcome::status).containsExactly(Status.UP_TO_DATE);
    }

    @Test
    void aTruncatedOutputIsBuiltAgainAndSaysWhy() throws Exception {
        List<Target> targets = targets(BuildPlan.of(dir, KINDS), () -> { });
        build(targets);
        Path minutes = out.resolve("2020-01-02-minutes.docx");
        byte[] written = Files.readAllBytes(minutes);
        Files.write(minutes, java.util.Arrays.copyOf(written, 5));

        List<Outcome> again = build(targets);
        assertThat(again).extracting(Outcome::status).containsExactly(Status.WRITTEN, Status.UP_TO_DATE);
        assertThat(again.get(0).reason()).isEqualTo(Outcome.Reason.ALTERED);
        assertThat(Files.readAllBytes(minutes)).isEqualTo(written);

        Files.delete(minutes);
        assertThat(build(targets)).extracting(Outcome::reason).containsExactly(Outcome.Reason.MISSING, null);
    }

    @Test
    void removesStaleTemporaryFilesOfClerksPatternOnly() throws Exception {
        Files.createDirectories(out);
        Instant old = Instant.now().minus(Temporaries.STALE).minus(Duration.ofMinutes(1));
        Path stale = aged(out.resolve(".2020-01-02-minutes.docx8123456789012345678.tmp"), old);
        Path staleManifest = aged(out.resolve("..clerk-build77.tmp"), old);
        Path fresh = aged(out.resolve(".2020-01-02-agenda.docx42.tmp"), Instant.now());
        Path notOurs = aged(out.resolve("notes.tmp"), old);
        Path noDigits = aged(out.resolve(".notes.tmp"), old);
        Path visible = aged(out.resolve("minutes.docx123.tmp"), old);
        Files.createDirectories(out.resolve(".folder123.tmp"));

        build(targets(BuildPlan.of(dir, KINDS), () -> { }));
        assertThat(stale).doesNotExist();
        assertThat(staleManifest).doesNotExist();
        // A young one may be that of 'clerk agenda' writing into out/ right now, which takes no lock.
        assertThat(fresh).exists();
        assertThat(notOurs).exists();
        assertThat(noDigits).exists();
        assertThat(visible).exists();
        assertThat(out.resolve(".folder123.tmp")).isDirectory();
    }

    @Test
    void knowsTheNameOfTheTemporaryFilesItWritesThrough() throws Exception {
        Path doc = out.resolve("2020-01-02-minutes.pdf");
        AtomicReference<List<String>> during = new AtomicReference<>();
        AtomicWrite.write(doc, o -> {
            try (Stream<Path> files = Files.list(out)) {
                during.set(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(doc.getFileName().toString()))
                        .toList());
            }
        });
        assertThat(during.get()).singleElement().satisfies(name -> assertThat(Temporaries.isTemporary(name)).isTrue());
    }

    @Test
    void aSecondBuildOfTheSameFolderIsRefusedWhileTheFirstRuns() throws Exception {
        List<Target> targets = targets(BuildPlan.of(dir, KINDS), () -> { });
        try (BuildLock held = BuildLock.take(out)) {
            assertThatThrownBy(() -> build(targets)).isInstanceOf(FileSystemException.class)
                    .hasMessage(out + ": another clerk build is writing to this folder; run this one again when it has"
                            + " finished");
        }
        assertThat(out.resolve("2020-01-02-minutes.docx")).doesNotExist();
        assertThat(build(targets)).extracting(Outcome::status).containsOnly(Status.WRITTEN);
    }

    @Test
    void refusesALockFileThatIsNotARegularFile() throws Exception {
        Files.createDirectories(out.resolve(BuildLock.FILE));
        assertThatThrownBy(() -> build(targets(BuildPlan.of(dir, KINDS), () -> { })))
                .isInstanceOf(FileSystemException.class)
                .hasMessage(out.resolve(BuildLock.FILE) + ": is not a regular file; remove it and build again");
    }

    private static Path aged(Path file, Instant modified) throws IOException {
        Files.createFile(file);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
