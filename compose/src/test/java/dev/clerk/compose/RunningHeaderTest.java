package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Dump;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelReader;
import org.junit.jupiter.api.Test;

/**
 * The running header of the minutes stays one line: the meeting's own title when the line holds it beside the body's
 * name and the date, Clerk's "Minutes" when the title is a whole sentence, as an imported one can be. The heading
 * keeps the title as written either way.
 */
class RunningHeaderTest {

    @Test
    void namesTheMinutesByTheirTitleWhenTheLineHoldsIt() throws Exception {
        String dump = Dump.of(MinutesComposer.compose(body(), meeting("Annual General Meeting")));
        assertThat(dump).contains("header: Elm Village Hall | Annual General Meeting – November 14, 2018");
    }

    @Test
    void namesTheMinutesMinutesWhenTheirTitleIsASentence() throws Exception {
        String title = "Elm Village Hall (Registered Charity No. 123456) Minutes of the Annual General Meeting held at "
                + "the Village Hall on Wednesday 14th November 2018 at 7.00pm";
        String dump = Dump.of(MinutesComposer.compose(body(), meeting(title)));
        assertThat(dump).contains("header: Elm Village Hall | Minutes – November 14, 2018")
                .contains("h1 title: Elm Village Hall - November\u00a014,\u00a02018 - " + title);
    }

    private static Body body() throws Exception {
        return ModelReader.parseBody("committee.yaml", "name: Elm Village Hall\n").value();
    }

    private static Meeting meeting(String title) throws Exception {
        return ModelReader.parseMeeting("2018-11-14.yaml", "date: 2018-11-14\ntitle: \"" + title + "\"\n"
                + "attendees: [{name: Ann Lee}]\nagenda:\n  - title: Accounts\n").value();
    }
}
