package dev.clerk.model.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents written through a temporary file still get the permissions of an ordinary file. */
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
}
