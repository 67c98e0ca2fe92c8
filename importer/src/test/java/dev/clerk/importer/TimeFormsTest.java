package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Start and end times as minutes write them, in minutes made up for the test: called to order, a labelled date with
 * the time, the time on the line under the date, the 24-hour "1315hrs", an ISO time with its zone, "6.30pm", and
 * "adjourned at" or "meeting closed at" for the end.
 */
class TimeFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            called to order   | Garden Club - May 3, 2021\\n\\nI. OPENING\\nThe chair called the meeting to order at 6:30 pm.\\nThe meeting adjourned at 8:05 pm. | 18:30 | 20:05
            labelled date     | Meeting Date: September 25, 2017 - 11:00am\\n\\nI. BUSINESS\\nNothing new.\\nAdjourned at 12:10 pm.                         | 11:00 | 12:10
            time under date   | RECREATION BOARD\\nMarch 8, 2022\\n5:00 PM\\n\\n1. MINUTES\\nApproved.\\nThe meeting closed at 6:15 pm.                    | 17:00 | 18:15
            hours             | Scout Committee - 2023-05-20\\n\\n1. TIMES\\nOpened: 1315hrs\\nClosed: 1345hrs                                          | 13:15 | 13:45
            zone              | Annual Meeting - February 26, 2021\\n\\n1. AGENDA\\n2021-02-26 11:00-0800 Call to order\\nThe meeting adjourned at 7pm.                   | 11:00 | 19:00
            dotted            | Tenants Association - 4 June 2019\\n\\n1. WELCOME\\nMeeting opened at 6.30pm.\\nMeeting closed at 8:15.                  | 18:30 | 20:15
            time before words | Youth Council - 12 April 2024\\n\\n1. AGENDA\\n7:02 pm Call to order\\nAdjourned 8:40 pm.                                 | 19:02 | 20:40
            span, time first  | Makers board - 4 Dec 2012, 7-9pm\\n\\n1. TOPICS\\nBudget.\\nAt 8:48 p.m., there being no further business, the meeting was adjourned. | 19:00 | 20:48
            time section      | Makers Board - Minutes, 4 Dec 2012\\n\\n### Time And Location\\nVirtual meeting, 7-9pm\\n\\n### Topics\\nBudget.\\nMeeting closed at 8:50 pm. | 19:00 | 20:50
            closed, no "at"   | Parish Council - 14 May 2019 at 7.45 pm\\n\\n1. CHAIR\\nElected.\\nThere being no further business the meeting closed 8.50 pm. | 19:45 | 20:50
            """)
    void readsStartAndEnd(String form, String text, String start, String end) throws Exception {
        Meeting m = read(text.replace("\\n", "\n"));
        assertThat(m.start()).as(form).isEqualTo(LocalTime.parse(start));
        assertThat(m.end()).as(form).isEqualTo(LocalTime.parse(end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1315hrs                      | 13:15 | false
            13:15 hrs                    | 13:15 | false
            11:00-0800 Call to order     | 11:00 | false
            T18:30Z                      | 18:30 | false
            6.30pm                       | 18:30 | false
            7-9pm on 4 Dec               | 19:00 | false
            6:30 – 8 p.m.                | 18:30 | false
            11-1pm lunch                 | 11:00 | false
            2:00                         | 14:00 | true
            volunteers logged 130 hours  |       | false
            """)
    void readsClockTimes(String text, String time, boolean guessed) {
        TimeRecognizer.Found f = TimeRecognizer.first(text, null);
        if (time == null) {
            assertThat(f).isNull();
        } else {
            assertThat(f.time()).isEqualTo(LocalTime.parse(time));
            assertThat(f.guessed()).isEqualTo(guessed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The public hearing closed at 7:45 pm.   | true
            The meeting closed at 8:15 pm.          | false
            Closed: 1345hrs                          | false
            Jane closed the window at 7 pm.          | true
            """)
    void takesOnlyTheMeetingsCloseAsTheEnd(String sentence, boolean none) {
        assertThat(AdjournmentRecognizer.adjourned(sentence, null) == null).isEqualTo(none);
    }
}
