package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import org.junit.jupiter.api.Test;

/** People the minutes record speaking were there. Invented sentences and minutes. */
class SpeakersTest {
    @Test
    void aFullNameThatOpensASentenceWithAVerbOfSpeakingIsASpeaker() {
        assertThat(Speakers.in("Michael Salch suggested a limit of 1500 MPN per 100 mL."))
                .isEqualTo(new Speakers.Speaker("Michael Salch", null));
        assertThat(Speakers.in("Leanne Moll, City Recorder, declared a quorum."))
                .isEqualTo(new Speakers.Speaker("Leanne Moll", "City Recorder"));
        assertThat(Speakers.in("Public Works Director Ana Ruiz reported that the bridge reopens in May."))
                .isEqualTo(new Speakers.Speaker("Ana Ruiz", null));
        // A clause that is not a title is no role.
        assertThat(Speakers.in("Ann Lee, who chairs the panel, said the report is late."))
                .isEqualTo(new Speakers.Speaker("Ann Lee", null));
        assertThat(Speakers.in("Misty De Meo gave an update on the build farm."))
                .isEqualTo(new Speakers.Speaker("Misty De Meo", null));
    }

    @Test
    void aTitleAndSurnameAGroupOrAThingIsNot() {
        assertThat(Speakers.in("Councilor Nyberg noted that the trees are planted.")).isNull();
        assertThat(Speakers.in("The Mayor thanked everyone for coming.")).isNull();
        assertThat(Speakers.in("The committee discussed the budget.")).isNull();
        assertThat(Speakers.in("Material Alterations recommended that the site be excluded.")).isNull();
        assertThat(Speakers.in("Planning Commission reported no quorum.")).isNull();
        assertThat(Speakers.in("Carol Leigh will send the summary.")).isNull();
    }

    @Test
    void aLongOfficeWithSmallWordsBeforeTheNameIsTheRole() {
        assertThat(Speakers.in("Director of Public Works and Utilities Jane Roe reported on the water main."))
                .isEqualTo(new Speakers.Speaker("Jane Roe", "Director of Public Works and Utilities"));
        assertThat(Speakers.in("General Counsel Linda Moss presented the item."))
                .isEqualTo(new Speakers.Speaker("Linda Moss", null));
        assertThat(Speakers.in("Hal Grant, on behalf of the neighbours, expressed concerns about the project."))
                .isEqualTo(new Speakers.Speaker("Hal Grant", null));
        // The office alone, and a department in place of a name, are no one.
        assertThat(Speakers.in("Director of Community Development reported on the grant.")).isNull();
        assertThat(Speakers.in("Head of Human Resources presented the staffing plan.")).isNull();
    }

    @Test
    void aWordThatOpensTheSentenceIsNoPartOfTheName() {
        assertThat(Speakers.in("But Heather mentioned the draft.")).isNull();
        assertThat(Speakers.in("However, Ann Lee noted the cost.")).isEqualTo(new Speakers.Speaker("Ann Lee", null));
    }

    @Test
    void thePeopleASentenceIntroducesWithTheirOffices() {
        assertThat(Speakers.introduced("Ana Ruiz introduced Director of Finance and Budget Mei Tan and Planner Bo Chu who"
                + " presented the plan.")).extracting(Speakers.Speaker::name).containsExactly("Mei Tan", "Bo Chu");
        assertThat(Speakers.introduced("The chair welcomed Ida Holm to the board."))
                .extracting(Speakers.Speaker::name).containsExactly("Ida Holm");
        assertThat(Speakers.introduced("Staff introduced the Parks Master Plan and Capital Projects.")).isEmpty();
    }

    @Test
    void speakersNotInTheAttendanceAreListedAsPresentForChecking() throws Exception {
        ImportResult r = MinutesImporter.importText("willow.txt", """
                Willow Creek Tenants Association - Minutes - June 2, 2023

                Present: Ada Byron, Ben Carter

                1. Open Forum
                Dora Mendez, Building Manager, announced the lift repairs. Ada Byron asked when they start.
                Ben Carter said the laundry room is fixed.
                """, ImportOptions.none());
        assertThat(r.meeting().attendees()).extracting(Attendee::name)
                .containsExactly("Ada Byron", "Ben Carter", "Dora Mendez");
        assertThat(r.meeting().attendees().get(2).note()).isEqualTo("Building Manager");
        assertThat(r.guesses()).anyMatch(g -> g.path().equals("attendees[2]")
                && g.note().equals("Dora Mendez is listed as present because the minutes name them speaking (line 6)"));
    }
}
