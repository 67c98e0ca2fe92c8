package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recognisers one spelling at a time: motions, action items, dates and times as minutes write them. */
class RecognizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Councilor Tuttle moved to accept the financials. Councilor Nyberg seconded. It passed 5-0.|Councilor Tuttle / Councilor Nyberg / passed 5-0 / to accept the financials
            Moved by Ann Lee, seconded by Bo Chan, to approve the agenda; motion carried 4-1.|Ann Lee / Bo Chan / passed 4-1 / to approve the agenda
            It was moved by Lee and seconded by Chan to adopt the budget. Passed unanimously.|Lee / Chan / passed / to adopt the budget
            M/S/C (Wong/Natarajan) to approve the minutes as presented.|Wong / Natarajan / passed / to approve the minutes as presented
            Wong/Natarajan m/s/c to approve the consent calendar.|Wong / Natarajan / passed / to approve the consent calendar
            Motion by Becker, second by Wong, to fund the trail. The motion failed 2-3.|Becker / Wong / failed 2-3 / to fund the trail
            Motion to approve the agenda made by Smith, seconded by Jones. Motion carried.|Smith / Jones / passed / to approve the agenda
            Motion (Smith/Jones) to table the item. Ayes: 3; Noes: 2.|Smith / Jones / null 3-2 / to table the item
            Moved: Smith; Seconded: Jones; to accept the report. Vote: 4 in favor, 1 opposed.|Smith / Jones / null 4-1 / to accept the report
            Power moved that the Port open a second account.|Power / null / null / that the Port open a second account
            """)
    void readsMotions(String text, String expected) {
        MotionRecognizer.Found f = null;
        for (String s : Sentences.plain(text)) {
            MotionRecognizer.Found opened = MotionRecognizer.opens(s);
            if (opened != null) {
                f = opened;
            } else if (f != null) {
                MotionRecognizer.continues(f, s);
            }
        }
        assertThat(f).isNotNull();
        String counts = f.ayes == null ? "" : " " + f.ayes + "-" + f.noes;
        assertThat(f.mover + " / " + f.seconder + " / " + f.result + counts + " / " + f.text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Minouche will contact the Police Academy.|[Minouche] Contact the Police Academy.
            Carol and Minouche will discuss the planning for the summer brown bag.|[Carol, Minouche] Discuss the planning for the summer brown bag.
            Councilor Bahrman or Mayor Kibbey will try to attend.|[Councilor Bahrman, Mayor Kibbey] Try to attend.
            The group was asked to email Alix if any further data points are thought of.|[The group] Email Alix if any further data points are thought of.
            If the policy is not passed by July 1st the group will organize further efforts.|[the group] If the policy is not passed by July 1st, organize further efforts.
            Open standards team to produce an explanation of open standards.|[Open standards team] Produce an explanation of open standards.
            Cuellar told the Board that she would continue to look for parking.|[Cuellar] Continue to look for parking.
            It was agreed that Pankey and Pavlik would take Morrill to the site.|[Pankey, Pavlik] Take Morrill to the site.
            Lee to ask the county about sharing equipment.|[Lee] Ask the county about sharing equipment.
            Staff will prepare a report on the options.|[Staff] Prepare a report on the options.
            There will be a public work session soon.|[]
            The letter will be sent out in early December.|[]
            Minouche will not attend.|[]
            """)
    void readsActionItems(String sentence, String expected) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        String got = found.isEmpty() ? "[]" : found.get(0).owners() + " " + found.get(0).task();
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            March 27, 2017 - 11:00am|2017-03-27
            Thursday, November 15, 2018 02:00 PM at the Port Office|2018-11-15
            11/13/2017|2017-11-13
            27 March 2017|2017-03-27
            Mar. 27th, 2017|2017-03-27
            2016-11-24 Open Standards Board Meeting|2016-11-24
            DSF Board monthly meeting, March 14, 2024|2024-03-14
            19th Feb 25|2025-02-19
            Minutes of 3-Mar-21|2021-03-03
            """)
    void readsDates(String text, String expected) {
        assertThat(DateRecognizer.first(text)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void aTwoDigitYearNeedsADayAndAMonthsName() {
        assertThat(DateRecognizer.first("Item 19 Feb 25:00 start")).isNull();
        assertThat(DateRecognizer.first("We counted 19 in Feb 25 times")).isNull();
    }

    @Test
    void aNicknameInQuotesIsPartOfAName() {
        assertThat(NameIndex.looksLikePersonName("Terence ‘Tex’ McCutcheon")).isTrue();
        assertThat(NameIndex.looksLikePersonName("Robert \"Bob\" Ray")).isTrue();
        assertThat(NameIndex.looksLikePersonName("Terence ‘tex’ McCutcheon")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11:00am|11:00|false
            6:00 p.m.|18:00|false
            02:00 PM|14:00|false
            7 pm|19:00|false
            18:30|18:30|false
            at 2:00|14:00|true
            at 9:30|09:30|true
            noon|12:00|false
            """)
    void readsTimes(String text, String expected, boolean guessed) {
        TimeRecognizer.Found t = TimeRecognizer.first(text, null);
        assertThat(t.time()).isEqualTo(LocalTime.parse(expected));
        assertThat(t.guessed()).isEqualTo(guessed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            by July 1st|2017-07-01
            by Feb. 2|2018-02-02
            """)
    void resolvesTheYearOfADueDateFromTheMeeting(String text, String expected) {
        DateRecognizer.Found f = DateRecognizer.at(text.substring(3), LocalDate.of(2017, 3, 27));
        assertThat(f.date()).isEqualTo(LocalDate.parse(expected));
        assertThat(f.hasYear()).isFalse();
    }
}
