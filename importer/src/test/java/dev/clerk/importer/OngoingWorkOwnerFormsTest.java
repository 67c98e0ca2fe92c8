package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Action owners in status reports, from invented minutes: work a named person has in hand, told as going on ("Tomas is
 * now working on the grant", "Hana is organizing the fair", "Rosa said she was preparing the accounts"); and the guards:
 * a body, an organisation or "we" at work, work with no object of its own, and work that is not a task.
 */
class OngoingWorkOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tomas is now working on the grant application.|[Tomas]|Work on the grant application.
            Hana Price is organizing the spring fair.|[Hana Price]|Organize the spring fair.
            Rosa and Tomas are also putting together a members' directory.|[Rosa, Tomas]|Put together a members' directory.
            Tomas is trying to book the hall for June.|[Tomas]|Book the hall for June.
            Hana is still preparing the grant report.|[Hana]|Prepare the grant report.
            Hana reported that she was preparing the accounts for audit.|[Hana]|Prepare the accounts for audit.
            Rosa said she is working on the new charter.|[Rosa]|Work on the new charter.
            """)
    void readsWorkInHandAsTheTaskOfThePersonDoingIt(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).extracting(f -> f.owners() + " " + f.task()).containsExactly(owners + " " + task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The committee is organizing the autumn fair.",
        "Riverside Library Foundation is working on a new wing.",
        "We are preparing two builds for you to try.",
        "Tomas is working on it.",
        "Rosa said they are working on the new charter.",
        "Hana is working at the library this summer."})
    void readsNoOwnerFromABodyAnOrganisationOrWorkWithNoTaskOfItsOwn(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }
}
