package dev.clerk.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.check.Checker;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The email settings, time zone and distribution lists of committee.yaml: read, defaulted, and refused when wrong. */
class EmailSettingsTest {
    private static final String BASE = """
            name: Test Committee
            timeZone: America/Los_Angeles
            people:
              - name: Carol Leigh
                email: carol@example.org
            email:
              from:
                email: clerk@example.org
              smtp:
                host: smtp.example.org
            lists:
              - name: members
                roles: [member]
            """;

    private static List<String> problems(String yaml) {
        try {
            ModelReader.parseBody("committee.yaml", yaml);
        } catch (InputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("accepted:\n" + yaml);
    }

    @Test
    void readsTheSettingsWithTheirDefaults() throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", BASE).value();
        assertThat(body.zone()).contains(ZoneId.of("America/Los_Angeles"));
        EmailSettings email = body.email();
        assertThat(email.from()).isEqualTo(new MailAddress(null, "clerk@example.org"));
        assertThat(email.replyTo()).isNull();
        assertThat(email.smtp()).isEqualTo(new SmtpSettings("smtp.example.org", 587, SmtpSecurity.STARTTLS, null, null, null));
        assertThat(email.maxAttachmentMB()).isEqualTo(10);
        assertThat(email.maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(body.list("Members")).contains(new DistributionList("members", null, List.of(Role.MEMBER),
                List.of(), List.of(), List.of()));
        assertThat(new SmtpSettings("smtp.example.org", null, SmtpSecurity.SSL, null, null, null).port()).isEqualTo(465);
        assertThat(new SmtpSettings("localhost", null, SmtpSecurity.NONE, null, null, null).port()).isEqualTo(25);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "LOCALHOST"})
    void allowsNoEncryptionToThisMachine(String host) {
        assertThat(new SmtpSettings(host, null, SmtpSecurity.NONE, null, null, null).security()).isEqualTo(SmtpSecurity.NONE);
    }

    @Test
    void refusesNoEncryptionToAnotherMachine() {
        assertThat(problems(BASE.replace("    host: smtp.example.org", "    host: smtp.example.org\n    security: none")))
                .containsExactly("committee.yaml:11:15: email.smtp.security: 'none' sends mail and password unencrypted;"
                        + " it is allowed only to a server on this machine (localhost, 127.0.0.1, ::1), not to"
                        + " 'smtp.example.org'");
    }

    @Test
    void refusesBadSettingsNamingTheField() {
        assertThat(problems(BASE.replace("    host: smtp.example.org", "    host: smtp.example.org\n    security: tls")))
                .containsExactly("committee.yaml:11:15: email.smtp.security: 'tls' is not allowed; use one of starttls,"
                        + " ssl, none");
        assertThat(problems(BASE.replace("    host: smtp.example.org", "    host: smtp.example.org\n    port: 70000")))
                .containsExactly("committee.yaml:11:11: email.smtp.port: must be at most 65535, was 70000");
        assertThat(problems(BASE.replace("    host: smtp.example.org", "    host: smtp.example.org\n    passwordFile: pw")))
                .containsExactly("committee.yaml:11:19: email.smtp.passwordFile: a password needs a user; add 'user'");
        assertThat(problems(BASE.replace("email: clerk@example.org", "email: clerk@example")))
                .containsExactly("committee.yaml:8:12: email.from.email: 'clerk@example' is not an email address");
        assertThat(problems(BASE.replace("timeZone: America/Los_Angeles", "timeZone: America/San_Francisco")))
                .containsExactly("committee.yaml:2:11: timeZone: 'America/San_Francisco' is not a time zone; use a"
                        + " name such as America/Los_Angeles");
        assertThat(problems(BASE.replace("  from:\n    email: clerk@example.org\n", "")))
                .containsExactly("committee.yaml:7:3: email: missing required field 'from'");
    }

    @Test
    void refusesListsThatNameNobodyOrTwice() {
        assertThat(problems(BASE.replace("    roles: [member]", "    description: nobody")))
                .containsExactly("committee.yaml:12:11: lists[0].name: list 'members' names nobody; give roles, people,"
                        + " groups or external");
        assertThat(problems(BASE + "  - name: Members\n    roles: [staff]\n"))
                .containsExactly("committee.yaml:14:5: lists[1]: the name 'Members' is already used by lists[0]");
        assertThat(problems(BASE.replace("- name: members", "- name: all members")))
                .containsExactly("committee.yaml:12:11: lists[0].name: 'all members' is not a list name; use one word of"
                        + " letters, digits and hyphens, such as members or interested-public");
        assertThat(problems(BASE + "    external:\n      - email: gic@example.org\n"))
                .containsExactly("committee.yaml:15:9: lists[0].external[0]: missing required field 'name'");
    }

    @Test
    void checkerReportsListMembersNotOnTheRoster(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("committee.yaml"), BASE + "    people: [Carol Lee]\n    groups: [Board]\n");
        assertThat(Checker.check(dir).problems()).extracting(Problem::toString).containsExactly(
                dir.resolve("committee.yaml") + ":14:14: lists[0].people[0]: 'Carol Lee' is not on the roster",
                dir.resolve("committee.yaml") + ":15:14: lists[0].groups[0]: 'Board' is not one of the groups");
    }
}
