package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proposals in the shorthand of a secretary's notes, from minutes invented for the test: "Ann proposed: a vote on the
 * name - unanimous approval" (proposed and decided in one line), "Ann proposed 'Oak', 'Elm' and 'Ash'." over "This
 * was approved" (the outcome told of "this" on the line below), "The trustees, therefore, proposed:" over the words of
 * the resolution, and a meeting held by telephone or video whose chair "opened the call at 7:08am"; and the guards: a
 * proposal no outcome follows, a line that only mentions approval, a call for nominations.
 */
class ProposalOutcomeFormsTest {

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static List<String> motions(String text) throws Exception {
        return imported(text).allItems().flatMap(i -> i.motions().stream()).map(ProposalOutcomeFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        return x.mover() + " " + x.result() + ": " + x.text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spaced dash, approval | * KR proposed: a formal vote to move the parser to the stable stage - unanimous approval from all the voting members (Ann Lee, Bo Chan) | KR passed: a formal vote to move the parser to the stable stage
            semicolon, carried    | * Ann Lee proposed: to hold the picnic in the park; carried                                                                   | Ann Lee passed: to hold the picnic in the park
            brackets, agreed      | - Tomas proposed a second hustings in the library (agreed)                                                                       | Tomas passed: a second hustings in the library
            dash, rejected        | - Tomas proposed: a levy of five pounds a head - rejected                                                                       | Tomas failed: a levy of five pounds a head
            """)
    void readsAProposalWhoseOutcomeItsOwnLineTells(String form, String line, String motion) throws Exception {
        assertThat(motions("""
                # Garden Club, 3 March 2024

                ## Summer plans

                * Rosa asked about the budget.
                %s
                """.formatted(line))).as(form).containsExactly(motion);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quoted names, most approved | Ravi proposed 'Oak', 'Elm', and 'Ash'. | This was most approved | Ravi passed: 'Oak', 'Elm', and 'Ash'
            colon, approved             | Ravi proposed: a new logo for the flyers | This was approved      | Ravi passed: a new logo for the flyers
            not accepted                | Ravi proposed 'Thursdays' as the club night. | This was not accepted | Ravi failed: 'Thursdays' as the club night
            """)
    void readsAProposalWhoseOutcomeTheLineBelowTellsOfThis(String form, String proposal, String outcome, String motion)
            throws Exception {
        assertThat(motions("""
                <html>
                <head><title>Film Society sub-committee, 3/3/24</title></head>
                <body>
                <h1>Film Society sub-committee, 3 March 2024</h1>
                <h3>Houses</h3>
                <ul>
                	<li>%s
                	<ul>
                		<li>%s</li>
                		<li>Mei to ask a designer about the art</li>
                	</ul></li>
                </ul>
                </body>
                </html>
                """.formatted(proposal, outcome)))
                .as(form).containsExactly(motion);
    }

    @Test
    void readsABodysProposalWhoseWordsStandOnTheLineBelow() throws Exception {
        assertThat(motions("""
                Riverside Choir AGM, 3 March 2024

                Proposal
                --------
                The venue would not renew our lease on the old terms.

                The committee, therefore, proposed:

                   That the committee have permission to agree a new lease with the venue for two years.

                The proposal was accepted by a show of hands.
                """)).containsExactly("committee passed: That the committee have permission to agree a new lease with the"
                + " venue for two years");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ravi proposed 'Oak', 'Elm', and 'Ash'.\n\nThe members will think about it.",
        "Ravi proposed: a new logo for the flyers - discussion to follow at the next meeting",
        "Ravi proposed: a new logo for the flyers - approval of the printer is still needed",
        "The venue says this was approved by the council last year.",
        "Ravi proposed a new logo for the flyers (approved designs only)."})
    void readsNoMotionFromAProposalNoOutcomeFollowsOrAMentionOfApproval(String lines) throws Exception {
        assertThat(motions("# Film Society, 3 March 2024\n\n## Publicity\n\n" + lines + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            opened the call     | * Kira Vance (KV) opened the call at 7:08am PT    | 07:08
            started the call    | The chair started the Zoom call at 18:05.         | 18:05
            teleconference      | Ann Lee opened the teleconference at 2:30 pm.     | 14:30
            """)
    void readsTheStartOfAMeetingHeldByTelephoneOrVideo(String form, String line, String start) throws Exception {
        Meeting m = imported("""
                # Data Group

                **Date**: Thursday, May 2, 2024

                ## Opening

                %s
                * KV reviewed the agenda

                ## Close

                Meeting adjourned at 9:04 pm
                """.formatted(line));
        assertThat(m.start()).as(form).isEqualTo(LocalTime.parse(start));
    }

    @Test
    void readsNoStartFromACallForNominations() throws Exception {
        Meeting m = imported("""
                # Data Group

                **Date**: Thursday, May 2, 2024

                ## Elections

                The chair opened the call for nominations at 7:40 pm.
                """);
        assertThat(m.start()).isNull();
    }
}
