package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.MeetingKind;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The title of public bodies' minutes set centred over several lines (body, "MINUTES OF THE REGULAR MEETING", "OF
 * THE CITY COUNCIL", date), with or without blank lines between, read as the minutes' title and kind, never as
 * sections and never losing a line; the start said in any wording of the meeting opening ("was held ... and
 * commenced at", "began at", "convened the meeting at"); a page's note with another date and time not taken for the
 * meeting's time; numbered titles wrapped over two lines; Roman-numbered titles closed by a full stop. All in minutes
 * made up for the test.
 */
class TitleBlockFormsTest {
    private static ImportResult read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text.replace("\\n", "\n"), ImportOptions.none());
    }

    private static List<String> titles(List<AgendaItem> items) {
        List<String> out = new ArrayList<>();
        for (AgendaItem i : items) {
            out.add(i.title());
            out.addAll(titles(i.items()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank lines between       | ELMFORD HOUSING TRUST\\n\\nMINUTES OF THE JUNE 2022\\nREGULAR MEETING\\nOF THE BOARD OF TRUSTEES\\n\\nJune 8, 2022\\n\\nPRESENT:\\nAnn Lee\\nBo Chan\\n\\nWELCOME\\nThe Chair welcomed all.\\n\\nBUDGET\\nThe budget was reviewed. | REGULAR MEETING | OF THE BOARD OF TRUSTEES | REGULAR
            body over each line       | CITY OF MARLOW\\n\\nCITY COUNCIL\\n\\nMINUTES OF THE SPECIAL MEETING\\n\\nMarch 3, 2021\\n\\nCALL TO ORDER\\nMayor Dunn called the meeting to order at 6:00 p.m.\\n\\nPARKING\\nDiscussed. | CITY COUNCIL | CITY OF MARLOW | SPECIAL
            title case phrase on      | Minutes of the Special Meeting\\nof the Parish Council of Low Hatton\\n\\n4 May 2023\\n\\n1. Apologies\\nNone.\\n\\n2. Footpaths\\nThe stile is mended. | of the Parish Council of Low Hatton | Minutes of the Special Meeting | SPECIAL
            kind split over lines     | REDWOOD WATER DISTRICT\\n\\nMINUTES OF THE SPECIAL\\nMEETING OF THE BOARD OF DIRECTORS\\n\\nApril 2, 2020\\n\\nI. CALL TO ORDER\\nThe meeting began at 5:30 p.m.\\n\\nII. WELLS\\nWell 3 is dry. | MEETING OF THE BOARD OF DIRECTORS | REDWOOD WATER DISTRICT | SPECIAL
            """)
    void readsATitleOverSeveralLinesAsTheTitleAndKindNeverAsSections(String form, String text, String line,
            String other, String kind) throws Exception {
        ImportResult r = read(text);
        assertThat(r.meeting().title()).as(form).contains(line).contains(other);
        assertThat(titles(r.meeting().agenda())).as(form).noneMatch(t -> t.contains(line) || t.contains(other));
        assertThat(r.meeting().kind()).as(form).isEqualTo(MeetingKind.valueOf(kind));
        assertThat(r.placements()).as(form).hasSize((int) text.replace("\\n", "\n").lines()
                .filter(l -> !l.isBlank()).count());
    }

    @Test
    void readsAPageTitleOverTheBodysNameAsOneTitleWhetherMarkedOrUnderlined() throws Exception {
        String body = "**Date:** 2 May 2023\n\n### Budget\nReviewed.\n\n### Docks\nRepaired.";
        Map<String, String> forms = Map.of(
                "marked with hashes", "# Meeting Minutes\n## Harbour Trust Board\n" + body,
                "underlined", "Meeting Minutes\n===============\n\nHarbour Trust Board\n-------------------\n\n" + body,
                "underlined, no blank", "Meeting Minutes\n===============\nHarbour Trust Board\n-------------------\n" + body);
        for (Map.Entry<String, String> form : forms.entrySet()) {
            ImportResult r = read(form.getValue());
            assertThat(r.meeting().title()).as(form.getKey()).isEqualTo("Meeting Minutes Harbour Trust Board");
            assertThat(titles(r.meeting().agenda())).as(form.getKey()).containsExactly("Budget", "Docks");
        }
    }

    @Test
    void keepsItemsAfterTheTitleAsSectionsWhenNoTitleLineFollows() throws Exception {
        ImportResult r = read("ELMFORD PARKS BOARD\\nMay 4, 2022\\n\\nPUBLIC COMMENT\\n\\nBOARD MEETING DATES FOR 2023\\n"
                + "The dates were set.\\n\\nTRAILS\\nThe trail is open.");
        assertThat(titles(r.meeting().agenda())).contains("PUBLIC COMMENT", "BOARD MEETING DATES FOR 2023", "TRAILS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            held and commenced  | Harbor Board\\nMay 17, 2023\\n\\nCOMMENCE\\nThe Harbor Board May 2023 Meeting was held in person and online on Wednesday, May 17, 2023, and commenced at 11:37 a.m.\\n\\nBUDGET\\nReviewed. | 11:37
            meeting of began    | Town of Fenwick\\nOctober 2, 2019\\n\\n1. OPENING\\nThe regular meeting of the Town Council began at 7:03 p.m. in the Town Hall.\\n\\n2. ROADS\\nPaving. | 19:03
            convened the        | Lake District Board\\nJuly 9, 2020\\n\\n1. OPENING\\nChair Ortiz convened the meeting at 4:15 p.m.\\n\\n2. DOCKS\\nRepaired. | 16:15
            opened the regular  | Quarry Parish Council\\n3 March 2021\\n\\n1. WELCOME\\nThe Chairman opened the ordinary meeting at 7.32pm.\\n\\n2. ACCOUNTS\\nApproved. | 19:32
            """)
    void takesTheMeetingsOpeningInAnyWordingAsTheStart(String form, String text, String time) throws Exception {
        assertThat(read(text).meeting().start()).as(form).isEqualTo(LocalTime.parse(time));
    }

    @Test
    void takesNoOtherDatesTimeOnAPagesNoteForTheMeetings() throws Exception {
        ImportResult r = read("# Board minutes\\n\\n- Meeting date: 2020-03-16\\n- Fetched: 2026-04-18T18:12:09Z\\n\\n---\\n\\n"
                + "Town of Ashby\\nSpecial Town Council Meeting\\nMonday, March 16, 2020\\n5:00 p.m.\\nMinutes\\n"
                + "1. Call to order\\nThe Mayor welcomed everyone.\\n2. Roads\\nPaving.");
        assertThat(r.meeting().start()).isEqualTo(LocalTime.of(17, 0));
        assertThat(r.meeting().kind()).isEqualTo(MeetingKind.SPECIAL);
    }

    @Test
    void readsTheTimeOfAHeldLineInItalics() throws Exception {
        ImportResult r = read("# Minutes for meeting held 4 March 2025\\n\\n_Held in the Village Hall at 7:00pm._\\n\\n"
                + "## Present\\n\\n- Ann Lee\\n\\n## Accounts\\n\\nApproved.");
        assertThat(r.meeting().start()).isEqualTo(LocalTime.of(19, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            upper case, indented  | COUNCIL\\nJune 30, 2021\\n\\n   1. CALL TO ORDER\\n\\n   2. DISCUSSION AND POSSIBLE ACTION REGARDING THE WATER\\n      RATES FOR THE COMING YEAR\\n\\nThe rates were set.\\n\\n   3. ADJOURN | DISCUSSION AND POSSIBLE ACTION REGARDING THE WATER RATES FOR THE COMING YEAR
            title case, lower on  | Agency Board\\nMay 5, 2022\\n\\nI.  Call to Order\\nCalled at 7 p.m.\\n\\nII. Consideration of Resolution 2022-04 Acknowledging Receipt of and Adopting\\nthe Tentative Budget & Setting a Public Hearing for June 2, 2022\\nMember Ames moved to approve it.\\n\\nIII. Adjourn | Consideration of Resolution 2022-04 Acknowledging Receipt of and Adopting the Tentative Budget & Setting a Public Hearing for June 2, 2022
            mid-phrase break      | SCHOOL BOARD\\nJanuary 5, 2021\\n\\n1. APPROVAL OF THE CONTRACT WITH\\n   BUS COMPANY\\n\\nApproved.\\n\\n2. ADJOURN | APPROVAL OF THE CONTRACT WITH BUS COMPANY
            """)
    void readsANumberedTitleWrappedOverTwoLinesAsOne(String form, String text, String title) throws Exception {
        ImportResult r = read(text);
        assertThat(titles(r.meeting().agenda())).as(form).contains(title);
    }

    @Test
    void readsNumberedQuestionsWrappedOnAsTheItemsTextNotAsSections() throws Exception {
        ImportResult r = read("TOWN COUNCIL\\nApril 14, 2020\\n\\n1. Call to Order\\nCalled at 6 p.m.\\n2. Candidate Interviews\\n"
                + "Candidates answered the following questions.\\n1. Based upon your opening statement, is there anything else you would\\n"
                + "like to add about your ability to serve on the board and its committees.\\n"
                + "2. What is your past or present experience with the Elementary or\\nRegional Public Schools?\\n"
                + "3. Adjourn\\nAdjourned at 8 p.m.");
        assertThat(titles(r.meeting().agenda())).contains("Call to Order", "Candidate Interviews", "Adjourn")
                .noneMatch(t -> t.startsWith("Based upon") || t.startsWith("What is your"));
    }

    @Test
    void keepsTheMinuteUnderAShortTitleOutOfIt() throws Exception {
        ImportResult r = read("Agency Board\\nMay 5, 2022\\n\\n1. Budget\\nthe treasurer reported the figures for May\\n\\n2. Adjourn");
        assertThat(titles(r.meeting().agenda())).contains("Budget");
    }

    @Test
    void readsRomanNumberedTitlesClosedByAFullStop() throws Exception {
        ImportResult r = read("Agency Board\\nMay 5, 2022\\n\\nI.     Call to Order – Chairman Gibbs.\\nChair Gibbs called the meeting"
                + " to order at 7:07 p.m.\\n\\nII.    Public Comments.\\nThere were none.\\n\\nIII.   Budget Review\\nReviewed.\\n\\n"
                + "IV.    Other Business.\\nNone.\\n\\nV.     Adjourn Agency Meeting.\\nAdjourned at 7:10 pm.");
        assertThat(titles(r.meeting().agenda())).contains("Call to Order – Chairman Gibbs", "Public Comments", "Budget Review",
                "Other Business", "Adjourn Agency Meeting");
    }
}
