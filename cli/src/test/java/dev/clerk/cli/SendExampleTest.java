package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk send --dry-run} on the worked example builds the packet it sends, and reuses it when up to date. */
class SendExampleTest {
    @TempDir
    Path tmp;

    @Test
    void dryRunWritesOneMessagePerMemberWithThePacketBuiltForIt() throws Exception {
        Path dir = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), dir);
        Path meeting = dir.resolve("meetings/2017-05-22.yaml");

        CliRun run = CliRun.of("send", meeting.toString(), "--dry-run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path packet = dir.resolve("out/2017-05-22-packet.pdf");
        assertThat(packet).isRegularFile();
        byte[] built = Files.readAllBytes(packet);

        List<Path> messages;
        try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            messages = files.sorted().toList();
        }
        // The members list: the six voting members; the two staff are not on it.
        assertThat(messages).hasSize(6);
        for (Path eml : messages) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(m.getSubject()).isEqualTo(
                        "Agenda packet: Sex Work and Trafficking Policy Impact Committee — May 22, 2017");
                assertThat(pdfPart(m)).as(eml.toString()).isEqualTo(built);
            }
        }

        // Up to date: the second run sends the same file without building it again.
        Files.setLastModifiedTime(packet, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(meeting, FileTime.fromMillis(2_000_000_000_000L)); // touched, not changed
        assertThat(CliRun.of("send", meeting.toString(), "--dry-run", "--resend").exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(packet)).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));

        // Changed: the packet is built again before it is sent.
        Files.writeString(meeting, Files.readString(meeting).replace("- title: Introductions",
                "- title: Welcome and introductions"));
        assertThat(CliRun.of("send", meeting.toString(), "--dry-run", "--resend").exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(packet)).isNotEqualTo(FileTime.fromMillis(1_000_000_000_000L));
    }

    private static byte[] pdfPart(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                byte[] found = pdfPart(mp.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
