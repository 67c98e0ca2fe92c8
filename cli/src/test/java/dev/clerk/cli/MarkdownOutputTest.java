package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown Clerk writes ({@code clerk tasks}, {@code clerk agenda --format md}, {@code out/tasks.md}) from a
 * committee whose every field that reaches it holds HTML and links to script: none of it comes out as markup.
 */
class MarkdownOutputTest {
    private static final String ANN = "Ann <b>Lee</b> [y](javascript:alert(3))";

    @TempDir
    Path dir;

    @BeforeEach
    void hostileCommittee() throws Exception {
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), """
                name: "Board <script>alert(1)</script> [n](javascript:alert(1))"
                shortName: "B<i>"
                department: "<img src=x onerror=alert(2)> Office"
                parentBody: "[p](vbscript:x) Council <javascript:alert(0)>"
                people:
                  - name: "%s"
                    role: chair
                    affiliation: "<i>Guild</i> [g](data:text/html,x)"
                    email: ann@example.org
                  - name: Bo Ng
                    role: staff
                    email: bo@example.org
                """.formatted(ANN));
        Files.writeString(dir.resolve("meetings/2024-01-10.yaml"), """
                date: 2024-01-10
                start: "18:00"
                location:
                  name: "<marquee>Hall</marquee> [h](javascript:h)"
                  address: ["[a](javascript:alert(4)) Street"]
                agenda:
                  - title: "Signs <iframe src=javascript:alert(5)>"
                    description: "Desc ![i](data:text/html,x) <svg onload=alert(6)>"
                    presenter: "%1$s"
                    narrative: ["N <script>n</script> [k](javascript:k)"]
                    actions:
                      - id: 2024-01-10-1
                        owners: ["%1$s"]
                        task: "Order <script>s</script> [t](javascript:alert(7)) <javascript:alert(8)>"
                        due: 2024-02-01
                        note: "Task note <b>x</b> [tn](javascript:tn)"
                next:
                  date: 2024-02-14
                  proposedItems: ["<b>Next</b> [q](javascript:q)"]
                """.formatted(ANN));
        Files.writeString(dir.resolve("meetings/2024-01-20.yaml"), """
                date: 2024-01-20
                kind: special
                agenda:
                  - title: "Special <b>s</b>"
                    decisions: ["Decided <script>d</script> [d](javascript:d)"]
                updates:
                  - task: 2024-01-10-1
                    status: in-progress
                    note: "Update note <script>u</script> [u](javascript:alert(10)) &lt;x&gt; <https://ok.example.org>"
                """);
        Files.writeString(dir.resolve("meetings/2024-02-14.yaml"), """
                date: 2024-02-14
                start: "18:00"
                agenda:
                  - title: "Review [r](javascript:alert(9))"
                    description: "<style>*{}</style> described at https://example.org/a(b)<c"
                    presenter: Bo Ng
                    tasks: [2024-01-10-1]
                """);
        assertThat(CliRun.of("check", dir.toString()).exitCode()).isZero();
    }

    @Test
    void theTaskListWritesNoMarkupFromTheCommittee() throws Exception {
        CliRun run = CliRun.of("tasks", dir.toString(), "--as-of", "2024-02-14");
        assertThat(run.exitCode()).isZero();
        assertNoMarkup(run.out());
        // Still the committee's words, readable.
        assertThat(run.out()).contains("# Board &lt;script>alert(1)&lt;/script> \\[n\\](javascript:alert(1))\n")
                .contains("| Order &lt;script>s&lt;/script> \\[t\\](javascript:alert(7)) &lt;javascript:alert(8)> |")
                .contains("Update note &lt;script>u&lt;/script> \\[u\\](javascript:alert(10)) &amp;lt;x&amp;gt;"
                        + " &lt;https://ok.example.org>");
    }

    @Test
    void theAgendasWriteNoMarkupFromTheCommittee() throws Exception {
        for (String meeting : new String[] {"2024-01-10", "2024-01-20", "2024-02-14"}) {
            Path md = dir.resolve(meeting + ".md");
            assertThat(CliRun.of("agenda", dir.resolve("meetings/" + meeting + ".yaml").toString(), "--format", "md",
                    "-o", md.toString()).exitCode()).isZero();
            assertNoMarkup(Files.readString(md));
        }
        assertThat(Files.readString(dir.resolve("2024-02-14.md")))
                .contains("## I. Review \\[r\\](javascript:alert(9))\n")
                .contains("&lt;style>\\*{}&lt;/style> described at <https://example.org/a(b>)&lt;c");
    }

    @Test
    void theBuiltTaskListWritesNoMarkupFromTheCommittee() throws Exception {
        CliRun.of("build", dir.toString(), "--quiet");
        String md = Files.readString(dir.resolve("out/tasks.md"));
        assertThat(md).contains("Order &lt;script>");
        assertNoMarkup(md);
    }

    /**
     * No HTML (a "<" that could open a tag, a comment or an autolink, other than Clerk's {@code <br>} in a table
     * cell and its links to web addresses), no link or image from the committee's words (every "[" escaped but
     * those of Clerk's links to web and mail addresses), and no link to anything but a web or mail address.
     */
    private static void assertNoMarkup(String md) {
        String clerks = md.replace("<br>", "").replaceAll("<(https?://[^\\s<>]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>", "");
        assertThat(Pattern.compile("<(?![\\s\\d=-])").matcher(clerks).results()
                .map(r -> clerks.substring(r.start(), Math.min(clerks.length(), r.start() + 30))))
                .as("HTML or an autolink in%n%s", md).isEmpty();
        String withoutLinks = md.replaceAll("(?<!\\\\)\\[(?:\\\\.|[^\\\\\\]])*\\]\\((?:https?://|mailto:)[^\\s()<>]*\\)", "");
        assertThat(Pattern.compile("(?<!\\\\)\\[").matcher(withoutLinks).results()
                .map(r -> withoutLinks.substring(r.start())))
                .as("a link from the committee's words in%n%s", md).isEmpty();
        assertThat(md).doesNotContainPattern("(?i)((?<!\\\\)\\]\\(|<)\\s*(javascript|data|vbscript):");
    }
}
