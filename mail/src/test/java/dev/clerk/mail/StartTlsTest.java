package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STARTTLS against the stub server (GreenMail's SMTP offers none): the test certificate is accepted only when the
 * test trusts it explicitly, and a server that cannot upgrade the connection gets nothing, not even the login.
 */
class StartTlsTest {
    @TempDir
    Path dir;

    private static SendReport run(TestCommittee c, SmtpAccess access) throws Exception {
        PacketMailer mailer = c.mailer().lists(java.util.List.of("staff")).build();
        try (SendLog log = c.openLog()) {
            return mailer.send(mailer.plan(log, false), access, log);
        }
    }

    private static SmtpAccess access(TestCommittee c) throws Exception {
        return SmtpAccess.of(c.body().value().email().smtp(), "tls-Pa55".toCharArray());
    }

    @Test
    void upgradesTheConnectionAndLogsInWhenTheCertificateIsTrusted() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withStartTls().withLogin("clerk", "tls-Pa55")) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "starttls", "clerk");
            SendReport report = run(c, access(c).trusting(TestTls.trustStore()));
            assertThat(SendFailuresTest.summary(report)).containsExactly(
                    "sent minouche.kandel@example.org 250 2.0.0 Ok: queued as Q1",
                    "sent maggie.mchale@example.org 250 2.0.0 Ok: queued as Q2");
        }
    }

    @Test
    void refusesACertificateNoAuthorityVouchesFor() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withStartTls().withLogin("clerk", "tls-Pa55")) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "starttls", "clerk");
            SendReport report = run(c, access(c));
            assertThat(report.count(Outcome.Status.NOT_SENT)).isEqualTo(2);
            assertThat(report.outcomes().get(0).detail()).isEqualTo("the server 127.0.0.1:" + server.port()
                    + " showed a certificate that no authority this computer trusts has signed; if your organisation"
                    + " signs its own, name that authority's certificate (a .pem file in the committee folder) in"
                    + " email.smtp.trust");
            assertThat(report.outcomes().get(0).lasting()).isTrue();
            assertThat(server.received()).isEmpty();
            assertThat(c.log()).isEmpty();
        }
    }

    @Test
    void refusesACertificateForAnotherHost() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer(java.net.InetAddress.getByName("127.0.0.2")).withStartTls()) {
            // The certificate names 127.0.0.1 and localhost; 127.0.0.2 is the same machine under another name.
            TestCommittee c = TestCommittee.create(dir, server.port(), "starttls", null).edit("host: 127.0.0.1",
                    "host: 127.0.0.2");
            SendReport report = run(c, SmtpAccess.of(c.body().value().email().smtp(), (char[]) null)
                    .trusting(TestTls.trustStore()));
            assertThat(report.count(Outcome.Status.NOT_SENT)).isEqualTo(2);
            assertThat(report.outcomes().get(0).detail()).startsWith("cannot connect to 127.0.0.2:" + server.port()
                    + ": Could not convert socket to TLS").contains("No subject alternative names matching IP address"
                    + " 127.0.0.2 found");
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void sendsNothingToAServerThatCannotStartTls() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withLogin("clerk", "tls-Pa55")) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "starttls", "clerk");
            SendReport report = run(c, access(c).trusting(TestTls.trustStore()));
            assertThat(report.count(Outcome.Status.NOT_SENT)).isEqualTo(2);
            assertThat(report.outcomes().get(0).detail()).isEqualTo("cannot connect to 127.0.0.1:" + server.port()
                    + ": STARTTLS is required but host does not support STARTTLS");
            assertThat(server.received()).isEmpty();
        }
    }
}
