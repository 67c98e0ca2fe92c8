package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's fingerprint, part of every document's input hash in {@code clerk build}. */
class VersionTest {
    @TempDir
    Path tmp;

    @Test
    void changesWithTheContentOfTheJarAndOnlyWithIt() throws Exception {
        Path a = jar("a.jar", "class A v1");
        Path same = jar("same.jar", "class A v1");
        Path changed = jar("changed.jar", "class A v2");
        String fa = Version.fingerprint("1.0", a);
        assertThat(fa).matches("1\\.0 [0-9a-f]+-[0-9a-f]+");
        assertThat(Version.fingerprint("1.0", same)).isEqualTo(fa);
        Files.setLastModifiedTime(same, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(Version.fingerprint("1.0", same)).isEqualTo(fa);
        assertThat(Version.fingerprint("1.0", changed)).isNotEqualTo(fa);
    }

    @Test
    void isTheVersionAloneForClassesInAFolder() {
        assertThat(Version.fingerprint("1.0", tmp)).isEqualTo("1.0");
    }

    private Path jar(String name, String content) throws IOException {
        Path jar = tmp.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            ZipEntry e = new ZipEntry("dev/clerk/A.class");
            e.setTime(0);
            out.putNextEntry(e);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
