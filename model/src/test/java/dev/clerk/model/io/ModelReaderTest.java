package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one clear, located message per problem, and never a stack trace or a half-read model. */
class ModelReaderTest {
    @TempDir
    Path dir;

    private List<String> problems(String name, String text) {
        return problems(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            ModelReader.readMeeting(file);
            throw new AssertionError("expected an InputException for " + name);
        } catch (InputException e) {
            String prefix = dir.toString() + "/";
            return e.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsTimesAsTextNotAsYaml11Sexagesimals() throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, "date: 2017-03-27\nstart: 11:00\nend: 12:30\n");
        Meeting m = ModelReader.readMeeting(file);
        assertThat(m.start()).isEqualTo(LocalTime.of(11, 0));
        assertThat(m.end()).isEqualTo(LocalTime.of(12, 30));
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(problems("empty.yaml", "")).containsExactly("empty.yaml:1:1: file is empty");
        assertThat(problems("comment.yaml", "# nothing here\n")).containsExactly("comment.yaml:1:1: file is empty");
    }

    @Test
    void rejectsListWhereMapBelongs() {
        assertThat(problems("list.yaml", "- date: 2017-03-27\n")).containsExactly(
                "list.yaml:1:1: expected a map of fields (such as 'date: 2017-03-27'), found a list");
        assertThat(problems("agenda.yaml", "date: 2017-03-27\nagenda:\n  title: Introductions\n")).containsExactly(
                "agenda.yaml:3:3: agenda: expected a list, found a map");
    }

    @Test
    void rejectsTabIndentation() {
        assertThat(problems("tabs.yaml", "date: 2017-03-27\nagenda:\n\t- title: x\n")).containsExactly(
                "tabs.yaml:3:1: tab character; YAML indentation must use spaces");
    }

