package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same minutes in other presentations read the same, in minutes made up for the test: labels in italics or bold
 * italics, a block of labelled lines in bold (fields, not titles), a label that leads several paragraphs (a speaker),
 * a setext title closed by a stop, a list indented as a whole by a tab, and a site's page title over the minutes' own.
 */
class PresentationFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("2024-03-12-minutes.md", text, ImportOptions.none()).meeting();
    }

    private static List<String> titles(List<AgendaItem> items, List<String> out) {
        for (AgendaItem i : items) {
            out.add(i.title());
            titles(i.items(), out);
        }
        return out;
    }

    private static List<String> titles(Meeting m) {
        return titles(m.agenda(), new ArrayList<>());
    }

    private static final String MINUTES = """
            # Allotment Society Committee

            %sDate:%s 12 March 2024
            %sTime:%s 7.30pm
            %sPresent:%s Mara Lindqvist, Oskar Penhale, Ruth Adeyemi

            ## Water troughs

            The troughs on the east side leak again.

            %sAction:%s Oskar Penhale to ask the council for new ones.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "_", "***", "**"})
    void readsLabelsInAnyEmphasisAsPlainLabels(String mark) throws Exception {
        Meeting m = read(MINUTES.replace("%s", mark));
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactly("Mara Lindqvist", "Oskar Penhale", "Ruth Adeyemi");
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 30));
        assertThat(titles(m)).contains("Water troughs").doesNotContain("Action", "Present");
        assertThat(m.agenda().stream().flatMap(i -> i.actions().stream()).flatMap(a -> a.owners().stream()))
                .anyMatch(o -> o.contains("Oskar"));
    }

    @Test
    void readsABlockOfBoldLabelledLinesAsFieldsNotTitles() throws Exception {
        Meeting m = read("""
                Rowing Club Board Meeting

                **Chair:** Mara Lindqvist
                **Treasurer:** Oskar Penhale
                **Secretary:** Ruth Adeyemi
                **Coach:** Ivo Brandt

                **Boat repairs:** The eight needs a new rigger.

                **Regatta:** Entries close on Friday.

                **Fundraising:** The quiz raised 400 pounds.
                """);
        assertThat(titles(m)).contains("Boat repairs", "Regatta", "Fundraising")
                .doesNotContain("Chair", "Treasurer", "Secretary", "Coach");
    }

    @Test
    void readsABoldLabelThatLeadsSeveralParagraphsAsASpeakerNotATitle() throws Exception {
        Meeting m = read("""
                # Core team call

                **Budget:** we looked at the year's spending.

                **Mara:** The hosting bill went up.

                **Oskar:** We could move to the cheaper plan.

                **Mara:** Agreed, if the backups stay.

                **Oskar:** I will check the backups.

                **Release:** the next release is due in May.

                **Website:** the new pages are live.
                """);
        assertThat(titles(m)).contains("Budget", "Release", "Website").doesNotContain("Mara", "Oskar");
    }

    @Test
    void readsASetextTitleClosedByAStopWhenItsUnderlineFitsIt() throws Exception {
        Meeting m = read("""
                Residents' Association
                ======================

                Apologies.
                ----------

                None were received.

                A.O.B.
                ------

                The hall will be painted in June.
                """);
        assertThat(titles(m)).contains("Apologies", "A.O.B.");
    }

    @Test
    void keepsASentenceOverARuleOfItsOwnWidthAsASentence() throws Exception {
        Meeting m = read("""
                Residents' Association
                ======================

                Apologies
                ---------

                The meeting closed at nine.
                ------------------------------------------------------------

                Signed as a true record.
                """);
        assertThat(titles(m)).doesNotContain("The meeting closed at nine.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "\t", "    "})
    void readsAListIndentedAsAWholeAsTheOutlineAtTheMargin(String indent) throws Exception {
        String minutes = """
                Parish Council Minutes, 4 June 2024

                %s1. **Apologies**

                Received from Cllr Brandt.

                %s2. **Playground**

                The swings were repaired.

                %s3. **Finance**

                The accounts were approved.
                """;
        Meeting plain = read(minutes.replace("%s", ""));
        assertThat(titles(plain)).contains("Apologies", "Playground", "Finance");
        assertThat(titles(read(minutes.replace("%s", indent)))).isEqualTo(titles(plain));
    }

    @Test
    void readsASitePageTitleOverTheMinutesTitleAsNoSection() throws Exception {
        String body = """
                %s Tenants' Union General Meeting

                * Date: 2024-03-20T18:30:00Z
                * Present: Mara Lindqvist, Oskar Penhale

                %s Rent strike
                We voted to continue.

                %s Repairs
                Three flats still have damp.
                """;
        Meeting plain = read(body.formatted("#", "##", "##"));
        Meeting paged = read("# Minutes\n\n" + body.formatted("##", "###", "###"));
        assertThat(titles(paged)).isEqualTo(titles(plain)).contains("Rent strike", "Repairs");
        assertThat(paged.start()).isEqualTo(plain.start()).isNotNull();
        assertThat(paged.attendees()).extracting(Attendee::name).isEqualTo(plain.attendees().stream().map(Attendee::name).toList());
    }
}
