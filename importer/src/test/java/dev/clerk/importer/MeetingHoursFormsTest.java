package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The meeting's hours at the top of the minutes, whatever heading they stand under: a line that is the meeting's date
 * and its hours ("November 21, 2018, 9am-10:30am"), a field that says when ("When: from 17:00 to 18:00", "- Start
 * time: 4:00pm"); the first time is the start. And a date written in numbers that read either way round ("11/10/2023")
 * settled by the date the front matter or the file name writes year first. In minutes made up for the test, with
 * guards: another day's date line, a page's stamp, a time inside a sentence.
 */
class MeetingHoursFormsTest {
    private static ImportResult read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text.replace("\\n", "\n"), ImportOptions.none());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date line under the title heading | # Open Data Board\\nNovember 21, 2018, 9am-10:30am\\n\\n## Agenda\\n1. Welcome\\n\\n## Welcome\\nAll welcomed. | 09:00
            the same, headings one deeper     | ## Open Data Board\\nNovember 21, 2018, 9am-10:30am\\n\\n### Agenda\\n1. Welcome\\n\\n### Welcome\\nAll welcomed. | 09:00
            the same, under a level-1 title   | # Minutes\\n## Open Data Board\\nNovember 21, 2018, 9am-10:30am\\n\\n### Agenda\\n1. Welcome\\n\\n### Welcome\\nAll welcomed. | 09:00
            24-hour span with a weekday       | # Garden Club\\n## Meeting details\\nWednesday 21 November 2018, 18:00–19:30\\n\\n## Plots\\nTwo vacant. | 18:00
            date line as a heading            | # Garden Club\\n## 2018-11-21 7 pm\\n\\n## Plots\\nTwo vacant. | 19:00
            when field in a details item      | # Trust Group Meeting 2018-11-21\\n\\n## Dial in details\\n*When*: Weekly from 17:00 to 18:00 on Wednesday\\n\\n## Agenda\\nItems. | 17:00
            start time in a bullet            | ---\\ntitle: Week 10 Minutes\\n---\\n\\n- Date: 21/11/2018\\n- Start time: 4:00pm\\n- End time: 5:50pm\\n\\n## Items\\n- Articles approved. | 16:00
            time field under a heading        | # Chess Club\\n## Details\\n* Date: 21 November 2018\\n* Time: 7 pm\\n\\n## Ladder\\nUpdated. | 19:00
            """)
    void readsTheHoursAtTheTopAsTheStart(String form, String text, String start) throws Exception {
        ImportResult r = read("garden-2018-11-21.txt", text);
        assertThat(r.meeting().date()).as(form).isEqualTo(LocalDate.of(2018, 11, 21));
        assertThat(r.meeting().start()).as(form).isEqualTo(LocalTime.parse(start));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another day's date line  | # Garden Club\\nNovember 21, 2018\\n\\n## Next meeting\\nNovember 28, 2018, 7 pm\\n\\n## Plots\\nTwo vacant.
            a page's stamp           | # Garden Club\\nNovember 21, 2018\\nPosted November 21, 2018 9:14 pm\\n\\n## Plots\\nTwo vacant.
            a time in a sentence     | # Garden Club\\nNovember 21, 2018\\n\\n## Hall\\nThe hall closes at 9 pm on November 21, 2018.\\n\\n## Plots\\nTwo vacant.
            a span of another thing  | # Garden Club\\n## November 21, 2018\\n\\n## Events\\nPlant sale, November 24, 2018, 10am-2pm\\n\\n## Plots\\nTwo vacant.
            after the attendance     | # Garden Club\\nNovember 21, 2018\\n\\nPresent: Ann Lee, Bo Ek\\n\\n## Hall\\nBooked November 21, 2018, 8 pm\\n\\n## Plots\\nTwo vacant.
            """)
    void readsNoOtherTimeAsTheStart(String form, String text) throws Exception {
        ImportResult r = read("garden-2018-11-21.txt", text);
        assertThat(r.meeting().date()).as(form).isEqualTo(LocalDate.of(2018, 11, 21));
        assertThat(r.meeting().start()).as(form).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            front matter's created date | club-minutes.txt             | ---\\ntitle: AGM\\ncreated: 2023-10-11\\n---\\n\\n# AGM\\n\\n**Date**: 11/10/2023\\n\\n## Reports\\nReceived. | 2023-10-11
            the file name's date        | club-agm-2023-10-11.txt      | # AGM\\n\\nDate: 11/10/2023\\n\\n## Reports\\nReceived. | 2023-10-11
            nothing to settle it        | club-minutes.txt             | # AGM\\n\\nDate: 11/10/2023\\n\\n## Reports\\nReceived. | 2023-11-10
            the file agrees month first | club-agm-2023-11-10.txt      | # AGM\\n\\nDate: 11/10/2023\\n\\n## Reports\\nReceived. | 2023-11-10
            the minutes write day first | club-agm-2023-11-10.txt      | # AGM\\n\\nDate: 11/10/2023\\n\\n## Reports\\nReceived 25/09/2023. | 2023-10-11
            """)
    void settlesADateThatReadsEitherWayByTheOneWrittenYearFirst(String form, String file, String text, String date)
            throws Exception {
        assertThat(read(file, text).meeting().date()).as(form).isEqualTo(LocalDate.parse(date));
    }
}
