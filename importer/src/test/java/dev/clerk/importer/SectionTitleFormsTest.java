package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Section titles in forms read from collected minutes: a list of bullets each naming its topic before a dash
 * ("- Verges – cut twice this summer"), paragraphs each opened by its topic's label ("Old Business: The bench was
 * repaired.", in plain type or some in bold), and a title standing after a list that ended ("• Deferred to May" over a blank line over "Treasury
 * Report"), each in minutes written for the test, with the lines that only look like them.
 */
class SectionTitleFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static AgendaItem item(Meeting m, String title) {
        return m.agenda().stream().flatMap(i -> Stream.concat(Stream.of(i), i.items().stream()))
                .filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item \"" + title + "\" in " + Outline.of(m)));
    }

    @Test
    void readsEachBulletNamingItsTopicBeforeADashAsAnItem() throws Exception {
        Meeting m = read("""
                The annual meeting of the Orchard Close residents was held in the scout hut on 4 June 2019. Here are the notes:
                - Grass cutting – the new gardener cuts the greens every fortnight; the bill for the year is about £900.
                - Street lights – two lamps by the play area are out, the council has been told again.
                - Parking – vans parked on the corner block the bin lorry. A letter will go to every house.
                - Play area – the swings were painted by volunteers in May.
                - Accounts – the balance at 31 May was £1,240, published on the notice board.
                """);
        assertThat(Outline.of(m)).containsExactly("Grass cutting", "Street lights", "Parking", "Play area", "Accounts");
        // The minute after the dash is kept whole, as the item's text.
        assertThat(item(m, "Parking").narrative())
                .containsExactly("vans parked on the corner block the bin lorry. A letter will go to every house.");
    }

    @Test
    void readsATopicWithItsDashAgainstTheMinuteAndATopicOverItsPoints() throws Exception {
        Meeting m = read("""
                Parent Teacher Group Minutes

                Tuesday, March 3rd, 2020, 7-8 p.m.

                  • Welcome and introductions, chaired by Dana
                  • Book Fair Update – the fair raised $640 and every class got new books
                  • Bake Sale Update -The date is set for April 18 and the sign-up sheet is out
                  • Helpers Update –
                    1. Library – two more parents will help on Fridays
                    2. Lunchroom – the rota is full until June
                  • Treasurer Update – the balance stands at $2,310 after the fair
                """);
        assertThat(Outline.of(m)).contains("Book Fair Update", "Bake Sale Update", "Helpers Update", "Treasurer Update")
                .doesNotContain("Welcome and introductions, chaired by Dana", "Library", "Lunchroom");
        assertThat(item(m, "Bake Sale Update").narrative()).first().asString()
                .isEqualTo("The date is set for April 18 and the sign-up sheet is out");
    }

    @Test
    void leavesBulletsOfPeopleThingsAndStepsBeforeADashAsText() throws Exception {
        Meeting m = read("""
                Orchard Close Residents, 4 June 2019

                1. Summer fair
                The fair will be on 20 July.
                - Ann Lee – to book the hall
                - Bo Chen – will ask the school for tables
                - Cy Dorn – Treasurer
                - Dee Marsh – to print the posters

                2. Food for the fair
                - Water – 9 gal Sara
                - Lemonade – 6 gal Pat
                - Paper plates – Pat
                - Ice – 4 bags Powell

                3. Plan
                - Phase 1 – order the new benches for the green
                - Phase 2 – fit the benches in the autumn
                - Phase 3 – plant the bulbs around them in spring
                - Phase 4 – open the green with a party next summer
                """);
        assertThat(Outline.of(m)).containsExactly("Summer fair", "Food for the fair", "Plan");
    }

    @Test
    void readsParagraphsOpenedByTheirTopicsLabelsAsItems() throws Exception {
        Meeting m = read("""
                Millbrook Township Supervisors, Regular Meeting, April 9, 2024

                The supervisors held their regular meeting with Ann Lee, Bo Chen and Cy Dorn present.

                Public Comment: None

                Old Business: The culvert on Mill Road was replaced. The bill was paid in March.

                New Business: The county asked the township to review its snow plan before the winter.

                The supervisors agreed to buy a new mower.

                River Park: The fields were rolled and the restrooms open in May.
                """);
        assertThat(Outline.of(m)).containsExactly("Public Comment", "Old Business", "New Business", "River Park");
        assertThat(item(m, "New Business").narrative()).containsExactly(
                "The county asked the township to review its snow plan before the winter.",
                "The supervisors agreed to buy a new mower.");
    }

    @Test
    void readsALabelInPlainTypeAmongLabelsInBoldAsAnItemOfTheirKind() throws Exception {
        Meeting m = read("""
                Millbrook Township Supervisors, Regular Meeting, April 9, 2024

                The supervisors held their regular meeting with Ann Lee, Bo Chen and Cy Dorn present.

                **Public Comment:** None

                **Old Business:** The culvert on Mill Road was replaced.

                The supervisors agreed to buy a new mower.

                Upper Mill Lane Park: The fields were rolled and the restrooms open in May.

                **Road Report:** The potholes on Mill Road were filled.
                """);
        assertThat(Outline.of(m)).containsExactly("Public Comment", "Old Business", "Upper Mill Lane Park", "Road Report");
    }

    @Test
    void leavesSpeakersAndRepeatedLabelsOpeningParagraphsAsText() throws Exception {
        Meeting m = read("""
                Working group call, 12 May 2021

                Ann Lee: We should publish the draft before June.

                Bo Chen: Agreed, but the examples need work first.

                Ann Lee: Then we wait for the examples.

                Open issue: Who reviews the examples?

                Open issue: Where does the test suite live?

                Cy Dorn: I can host the test suite.
                """);
        assertThat(Outline.of(m)).isEmpty();
    }

    @Test
    void leavesLabelledParagraphsUnderAHeadingAsTheHeadingsText() throws Exception {
        Meeting m = read("""
                Millbrook Township Supervisors
                April 9, 2024

                1. Reports

                Road Crew: The potholes on Mill Road were filled.

                Park Board: The fields were rolled.

                Fire Company: Two new members joined.

                2. Adjournment
                The meeting closed at 8 pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Reports", "Adjournment");
    }

    @Test
    void readsATitleStandingAfterAListThatEnded() throws Exception {
        Meeting m = read("""
                Riverside Intergroup Minutes, 6 May 2019

                Minutes of Last Meeting

                  • Deferred in the absence of the secretary

                Treasury Report

                See attached; the closing balance is $1,204.50 after the rent was paid.

                Literature Report

                Forty new pamphlets were ordered for the autumn.
                """);
        assertThat(Outline.of(m)).containsExactly("Minutes of Last Meeting", "Treasury Report", "Literature Report");
    }

    @Test
    void leavesALineRightUnderAListAsTheListsText() throws Exception {
        Meeting m = read("""
                Riverside Intergroup Minutes, 6 May 2019

                Minutes of Last Meeting

                  • Deferred in the absence of the
                Secretary Ann Lee
                Then the meeting went on to the accounts, which were approved by all.
                """);
        assertThat(Outline.of(m)).containsExactly("Minutes of Last Meeting");
    }
}
