import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.FileOutputStream;
import java.nio.file.Path;

/**
 * Makes the SAMPLE attachments of the worked example's May 22, 2017 meeting. They are invented material, marked
 * as such on every page, so that 'clerk packet examples/swtpic/meetings/2017-05-22.yaml' shows a whole packet.
 * Run by make-samples.sh.
 */
public class MakeSamples {
    static final String MARK = "SAMPLE MATERIAL - invented for Clerk's worked example; not a document of the committee";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        priorities(dir.resolve("2017-priorities-discussion-draft.pdf"));
        slides(dir.resolve("2017-04-task-force-presentation.pdf"));
    }

    /** Marks every page, top and bottom, as sample material. */
    static final class Marker extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            try {
                BaseFont bf = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                PdfContentByte cb = writer.getDirectContent();
                Rectangle page = document.getPageSize();
                cb.setColorFill(new Color(0xb0, 0x1c, 0x1c));
                cb.rectangle(0, page.getHeight() - 26, page.getWidth(), 26);
                cb.fill();
                cb.beginText();
                cb.setFontAndSize(bf, 9);
                cb.setColorFill(Color.WHITE);
                cb.showTextAligned(Element.ALIGN_CENTER, MARK, page.getWidth() / 2, page.getHeight() - 17, 0);
                cb.endText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void priorities(Path file) throws Exception {
        Document d = new Document(PageSize.LETTER, 72, 72, 72, 72);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(file.toFile()));
        w.setPageEvent(new Marker());
        d.addTitle("Priorities for 2017: discussion draft (SAMPLE)");
        d.open();
        Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
        Font h = new Font(Font.HELVETICA, 13, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 11);
        d.add(new Paragraph("Priorities for 2017", title));
        d.add(new Paragraph("Discussion draft for the meeting of May 22, 2017 (sample)", body));
        d.add(Chunk.NEWLINE);
        String[][] sections = {
            {"1. Remaining a part of the Task Force", "Members discuss whether the committee continues as a"
                + " committee of the Mayor's Task Force on Anti-Human Trafficking, and what it would need from"
                + " the Task Force to do its work."},
            {"2. Laws that decriminalize transmission of HIV", "Staff summarize recent state legislation that"
                + " changes penalties for HIV transmission, as background for a possible letter of support."},
            {"3. Public education", "A summer brown bag talk, open to the public, on the impact of trafficking"
                + " policy on sex workers."},
        };
        for (int i = 0; i < sections.length; i++) {
            if (i == 2) {
                d.newPage();
            }
            new PdfOutline(w.getRootOutline(), new PdfDestination(PdfDestination.FITH, w.getVerticalPosition(true) + 20),
                    sections[i][0]);
            d.add(new Paragraph(sections[i][0], h));
            d.add(new Paragraph(sections[i][1], body));
            List list = new List(false, 12);
            list.add(new ListItem("Questions for members: what should the committee do first?", body));
            list.add(new ListItem("Who leads the work, and by when?", body));
            d.add(list);
            d.add(Chunk.NEWLINE);
        }
        d.close();
    }

    static void slides(Path file) throws Exception {
        Document d = new Document(PageSize.LETTER.rotate(), 60, 60, 70, 50);
        PdfWriter w = PdfWriter.getInstance(d, new FileOutputStream(file.toFile()));
        w.setPageEvent(new Marker());
        d.addTitle("Presentation to the general Task Force, April 2017 (SAMPLE)");
        d.open();
        Font title = new Font(Font.HELVETICA, 28, Font.BOLD, new Color(0x0b, 0x4f, 0x9c));
        Font body = new Font(Font.HELVETICA, 18);
        String[][] slides = {
            {"Sex Work and Trafficking Policy Impact Committee", "Report to the general Task Force (sample slides)"},
            {"What we did", "Met with SFPD on human trafficking training\nAsked for SFPD data\nTracked the"
                + " Prioritizing Safety for Sex Workers policy"},
            {"What we ask of the Task Force", "Keep the committee as a committee of the Task Force\nShare data"
                + " requests with the committee"},
        };
        for (int i = 0; i < slides.length; i++) {
            if (i > 0) {
                d.newPage();
            }
            new PdfOutline(w.getRootOutline(), new PdfDestination(PdfDestination.FIT), "Slide " + (i + 1) + ": "
                    + slides[i][0]);
            d.add(new Paragraph(slides[i][0], title));
            d.add(Chunk.NEWLINE);
            for (String line : slides[i][1].split("\n")) {
                d.add(new Paragraph("•  " + line, body));
            }
        }
        d.close();
    }
}
