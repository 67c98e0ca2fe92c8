package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word documents import like their text: the seed typed into Word as plain paragraphs, and the seed laid out the
 * way Word users do it (heading styles for the sections without typed numbers, Word's own numbered list for the
 * follow-ups), both give the meeting the text file gives.
 */
class DocxImportTest {
    private static final Path SEED = Path.of("..", "examples", "swtpic", "source", "2017-03-27-swtpic-minutes.txt");
    private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI)\\. (.*)$");
    private static final Pattern LETTER = Pattern.compile("^([A-F])\\. (.*)$");
    private static final Pattern FOLLOW_UP = Pattern.compile("^\\d\\) (.*)$");
    private static Meeting fromText;
    private static List<String> lines;

    @TempDir
    Path tmp;

    @BeforeAll
    static void importText() throws Exception {
        fromText = MinutesImporter.importFile(SEED).meeting();
        lines = Files.readAllLines(SEED);
    }

    @Test
    void readsPlainParagraphsLikeText() throws Exception {
        Path f = tmp.resolve("2017-03-27-plain.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        assertThat(MinutesImporter.importFile(f).meeting()).isEqualTo(fromText);
    }

    @Test
    void readsHeadingStylesAndNumberedListsAsStructure() throws Exception {
        Path f = tmp.resolve("2017-03-27-styled.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            BigInteger numbered = decimalList(doc);
            boolean first = true;
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                Matcher roman = ROMAN.matcher(line);
                Matcher letter = LETTER.matcher(line);
                Matcher followUp = FOLLOW_UP.matcher(line);
                String text = line;
                if (first && !line.isBlank()) {
                    p.setStyle("Title");
                    first = false;
                } else if (roman.matches()) {
                    p.setStyle("Heading1");
                    text = roman.group(2);
                } else if (letter.matches()) {
                    p.setStyle("Heading2");
                    text = letter.group(2);
                } else if (followUp.matches()) {
                    p.setNumID(numbered);
                    text = followUp.group(1);
                } else if (line.endsWith(":")) {
                    XWPFRun label = p.createRun();
                    label.setBold(true);
                    label.setText(line);
                    continue;
                }
                p.createRun().setText(text);
            }
            doc.write(out);
        }
        assertThat(MinutesImporter.importFile(f).meeting()).isEqualTo(fromText);
    }

    /** A numbering definition "1)", "2)", ... as Word writes one, returning its id. */
    private static BigInteger decimalList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1)");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
