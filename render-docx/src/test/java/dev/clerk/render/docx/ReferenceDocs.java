package dev.clerk.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Reference documents, built here as an organisation would save them from Word. */
final class ReferenceDocs {
    private ReferenceDocs() {
    }

    /** A Word template (.dotx) whose footer already numbers its pages with a PAGE field. */
    static byte[] dotxWithPageNumbers() {
        try (XWPFDocument doc = new XWPFDocument()) {
            var footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("Page ");
            footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
            doc.getPackage().replaceContentType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An A4 letterhead: its own Heading 1 in Georgia, a header with the city's name, and some body text. */
    static byte[] letterhead() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.setStyles(CTStyles.Factory.newInstance());
            CTStyle normal = CTStyle.Factory.newInstance();
            normal.setType(STStyleType.PARAGRAPH);
            normal.setStyleId("Normal");
            normal.addNewName().setVal("Normal");
            normal.setDefault(true);
            styles.addStyle(new XWPFStyle(normal, styles));
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setType(STStyleType.PARAGRAPH);
            heading.setStyleId("Heading1");
            heading.addNewName().setVal("heading 1");
            heading.addNewBasedOn().setVal("Normal");
            heading.addNewRPr().addNewRFonts().setAscii("Georgia");
            heading.getRPr().getRFontsArray(0).setHAnsi("Georgia");
            styles.addStyle(new XWPFStyle(heading, styles));
            doc.createParagraph().createRun().setText("Reference body text that the minutes replace.");
            var sect = doc.getDocument().getBody().addNewSectPr();
            sect.addNewPgSz().setW(BigInteger.valueOf(11906));
            sect.getPgSz().setH(BigInteger.valueOf(16838));
            var mar = sect.addNewPgMar();
            mar.setLeft(BigInteger.valueOf(1134));
            mar.setRight(BigInteger.valueOf(1134));
            mar.setTop(BigInteger.valueOf(1134));
            mar.setBottom(BigInteger.valueOf(1134));
            mar.setHeader(BigInteger.valueOf(567));
            mar.setFooter(BigInteger.valueOf(567));
            mar.setGutter(BigInteger.ZERO);
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("CITY OF EXAMPLE – LETTERHEAD");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
