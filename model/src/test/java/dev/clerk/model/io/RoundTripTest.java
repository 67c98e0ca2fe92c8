package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML and JSON, read and written: reading what was written gives an equal model, for every example and fixture. */
class RoundTripTest {
    static List<Path> meetings() {
        return Examples.meetingFiles();
    }

    static List<Path> bodies() {
        return Examples.committeeFolders().stream().map(c -> c.resolve(CommitteeFolder.BODY_FILE)).toList();
    }

    @ParameterizedTest
    @MethodSource("meetings")
    void meetingSurvivesYamlAndJson(Path file) throws Exception {
        Meeting original = ModelReader.readMeeting(file);
        String yaml = ModelWriter.yaml(original, "../schema/meeting.schema.json");
        assertThat(yaml).startsWith("# yaml-language-server: $schema=../schema/meeting.schema.json\ndate: ");
        assertThat(ModelReader.parseMeeting("again.yaml", yaml).value()).isEqualTo(original);
        String json = ModelWriter.json(original);
        assertThat(ModelReader.parseMeeting("again.json", json).value()).isEqualTo(original);
        // Writing is stable: what was read back writes the same text.
        assertThat(ModelWriter.yaml(ModelReader.parseMeeting("again.yaml", yaml).value(),
                "../schema/meeting.schema.json")).isEqualTo(yaml);
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void bodySurvivesYamlAndJson(Path file) throws Exception {
        Body original = ModelReader.readBody(file);
        String yaml = ModelWriter.yaml(original, null);
        assertThat(ModelReader.parseBody("again.yaml", yaml).value()).isEqualTo(original);
        assertThat(ModelReader.parseBody("again.json", ModelWriter.json(original)).value()).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("meetings")
    void writesKeysInRecordOrder(Path file) throws Exception {
        String yaml = ModelWriter.yaml(ModelReader.readMeeting(file), null);
        List<String> topKeys = yaml.lines().filter(l -> l.matches("^[a-zA-Z]+:.*")).map(l -> l.substring(0, l.indexOf(':')))
                .toList();
        List<String> order = List.of("date", "kind", "title", "start", "end", "location", "status", "approvedOn",
                "presiding", "recorder", "attendees", "agenda", "next", "updates");
        assertThat(topKeys).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
    }
}
