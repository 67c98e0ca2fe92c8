package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk send} end to end: dry runs, the documents it looks for, sending to GreenMail, failures and exit 3. */
class SendCommandTest {
    static final String PASSWORD = "cli-Secret-Pa55-word";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2017-05-15T17:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path meeting;
    GreenMail greenMail;
    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withUser("dosw@example.org", "dosw@example.org",
                PASSWORD));
        greenMail.start();
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), resource("send/committee.yaml")
                .replace("port: PORT", "port: " + greenMail.getSmtp().getPort())
                .replace("security: none", "security: none\n    user: dosw@example.org"));
        meeting = dir.resolve("meetings/2017-05-22.yaml");
        Files.writeString(meeting, resource("send/meetings/2017-05-22.yaml"));
    }

    @AfterEach
    void tearDown() {
        greenMail.stop();
    }

    private void packet() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Files.write(dir.resolve("out/2017-05-22-packet.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private int clerk(String... args) {
        return Clerk.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("send", () -> new SendCommand(CLOCK, env::get, new OutFolderDocuments()))).execute(args);
    }

    @Test
    void dryRunWritesOneMessagePerMemberAndSendsNothing() throws Exception {
        packet();
        int code = clerk("send", meeting.toString(), "--dry-run");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        Path outbox = dir.resolve("out/outbox");
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "wrote " + outbox.resolve("2017-05-22-packet-saerom.choi@example.org.eml")
                        + " (to Saerom Choi <saerom.choi@example.org>)",
                "wrote " + outbox.resolve("2017-05-22-packet-lukasz.osz@example.org.eml")
                        + " (to Łukasz Ősz-Müller <lukasz.osz@example.org>)",
                "wrote " + outbox.resolve("2017-05-22-packet-carol.leigh@example.org.eml")
                        + " (to Carol Leigh <carol.leigh@example.org>)",
                "dry run: 3 messages written to " + outbox + ", nothing sent", ""));
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "2017-05-22-packet-carol.leigh@example.org.eml", "2017-05-22-packet-lukasz.osz@example.org.eml",
                    "2017-05-22-packet-saerom.choi@example.org.eml");
        }
        assertThat(Files.readString(outbox.resolve("2017-05-22-packet-carol.leigh@example.org.eml")))
                .contains("Content-Disposition: attachment; \r\n\tfilename=SWTPIC-2017-05-22-agenda-packet.pdf");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(dir.resolve("send-log.jsonl")).doesNotExist();
    }

    @Test
    void namesTheMissingDocumentAndTheCommandThatBuildsIt() {
        int code = clerk("send", meeting.toString(), "--dry-run", "--what", "agenda");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(dir.resolve("out/2017-05-22-agenda.pdf")
                + ": does not exist; build it first with: clerk agenda " + meeting + " --format pdf\n");
    }

    @Test
    void refusesADocumentOlderThanItsMeetingFile() throws Exception {
        packet();
        Files.setLastModifiedTime(dir.resolve("out/2017-05-22-packet.pdf"),
                java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(meeting).toMillis() - 60_000));
        int code = clerk("send", meeting.toString(), "--dry-run");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(dir.resolve("out/2017-05-22-packet.pdf") + ": is older than "
                + meeting + "; rebuild it first with: clerk packet " + meeting + "\n");
    }

    @Test
    void rejectsAnUnknownList() throws Exception {
        packet();
        int code = clerk("send", meeting.toString(), "--to", "everyone");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("clerk: --to everyone: no such list in " + dir.resolve("committee.yaml")
                + "; the lists are: members, staff, public\n");
    }

    @Test
    void reportsABadAddressAtItsRosterEntryBeforeSendingAnything() throws Exception {
        packet();
        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        Files.writeString(dir.resolve("committee.yaml"), Files.readString(dir.resolve("committee.yaml"))
                .replace("email: carol.leigh@example.org", "email: carol,leigh@example.org"));
        int code = clerk("send", meeting.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(dir.resolve("committee.yaml") + ":15:12: people[2].email:"
                + " 'carol,leigh@example.org' cannot be mailed: 'carol,leigh' before the @ is not a plain mailbox name (Carol Leigh)\n");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsOncePerMemberAndNothingOnTheSecondRun() throws Exception {
        packet();
        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        int code = clerk("send", meeting.toString());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "sent  Saerom Choi <saerom.choi@example.org>: 250 OK",
                "sent  Łukasz Ősz-Müller <lukasz.osz@example.org>: 250 OK",
                "sent  Carol Leigh <carol.leigh@example.org>: 250 OK",
                "3 sent; send log: " + dir.resolve("send-log.jsonl"), ""));
        assertThat(greenMail.getReceivedMessages()).hasSize(3);

        out.getBuffer().setLength(0);
        assertThat(clerk("send", meeting.toString())).isZero();
        assertThat(out.toString()).isEqualTo("nothing to send: all 3 recipients of the packet already have it (see "
                + dir.resolve("send-log.jsonl") + "; --resend sends again)\n");
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void exitsWith3WhenTheLoginFailsAndKeepsThePasswordOutOfEveryOutput() throws Exception {
        packet();
        String wrong = "wrong-Pa55-" + PASSWORD;
        env.put("CLERK_SMTP_PASSWORD", wrong);
        int code = clerk("send", meeting.toString(), "--to", "staff", "--verbose");
        assertThat(code).isEqualTo(3);
        String refused = "the server 127.0.0.1:" + greenMail.getSmtp().getPort()
                + " refused the login for 'dosw@example.org': 535 5.7.8 Authentication credentials invalid;"
                + " check the user and the password";
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "not sent  Minouche Kandel <minouche.kandel@example.org>: " + refused,
                "not sent  Maggie McHale <maggie.mchale@example.org>: " + refused,
                "2 not sent; send log: " + dir.resolve("send-log.jsonl"), ""));
        assertThat(err.toString()).isEqualTo(
                "clerk: 2 recipients not reached; run the same command again to send to those only\n");

        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        assertThat(clerk("send", meeting.toString(), "--to", "staff", "--verbose")).isZero();
        assertThat(clerk("send", meeting.toString(), "--to", "staff", "--dry-run", "--resend", "--verbose")).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);

        StringBuilder everything = new StringBuilder(out.toString()).append(err);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                everything.append(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        for (var m : greenMail.getReceivedMessages()) {
            m.writeTo(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    everything.append((char) b);
                }
            });
        }
        assertThat(everything.toString()).contains("Maggie McHale").doesNotContain(PASSWORD).doesNotContain(wrong);
    }

    @Test
    void exitsWith3WhenTheServerIsGoneAndSendsTheRestOnTheNextRun() throws Exception {
        packet();
        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        assertThat(clerk("send", meeting.toString(), "--to", "staff")).isZero();
        greenMail.stop();
        out.getBuffer().setLength(0);
        int code = clerk("send", meeting.toString(), "--to", "members");
        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains("not sent  Saerom Choi <saerom.choi@example.org>: cannot connect to 127.0.0.1:");
        List<String> log = Files.readAllLines(dir.resolve("send-log.jsonl"));
        assertThat(log).hasSize(2);
    }

    @Test
    void dryRunSendsALinkInsteadOfTheDocumentAndOneBccMessage() throws Exception {
        int code = clerk("send", meeting.toString(), "--dry-run", "--bcc", "--to", "members", "--to", "public",
                "--link", "https://sf.example.org/swtpic/2017-05-22-packet.pdf", "--outbox", dir.resolve("drafts").toString());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("wrote " + dir.resolve("drafts/2017-05-22-packet-bcc.eml")
                + " (to Saerom Choi <saerom.choi@example.org>, Łukasz Ősz-Müller <lukasz.osz@example.org>,"
                + " Carol Leigh <carol.leigh@example.org>, San Francisco Public Library, Government Information Center"
                + " <gic@example.org>)\n"
                + "dry run: 1 message written to " + dir.resolve("drafts") + ", nothing sent\n");
        String eml = Files.readString(dir.resolve("drafts/2017-05-22-packet-bcc.eml"));
        assertThat(eml).contains("https://sf.example.org/swtpic/2017-05-22-packet.pdf").doesNotContain("application/pdf");
    }

    @Test
    void sendsMinutesCirculatedInWord() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.write(dir.resolve("out/2017-05-22-minutes.docx"), new byte[] {'P', 'K', 3, 4});
        int code = clerk("send", meeting.toString(), "--dry-run", "--what", "minutes", "--to", "staff");
        assertThat(code).isZero();
        String eml = Files.readString(dir.resolve("out/outbox/2017-05-22-minutes-maggie.mchale@example.org.eml"));
        assertThat(eml).contains("Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
                + " \r\n\tname=SWTPIC-2017-05-22-minutes.docx").doesNotContain("text/calendar");
    }

    @Test
    void rejectsALinkThatIsNotAWebAddress() {
        assertThat(clerk("send", meeting.toString(), "--link", "file:///etc/passwd")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("clerk: --link: 'file:///etc/passwd' is not a web address such as"
                + " https://example.org/packet.pdf\n");
    }

    @Test
    void readsThePasswordFileAndWarnsWhenOthersCanReadIt() throws Exception {
        packet();
        Files.writeString(dir.resolve("committee.yaml"), Files.readString(dir.resolve("committee.yaml"))
                .replace("    user: dosw@example.org", "    user: dosw@example.org\n    passwordFile: smtp-password"));
        Path file = dir.resolve("smtp-password");
        Files.writeString(file, PASSWORD + "\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(clerk("send", meeting.toString(), "--to", "staff")).isZero();
        assertThat(err.toString()).isEqualTo("clerk: warning: " + file + " can be read by other users; run: chmod 600 "
                + file + "\n");
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SendCommandTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
