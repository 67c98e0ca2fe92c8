package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What ModelWriter writes reads back as the same meeting: times as HH:MM, no derived fields such as "approved". */
class ModelWriterRoundTripTest {
    @Test
    void writesAMeetingThatReadsBackEqual() throws Exception {
        Meeting seed = ModelReader.readMeeting(Path.of("../examples/swtpic/meetings/2017-03-27.yaml"));
        String yaml = ModelWriter.yaml(seed, null);
        assertThat(yaml).contains("start: 11:00\n").doesNotContain("approved:");
        assertThat(ModelReader.parseMeeting("round-trip.yaml", yaml).value()).isEqualTo(seed);
        assertThat(ModelReader.parseMeeting("round-trip.json", ModelWriter.json(seed)).value()).isEqualTo(seed);
    }
}
