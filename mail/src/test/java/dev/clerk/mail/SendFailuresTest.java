package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures halfway through a run, each followed by the run that completes it: the server refuses one address,
 * drops the connection, stops altogether. The send log must stay exact and no one may get two messages.
 */
class SendFailuresTest {
    @TempDir
    Path dir;

    private static final List<String> MEMBERS = List.of(
            "saerom.choi@example.org", "lukasz.osz@example.org", "carol.leigh@example.org");

    @Test
    void sendsToTheOthersWhenOneAddressIsRefusedAndCompletesOnTheNextRun() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().refusing("lukasz.osz@example.org")) {
            TestCommittee c = TestCommittee.create(dir, server.port());
            PacketMailer mailer = c.mailer().build();
            SendReport report;
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(summary(report)).containsExactly(
                    "sent saerom.choi@example.org 250 2.0.0 Ok: queued as Q1",
                    "refused lukasz.osz@example.org 550 5.1.1 <lukasz.osz@example.org>: Recipient address rejected: User unknown",
                    "sent carol.leigh@example.org 250 2.0.0 Ok: queued as Q2");
            assertThat(report.complete()).isFalse();
            assertThat(recipientsOf(server)).containsExactly("saerom.choi@example.org", "carol.leigh@example.org");
            assertThat(loggedRecipients(c)).containsExactly("saerom.choi@example.org", "carol.leigh@example.org");

            server.refusing();
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(summary(report)).containsExactly(
                    "already sent saerom.choi@example.org",
                    "sent lukasz.osz@example.org 250 2.0.0 Ok: queued as Q3",
                    "already sent carol.leigh@example.org");
            assertThat(report.complete()).isTrue();
            assertThat(recipientsOf(server)).containsExactlyInAnyOrderElementsOf(MEMBERS).hasSize(3);
            assertThat(loggedRecipients(c)).containsExactly(
                    "saerom.choi@example.org", "carol.leigh@example.org", "lukasz.osz@example.org");
        }
    }

    @Test
    void reconnectsWhenTheServerDropsTheConnection() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().droppingAfter(1)) {
            TestCommittee c = TestCommittee.create(dir, server.port());
            PacketMailer mailer = c.mailer().build();
            SendReport report;
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            // Each connection takes one message, then the server hangs up when the next begins.
            assertThat(summary(report)).containsExactly(
                    "sent saerom.choi@example.org 250 2.0.0 Ok: queued as Q1",
                    "not sent lukasz.osz@example.org the connection was lost before the server accepted the message:"
                            + " [EOF]",
                    "sent carol.leigh@example.org 250 2.0.0 Ok: queued as Q2");
            assertThat(loggedRecipients(c)).containsExactly("saerom.choi@example.org", "carol.leigh@example.org");

            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(report.complete()).isTrue();
            assertThat(recipientsOf(server)).containsExactlyInAnyOrderElementsOf(MEMBERS).hasSize(3);
        }
    }

    @Test
    void keepsTheLogExactWhenTheServerStopsHalfwayAndTheNextRunSendsTheRest() throws Exception {
        TestCommittee c;
        try (StubSmtpServer server = new StubSmtpServer().stoppingAfter(1)) {
            c = TestCommittee.create(dir, server.port());
            PacketMailer mailer = c.mailer().build();
            SendReport report;
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(report.count(Outcome.Status.SENT)).isEqualTo(1);
            assertThat(report.count(Outcome.Status.NOT_SENT)).isEqualTo(2);
            assertThat(report.outcomes().get(2).detail()).isEqualTo("the connection was lost, and reconnecting failed:"
                    + " cannot connect to 127.0.0.1:" + server.port() + ": Couldn't connect to host, port: 127.0.0.1, "
                    + server.port() + "; timeout 60000: connection refused");
            assertThat(recipientsOf(server)).containsExactly("saerom.choi@example.org");
            assertThat(loggedRecipients(c)).containsExactly("saerom.choi@example.org");
        }
        try (StubSmtpServer restarted = new StubSmtpServer()) {
            c.edit("port: " + c.body().value().email().smtp().port(), "port: " + restarted.port());
            PacketMailer mailer = c.mailer().build();
            SendReport report;
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(report.complete()).isTrue();
            assertThat(recipientsOf(restarted)).containsExactly("lukasz.osz@example.org", "carol.leigh@example.org");
            assertThat(loggedRecipients(c)).containsExactly(
                    "saerom.choi@example.org", "lukasz.osz@example.org", "carol.leigh@example.org");
        }
    }

    @Test
    void sendsNothingAndLogsNothingWhenTheLoginIsRefusedThenSendsAllWithTheRightPassword() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withLogin("clerk", "right-password")) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "none", "clerk");
            PacketMailer mailer = c.mailer().build();
            SendReport report;
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), SmtpAccess.of(c.body().value().email().smtp(),
                        "wrong-password".toCharArray()), log);
            }
            assertThat(report.count(Outcome.Status.NOT_SENT)).isEqualTo(3);
            assertThat(report.outcomes().get(0).detail()).isEqualTo("the server 127.0.0.1:" + server.port()
                    + " refused the login for 'clerk': 535 5.7.8 Authentication credentials invalid;"
                    + " check the user and the password");
            assertThat(server.received()).isEmpty();
            assertThat(c.log()).isEmpty();

            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), SmtpAccess.of(c.body().value().email().smtp(),
                        "right-password".toCharArray()), log);
            }
            assertThat(report.complete()).isTrue();
            assertThat(recipientsOf(server)).containsExactlyElementsOf(MEMBERS);
        }
    }

    @Test
    void sendsTheBccMessageToTheAcceptedAddressesWhenOneIsRefused() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().refusing("lukasz.osz@example.org")) {
            TestCommittee c = TestCommittee.create(dir, server.port());
            PacketMailer mailer = c.mailer().bcc(true).build();
            SendReport report;
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(summary(report)).containsExactly(
                    "sent saerom.choi@example.org 250 2.0.0 Ok: queued as Q1",
                    "refused lukasz.osz@example.org 550 5.1.1 <lukasz.osz@example.org>: Recipient address rejected: User unknown",
                    "sent carol.leigh@example.org 250 2.0.0 Ok: queued as Q1");
            assertThat(server.received()).hasSize(1);
            assertThat(server.received().get(0).recipients()).containsExactly("saerom.choi@example.org",
                    "carol.leigh@example.org");
            assertThat(server.received().get(0).text()).doesNotContain("Bcc:").doesNotContain("saerom.choi");

            server.refusing();
            try (SendLog log = c.openLog()) {
                report = mailer.send(mailer.plan(log, false), access(c), log);
            }
            assertThat(server.received()).hasSize(2);
            assertThat(server.received().get(1).recipients()).containsExactly("lukasz.osz@example.org");
            assertThat(report.complete()).isTrue();
        }
    }

    @Test
    void reportsADamagedLogLineByNumber() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        Path file = c.folder.resolve(SendLog.FILE_NAME);
        Files.writeString(file, "{\"meeting\":\"2017-05-22\",\"what\":\"packet\",\"recipient\":\"a@example.org\","
                + "\"messageId\":\"<x@example.org>\",\"time\":\"2017-05-15T17:00:00Z\",\"reply\":\"250 OK\"}\n"
                + "{\"meeting\":\"2017-05-22\",\"what\":\"pac\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(c::openLog).hasMessageStartingWith(file
                + ":2:1: not a send-log line (");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SendLog.read(file)).hasMessageEndingWith(
                "); fix or remove the line, keeping the others");
    }

    @Test
    void refusesASecondRunWhileTheLogIsInUse() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        try (SendLog first = c.openLog()) {
            assertThat(first.entries()).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(c::openLog)
                    .hasMessage(c.folder.resolve(SendLog.FILE_NAME) + ": another 'clerk send' is sending right now;"
                            + " wait for it to finish");
        }
    }

    static SmtpAccess access(TestCommittee c) throws Exception {
        return SmtpAccess.of(c.body().value().email().smtp(), (char[]) null);
    }

    static List<String> summary(SendReport report) {
        return report.outcomes().stream().map(o -> (o.status().word() + " " + o.recipient().address()
                + (o.status() == Outcome.Status.ALREADY_SENT ? "" : " " + o.detail())).strip()).toList();
    }

    static List<String> recipientsOf(StubSmtpServer server) {
        return server.received().stream().flatMap(r -> r.recipients().stream()).toList();
    }

    static List<String> loggedRecipients(TestCommittee c) throws Exception {
        return Files.readAllLines(c.folder.resolve(SendLog.FILE_NAME)).stream()
                .map(l -> dev.clerk.model.io.JsonLines.parse(l).get("recipient").toString()).toList();
    }
}
