package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Minutes as web pages keep them, from invented minutes in each form: a page's metadata block without fences, whose
 * date is when the page was posted; HTML whose text is read as the same text on plain lines; Markdown's setext
 * headings and block quotes; headings that are only an ordinal, named by the topic under them; list items wrapped
 * onto the next line; and the motion and start-time forms such pages use.
 */
class PageFormsTest {
    private static ImportResult importing(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none());
    }

    private static Meeting read(String text) throws Exception {
        return importing("minutes.md", text).meeting();
    }

    private static String movers(Meeting m) {
        return String.join("; ", m.allItems().flatMap(i -> i.motions().stream())
                .map(x -> x.mover() + "/" + x.seconder()).toList());
    }

    @Test
    void takesTheMeetingDateFromTheTextNotFromThePagesUnfencedMetadata() throws Exception {
        Meeting m = read("""
                Title: Trustees meeting 2019-04-11
                Date: 2021-06-30 09:15
                Modified: 2021-07-01 10:00
                Authors: Kim Osei
                slug: trustees-2019-04-11

                Trustees meeting, 11 April 2019

                ## Present

                - Kim Osei
                - Lou Barros

                ## Finance

                The accounts were reviewed.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 4, 11));
        // The page's posting time is no start time.
        assertThat(m.start()).isNull();
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Kim Osei", "Lou Barros");
    }

    @Test
    void keepsAMinutesOwnHeaderOfFieldsAsTheHeader() throws Exception {
        // "Date:", "Time:", "Location:" at the top are the minutes' own header, not a page's metadata.
        Meeting m = read("""
                Date: 3 March 2020
                Time: 7:30 pm
                Location: Village Hall

                ## Minutes

                The minutes were approved.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 30));
    }

    @Test
    void readsTheTextInsideHtmlAsPlainLines() throws Exception {
        ImportResult r = importing("minutes.html.txt", """
                <div class="minutes">
                <time datetime="2021-02-09">9 February 2021</time>
                <p>The council met at 7.00pm on 9th February 2021.</p>
                <hr>
                <h4>PRESENT</h4>
                <p>Councillors Ann Hale, Rhys Morgan and Ewan Price.</p>
                <ol class="items">
                  <li>
                    <h4>ANNUAL RETURN FOR THE YEAR ENDING 31<sup>ST</sup> MARCH</h4>
                    <p>The Clerk&#39;s report was noted &amp; signed.<br>
                    It was proposed by Cllr. A. Hale, seconded by Cllr. R. Morgan and agreed that the return be approved.</p>
                  </li>
                  <li><h4>PLANNING</h4>
                    <dl>
                      <dt>P/1234</dt>
                      <dd>Garden <strong>room</strong> at Ty Newydd</dd>
                      <dd><strong>NO OBJECTIONS</strong></dd>
                    </dl>
                  </li>
                </ol>
                </div>
                """);
        Meeting m = r.meeting();
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
        assertThat(m.attendees()).extracting(Attendee::name).contains("Ann Hale", "Rhys Morgan", "Ewan Price");
        assertThat(m.allItems().map(AgendaItem::title)).contains("ANNUAL RETURN FOR THE YEAR ENDING 31ST MARCH", "PLANNING");
        assertThat(movers(m)).isEqualTo("A. Hale/R. Morgan");
        String yaml = ModelWriter.yaml(m, null);
        String narrative = yaml.replaceAll("(?m)^\\s*#.*\\n", "");
        assertThat(narrative).contains("The Clerk's report was noted & signed.", "P/1234", "Garden room at Ty Newydd",
                "NO OBJECTIONS").doesNotContain("<", "&#39;", "&amp;");
        // A line read into a field is quoted as the page has it, markup and all, where the field is.
        assertThat(r.placements()).anyMatch(p -> p.wording() != null && p.wording().contains("<h4>PLANNING</h4>"));
        // A line that is only markup needs no place; every line with text has one.
        assertThat(r.placements()).noneMatch(p -> p.line() == 1 || p.line() == 7);
    }

    @Test
    void readsARuleWithLineBreaksBesideItAsARule() throws Exception {
        // A page's rule across it, with line breaks after it, is a rule, as "<hr>" alone and "---" are: a
        // line of its own, its place kept. A break alone is only markup.
        ImportResult r = importing("minutes.html.txt", """
                <h3>Committee meeting 14/05/2024</h3>
                <p>The treasurer reported a balance of $310.</p>
                <br>
                <hr><br>
                <p>Next meeting 11 June.</p>
                <hr class="thin"><br />
                <p>Signed: Ann Lee, secretary</p>
                """);
        assertThat(r.placements()).anyMatch(p -> p.line() == 4).anyMatch(p -> p.line() == 6)
                .noneMatch(p -> p.line() == 3);
    }

    @Test
    void readsListItemsWhoseTextIsOnTheLinesAfterTheirTag() throws Exception {
        Meeting m = read("""
                <h3>Committee meeting 14/05/2024</h3>
                <p><strong>Attendees:</strong> Nadia, Owen, Pia</p>
                <ol class="list">
                  <li>
                    Business from last meeting:
                    <ul>
                      <li>
                        Name badges - Owen has ordered forty badges. The cost was about $30. Motion: moved Nadia,
                        second Pia: That Owen be repaid for the badges. Unanimously passed.
                      </li>
                    </ul>
                  </li>
                  <li>
                    Club website <br />
                    Pia will move the website to a new host.
                  </li>
                </ol>
                """);
        assertThat(m.allItems().map(AgendaItem::title)).contains("Business from last meeting", "Club website");
        assertThat(movers(m)).isEqualTo("Nadia/Pia");
    }

    @Test
    void readsSetextHeadingsAndBlockQuotes() throws Exception {
        Meeting m = read("""
                Board meeting 2 May 2022
                ========================

                Attendance
                ----------

                - Ravi Shah
                - Jo Lund

                Finances
                --------

                > The treasurer reported a small surplus
                > for the quarter.
                >
                > The budget was approved.
                """);
        assertThat(m.allItems().map(AgendaItem::title)).contains("Finances");
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ravi Shah", "Jo Lund");
        AgendaItem finances = m.allItems().filter(i -> i.title().equals("Finances")).findFirst().orElseThrow();
        assertThat(finances.narrative()).contains("The treasurer reported a small surplus for the quarter.");
        assertThat(String.join(" ", finances.narrative())).doesNotContain(">");
    }

    @Test
    void namesAnOrdinalHeadingByTheTopicItsParagraphOpensWith() throws Exception {
        Meeting m = read("""
                # Board meeting 2015-09-17

                ### 1st Order of business:

                Summer fair. The fair raised more than last year. We will thank the volunteers.

                ### 2nd Order of business:

                Can we afford a second printer? The board agreed to wait until spring.

                ### 3rd Order of business:

                The treasurer said the accounts are late this year.
                """);
        assertThat(m.allItems().map(AgendaItem::title)).containsExactly("1st Order of business: Summer fair",
                "2nd Order of business: Can we afford a second printer?",
                // A sentence that says something is no topic's name: the heading stays as written.
                "3rd Order of business");
    }

    @Test
    void joinsAListItemWrappedOntoTheNextLines() throws Exception {
        Meeting m = read("""
                # Club night, 5 June 2021

                ## Thanks

                -   The head of the school of Music and Drama,
                    Professor Ines Duarte, for the rehearsal room
                    again.
                -   Tomas for the refreshments.
                """);
        AgendaItem thanks = m.allItems().filter(i -> i.title().equals("Thanks")).findFirst().orElseThrow();
        assertThat(thanks.narrative()).containsExactly(
                "The head of the school of Music and Drama, Professor Ines Duarte, for the rehearsal room again.",
                "Tomas for the refreshments.");
    }

    @Test
    void readsMotionsInTheShortFormsClubsWrite() throws Exception {
        Meeting m = read("""
                # AGM minutes 4 March 2023

                ## Present:

                - Ada Nwosu
                - Ben Kirk
                - Cara Holt

                ## Reports

                Ada moved the minutes be accepted as a true record. Ben seconded. Carried.

                Cara moved the Treasurer's Report be accepted and Ada seconded. Unanimously agreed.

                Ben moved we close the old bank account. Cara seconded.

                Ada proposed and Cara seconded that the fees stay the same.

                Moved Ben / Seconded Ada: that the club joins the county league.

                The accounts were moved as correct by Cara Holt and Ben Kirk.
                """);
        // First names are resolved to the attendance list's full names.
        assertThat(movers(m)).isEqualTo("Ada Nwosu/Ben Kirk; Cara Holt/Ada Nwosu; Ben Kirk/Cara Holt; Ada Nwosu/Cara Holt;"
                + " Ben Kirk/Ada Nwosu; Cara Holt/Ben Kirk");
    }

    @Test
    void readsTheStartFromHeldAtAndCommencedAt() throws Exception {
        Meeting held = importing("2023-12-04-minutes.txt", """
                RIVERSIDE COMMUNITY COUNCIL

                GENERAL MEETING MONDAY 4 DECEMBER

                Held in the Library Meeting Room at 7 p.m.

                1. MINUTES
                The minutes were approved.
                """).meeting();
        assertThat(held.start()).isEqualTo(LocalTime.of(19, 0));
        Meeting commenced = read("""
                # Minutes of the AGM, 27 February 2023

                ## Meeting:

                The AGM commenced at 7:46 pm.

                ## Reports

                The reports were received.
                """);
        assertThat(commenced.start()).isEqualTo(LocalTime.of(19, 46));
    }
}
