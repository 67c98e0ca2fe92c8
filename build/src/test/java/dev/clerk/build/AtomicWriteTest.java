package dev.clerk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents written through a temporary file: ordinary permissions, and never renamed over a special file. */
class AtomicWriteTest {
    @TempDir
    Path tmp;

    @Test
    void aNewDocumentIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws Exception {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path doc = tmp.resolve("out/minutes.pdf");
        AtomicWrite.write(doc, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(doc))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("rw-rw----"));
        AtomicWrite.write(doc, out -> out.write(2));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(doc))).isEqualTo("rw-rw----");
        assertThat(Files.readAllBytes(doc)).containsExactly(2);
        try (var files = Files.list(doc.getParent())) {
            assertThat(files).containsExactly(doc);
        }
    }

    @Test
    void aNamedPipeIsNeverRenamedOver() throws Exception {
        Path fifo = mkfifo(tmp.resolve("minutes.pdf"));
        assertThatThrownBy(() -> AtomicWrite.write(fifo, out -> out.write(1)))
                .isInstanceOf(FileSystemException.class)
                .hasMessage(fifo + ": is a named pipe (FIFO), not a regular file; it is left as it is and nothing was"
                        + " written");
        assertThat(FileType.of(fifo)).isEqualTo(FileType.FIFO);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(fifo);
        }
    }

    @Test
    void anEmptyFolderIsNeverReplacedByTheDocument() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("minutes.pdf"));
        assertThatThrownBy(() -> AtomicWrite.write(folder, out -> out.write(1)))
                .hasMessage(folder + ": is a folder, not a regular file; it is left as it is and nothing was written");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aSocketIsNeverRenamedOver() throws Exception {
        Path socket = tmp.resolve("s.pdf");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> AtomicWrite.write(socket, out -> out.write(1)))
                    .hasMessage(socket + ": is a socket, not a regular file; it is left as it is and nothing was"
                            + " written");
            assertThat(FileType.of(socket)).isEqualTo(FileType.SOCKET);
        }
    }

    @Test
    void fileTypeFollowsSymbolicLinks() throws Exception {
        Path fifo = mkfifo(tmp.resolve("pipe"));
        Path link = Files.createSymbolicLink(tmp.resolve("link.pdf"), fifo);
        assertThat(FileType.of(link)).isEqualTo(FileType.FIFO);
        assertThat(FileType.of(Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("none"))))
                .isEqualTo(FileType.MISSING);
        assertThat(FileType.of(Files.writeString(tmp.resolve("f"), "x"))).isEqualTo(FileType.REGULAR);
        assertThat(FileType.of(tmp)).isEqualTo(FileType.FOLDER);
        assertThatThrownBy(() -> AtomicWrite.write(link, out -> out.write(1)))
                .hasMessageContaining("is a named pipe (FIFO)");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /** A named pipe made with mkfifo; the test is skipped where there is none (not POSIX). */
    private static Path mkfifo(Path path) throws Exception {
        assumeThat(path.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as("mkfifo: %s", new String(p.getInputStream().readAllBytes())).isZero();
        return path;
    }
}
