package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What ModelWriter writes reads back as the same meeting: times as HH:MM, no derived fields such as "approved". */
class ModelWriterRoundTripTest {
    @Test
    void writesAMeetingThatReadsBackEqual() throws Exception {
        Meeting seed = ModelReader.readMeeting(Path.of("../examples/swtpic/meetings/2017-03-27.yaml"));
        String yaml = ModelWriter.yaml(seed, null);
        assertThat(yaml).contains("start: \"11:00\"\n").doesNotContain("approved:");
        assertThat(ModelReader.parseMeeting("round-trip.yaml", yaml).value()).isEqualTo(seed);
        assertThat(ModelReader.parseMeeting("round-trip.json", ModelWriter.json(seed)).value()).isEqualTo(seed);
    }

    @Test
    void quotesTimesSoThatYaml11ToolsReadThemAsText() throws Exception {
        Meeting meeting = ModelReader.parseMeeting("times.yaml", "date: 2024-01-10\nstart: 19:00\nend: \"20:30\"\n")
                .value();
        String written = ModelWriter.yaml(meeting, null);
        assertThat(written).contains("start: \"19:00\"\n", "end: \"20:30\"\n");
        // SnakeYAML's default loader is YAML 1.1, where an unquoted 19:00 is the sexagesimal number 1140.
        java.util.Map<String, Object> read = new org.yaml.snakeyaml.Yaml().load(written);
        assertThat(read.get("start")).isEqualTo("19:00");
        assertThat(read.get("end")).isEqualTo("20:30");
        assertThat(ModelReader.parseMeeting("again.yaml", written).value()).isEqualTo(meeting);
    }

    @Test
    void quotesTextThatReadsAsANumber() throws Exception {
        String yaml = """
                date: 2024-01-10
                kind: regular
                status: draft
                agenda:
                  - title: "1999"
                    narrative:
                      - "2472"
                      - "3.5"
                      - 12 members of the public attended.
                """;
        Meeting meeting = ModelReader.parseMeeting("numbers.yaml", yaml).value();
        String written = ModelWriter.yaml(meeting, null);
        assertThat(written).isEqualTo(yaml);
        assertThat(ModelReader.parseMeeting("again.yaml", written).value()).isEqualTo(meeting);
    }

    @Test
    void writesDeclaredLanguagesAsTheFilesDo() throws Exception {
        String yaml = """
                date: 2024-01-10
                kind: regular
                status: draft
                attendees:
                  - name: ليلى حداد
                    lang: ar
                    status: present
                agenda:
                  - title: Comentario público
                    lang: es
                    narrative:
                      - Una vecina pidió rampas con horario extendido.
                      - text: The clerk read a letter into the record.
                        lang: en
                  - title: Public comment
                    narrative:
                      - Jane Doe asked about launch hours.
                """;
        Meeting meeting = ModelReader.parseMeeting("lang.yaml", yaml).value();
        assertThat(ModelWriter.yaml(meeting, null)).isEqualTo(yaml);
        String json = ModelWriter.json(meeting);
        assertThat(json).contains("""
                "narrative" : [ "Una vecina pidió rampas con horario extendido.", {
                      "text" : "The clerk read a letter into the record.",
                      "lang" : "en"
                    } ]""").doesNotContain("narrativeLanguages");
        Meeting again = ModelReader.parseMeeting("lang.json", json).value();
        assertThat(again).isEqualTo(meeting);
        assertThat(ModelWriter.yaml(again, null)).isEqualTo(yaml);
    }

    @Test
    void writesARosterLanguageAfterTheName() throws Exception {
        String yaml = """
                name: Harbor Access Advisory Board
                language: en-US
                people:
                  - name: ليلى حداد
                    lang: ar
                    affiliation: Arab Cultural Center
                    role: member
                """;
        Body body = ModelReader.parseBody("committee.yaml", yaml).value();
        assertThat(body.people().get(0).lang()).isEqualTo("ar");
        assertThat(ModelWriter.yaml(body, null)).startsWith(yaml);
        assertThat(ModelReader.parseBody("committee.json", ModelWriter.json(body)).value()).isEqualTo(body);
    }
}
