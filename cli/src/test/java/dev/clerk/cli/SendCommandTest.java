package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
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
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clerk send} end to end, with the document source production uses (built by the build plan into out/):
 * dry runs and their outbox, sending to GreenMail, an out-of-date packet, failures and their advice, exit 3.
 */
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

    /** The send command as production makes it (the document built by the build plan), with a fixed clock. */
    private int clerk(String... args) {
        return Clerk.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("send", () -> new SendCommand(CLOCK, env::get, new BuiltDocuments()))).execute(args);
    }

    private void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** The attachment of an .eml file or a received message. */
    private static byte[] attachment(MimeMessage m) throws Exception {
        Multipart mixed = (Multipart) m.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part p = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                try (InputStream in = p.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment");
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static MimeMessage eml(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @Test
    void dryRunWritesOneMessagePerMemberWithTheBuiltPacketAndSendsNothing() throws Exception {
        int code = clerk("send", meeting.toString(), "--dry-run");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        Path outbox = dir.resolve("outbox");
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
        // The packet attached is the one the build plan made in out/, a real PDF of the meeting.
        byte[] built = Files.readAllBytes(dir.resolve("out/2017-05-22-packet.pdf"));
        assertThat(attachment(eml(outbox.resolve("2017-05-22-packet-carol.leigh@example.org.eml")))).isEqualTo(built);
        try (PDDocument pdf = Loader.loadPDF(built)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("SFPD data");
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(dir.resolve("send-log.jsonl")).doesNotExist();
    }

    @Test
    void dryRunMessagesStayOutOfTheFolderThatIsPostedAndItsIndex() throws Exception {
        assertThat(clerk("send", meeting.toString(), "--dry-run", "--to", "members", "--to", "staff")).isZero();
        assertThat(Clerk.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", dir.toString()))
                .as(err.toString()).isZero();
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".eml")).noneMatch(f -> f.contains("outbox"));
        }
        assertThat(Files.readString(dir.resolve("out/index.html"))).doesNotContain("outbox").doesNotContain(".eml");
        try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            assertThat(files).hasSize(5);
        }
    }

    @Test
    void outboxWithoutDryRunWritesTheMessagesAndSendsNothing() throws Exception {
        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        int code = clerk("send", meeting.toString(), "--outbox", dir.resolve("drafts").toString());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).endsWith("dry run: 3 messages written to " + dir.resolve("drafts")
                + ", nothing sent\n");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(dir.resolve("send-log.jsonl")).doesNotExist();
        try (Stream<Path> files = Files.list(dir.resolve("drafts"))) {
            assertThat(files).hasSize(3);
        }
    }

    @Test
    void refusesAnOutboxInsideTheFolderThatIsPosted() {
        int code = clerk("send", meeting.toString(), "--outbox", dir.resolve("out/drafts").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("clerk: --outbox " + dir.resolve("out/drafts") + " is inside "
                + dir.resolve("out") + "/, which is posted as it is; give a folder outside it (the default is "
                + dir.resolve("outbox") + "/)\n");
        assertThat(dir.resolve("out/drafts")).doesNotExist();
    }

    @Test
    void buildsTheAgendaItSendsAndRefusesMinutesNotYetRecorded() throws Exception {
        assertThat(clerk("send", meeting.toString(), "--dry-run", "--what", "agenda", "--to", "staff")).isZero();
        byte[] agenda = Files.readAllBytes(dir.resolve("out/2017-05-22-agenda.pdf"));
        assertThat(attachment(eml(dir.resolve("outbox/2017-05-22-agenda-maggie.mchale@example.org.eml"))))
                .isEqualTo(agenda);
        clear();
        assertThat(clerk("send", meeting.toString(), "--dry-run", "--what", "minutes")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(meeting + ": has no minutes to send (the file records no minutes yet)\n");
    }

    @Test
    void rejectsAnUnknownList() throws Exception {
        int code = clerk("send", meeting.toString(), "--to", "everyone");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("clerk: --to everyone: no such list in " + dir.resolve("committee.yaml")
                + "; the lists are: members, staff, public\n");
    }

    @Test
    void reportsABadAddressAtItsRosterEntryBeforeSendingAnything() throws Exception {
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
        assertThat(err.toString()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void saysTheSentPacketIsOutOfDateAfterTheMeetingChangedAndResendsItAsUpdated() throws Exception {
        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        assertThat(clerk("send", meeting.toString())).isZero();
        String subject = greenMail.getReceivedMessages()[0].getSubject();
        assertThat(subject).isEqualTo("Agenda packet: Sex Work and Trafficking Policy Impact Committee — May 22, 2017");

        Files.writeString(meeting, Files.readString(meeting).replace("title: SFPD data", "title: SFPD data for 2016"));
        clear();
        assertThat(clerk("send", meeting.toString())).isZero();
        assertThat(out.toString()).isEqualTo("nothing to send: all 3 recipients of the packet already have it (see "
                + dir.resolve("send-log.jsonl") + "; --resend sends again)\n");
        assertThat(err.toString()).isEqualTo("clerk: warning: the packet changed since it was sent (" + meeting
                + " was edited): 3 recipients have an out-of-date copy; send them this one with --resend (its subject"
                + " starts 'Updated: ')\n");
        assertThat(greenMail.getReceivedMessages()).hasSize(3);

        clear();
        assertThat(clerk("send", meeting.toString(), "--resend")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).hasSize(6);
        // GreenMail lists the messages mailbox by mailbox: the resent ones are those with the round in their id.
        List<MimeMessage> resent = Stream.of(greenMail.getReceivedMessages())
                .filter(m -> messageId(m).contains(".r1.")).toList();
        assertThat(resent).hasSize(3);
        for (MimeMessage m : resent) {
            assertThat(m.getSubject()).isEqualTo("Updated: " + subject);
            try (PDDocument pdf = Loader.loadPDF(attachment(m))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("SFPD data for 2016");
            }
        }
        clear();
        assertThat(clerk("send", meeting.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void followsHomeForAPasswordFileInTheHomeFolder() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("smtp-password"), PASSWORD + "\n");
        Files.setPosixFilePermissions(home.resolve("smtp-password"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        env.put("HOME", home.toString());
        Files.writeString(dir.resolve("committee.yaml"), Files.readString(dir.resolve("committee.yaml"))
                .replace("    user: dosw@example.org", "    user: dosw@example.org\n    passwordFile: ~/smtp-password"));
        assertThat(clerk("send", meeting.toString(), "--to", "staff")).as(err.toString()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void exitsWith3WhenTheLoginFailsAndKeepsThePasswordOutOfEveryOutput() throws Exception {
        String wrong = "wrong-Pa55-" + PASSWORD;
        env.put("CLERK_SMTP_PASSWORD", wrong);
        int code = clerk("send", meeting.toString(), "--to", "staff", "--verbose");
        assertThat(code).isEqualTo(3);
        String refused = "the server 127.0.0.1:" + greenMail.getSmtp().getPort()
                + " refused the login for 'dosw@example.org': 535 5.7.8 Authentication credentials invalid;"
                + " check the user and the password";
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "not sent  Minouche Kandel <minouche.kandel@example.org>",
                "not sent  Maggie McHale <maggie.mchale@example.org>",
                "2 not sent; send log: " + dir.resolve("send-log.jsonl"), ""));
        // The login failure once, and no "run the same command again": it would fail the same way.
        assertThat(err.toString()).isEqualTo("clerk: not sent to 2 recipients: " + refused + "\n"
                + "clerk: 2 recipients not reached, and running again will not change that: fix what the server"
                + " said above (the address in committee.yaml, the login, the certificate) first\n");

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
        env.put("CLERK_SMTP_PASSWORD", PASSWORD);
        assertThat(clerk("send", meeting.toString(), "--to", "staff")).isZero();
        greenMail.stop();
        out.getBuffer().setLength(0);
        int code = clerk("send", meeting.toString(), "--to", "members");
        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains("not sent  Saerom Choi <saerom.choi@example.org>\n");
        assertThat(err.toString()).contains("clerk: not sent to 3 recipients: cannot connect to 127.0.0.1:")
                .endsWith("clerk: 3 recipients not reached for now; run the same command again (later) to send to"
                        + " those only\n");
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
    void rejectsALinkThatIsNotAWebAddress() {
        assertThat(clerk("send", meeting.toString(), "--link", "file:///etc/passwd")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("clerk: --link: 'file:///etc/passwd' is not a web address such as"
                + " https://example.org/packet.pdf\n");
    }

    @Test
    void readsThePasswordFileAndWarnsWhenOthersCanReadIt() throws Exception {
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
