package dev.clerk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.build.Outcome.Status;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills while a document is written: the write fails with one sentence naming the file, whatever the
 * renderer made of the stream's failure; the file there before is left as it was and no temporary file stays. The
 * disk is the real one, with the stream {@link AtomicWrite} opens refusing bytes past a limit, as a full disk does.
 */
class FullDiskTest {
    private static final byte[] DOCUMENT = "%PDF-1.7 a document of some length".repeat(100)
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @AfterEach
    void realDisk() {
        AtomicWrite.opener = Files::newOutputStream;
    }

    @Test
    void aFullDiskLeavesThePreviousDocumentAndNoTemporaryFile() throws Exception {
        Path doc = Files.writeString(dir.resolve("minutes.pdf"), "previous");
        fullAfter(100, file -> true);
        assertThatThrownBy(() -> AtomicWrite.write(doc, out -> out.write(DOCUMENT)))
                .isInstanceOf(FileSystemException.class)
                .hasMessage(doc + ": could not be written: No space left on device");
        assertThat(Files.readString(doc)).isEqualTo("previous");
        assertThat(files(dir)).containsExactly(doc);
    }

    @Test
    void aFailureTheRendererWrapsIsStillTheDisks() throws Exception {
        Path doc = dir.resolve("minutes.pdf");
        fullAfter(100, file -> true);
        // OpenPDF turns the stream's IOException into its own unchecked ExceptionConverter.
        assertThatThrownBy(() -> AtomicWrite.write(doc, out -> {
            try {
                out.write(DOCUMENT);
            } catch (IOException e) {
                throw new RuntimeException("ExceptionConverter: " + e, e);
            }
        })).isInstanceOf(FileSystemException.class)
                .hasMessage(doc + ": could not be written: No space left on device");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aDiskThatFillsWhenTheFileIsClosedFailsTheWrite() throws Exception {
        Path doc = Files.writeString(dir.resolve("minutes.pdf"), "previous");
        AtomicWrite.opener = file -> new FilterOutputStream(Files.newOutputStream(file)) {
            @Override
            public void close() throws IOException {
                super.close();
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> AtomicWrite.write(doc, out -> out.write(DOCUMENT)))
                .hasMessage(doc + ": could not be written: No space left on device");
        assertThat(Files.readString(doc)).isEqualTo("previous");
        assertThat(files(dir)).containsExactly(doc);
    }

    @Test
    void aFailureToReadAnInputIsNotTheDisks() throws Exception {
        Path doc = dir.resolve("packet.pdf");
        assertThatThrownBy(() -> AtomicWrite.write(doc, out -> {
            out.write(1);
            throw new UncheckedIOException(new IOException("attachments/a.pdf: permission denied"));
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("attachments/a.pdf: permission denied");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aBuildReportsEachDocumentTheDiskRefusesAndBuildsTheRest() throws Exception {
        Path out = dir.resolve("out");
        Target big = new Target("minutes.pdf", "Minutes", List.of(), o -> o.write(DOCUMENT));
        Target small = new Target("tasks.csv", "Tasks", List.of(), o -> o.write(1));
        new IncrementalBuild(out, dir, "1").run(List.of(big, small), false, o -> { });
        byte[] before = Files.readAllBytes(out.resolve("minutes.pdf"));

        fullAfter(100, file -> file.getFileName().toString().startsWith(".minutes.pdf"));
        List<Outcome> outcomes = new IncrementalBuild(out, dir, "1").run(List.of(big, small), true, o -> { });
        assertThat(outcomes).extracting(Outcome::status).containsExactly(Status.FAILED, Status.WRITTEN);
        assertThat(outcomes.get(0).error()).isInstanceOf(FileSystemException.class)
                .hasMessage(out.resolve("minutes.pdf") + ": could not be written: No space left on device");
        assertThat(Files.readAllBytes(out.resolve("minutes.pdf"))).isEqualTo(before);
        assertThat(files(out)).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aManifestTheDiskRefusesStopsTheBuildWithTheManifestNamedAndKept() throws Exception {
        Path out = dir.resolve("out");
        Target minutes = new Target("minutes.pdf", "Minutes", List.of(), o -> o.write(DOCUMENT));
        new IncrementalBuild(out, dir, "1").run(List.of(minutes), false, o -> { });
        Path manifest = out.resolve(Manifest.FILE);
        String before = Files.readString(manifest);

        fullAfter(0, file -> file.getFileName().toString().startsWith("." + Manifest.FILE));
        assertThatThrownBy(() -> new IncrementalBuild(out, dir, "2").run(List.of(minutes), false, o -> { }))
                .isInstanceOf(FileSystemException.class)
                .hasMessage(manifest + ": could not be written: No space left on device");
        assertThat(Files.readString(manifest)).isEqualTo(before);
        assertThat(files(out)).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
    }

    /** Temporary files matching {@code which} take {@code limit} bytes, then fail as a full disk does. */
    private static void fullAfter(int limit, Predicate<Path> which) {
        AtomicWrite.opener = file -> {
            OutputStream real = Files.newOutputStream(file);
            if (!which.test(file)) {
                return real;
            }
            return new FilterOutputStream(real) {
                private int written;

                @Override
                public void write(int b) throws IOException {
                    if (++written > limit) {
                        throw new IOException("No space left on device");
                    }
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    for (int i = 0; i < len; i++) {
                        write(b[off + i]);
                    }
                }
            };
        };
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
