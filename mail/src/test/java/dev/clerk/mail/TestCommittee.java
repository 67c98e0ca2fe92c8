package dev.clerk.mail;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

/** The test committee of src/test/resources/committee, copied into a temporary folder with a server's settings. */
final class TestCommittee {
    /** The clock of every test: May 15, 2017, 10:00 in San Francisco. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-15T17:00:00Z"), ZoneOffset.UTC);

    final Path folder;
    final Path bodyFile;
    final Path meetingFile;

    private TestCommittee(Path folder) {
        this.folder = folder;
        this.bodyFile = folder.resolve("committee.yaml");
        this.meetingFile = folder.resolve("meetings/2017-05-22.yaml");
    }

    /** The committee with its SMTP settings pointing at {@code 127.0.0.1:port} without encryption. */
    static TestCommittee create(Path dir, int port) {
        return create(dir, port, "none", null);
    }

    /** The committee with the given security and login ({@code user} may be null). */
    static TestCommittee create(Path dir, int port, String security, String user) {
        try {
            Files.createDirectories(dir.resolve("meetings"));
            String yaml = resource("committee/committee.yaml")
                    .replace("port: PORT", "port: " + port)
                    .replace("security: none", "security: " + security + (user == null ? "" : "\n    user: " + user));
            Files.writeString(dir.resolve("committee.yaml"), yaml);
            Files.writeString(dir.resolve("meetings/2017-05-22.yaml"), resource("committee/meetings/2017-05-22.yaml"));
            return new TestCommittee(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in committee.yaml. */
    TestCommittee edit(String from, String to) {
        try {
            String yaml = Files.readString(bodyFile);
            if (!yaml.contains(from)) {
                throw new IllegalArgumentException("committee.yaml has no '" + from + "'");
            }
            Files.writeString(bodyFile, yaml.replace(from, to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Parsed<Body> body() throws InputException {
        return ModelReader.parseBody(bodyFile);
    }

    Meeting meeting() throws InputException {
        return ModelReader.readMeeting(meetingFile);
    }

    /** A document of {@code size} bytes holding every byte value, written into the committee's out/ folder. */
    Document packet(int size) {
        byte[] bytes = new byte[size];
        new Random(2017).nextBytes(bytes);
        for (int i = 0; i < Math.min(size, 256); i++) {
            bytes[i] = (byte) i;
        }
        try {
            Path file = folder.resolve("out/packet-" + size + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return Document.pdf(file, "SWTPIC-2017-05-22-agenda-packet.pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mailer of the packet to the members, dated by the test clock. */
    PacketMailer.Builder mailer() throws InputException {
        return PacketMailer.builder(body(), meeting(), "2017-05-22").clock(CLOCK).document(packet(3000));
    }

    SendLog openLog() throws Exception {
        return SendLog.open(folder.resolve(SendLog.FILE_NAME));
    }

    String log() throws IOException {
        Path f = folder.resolve(SendLog.FILE_NAME);
        return Files.exists(f) ? Files.readString(f) : "";
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TestCommittee.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