    @Test
    void rejectsHugeFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> ModelReader.readMeeting(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": is larger than 5 MB, the most Clerk reads for committee and meeting files");
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String n : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append(n).append(": &").append(n).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = n;
        }
        assertThat(problems("bomb.yaml", yaml.toString())).containsExactly(
                "bomb.yaml: too many aliases (more than 50); a file with this many is refused as a possible"
                        + " \"billion laughs\" attack");
    }

    @Test
    void refusesDeepNesting() {
        StringBuilder yaml = new StringBuilder("date: 2017-03-27\nagenda:\n");
        for (int i = 1; i < 60; i++) {
            yaml.append("  ".repeat(i)).append("- title: x\n").append("  ".repeat(i)).append("  items:\n");
        }
        assertThat(problems("deep.yaml", yaml.toString())).containsExactly("deep.yaml: nested more than 40 levels deep");
    }

    @Test
    void rejectsCharactersXmlCannotCarry() {
        assertThat(problems("ctl.yaml", "date: 2017-03-27\ntitle: a\u0007b\n")).containsExactly(
                "ctl.yaml:2:9: character U+0007 is a control character, which no document can show; remove it");
        assertThat(problems("escaped.yaml", "date: 2017-03-27\ntitle: \"a\\x01b\"\n")).containsExactly(
                "escaped.yaml:2:8: title: character U+0001 is a control character, which no document can show; remove it");
    }

    @Test
    void rejectsDeleteAndC1ControlCharactersNamingTheField() {
        for (String escape : new String[] {"\\x7F", "\\x85", "\\x9B", "\\u0085", "\\N"}) {
            int cp = escape.equals("\\N") ? 0x85 : Integer.parseInt(escape.substring(2), 16);
            assertThat(problems("c1.yaml", "date: 2017-03-27\ntitle: \"a" + escape + "b\"\n")).containsExactly(
                    String.format("c1.yaml:2:8: title: character U+%04X is a control character, which no document can"
                            + " show; remove it", cp));
        }
        assertThat(problems("raw.yaml", "date: 2017-03-27\ntitle: a\u009Bb\n")).containsExactly(
                "raw.yaml:2:9: character U+009B is a control character, which no document can show; remove it");
        assertThat(problems("c1.json", "{\"date\": \"2017-03-27\", \"title\": \"a\\u007Fb\"}")).containsExactly(
                "c1.json:1:33: title: character U+007F is a control character, which no document can show; remove it");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = "date: 2017-03-27\ntitle: a?b\n".getBytes(StandardCharsets.US_ASCII);
        bytes[25] = (byte) 0xFF;
        assertThat(problems("latin.yaml", bytes)).containsExactly(
                "latin.yaml:2:9: invalid UTF-8 (byte 0xFF at offset 25); save the file as UTF-8");
    }

    @Test
    void acceptsUtf8ByteOrderMarkAndRejectsUtf16() throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, ("\uFEFFdate: 2017-03-27\n").getBytes(StandardCharsets.UTF_8));
        assertThat(ModelReader.readMeeting(file).date()).hasToString("2017-03-27");
        assertThat(problems("utf16.yaml", "date: 2017-03-27\n".getBytes(StandardCharsets.UTF_16))).containsExactly(
                "utf16.yaml:1:1: file is UTF-16; save it as UTF-8");
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThat(problems("feb.yaml", "date: 2017-02-30\n")).containsExactly(
                "feb.yaml:1:7: date: '2017-02-30' is not a date; write YYYY-MM-DD with a day that exists");
        assertThat(problems("time.yaml", "date: 2017-03-27\nstart: 25:00\n")).containsExactly(
                "time.yaml:2:8: start: '25:00' is not a time; write HH:MM on the 24-hour clock, such as 11:00 or 18:30");
    }

    @Test
    void listsAllowedValuesOfAnUnknownEnum() {
        assertThat(problems("kind.yaml", "date: 2017-03-27\nagenda:\n  - title: Budget\n    kind: vote\n"))
                .containsExactly("kind.yaml:4:11: agenda[0].kind: 'vote' is not allowed; use one of information,"
                        + " discussion, action");
    }

    @Test
    void suggestsTheFieldMeantByAnUnknownOne() {
        assertThat(problems("typo.yaml", "date: 2017-03-27\npresidng: Jane Doe\nagenda:\n  - titel: Budget\n"))
                .containsExactly(
                        "typo.yaml:2:1: presidng: unknown field; did you mean 'presiding'?",
                        "typo.yaml:4:5: agenda[0].titel: unknown field; did you mean 'title'?",
                        "typo.yaml:4:5: agenda[0]: missing required field 'title'");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        assertThat(problems("many.yaml", "date: 2017-13-01\nkind: annual\nstart: noon\nstatus: final\n"))
                .containsExactly(
                        "many.yaml:1:7: date: '2017-13-01' is not a date; write YYYY-MM-DD with a day that exists",
                        "many.yaml:2:7: kind: 'annual' is not allowed; use one of regular, special",
                        "many.yaml:3:8: start: 'noon' is not a time; write HH:MM on the 24-hour clock, such as 11:00"
                                + " or 18:30",
                        "many.yaml:4:9: status: 'final' is not allowed; use one of draft, approved");
    }

    @Test
    void saysParserLimitsInPlainWords() {
        assertThat(problems("c.json", "{\"date\": \"2017-03-27\" // a comment\n}")).containsExactly(
                "c.json:1:23: invalid JSON: JSON has no comments; remove it, or write the file as YAML");
        assertThat(problems("n.json", "{\"date\": \"2017-03-27\", \"agenda\": [{\"title\": \"x\", \"duration\": "
                + "1".repeat(1200) + "}]}"))
                .singleElement().asString()
                .endsWith("invalid JSON: a number longer than any field takes; shorten it")
                .doesNotContain("StreamReadConstraints").doesNotContain("Feature").doesNotContain("jackson");
    }

    @Test
    void boundsDurationsAndVoteCounts() {
        assertThat(problems("big.yaml", """
                date: 2017-03-27
                agenda:
                  - title: Budget
                    duration: 2147483647
                    motions:
                      - text: to adopt the budget
                        vote:
                          ayes: 100001
                          noes: 100000
                """)).containsExactly(
                "big.yaml:4:15: agenda[0].duration: must be at most 1440, was 2147483647",
                "big.yaml:8:17: agenda[0].motions[0].vote.ayes: must be at most 100000, was 100001");
    }

    @Test
    void reportsRecordRulesAtTheField() {
        assertThat(problems("approved.yaml", "date: 2017-03-27\nstatus: approved\n")).containsExactly(
                "approved.yaml:1:1: approvedOn: approved minutes need the date they were approved");
        assertThat(problems("vote.yaml", """
                date: 2017-03-27
                agenda:
                  - title: Budget
                    motions:
                      - text: to adopt the budget
                        vote:
                          ayes: 3
                          ayeNames: [A, B]
                """)).containsExactly(
                "vote.yaml:7:17: agenda[0].motions[0].vote.ayes: 3 does not match the 2 names listed");
    }

    @Test
    void readsTheLanguagesThatNamesItemsAndParagraphsDeclare() throws Exception {
        Meeting m = ModelReader.parseMeeting("lang.yaml", """
                date: 2024-01-10
                attendees:
                  - {name: ليلى حداد, lang: ar}
                  - {name: Noa Levi}
                agenda:
                  - title: Comentario público
                    lang: es
                    narrative:
                      - Una vecina pidió rampas con horario extendido.
                      - {text: The clerk read a letter into the record., lang: en}
                  - title: Public comment
                    narrative:
                      - Jane Doe asked about launch hours.
                      - {text: Una vecina pidió rampas., lang: es-419}
                """).value();
        assertThat(m.attendees()).extracting(Attendee::lang).containsExactly("ar", null);
        AgendaItem spanish = m.agenda().get(0);
        assertThat(spanish.lang()).isEqualTo("es");
        assertThat(spanish.narrative()).containsExactly("Una vecina pidió rampas con horario extendido.",
                "The clerk read a letter into the record.");
        assertThat(List.of(spanish.narrativeLanguage(0), spanish.narrativeLanguage(1))).containsExactly("es", "en");
        AgendaItem english = m.agenda().get(1);
        assertThat(english.lang()).isNull();
        assertThat(english.narrative()).containsExactly("Jane Doe asked about launch hours.", "Una vecina pidió rampas.");
        assertThat(english.narrativeLanguages()).containsExactly("", "es-419");
        assertThat(english.narrativeLanguage(0)).isNull();
        assertThat(english.narrativeLanguage(1)).isEqualTo("es-419");
    }

    @Test
    void rejectsMalformedLanguageTagsAndParagraphs() {
        assertThat(problems("lang.yaml", """
                date: 2024-01-10
                attendees:
                  - {name: Rana Haddad, lang: en_US}
                agenda:
                  - title: Budget
                    lang: english
                    narrative:
                      - {text: Hola., lang: es-}
                      - {text: Hola., lnag: es}
                      - {lang: es}
                      - 5
                      - " "
                      - {text: "", lang: es}
                """)).containsExactly(
                "lang.yaml:3:31: attendees[0].lang: 'en_US' is not a language tag such as en-US",
                "lang.yaml:6:11: agenda[0].lang: 'english' is not a language tag such as en-US",
                "lang.yaml:8:29: agenda[0].narrative[0].lang: 'es-' is not a language tag such as en-US",
                "lang.yaml:9:23: agenda[0].narrative[1].lnag: unknown field; did you mean 'lang'?",
                "lang.yaml:10:9: agenda[0].narrative[2]: missing required field 'text'",
                "lang.yaml:11:9: agenda[0].narrative[3]: expected text or a map of fields, found the number 5",
                "lang.yaml:12:9: agenda[0].narrative[4]: must not be blank",
                "lang.yaml:13:16: agenda[0].narrative[5].text: must not be blank");
    }

    @Test
    void rejectsAMalformedLanguageTagOnTheRoster() {
        assertThatThrownBy(() -> ModelReader.parseBody("committee.yaml", """
                name: Harbor Access Advisory Board
                people:
                  - name: Rana Haddad
                    lang: ar_EG
                  - name: Noa Levi
                    lnag: he
                """)).isInstanceOf(InputException.class).hasMessage("""
                committee.yaml:4:11: people[0].lang: 'ar_EG' is not a language tag such as en-US
                committee.yaml:6:5: people[1].lnag: unknown field; did you mean 'lang'?""");
    }

    @Test
    void rejectsAMalformedLanguageOfTheBody() {
        assertThatThrownBy(() -> ModelReader.parseBody("committee.yaml", """
                name: Harbor Access Advisory Board
                language: english
                """)).isInstanceOf(InputException.class).hasMessage(
                "committee.yaml:2:11: language: 'english' is not a language tag such as en-US");
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThat(problems("dup.yaml", "date: 2017-03-27\ntitle: A\ntitle: B\n")).containsExactly(
                "dup.yaml:3:1: title: duplicate key; first given on line 2");
    }

    @Test
    void readsJsonWithPositions() {
        assertThat(problems("m.json", "{\n  \"date\": \"2017-03-27\",\n  \"kind\": \"annual\"\n}\n")).containsExactly(
                "m.json:3:11: kind: 'annual' is not allowed; use one of regular, special");
        assertThat(problems("broken.json", "{\"date\": \"2017-03-27\",}")).hasSize(1)
                .allSatisfy(p -> assertThat(p).startsWith("broken.json:1:23: invalid JSON: "));
    }

    @Test
    void reportsMissingFile() {
        Path file = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> ModelReader.readMeeting(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": no such file");
    }
}
