package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.InputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the password comes from, and that it appears in nothing Clerk writes or says. */
class PasswordTest {
    static final String SECRET = "Pa55-\u00e9-never-shown";

    @TempDir
    Path dir;

    @Test
    void readsThePasswordFileRelativeToTheCommitteeFolderBeforeTheEnvironment() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525, "none", "clerk").edit("    user: clerk",
                "    user: clerk\n    passwordFile: secrets/smtp-password");
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/smtp-password"), SECRET + "\n");
        SmtpAccess access = SmtpAccess.of(c.body().value().email().smtp(), dir, "committee.yaml",
                Map.of("CLERK_SMTP_PASSWORD", "from-environment")::get);
        assertThat(access.password()).isEqualTo(SECRET);
        assertThat(access.toString()).isEqualTo("smtp none://clerk:****@127.0.0.1:2525");

        Files.setPosixFilePermissions(dir.resolve("secrets/smtp-password"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(SmtpAccess.readableByOthers(dir.resolve("secrets/smtp-password"))).isTrue();
        Files.setPosixFilePermissions(dir.resolve("secrets/smtp-password"), PosixFilePermissions.fromString("rw-------"));
        assertThat(SmtpAccess.readableByOthers(dir.resolve("secrets/smtp-password"))).isFalse();
    }

    @Test
    void saysWhereToPutAMissingPassword() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525, "none", "clerk");
        try {
            SmtpAccess.of(c.body().value().email().smtp(), dir, "committee.yaml", name -> null);
            throw new AssertionError("no problem reported");
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo("committee.yaml: email.smtp.user: the server login 'clerk' needs a"
                    + " password: set CLERK_SMTP_PASSWORD in the environment, or name a file holding it in"
                    + " email.smtp.passwordFile");
        }
        c.edit("    user: clerk", "    user: clerk\n    passwordFile: nowhere");
        try {
            SmtpAccess.of(c.body().value().email().smtp(), dir, "committee.yaml", name -> SECRET);
            throw new AssertionError("no problem reported");
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo("committee.yaml: email.smtp.passwordFile: '" + dir.resolve("nowhere")
                    + "' does not exist; create it holding the SMTP password, readable only by you");
        }
    }

    /** A password file that is a pipe nobody writes to is refused at once, not waited on (issue 15). */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAPasswordFileThatIsAPipeWithoutWaitingOnIt() throws Exception {
        Path fifo = dir.resolve("smtp-password");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        assertThat(mkfifo.waitFor()).isZero();
        TestCommittee c = TestCommittee.create(dir, 2525, "none", "clerk").edit("    user: clerk",
                "    user: clerk\n    passwordFile: smtp-password");
        try {
            SmtpAccess.of(c.body().value().email().smtp(), dir, "committee.yaml", name -> null);
            throw new AssertionError("no problem reported");
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo("committee.yaml: email.smtp.passwordFile: '" + fifo
                    + "' is not a regular file (a pipe or device)");
        }
    }

    @Test
    void neverAppearsInReportsLogsOrMessages() throws Exception {
        try (StubSmtpServer server = new StubSmtpServer().withLogin("clerk", SECRET).refusing("lukasz.osz@example.org")) {
            TestCommittee c = TestCommittee.create(dir, server.port(), "none", "clerk");
            PacketMailer mailer = c.mailer().build();
            StringBuilder everything = new StringBuilder();
            for (String password : new String[] {SECRET + "-wrong", SECRET}) {
                SmtpAccess access = SmtpAccess.of(c.body().value().email().smtp(), dir, "committee.yaml",
                        Map.of("CLERK_SMTP_PASSWORD", password)::get);
                everything.append(access);
                try (SendLog log = c.openLog()) {
                    SendPlan plan = mailer.plan(log, false);
                    for (Outgoing o : plan.messages()) {
                        ByteArrayOutputStream eml = new ByteArrayOutputStream();
                        o.writeTo(eml);
                        everything.append(eml.toString(StandardCharsets.UTF_8));
                    }
                    everything.append(mailer.send(plan, access, log));
                }
            }
            assertThat(server.received()).hasSize(2);
            for (StubSmtpServer.Received r : server.received()) {
                everything.append(r.text());
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    everything.append(Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
            assertThat(everything.toString()).contains("refused the login for 'clerk'", "Recipient address rejected")
                    .doesNotContain(SECRET).doesNotContain("Pa55");
        }
    }
}
