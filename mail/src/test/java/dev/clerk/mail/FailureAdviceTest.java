package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.clerk.model.io.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failed recipient is told, and whether running again can help: a permanent refusal (5xx) and a refused
 * login last until something changes, a 451 is a "try later" and not an invalid address, a certificate no trusted
 * authority signed gets a plain sentence, and {@code email.smtp.trust} names a committee's own authority.
 */
class FailureAdviceTest {
    @TempDir
    Path dir;

    private static SendReport run(TestCommittee c, SmtpAccess access) throws Exception {
        PacketMailer mailer = c.mailer().build();
        try (SendLog log = c.openLog()) {
            return mailer.send(mailer.plan(log, false), access, log);
        }
    }

    private static SmtpAccess access(TestCommittee c) throws Exception {
        return SmtpAccess.of(c.body().value().email().smtp(), c.folder, c.bodyFile.toString(), name -> null);
    }

    @Test
    void aPermanentRefusalLastsAndA451IsATryLaterNotAnInvalidAddress() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().refusing("lukasz.osz@example.org")
                .deferring("carol.leigh@example.org")) {
            TestCommittee c = TestCommittee.create(dir, server.port());
            SendReport report = run(c, access(c));
            List<Outcome> o = report.outcomes();
            assertThat(o.get(0).status()).isEqualTo(Outcome.Status.SENT);
            assertThat(o.get(1)).isEqualTo(new Outcome(o.get(1).recipient(), Outcome.Status.REFUSED,
                    "550 5.1.1 <lukasz.osz@example.org>: Recipient address rejected: User unknown", true));
            assertThat(o.get(2)).isEqualTo(new Outcome(o.get(2).recipient(), Outcome.Status.NOT_SENT,
                    "451 4.7.1 <carol.leigh@example.org>: Recipient address rejected: greylisted, try again later",
                    false));
        }
    }

    @Test
    void aMessageRefusedForGoodAtTheEndOfDataLasts() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().answeringData("554 5.7.1 Message rejected as spam")) {
            TestCommittee c = TestCommittee.create(dir, server.port());
            SendReport report = run(c, access(c));
            Outcome first = report.outcomes().get(0);
            assertThat(first.status()).isEqualTo(Outcome.Status.NOT_SENT);
            assertThat(first.detail()).isEqualTo("554 5.7.1 Message rejected as spam");
            assertThat(first.lasting()).isTrue();
            assertThat(c.log()).isEmpty();
        }
    }

    @Test
    void aRefusedLoginLasts() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withLogin("clerk", "right-password")) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "none", "clerk");
            SendReport report = run(c, SmtpAccess.of(c.body().value().email().smtp(), "wrong".toCharArray()));
            assertThat(report.outcomes()).allMatch(o -> o.status() == Outcome.Status.NOT_SENT && o.lasting());
        }
    }

    @Test
    void aCertificateNoTrustedAuthoritySignedGetsAPlainSentence() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withStartTls()) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "starttls", null);
            SendReport report = run(c, access(c));
            assertThat(report.outcomes()).allMatch(o -> o.status() == Outcome.Status.NOT_SENT && o.lasting()
                    && o.detail().equals("the server 127.0.0.1:" + server.port() + " showed a certificate that no"
                    + " authority this computer trusts has signed; if your organisation signs its own, name that"
                    + " authority's certificate (a .pem file in the committee folder) in email.smtp.trust"));
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void trustsTheAuthorityNamedInCommitteeYamlOverStartTls() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withStartTls()) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "starttls", null);
            writeCertificate(c.folder.resolve("certs/ca.pem"));
            c.edit("security: starttls", "security: starttls\n    trust: certs/ca.pem");
            SendReport report = run(c, access(c));
            assertThat(report.complete()).isTrue();
            assertThat(server.received()).hasSize(3);
        }
    }

    @Test
    void trustsTheAuthorityNamedInCommitteeYamlOverGreenMailSmtps() throws Exception {
        System.setProperty("greenmail.tls.keystore.file", TestTls.keyStoreFile().toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestTls.PASSWORD);
        ServerSetup smtps = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS);
        smtps.setServerStartupTimeout(30_000); // a loaded machine with two CPUs takes more than the default 2 s
        GreenMail greenMail = new GreenMail(smtps);
        try {
            greenMail.start();
            int port = greenMail.getSmtps().getPort();
            TestCommittee c = TestCommittee.create(dir, port, "ssl", null);
            assertThat(run(c, access(c)).outcomes()).allMatch(o -> o.lasting()
                    && o.detail().contains("showed a certificate that no authority this computer trusts has signed"));
            assertThat(greenMail.getReceivedMessages()).isEmpty();

            writeCertificate(c.folder.resolve("certs/ca.pem"));
            c.edit("security: ssl", "security: ssl\n    trust: certs/ca.pem");
            SendReport report = run(c, access(c));
            assertThat(report.complete()).as(SendFailuresTest.summary(report).toString()).isTrue();
            assertThat(greenMail.getReceivedMessages()).hasSize(3);
        } finally {
            greenMail.stop();
            System.clearProperty("greenmail.tls.keystore.file");
            System.clearProperty("greenmail.tls.keystore.password");
            System.clearProperty("greenmail.tls.key.password");
        }
    }

    @Test
    void refusesATrustFileOutsideTheCommitteeFolderOrNotACertificate() throws Exception {
        TestCommittee c = TestCommittee.create(dir.resolve("committee"), 2525, "starttls", null);
        writeCertificate(dir.resolve("ca.pem"));
        c.edit("security: starttls", "security: starttls\n    trust: ../ca.pem");
        assertThatThrownBy(() -> access(c)).isInstanceOf(InputException.class).hasMessage(c.bodyFile
                + ": email.smtp.trust: '../ca.pem' is not inside the committee folder; keep the certificate there,"
                + " such as certs/ca.pem");
        Files.writeString(c.folder.resolve("ca.pem"), "not a certificate\n");
        c.edit("trust: ../ca.pem", "trust: ca.pem");
        assertThatThrownBy(() -> access(c)).hasMessage(c.bodyFile + ": email.smtp.trust: 'ca.pem' is not a"
                + " certificate in PEM form (-----BEGIN CERTIFICATE-----); save the authority's certificate as PEM");
    }

    /** The test server's self-signed certificate, as the PEM file a city's IT department would hand out. */
    static void writeCertificate(Path file) throws Exception {
        byte[] der = TestTls.keyStore().getCertificate("server").getEncoded();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n");
    }
}
