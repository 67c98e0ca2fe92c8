package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attendance as clubs, companies and open-source groups write it, in minutes made up for the test: user names
 * ("@octocat") under an attendance heading at any depth or after a label; "Office: Name" lines under a plain
 * "Attendance" label, with stand-ins ("(in for X)"), two holders ("A and B") and one person holding two offices; and
 * the people a site generator's front matter lists (YAML block and flow lists, lists of maps, nested keys, TOML
 * arrays and table arrays) under keys for attendance, for the body's people and for offices.
 */
class OfficeHandleFrontMatterFormsTest {
    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.note();
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        """
        # Docs Working Group

        ## Meeting 5/4/21

        ### Attendees
        - @alicewong
        - @BobTheBuilder
        - @c-dewitt
        - @here

        ### Visitors
        - @evergreen42
        - @Fir-Tree

        ### Notes
        * @alicewong to draft the style guide
        """,
        """
        # Docs Working Group

        ## 2021-05-04

        #### Present

        * @alicewong
        * @BobTheBuilder
        * @c-dewitt

        #### Guests

        * @evergreen42
        * @Fir-Tree

        #### Discussion

        The style guide was discussed; @alicewong will draft it.
        """,
        """
        Docs Working Group, May 4 2021

        Attendance: @alicewong, @BobTheBuilder and @c-dewitt
        Guests: @evergreen42, @Fir-Tree

        ## Style guide

        The style guide was discussed.
        """,
        """
        # Docs Working Group

        **Participants**

        - alicewong
        - bobthebuilder
        - c-dewitt

        **Observers**

        - evergreen42
        - fir-tree

        ## Style guide

        The style guide was discussed.
        """
    })
    void readsUserNamesUnderAnAttendanceLabelAtAnyDepth(String minutes) throws Exception {
        Meeting m = read("docs-wg-2021-05-04.md", minutes);
        // A user name stays as written, with its at sign or without it.
        assertThat(m.attendees()).extracting(a -> a.name().replaceFirst("^@", "").toLowerCase(java.util.Locale.ROOT) + " | " + a.role())
                .containsExactly("alicewong | null", "bobthebuilder | null", "c-dewitt | null", "evergreen42 | guest",
                        "fir-tree | guest");
        assertThat(m.attendees()).extracting(Attendee::name).allMatch(n -> n.matches("@?[\\p{L}\\d-]+"));
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        """
        Harbour Sailing Club Committee Meeting
        Clubhouse
        Tuesday, May 4, 2021, 7pm

        Attendance

        Commodore: Ann Lee
        Rear Commodore: Bo Ek (in for Cy Dunn)
        Membership Secretary: Dee Fox
        Race Officers: Gil Hart and Ivy Jones
        Social Convenor: Bo Ek

        Reports:

        The membership is growing.
        """,
        """
        # Harbour Sailing Club Committee

        Tuesday, May 4, 2021, 7pm

        ## Attendance

        - Commodore: Ann Lee
        - Rear Commodore: Bo Ek (in for Cy Dunn)
        - Membership Secretary: Dee Fox
        - Race Officers: Gil Hart & Ivy Jones
        - Social Convenor: Bo Ek

        ## Reports

        The membership is growing.
        """,
        """
        HARBOUR SAILING CLUB - COMMITTEE MEETING
        Tuesday, May 4, 2021, 7pm

        1. Roll call
           - Commodore: Ann Lee
           - Rear Commodore: Bo Ek (sitting in for Cy Dunn)
           - Membership Secretary: Dee Fox
           - Race Officers: Gil Hart and Ivy Jones
           - Social Convenor: Bo Ek
        2. Reports

        The membership is growing.
        """,
        """
        Harbour Sailing Club - Committee Meeting - 4 May 2021, 19:00

        Those present:

        Commodore: Ann Lee
        Rear Commodore: Bo Ek, deputising for Cy Dunn
        Membership Secretary: Dee Fox
        Race Officers: Gil Hart, Ivy Jones
        Social Convenor: Bo Ek

        1. Reports

        The membership is growing.
        """
    })
    void readsOfficeThenNameLinesUnderAnAttendanceLabel(String minutes) throws Exception {
        Meeting m = read("sailing-2021-05-04.txt", minutes);
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactly("Ann Lee", "Bo Ek", "Dee Fox", "Gil Hart", "Ivy Jones");
        assertThat(m.attendees()).extracting(OfficeHandleFrontMatterFormsTest::line)
                .contains("Ann Lee | present | null | Commodore", "Gil Hart | present | null | Race Officer");
        assertThat(m.attendees().get(1).note()).contains("Rear Commodore").contains("Cy Dunn");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        "Venue: Harbour Clubhouse",
        "Time: 7pm to 9pm",
        "Next meeting: June Committee",
        "Quorum: Yes, five of seven",
        "Race Officers: to be appointed at the AGM",
        "Social Events: Summer Regatta"
    })
    void readsNoOneFromAFieldOrAProseValueAmongTheOfficeLines(String field) throws Exception {
        Meeting m = read("sailing-2021-05-04.txt", """
                Harbour Sailing Club Committee Meeting
                Tuesday, May 4, 2021, 7pm

                Attendance

                Commodore: Ann Lee
                %s
                Membership Secretary: Dee Fox

                Reports:

                The membership is growing.
                """.formatted(field));
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Dee Fox");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        """
        ---
        layout: meeting
        title: Minutes of the Trustees' meeting
        date: 2021-05-04 19:00
        location: online
        trustees:
        - Ann Lee
        - Bo Ek (joined at 19:20)
        - Cy Dunn
        secretary:
        - Dee Fox
        members:
        - Gil Hart
        apologies:
        - Bo Ek
        - Ivy Jones
        chair: Ann
        quorum: satisfied
        agenda:
        - Finance Review
        - Grants Policy
        ---

        ## Finance Review

        The trustees noted the accounts.
        """,
        """
        ---
        title: "Trustees meeting, 4 May 2021"
        author: Kim Webb
        tags: [minutes, trustees]
        attendees: [Ann Lee, "Bo Ek", Cy Dunn]
        minute_taker: Dee Fox
        also_present: Gil Hart
        chairperson: Ann
        attendance:
          apologies:
            - Ivy Jones
        ---

        # Trustees meeting

        The trustees noted the accounts.
        """,
        """
        ---
        title: Trustees meeting
        present:
          - name: Ann Lee
            role: Chair
          - name: Bo Ek
            role: Treasurer
          - name: Cy Dunn
        guests:
          - name: Gil Hart
        scribe: Dee Fox
        regrets: Ivy Jones
        ---

        The trustees noted the accounts.
        """,
        """
        +++
        title = "Trustees meeting"
        date = 2021-05-04
        board_members = [
          "Ann Lee",
          "Bo Ek",
          "Cy Dunn",
        ]
        notetaker = "Dee Fox"
        absent = ["Ivy Jones"]

        [[visitors]]
        name = "Gil Hart"
        affiliation = "Harbour Trust"
        +++

        The trustees noted the accounts.
        """
    })
    void readsThePeopleAFrontMatterListsForTheMeeting(String minutes) throws Exception {
        Meeting m = read("trustees-2021-05-04.md", minutes);
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactlyInAnyOrder("Ann Lee", "Bo Ek", "Cy Dunn", "Dee Fox", "Gil Hart", "Ivy Jones");
        assertThat(m.attendees()).filteredOn(a -> a.name().equals("Ivy Jones"))
                .allMatch(a -> a.status() != dev.clerk.model.AttendanceStatus.PRESENT);
        assertThat(m.attendees()).filteredOn(a -> !a.name().equals("Ivy Jones"))
                .allMatch(a -> a.status() == dev.clerk.model.AttendanceStatus.PRESENT);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
        """
        ---
        layout: post
        title: "Board Meeting Minutes"
        author: Kim Webb
        categories: [board, minutes]
        location: Harbour Clubhouse
        ---

        Present: Ann Lee, Bo Ek

        The board noted the accounts.
        """,
        """
        ---
        title: Board meeting
        board: Harbour Sailing Club
        members: 12
        committee: Finance Committee
        chair: true
        ---

        Present: Ann Lee, Bo Ek

        The board noted the accounts.
        """
    })
    void readsNoOneFromFrontMatterFieldsThatNameNoPerson(String minutes) throws Exception {
        Meeting m = read("board-2021-05-04.md", minutes);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Ek");
    }
}
