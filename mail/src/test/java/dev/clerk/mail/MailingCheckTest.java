package dev.clerk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is checked before anything is sent: the lists, every address at its roster entry, the attachment's size. */
class MailingCheckTest {
    @TempDir
    Path dir;

    private static List<String> problems(ThrowingBuild build) {
        try {
            build.run();
        } catch (InputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem reported");
    }

    interface ThrowingBuild {
        void run() throws Exception;
    }

    @Test
    void resolvesListsByRoleGroupPersonAndExternalAddressEachAddressOnce() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        PacketMailer mailer = c.mailer().lists(List.of("public", "members", "staff")).build();
        assertThat(mailer.recipients()).extracting(r -> r.address() + " " + r.source()).containsExactly(
                "carol.leigh@example.org people[2].email",
                "gic@example.org lists[2].external[0].email",
                "saerom.choi@example.org people[0].email",
                "lukasz.osz@example.org people[1].email",
                "minouche.kandel@example.org people[3].email",
                "maggie.mchale@example.org people[4].email");
        assertThat(mailer.recipients().get(1).name()).isEqualTo("San Francisco Public Library, Government Information Center");
    }

    @Test
    void reportsEveryBadAddressAtItsRosterEntry() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525)
                .edit("email: saerom.choi@example.org", "email: saerom..choi@example.org")
                .edit("email: gic@example.org", "email: gic@example_org.org")
                .edit("    email: maggie.mchale@example.org\n", "\n");
        String file = c.bodyFile.toString();
        assertThat(problems(() -> c.mailer().lists(List.of("members", "staff", "public")).build())).containsExactly(
                file + ":10:12: people[0].email: 'saerom..choi@example.org' cannot be mailed: 'saerom..choi' before"
                        + " the @ is not a plain mailbox name (Saerom Choi)",
                file + ":19:5: people[4]: Maggie McHale has no email address, and list 'staff' includes them"
                        + " (lists[1].roles); add one or take them off the list",
                file + ":58:16: lists[2].external[0].email: 'gic@example_org.org' cannot be mailed:"
                        + " 'example_org.org' after the @ is not a domain such as example.org"
                        + " (San Francisco Public Library, Government Information Center)");
    }

    @Test
    void reportsAListMemberWhoIsNotOnTheRoster() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525).edit("people: [Carol Leigh]", "people: [Carol Lee]");
        assertThat(problems(() -> c.mailer().lists(List.of("public")).build())).containsExactly(
                c.bodyFile + ":55:14: lists[2].people[0]: 'Carol Lee' is not on the roster (people)");
    }

    @Test
    void refusesADocumentOverTheLimitSuggestingALink() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525).edit("  smtp:\n", "  maxAttachmentMB: 1\n  smtp:\n");
        Document big = c.packet(1024 * 1024 + 1);
        assertThat(problems(() -> c.mailer().document(big).build())).containsExactly(big.file()
                + ": 1.0 MB is over the 1 MB limit for attachments (email.maxAttachmentMB in " + c.bodyFile
                + "); put the document online and send its address with --link URL");
        Document fits = c.packet(1024 * 1024);
        assertThat(c.mailer().document(fits).build().recipients()).hasSize(3);
    }

    @Test
    void needsEmailSettings() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        String yaml = java.nio.file.Files.readString(c.bodyFile);
        java.nio.file.Files.writeString(c.bodyFile, yaml.substring(0, yaml.indexOf("email:\n  from:")));
        assertThat(problems(() -> c.mailer().lists(List.of("members")).build())).containsExactly(
                c.bodyFile + ": email: no email settings; add 'email:' with at least 'from:' (see the schema or"
                        + " 'clerk init')");
    }

    @Test
    void refusesAListWithNobodyOnIt() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525).edit("roles: [staff]", "roles: [guest]");
        assertThat(problems(() -> c.mailer().lists(List.of("staff")).build())).containsExactly(
                c.bodyFile + ":51:5: lists[1]: nobody is on list 'staff'; add roles, people, groups or external"
                        + " addresses");
    }

    @Test
    void refusesAnUnknownListAsAProgrammingError() throws Exception {
        TestCommittee c = TestCommittee.create(dir, 2525);
        assertThatThrownBy(() -> c.mailer().lists(List.of("everyone")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lists: no list named 'everyone'");
    }
}
