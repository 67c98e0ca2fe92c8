package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The meeting's date and hours where minutes write them beside the place, from invented minutes: a date written with
 * dots, day first ("held on 03.02.2014", as minutes in Europe and India write it); a heading that gives the date, the
 * time and then the place ("14th March 2023 at 7:15PM Held at the Town Library, 12 High Street"); the hours in the
 * venue line ("VENUE: Room 4, Parish Hall (6pm-8pm)"). Guards: a clause's or version's numbers ("4.10.20", "1.2.3")
 * are no date; a date line whose time is followed by a sentence, not a place, gives no start; a venue with a single
 * figure in it ("Room 7") gives no time.
 */
class DottedDateAndHoursBesidePlaceFormsTest {

    private static ImportResult read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none());
    }

    @Test
    void readsADateWrittenWithDotsDayFirst() throws Exception {
        ImportResult r = read("""
                Minutes of the Hall Committee meeting held on 03.02.2014

                PRESENT: Ann Bell, Tom Reed

                1. Heating
                The boiler was serviced.
                """);
        assertThat(r.meeting().date()).hasToString("2014-02-03");
        assertThat(DateRecognizer.first("Held on 05.13.2012 in the hall")).hasToString("2012-05-13");
        assertThat(DateRecognizer.first("See clause 4.10.20 and release 1.2.3 of the rules")).isNull();
    }

    @Test
    void readsTheHoursOfADateHeadingFollowedByItsPlace() throws Exception {
        ImportResult r = read("""
                ## Minutes

                ## Riverside Chess Club Inc

                ## Annual General Meeting

                ### 14th March 2023 at 7:15PM Held at the Town Library Annexe, 12 High Street, Riverside NSW 2999

                #### Attendees

                Ann Bell (AB), Tom Reed (TR)

                #### Business

                The accounts were accepted.
                """);
        assertThat(r.meeting().date()).hasToString("2023-03-14");
        assertThat(r.meeting().start()).hasToString("19:15");
    }

    @Test
    void readsTheHoursOfTheVenueLine() throws Exception {
        ImportResult r = read("""
                Minutes of the Hall Committee meeting held on 03.02.2014

                PRESENT: Ann Bell, Tom Reed
                VENUE: Room 4, Parish Hall (6pm-8pm)
                MINUTES:
                1. Heating
                The boiler was serviced.
                """);
        assertThat(r.meeting().start()).hasToString("18:00");
    }

    @Test
    void takesNoStartFromASentenceNorAVenuesFigures() throws Exception {
        ImportResult sentence = read("""
                # Riverside Chess Club Inc

                14th March 2023 at 7:15PM the treasurer resigned from the board

                Present: Ann Bell, Tom Reed

                ## Business

                The accounts were accepted.
                """);
        assertThat(sentence.meeting().start()).isNull();
        ImportResult venue = read("""
                Minutes of the Hall Committee meeting held on 03.02.2014

                PRESENT: Ann Bell, Tom Reed
                VENUE: Room 7, Parish Hall
                MINUTES:
                1. Heating
                The boiler was serviced.
                """);
        assertThat(venue.meeting().start()).isNull();
    }
}
