package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending to GreenMail on the loopback address: plain SMTP, SMTP over TLS with a test certificate, and AUTH. */
class GreenMailSendTest {
    static final String USER = "dosw@example.org";
    static final String PASSWORD = "Gr33n-s3cret-Pa55word";

    static {
        // GreenMail's SMTPS serves the test certificate made for 127.0.0.1 (its bundled one names no host).
        System.setProperty("greenmail.tls.keystore.file", TestTls.keyStoreFile().toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestTls.PASSWORD);
    }

    @TempDir
    Path dir;
    GreenMail greenMail;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));
        greenMail.start();
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    private List<MimeMessage> inbox(String address) {
        return greenMail.findReceivedMessages(u -> u.getEmail().equals(address), m -> true).toList();
    }

    private static SendReport run(TestCommittee c, PacketMailer mailer, SmtpAccess access, boolean resend) throws Exception {
        try (SendLog log = c.openLog()) {
            return mailer.send(mailer.plan(log, resend), access, log);
        }
    }

    @Test
    void sendsEachMemberExactlyOneMessageWithThePacketAndTheEvent() throws Exception {
        TestCommittee c = TestCommittee.create(dir, smtpPort());
        Document packet = c.packet(300_000);
        PacketMailer mailer = c.mailer().document(packet).build();
        SendReport report = run(c, mailer, SendFailuresTest.access(c), false);

        assertThat(report.complete()).isTrue();
        assertThat(report.count(Outcome.Status.SENT)).isEqualTo(3);
        byte[] expected = Files.readAllBytes(packet.file());
        for (String member : List.of("saerom.choi@example.org", "lukasz.osz@example.org", "carol.leigh@example.org")) {
            List<MimeMessage> got = inbox(member);
            assertThat(got).as(member).hasSize(1);
            MimeMessage m = got.get(0);
            assertThat(((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress()).isEqualTo(member);
            assertThat(Mime.bytes(Mime.part(m, "application/pdf"))).isEqualTo(expected);
            Ics.Component event = Ics.parse(new String(Mime.bytes(Mime.part(m, "text/calendar")), StandardCharsets.UTF_8))
                    .child("VEVENT");
            assertThat(event.properties()).containsEntry("UID", "2017-05-22.swtpic@example.org");
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
        List<String> log = Files.readAllLines(c.folder.resolve(SendLog.FILE_NAME));
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).startsWith("{\"meeting\":\"2017-05-22\",\"what\":\"packet\",\"recipient\":"
                + "\"saerom.choi@example.org\",\"messageId\":\"<2017-05-22.packet.")
                .contains("\"time\":\"2017-05-15T17:00:00Z\",\"reply\":\"250 OK\",\"sequence\":0,\"event\":\"");

        SendReport again = run(c, mailer, SendFailuresTest.access(c), false);
        assertThat(again.count(Outcome.Status.ALREADY_SENT)).isEqualTo(3);
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void resendsWithNewMessageIdsAndTheSameEventWhenAsked() throws Exception {
        TestCommittee c = TestCommittee.create(dir, smtpPort());
        PacketMailer mailer = c.mailer().lists(List.of("staff")).build();
        run(c, mailer, SendFailuresTest.access(c), false);
        SendReport again = run(c, mailer, SendFailuresTest.access(c), true);
        assertThat(again.count(Outcome.Status.SENT)).isEqualTo(2);
        List<MimeMessage> got = inbox("maggie.mchale@example.org");
        assertThat(got).hasSize(2);
        assertThat(got.get(1).getMessageID()).isEqualTo(got.get(0).getMessageID().replace(".clerk@", ".r1.clerk@"));
        // The meeting did not change, so the event keeps its SEQUENCE; a changed meeting raises it.
        assertThat(Ics.parse(Mime.text(Mime.part(got.get(1), "text/calendar"))).child("VEVENT").properties())
                .containsEntry("SEQUENCE", "0");
        c.edit("time: \"11:00\"", "time: \"13:00\"");
        Files.writeString(c.meetingFile, Files.readString(c.meetingFile).replace("start: \"11:00\"\n", ""));
        run(c, c.mailer().lists(List.of("staff")).build(), SendFailuresTest.access(c), true);
        MimeMessage third = inbox("maggie.mchale@example.org").get(2);
        assertThat(Ics.parse(Mime.text(Mime.part(third, "text/calendar"))).child("VEVENT").properties())
                .containsEntry("SEQUENCE", "1").containsEntry("DTSTART", "20170522T130000");
    }

    @Test
    void sendsOneBccMessageThatReachesEachRecipientOnceAndShowsNoBcc() throws Exception {
        TestCommittee c = TestCommittee.create(dir, smtpPort());
        PacketMailer mailer = c.mailer().bcc(true).lists(List.of("members", "public")).build();
        SendReport report = run(c, mailer, SendFailuresTest.access(c), false);
        assertThat(report.count(Outcome.Status.SENT)).isEqualTo(4);
        for (String a : List.of("saerom.choi@example.org", "lukasz.osz@example.org", "carol.leigh@example.org",
                "gic@example.org")) {
            List<MimeMessage> got = inbox(a);
            assertThat(got).as(a).hasSize(1);
            assertThat(got.get(0).getHeader("Bcc")).isNull();
            assertThat(new String(Mime.bytes(got.get(0)), StandardCharsets.ISO_8859_1)).doesNotContain("saerom.choi");
        }
        assertThat(Files.readAllLines(c.folder.resolve(SendLog.FILE_NAME))).hasSize(4);
    }

    @Test
    void sendsOverTlsVerifyingTheServerCertificateAndLoggingIn() throws Exception {
        TestCommittee c = TestCommittee.create(dir, greenMail.getSmtps().getPort(), "ssl", USER);
        PacketMailer mailer = c.mailer().build();
        SmtpAccess access = SmtpAccess.of(c.body().value().email().smtp(), c.folder, "committee.yaml",
                name -> name.equals("CLERK_SMTP_PASSWORD") ? PASSWORD : null);

        SendReport untrusted = run(c, mailer, access, false);
        assertThat(untrusted.count(Outcome.Status.NOT_SENT)).isEqualTo(3);
        assertThat(untrusted.outcomes().get(0).detail()).isEqualTo("the server 127.0.0.1:"
                + greenMail.getSmtps().getPort() + " showed a certificate that no authority this computer trusts has"
                + " signed; if your organisation signs its own, name that authority's certificate (a .pem file in the"
                + " committee folder) in email.smtp.trust");
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        SendReport trusted = run(c, mailer, access.trusting(TestTls.trustStore()), false);
        assertThat(trusted.complete()).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void sendsNothingWithAWrongPasswordAndEverythingOnceWithTheRightOne() throws Exception {
        TestCommittee c = TestCommittee.create(dir, smtpPort(), "none", USER);
        PacketMailer mailer = c.mailer().build();
        SendReport refused = run(c, mailer, SmtpAccess.of(c.body().value().email().smtp(), "wrong".toCharArray()), false);
        assertThat(refused.count(Outcome.Status.NOT_SENT)).isEqualTo(3);
        assertThat(refused.outcomes().get(0).detail()).startsWith("the server 127.0.0.1:" + smtpPort()
                + " refused the login for 'dosw@example.org': 535");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(c.log()).isEmpty();

        SendReport sent = run(c, mailer, SmtpAccess.of(c.body().value().email().smtp(), PASSWORD.toCharArray()), false);
        assertThat(sent.complete()).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
    }
}
