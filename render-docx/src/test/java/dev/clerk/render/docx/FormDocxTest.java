package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.FormComposer;
import dev.clerk.model.Committee;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The minutes form of the worked example's meeting of May 22, 2017 in Word: every place to type in is in a paragraph
 * style named after its field, every block's title row in one named after the block, statuses are drop-down lists,
 * and the styles the instructions name are there.
 */
class FormDocxTest {
    private static final byte[] DOCX = render();

    private static byte[] render() {
        Committee c = Fixtures.example();
        return Fixtures.render(FormComposer.compose(c, Fixtures.meeting(c, Fixtures.MAY_22)));
    }

    /** The style names of the document, by id. */
    private static Map<String, String> names(XWPFDocument word) {
        Map<String, String> names = new HashMap<>();
        for (CTStyle s : word.getStyles().getCtStyles().getStyleList()) {
            names.put(s.getStyleId(), s.getName().getVal());
        }
        return names;
    }

    /** Each table as its rows of cells of the style names of their paragraphs. */
    private static List<List<List<String>>> tableStyles(XWPFDocument word) {
        Map<String, String> names = names(word);
        List<List<List<String>>> out = new ArrayList<>();
        for (XWPFTable t : word.getTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : t.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        cells.add(names.get(p.getStyle()));
                    }
                }
                rows.add(cells);
            }
            out.add(rows);
        }
        return out;
    }

    @Test
    void everyBlockHasATitleStyleAndEveryPlaceTheStyleOfItsField() throws Exception {
        try (XWPFDocument word = Fixtures.open(DOCX)) {
            List<List<List<String>>> tables = tableStyles(word);
            assertThat(tables).contains(
                    List.of(List.of("Form Action"),
                            List.of("Form Label", "Form task"),
                            List.of("Form Label", "Form owners", "Form Label", "Form due")),
                    List.of(List.of("Form Motion"),
                            List.of("Form Label", "Form motion text"),
                            List.of("Form Label", "Form mover", "Form Label", "Form seconder"),
                            List.of("Form Label", "Form result"),
                            List.of("Form Label", "Form ayes", "Form Label", "Form noes", "Form Label",
                                    "Form abstentions"),
                            List.of("Form Label", "Form ayeNames", "Form Label", "Form noNames"),
                            List.of("Form Label", "Form abstainNames", "Form Label", "Form absentNames")),
                    List.of(List.of("Form Decision"), List.of("Form decision text")),
                    List.of(List.of("Form Discussion"), List.of("Form narrative")),
                    List.of(List.of("Form Next Meeting"),
                            List.of("Form Label", "Form next date", "Form Label", "Form next time"),
                            List.of("Form Label", "Form next location"),
                            List.of("Form Label", "Form proposedItems")),
                    List.of(List.of("Form Adjournment"), List.of("Form Label", "Form end")));
            List<List<String>> attendance = tables.get(1);
            assertThat(attendance.get(0)).containsOnly("Table Heading");
            assertThat(attendance.subList(1, attendance.size()))
                    .containsOnly(List.of("Form name", "Form affiliation", "Form role", "Form status"));
            assertThat(tables).anySatisfy(t -> assertThat(t.get(1))
                    .containsExactly("Form update task", "Table Text", "Table Text", "Table Text",
                            "Form update status", "Form update note"));
        }
    }

    @Test
    void styleNamesDifferEvenAsWordComparesThem() throws Exception {
        try (XWPFDocument word = Fixtures.open(DOCX)) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (String name : names(word).values()) {
                String squashed = name.replace(" ", "").toLowerCase(Locale.ROOT);
                assertThat(seen.put(squashed, name)).as(name).isNull();
            }
        }
    }

    @Test
    void statusesAreDropDownListsShowingTheirHintUntilOneIsPicked() {
        String body = Fixtures.part(DOCX, "word/document.xml");
        Matcher sdt = Pattern.compile("<w:sdt>(.*?)</w:sdt>").matcher(body);
        List<String> lists = new ArrayList<>();
        while (sdt.find()) {
            lists.add(sdt.group(1));
        }
        String attendance = "<w:dropDownList><w:listItem w:displayText=\"present\" w:value=\"present\"/>"
                + "<w:listItem w:displayText=\"absent\" w:value=\"absent\"/>"
                + "<w:listItem w:displayText=\"excused\" w:value=\"excused\"/>"
                + "<w:listItem w:displayText=\"late\" w:value=\"late\"/></w:dropDownList>";
        String hint = "<w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"FormHint\"/></w:rPr>"
                + "<w:t>present / absent / excused / late</w:t></w:r></w:sdtContent>";
        // Eight people on the roster, each to pick; three guests and two staff, present unless changed.
        assertThat(lists).filteredOn(l -> l.contains(attendance) && l.contains("<w:showingPlcHdr/>")
                && l.endsWith(hint)).hasSize(8);
        assertThat(lists).filteredOn(l -> l.contains(attendance) && !l.contains("<w:showingPlcHdr/>")
                && l.endsWith("<w:sdtContent><w:r><w:t>present</w:t></w:r></w:sdtContent>")).hasSize(5);
        assertThat(lists).filteredOn(l -> l.contains("<w:listItem w:displayText=\"in progress\"")).hasSize(8);
        assertThat(lists).filteredOn(l -> l.contains("<w:listItem w:displayText=\"tabled\"")).hasSize(10);
    }

    @Test
    void theInstructionsNameStylesTheFormHas() throws Exception {
        try (XWPFDocument word = Fixtures.open(DOCX)) {
            String instructions = Fixtures.texts(word, Style.NOTE.id()).get(0);
            Matcher named = Pattern.compile("Form [A-Z]?[a-z]+").matcher(instructions);
            List<String> styles = new ArrayList<>();
            while (named.find()) {
                styles.add(named.group());
            }
            assertThat(styles).containsExactly("Form Action", "Form task", "Form owners", "Form due");
            assertThat(names(word).values()).containsAll(styles);
        }
    }
}
