package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance written the ways technical groups, wikis and web pages write it, each form in minutes made up for the
 * test: participants keyed by their initials, names inside reStructuredText or Markdown links, user names with their
 * at signs and no commas, an office's holder in brackets among others, a label inside a paragraph, the one who took
 * the minutes, the scribe and the speakers of W3C's scribe tool; and what must not be read as a person (an organisation
 * after a keyed name, a word about the attendance).
 */
class KeyedAndLinkedAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String name(Attendee a) {
        return a.name();
    }

    @Test
    void readsParticipantsKeyedByTheirInitials() throws Exception {
        Meeting m = read("""
                # Harbour Data Group - 4 March 2021

                1. **Release plan**
                	1. AB - Is the build ready?
                	2. CM - Nearly.

                #### Participants

                - AB - Alma Borg, Fjord Survey, Norway [FS], Chair
                - CM - Carl de Mello, Port Authority, Portugal [PA]
                - EF - Edda Frost, Northern Weather Service, Iceland [NWS]
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("Alma Borg", "Carl de Mello", "Edda Frost");
    }

    @Test
    void readsNamesInsideLinks() throws Exception {
        Meeting m = read("""
                =====================
                Orchard Meeting Minutes
                =====================

                May 3, 2015
                -----------

                In Attendance: `Rosa Vint`_ (clerk), `Tam Oakes <https://example.org/tam>`_, `Uli`_
                `Vera B`_, `Wes

                `Yann Coe`_,

                1. Opening

                We began in silence.
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("Rosa Vint", "Tam Oakes", "Uli", "Vera B", "Wes", "Yann Coe");
        Meeting md = read("""
                # Reading Circle - 2 June 2020

                Present: [Nora Pike](https://example.org/np), [Otto Rand](https://example.org/or)

                ## Books

                Two were chosen.
                """);
        assertThat(md.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name).containsExactly("Nora Pike", "Otto Rand");
    }

    @Test
    void readsUserNamesWithoutCommas() throws Exception {
        Meeting m = read("""
                # Open call - 2024-02-01

                Attendees: @quill @rvargas @sam-t @toma_k

                ## Notes

                - @quill: The release is next week.
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("@quill", "@rvargas", "@sam-t", "@toma_k");
    }

    @Test
    void readsOneUserNameAfterACaption() throws Exception {
        Meeting m = read("""
                # Planning meeting 2022-03-09

                ## Attendance

                * Team members: Ravi, Olga
                * Others: quentinb

                ## Notes

                * Ravi will draft the page.
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name).contains("quentinb");
    }

    @Test
    void readsANameWithItsOfficeInBracketsAsAnotherPerson() throws Exception {
        Meeting m = read("""
                ### Date of Meeting

                9th March 2016

                ### Attendance

                **Present**: Lena Quist (Chair), Marco Ruiz (Secretary), Nadia Sol, Omar Tell

                ### Minutes

                - The budget was approved.
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("Lena Quist", "Marco Ruiz", "Nadia Sol", "Omar Tell");
    }

    @Test
    void readsAnAttendanceLabelInsideAParagraph() throws Exception {
        Meeting m = read("""
                # Science Network Board - April 7, 2001

                The board met at the county library after the spring fair.  Board members in attendance were:  K. Ida Moor, Jon Platt, Kim Rowe, and Lou Sand.

                ## MINUTES

                Jon moved and Kim seconded to approve the minutes.
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("K. Ida Moor", "Jon Platt", "Kim Rowe", "Lou Sand");
        Meeting were = read("""
                # Allotment Society - 12 April 2019

                The society met in the pavilion. Attending were Pia Quell, Rolf Sten and Saul Tamm. Tea was served.

                ## Plots

                Two plots are free.
                """);
        assertThat(were.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("Pia Quell", "Rolf Sten", "Saul Tamm");
    }

    @Test
    void countsTheOneWhoTookTheMinutesAsPresent() throws Exception {
        Meeting m = read("""
                Records Committee
                March 3, 2022
                Members present: Abel Dunn, Bea Fox, Cal Grey
                Recorder: Dina Hale
                Approve minutes from February 3, 2022
                Action: Approved
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("Abel Dunn", "Bea Fox", "Cal Grey", "Dina Hale");
    }

    @Test
    void readsTheScribeAndTheSpeakersOfW3cMinutes() throws Exception {
        Meeting m = read("""
                # Reading Formats CG - 15 May 2025

                ## Attendees

                Present: lotte
                Scribe: wendel

                ## Meeting minutes

                marek: we are taking notes
                tove: the demo works

                ## Diagnostics

                Maybe present: marek, tove, ilias
                All speakers: marek, tove, ilias
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .contains("lotte", "wendel", "marek", "tove", "ilias");
    }

    @Test
    void leavesOrganisationsCountsAndSentencesOut() throws Exception {
        Meeting m = read("""
                # Harbour Data Group - 4 March 2021

                #### Participants

                - AB - Alma Borg, Fjord Survey Administration, Norway [FS]
                - CD - Carl Dunn, Korea Weather Administration, Republic of Korea [KWA]
                """);
        assertThat(m.attendees()).extracting(KeyedAndLinkedAttendanceFormsTest::name)
                .containsExactly("Alma Borg", "Carl Dunn");
        Meeting prose = read("""
                # Garden Club - 2 May 2020

                The group met at the hall. Attendance was good and the tea was hot.
                Present: quorum

                ## Seeds

                The seed swap is on Sunday.
                """);
        assertThat(prose.attendees()).isEmpty();
    }
}
