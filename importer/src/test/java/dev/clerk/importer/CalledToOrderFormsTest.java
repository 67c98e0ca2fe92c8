package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The start as the time the minutes say the meeting was called to order, over the notice's "5:30 PM" under the
 * date, as minutes record it; the time of the minutes' own field ("Time:", "Scheduled start:", "When", the front
 * matter's date) kept where they give one; the other time set beside it in a check note; the call to order as the start when nothing else gives a time; in minutes made up for the test; and
 * "Time: 12.00", "Time: 1200" read as times because their label says so.
 */
class CalledToOrderFormsTest {
    private static ImportResult read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text.replace("\\n", "\n"), ImportOptions.none());
    }

    private static List<String> startNotes(ImportResult r) {
        return r.guesses().stream().filter(g -> g.path().equals("start")).map(Guess::note).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            time under the date      | WATER BOARD\\nApril 4, 2019\\n6:00 PM\\n\\nA. Call to Order\\nChair Ruiz called the meeting to order at 6:12 p.m.\\n\\nB. Minutes\\nApproved. | 18:12 | 18:00
            regular meeting of the   | TOWN OF ELMWOOD\\nJune 1, 2020 at 7:00 PM\\n\\n1. OPENING\\nMayor Quist called the regular meeting of the Town Council to order at 7:04 PM.\\n\\n2. ROADS\\nPaving. | 19:04 | 19:00
            declared open            | Hedley Parish Council\\n12 May 2021 at 7.30pm\\n\\n1. CHAIR\\nThe Chairman declared the meeting open at 7.35pm.\\n\\n2. ACCOUNTS\\nApproved. | 19:35 | 19:30
            no a.m. or p.m.          | Library Friends\\nMarch 3, 2018\\n7:00 PM\\n\\n1. OPENING\\nThe meeting was called to order at 7:06.\\n\\n2. BOOK SALE\\nHeld. | 19:06 | 19:00
            hearing first            | HARBOR BOARD\\nApril 4, 2019\\n5:30 PM\\n\\nA. Hearing\\nThe public hearing began at 5:40 p.m.\\nThe chair called the meeting to order at 6:05 p.m.\\n\\nB. Minutes\\nApproved. | 18:05 | 17:30
            """)
    void takesTheCallToOrderOverTheNoticesTimeUnderTheDateAndSetsThatBesideItInACheck(String form, String text,
            String called, String notice) throws Exception {
        // Minutes record the time the meeting was called to order; the time under the date is the notice's.
        ImportResult r = read(text);
        assertThat(r.meeting().start()).as(form).isEqualTo(LocalTime.parse(called));
        assertThat(startNotes(r)).as(form).singleElement().asString()
                .contains("start read as the time the meeting was called to order at " + LocalTime.parse(called))
                .contains("the time under the date is " + LocalTime.parse(notice));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            time field               | Allotment Society\\nDate: 9 March 2022\\nTime: 7.30pm\\n\\n1. Welcome\\nMeeting opened at 7.41pm.\\n\\n2. Plots\\nTwo vacant. | 19:41 | 19:30
            start time field         | WATER BOARD\\nApril 4, 2019\\nStart time: 6:00 PM\\n\\nA. Call to Order\\nChair Ruiz called the meeting to order at 6:12 p.m.\\n\\nB. Minutes\\nApproved. | 18:12 | 18:00
            opened, scheduled start  | Robotics Club - 2023-05-20\\nScheduled start: 2023-05-20, 10:00\\n\\n# Minutes\\n\\n## Times\\n* Opened: 1012hrs\\n* Closed: 1130hrs | 10:12 | 10:00
            """)
    void keepsTheTimeOfTheMinutesOwnTimeFieldAndSetsTheCallToOrderBesideItInACheck(String form, String text,
            String called, String field) throws Exception {
        // A time the clerk wrote in a field of its own is the record's start.
        ImportResult r = read(text);
        assertThat(r.meeting().start()).as(form).isEqualTo(LocalTime.parse(field));
        assertThat(startNotes(r)).as(form).singleElement().asString()
                .contains("start kept as " + LocalTime.parse(field))
                .contains("called to order at " + LocalTime.parse(called));
    }

    @Test
    void keepsTheTimeOfAFieldTablesWhenRow() throws Exception {
        ImportResult r = read("| **When** | 3 May 2022 7:00PM |\\n| **Where** | Hall |\\n\\n## Opening\\n"
                + "The meeting was called to order at 7:05PM.\\n\\n## Fees\\nSet.");
        assertThat(r.meeting().start()).isEqualTo(LocalTime.of(19, 0));
        assertThat(startNotes(r)).singleElement().asString().contains("called to order at 19:05");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            called to order    | WATER BOARD\\nApril 4, 2019\\n\\nA. Call to Order\\nChair Ruiz called the meeting to order at 6:12 p.m.\\n\\nB. Minutes\\nApproved. | 18:12
            opened             | Allotment Society\\nDate: 9 March 2022\\n\\n1. Welcome\\nMeeting opened at 7.41pm.\\n\\n2. Plots\\nTwo vacant. | 19:41
            declared open      | Hedley Parish Council\\n12 May 2021\\n\\n1. CHAIR\\nThe Chairman declared the meeting open at 7.35pm.\\n\\n2. ACCOUNTS\\nApproved. | 19:35
            meeting open       | Parents Association\\n12 May 2016\\n\\nMeeting open 7:10pm with apologies from the President.\\n\\nThe General Meeting closed at 7.25pm and the AGM opened.\\n\\nAGM closed at 8.40pm and the General Meeting resumed. | 19:10
            AGM open at        | Bowls Club AGM\\n12 May 2016\\n\\n1. Opening\\nAGM open at 7.05pm, twenty members present.\\n\\n2. Greens\\nMown weekly. | 19:05
            met at the hour of | MINUTES OF THE VILLAGE BOARD\\nMarch 3, 2020\\n\\nRECORD OF PROCEEDINGS\\n\\nThe Village Board met on Tuesday, March 3, 2020, pursuant to adjournment on Tuesday, February 4, 2020, at the hour of 6:30 p.m., at the Village Hall.\\n\\n1. ROADS\\nPaving. | 18:30
            convened at the hour | Board of Water Commissioners\\nMarch 2, 2020\\n\\nRECORD OF PROCEEDINGS\\n\\nThe Board convened in regular session at the hour of 6 p.m. in the Board Room.\\n\\n1. Rates\\nSet. | 18:00
            """)
    void takesTheCallToOrderAsTheStartWhenNothingElseGivesATime(String form, String text, String called)
            throws Exception {
        ImportResult r = read(text);
        assertThat(r.meeting().start()).as(form).isEqualTo(LocalTime.parse(called));
        assertThat(startNotes(r)).as(form).isEmpty();
    }

    @Test
    void keepsTheFrontMattersTimeAndSetsTheCallToOrderBesideIt() throws Exception {
        ImportResult r = MinutesImporter.importText("board-2021-10-02.md", """
                ---
                title: Board meeting
                date: 2021-10-02 10:00:00 -0700
                ---

                ## Opening

                The meeting was called to order at 10:07 a.m.

                ## Old business

                The fence is mended.
                """, ImportOptions.none());
        assertThat(r.meeting().start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(startNotes(r)).singleElement().asString().contains("the time the front matter gives")
                .contains("called to order at 10:07");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            session began            | HARBOR BOARD\\nApril 4, 2019\\n5:30 PM\\n\\nA. Business\\nThe budget was reviewed.\\nExecutive session began at 7:40 p.m.\\n\\nB. Adjournment\\nAdjourned at 8:10 p.m.
            hearing started          | HARBOR BOARD\\nApril 4, 2019\\n5:30 PM\\n\\nA. Hearing\\nThe public hearing started at 5:45 p.m.\\n\\nB. Adjournment\\nAdjourned at 8:10 p.m.
            called back to order     | HARBOR BOARD\\nApril 4, 2019\\n5:30 PM\\n\\nA. Recess\\nThe chair called the meeting back to order at 6:50 p.m.\\n\\nB. Adjournment\\nAdjourned at 8:10 p.m.
            same time                | HARBOR BOARD\\nApril 4, 2019\\n5:30 PM\\n\\nA. Opening\\nThe chair called the meeting to order at 5:30 p.m.\\n\\nB. Adjournment\\nAdjourned at 8:10 p.m.
            """)
    void keepsTheNoticesTimeWhenNothingOpenedTheMeetingAtAnother(String form, String text) throws Exception {
        ImportResult r = read(text);
        assertThat(r.meeting().start()).as(form).isEqualTo(LocalTime.of(17, 30));
        assertThat(startNotes(r)).as(form).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dotted noon     | Radio Club Net 88\\nDate: 27 August 2017\\nTime: 12.00\\n\\n1. Actions\\nNone open.      | 12:00
            four figures    | Radio Club Net 88\\nDate: 27 August 2017\\nTime: 1930\\n\\n1. Actions\\nNone open.       | 19:30
            span            | Radio Club Net 88\\nDate: 27 August 2017\\nTime: 1400 - 1530\\n\\n1. Actions\\nNone open. | 14:00
            date and time   | Radio Club Net 88\\nDate and time: 27 August 2017, 09.30\\n\\n1. Actions\\nNone open.     | 09:30
            """)
    void readsFiguresInATimeField(String form, String text, String start) throws Exception {
        Meeting m = read(text).meeting();
        assertThat(m.start()).as(form).isEqualTo(LocalTime.parse(start));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sum in the minutes     | Radio Club Net 88\\nDate: 27 August 2017\\n\\n1. Accounts\\nThe balance is 1200 after dues.
            a clause under the date  | Radio Club Net 88\\n27 August 2017\\n12.00 Terms of reference\\n\\n1. Actions\\nNone open.
            """)
    void leavesBareFiguresUnreadWhereNoLabelSaysTheyAreATime(String form, String text) throws Exception {
        assertThat(read(text).meeting().start()).as(form).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            closed the meeting        | Parents Association\\n12 May 2016\\n\\nMeeting open 7:10pm.\\n\\nThe General Meeting was closed at 7.25pm and the AGM opened.\\n\\nMeeting closed: The new President, Ann Lee, closed the meeting at 9.30pm. | 19:10 | 21:30
            ended the meeting         | Bowls Club\\n12 May 2016\\n\\n1. Opening\\nThe meeting was called to order at 7pm.\\n\\n2. Close\\nThe chair ended the meeting at 8.40pm. | 19:00 | 20:40
            """)
    void takesTheTimeTheChairClosedTheMeetingAsTheEnd(String form, String text, String start, String end)
            throws Exception {
        // A session closed before the meeting goes on is not the end; the last closing is.
        startsAndEnds(form, text, start, end);
    }

    private static void startsAndEnds(String form, String text, String start, String end) throws Exception {
        Meeting m = read(text).meeting();
        assertThat(m.start()).as(form).isEqualTo(LocalTime.parse(start));
        assertThat(m.end()).as(form).isEqualTo(LocalTime.parse(end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AGM opened      | Parents Association\\n12 May 2016\\n\\nMeeting open 7:10pm.\\n\\nThe General Meeting was closed at 7.25pm and the AGM opened.\\n\\nThe accounts were presented.
            board convened  | Town Forum\\n12 May 2016\\n\\n1. Opening\\nThe meeting was called to order at 7pm.\\n\\n2. Forum\\nThe forum adjourned at 7:40 pm and the Board of Directors convened.\\n\\n3. Roads\\nPaving.
            """)
    void takesNoEndFromAMeetingClosedToOpenAnother(String form, String text) throws Exception {
        // The minutes go on under the other meeting: that closing is not the end.
        assertThat(read(text).meeting().end()).as(form).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            open to the public   | Parents Association\\n12 May 2016\\n\\n1. Notices\\nThe meeting is open to the public at 7pm.\\n\\n2. Fete\\nPlanned.
            floor open           | Parents Association\\n12 May 2016\\n\\n1. Questions\\nThe floor was open 10 minutes for questions.\\n\\n2. Fete\\nPlanned.
            next meeting open    | Parents Association\\n12 May 2016\\n\\n1. Fete\\nPlanned.\\n\\n2. Next meeting\\nThe next meeting open 7pm on 1 April.
            """)
    void takesNoStartFromAMeetingThatIsOpenToSomeoneOrFromAnotherMeeting(String form, String text) throws Exception {
        assertThat(read(text).meeting().start()).as(form).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            headings over times  | # Allotment Society Minutes\\n\\nMay 12, 2016\\n\\n## Call to Order\\n\\n7:05 pm\\n\\n## Plots\\n\\nTwo are vacant.\\n\\n## Adjournment\\n\\n8:10 pm | 19:05 | 20:10
            bold run-in labels   | Friends of the Mill\\n\\nMay 12, 2016\\n\\n**Present:** Ann Lee, Bo Chan, Cy Dee\\n\\n**Call to order:**  10:15\\n\\n**Purpose:** To choose a new roof for the mill.\\n\\n**Motion:** Ann Lee moved to ask for three quotes. Carried.\\n\\n**Meeting adjourned:**  10:50 a.m.\\n\\n**Next meeting:** June 2016. | 10:15 | 10:50
            """)
    void takesTheTimeFirstUnderAnOpeningOrClosingHeadingAsItsTime(String form, String text, String start, String end)
            throws Exception {
        // "Call to Order" over "7:05 pm": the item was taken up at the time written first under it.
        startsAndEnds(form, text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            other item's time    | # Allotment Society Minutes\\n\\nMay 12, 2016\\n\\n## Public Hearing\\n\\n7:30 pm\\n\\n## Plots\\n\\nTwo are vacant.
            time later in line   | # Allotment Society Minutes\\n\\nMay 12, 2016\\n\\n## Call to Order\\n\\nThe chair asked that the doors be shut by 7:30 pm.\\n\\n## Plots\\n\\nTwo are vacant.
            """)
    void takesNoTimeFromAHeadingThatNeitherOpensNorClosesOrFromATimeInASentence(String form, String text)
            throws Exception {
        Meeting m = read(text).meeting();
        assertThat(m.start()).as(form).isNull();
        assertThat(m.end()).as(form).isNull();
    }

    @Test
    void takesNoTitleFromTheCallToOrderUnderTheDate() throws Exception {
        // Minutes with no title: the line under the date records the opening, and is no title of the minutes.
        ImportResult r = read("October 14, 2014\nThe meeting was called to order by Ann Lee at 6:46 pm\nIn attendance\n"
                + "President Ann Lee, Bo Chan, Cy Dee.\nApproval of Minutes\nThe minutes of September were approved.\n"
                + "New Business\nThe book fair is in May and Bo Chan will run it.\n");
        assertThat(r.meeting().title()).isNull();
        assertThat(r.meeting().start()).isEqualTo(LocalTime.of(18, 46));
    }
}
