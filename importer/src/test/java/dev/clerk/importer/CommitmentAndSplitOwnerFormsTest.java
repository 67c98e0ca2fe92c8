package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.ModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Undertakings and their owners, from invented minutes: two undertakings in one sentence when the first task is a
 * word or two ("Ivo will chair, and Rhea will explain the ballot"); a commitment told as given ("Dana has offered to
 * bake", "Ula has promised to ask"); the owner named before ", who will" ("Pia has spoken to Nell, who will ask the
 * school"), on the attendance or not; what one will do after what they did ("Ula stepped down, but will keep the
 * accounts"), or said they will do in a clause after a comma ("..., but Omar has said he will mend it"); "<strong>Action:</strong> Owner to ..." in the list of an agenda table's cell.
 * And what is no task: the words of a motion the board voted on, listed under "Action Items" over it, and a request
 * its maker withdrew.
 */
class CommitmentAndSplitOwnerFormsTest {
    @TempDir
    Path tmp;

    @Test
    void splitsAShortUndertakingFromTheNextOneAfterTheComma() {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(
                "Ivo will chair, and Rhea will give a short account of the ballot.", null);
        assertThat(found).extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Ivo] Chair", "[Rhea] Give a short account of the ballot.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dana has offered to bake the scones for the open day.|[Dana]|Bake the scones for the open day.
            Ula has promised to ask the council about the bins.|[Ula]|Ask the council about the bins.
            Pia has been in contact with Nell Varga, who will see if the school can lend chairs.|[Nell Varga]|See if the school can lend chairs.
            The Secretary wrote to the Treasurer, who has agreed to pay the deposit.|[the Treasurer]|Pay the deposit.
            Ula stepped down as treasurer, but will keep the accounts until June.|[Ula]|Keep the accounts until June.
            Omar presented the plan and will circulate it by email.|[Omar]|Circulate it by email.
            The gate is still broken, but Omar has said he will mend it this week.|[Omar]|Mend it this week.
            """)
    void readsACommitmentGivenAndTheOwnerOfAClauseAfterAComma(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @Test
    void readsTheUndertakingsOfAMeetingsPeopleAndOfThoseItOnlyMentions() throws Exception {
        Meeting m = read("""
                Orchard Lane Residents' Association minutes

                Thursday, June 4, 2020

                Present: Ivo Marsh, Rhea Toms, Pia Lund, Sol Berry

                1. Summer fete

                Stalls are booked. Ivo will chair, and Rhea will give a short account of the ballot. Dana has offered to do the teas.

                2. Street survey

                Pia has been in contact with Nell, who will see if the school can print the forms.
                """);
        assertThat(owners(m)).containsExactly(
                "[Ivo Marsh] Chair",
                "[Rhea Toms] Give a short account of the ballot.",
                "[Dana] Do the teas.",
                "[Nell] See if the school can print the forms.");
    }

    @Test
    void readsAnActionLabelledInBoldInAnAgendaTablesList() throws Exception {
        Meeting m = read("""
                # Chess Club Minutes

                Meeting held on 4 June 2020

                Present: Petra Voss, Umar Hale

                ## Agenda Items

                | Item | Item Description |
                | --- | --- |
                | 1. Tournament | <ul><li>Members talked about the spring tournament</li><li><strong>Action:</strong> Petra to book the community hall</li></ul> |
                | 2. Website | <ul><li><strong>Action:</strong> Umar to update the results page</li></ul> |
                """);
        assertThat(owners(m)).containsExactly("[Petra Voss] Book the community hall", "[Umar Hale] Update the results page");
    }

    @Test
    void takesNeitherAVotedItemNorAWithdrawnRequestForATask() throws Exception {
        Meeting m = read("""
                # Minutes of the Fernhill Water Board, June 4, 2020

                Present: Directors Alma Reyes, Boyd Cann, Cleo Dunn

                ### 3. ACTION ITEMS

                1. **Approve minutes of the Board Meeting of March 2, 2020**

                   Director Reyes moved to approve the minutes of the Board Meeting of March 2, 2020. Director Cann seconded the motion and it carried unanimously.

                2. **Other Business**

                   Director Dunn requested that the Board authorize the Treasurer to sign cheques alone. Director Reyes said a second signature is required. Director Dunn withdrew her request.
                """);
        assertThat(owners(m)).isEmpty();
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(x -> x.mover()).toList()).containsExactly("Alma Reyes");
    }

    private Meeting read(String minutes) throws Exception {
        // Markdown when the minutes use its headings, plain text otherwise.
        Path f = tmp.resolve("2020-06-04-minutes" + (minutes.contains("#") ? ".md" : ".txt"));
        Files.writeString(f, minutes);
        ImportResult result = MinutesImporter.importFile(f);
        Path written = tmp.resolve("2020-06-04.yaml");
        Files.writeString(written, ModelWriter.yaml(result.meeting(), null, result.comments()));
        CheckReport check = Checker.check(written);
        assertThat(check.errors()).as(check.problems().toString()).isZero();
        return result.meeting();
    }

    private static List<String> owners(Meeting m) {
        return m.allItems().flatMap(i -> i.actions().stream()).map(a -> a.owners() + " " + a.task()).toList();
    }
}
