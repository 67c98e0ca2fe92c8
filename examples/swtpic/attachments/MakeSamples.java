import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Text;
import dev.clerk.render.pdf.PdfRenderer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the SAMPLE attachments of the worked example's May 22, 2017 meeting. They are invented material, marked
 * as such on every page, so that 'clerk packet examples/swtpic/meetings/2017-05-22.yaml' shows a whole packet.
 * They are set by Clerk's own PDF renderer, so they are tagged, PDF/A-1b and PDF/UA-1 with Liberation Sans
 * embedded, as attachments ought to be: the packet then claims PDF/A-1b and PDF/UA-1 too. Run by make-samples.sh.
 */
public class MakeSamples {
    static final String MARK = "SAMPLE MATERIAL - invented for Clerk's worked example; not a document of the committee";
    static final String AUTHOR = "Sex Work and Trafficking Policy Impact Committee (sample)";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        write(dir.resolve("2017-priorities-discussion-draft.pdf"), priorities());
        write(dir.resolve("2017-04-task-force-presentation.pdf"), slides());
    }

    static void write(Path file, Document doc) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfRenderer().render(doc, out);
        }
    }

    /** A document with the sample mark in its footer and a SAMPLE watermark on every page, and under its title. */
    static Document document(String title, String subject, LocalDate date, List<Block> content) {
        Meta meta = new Meta(Meta.Kind.AGENDA, title, subject, AUTHOR, List.of("sample", "SWTPIC"), "en", date, date,
                false);
        Furniture furniture = new Furniture(Text.plain(AUTHOR), Text.plain(title), Text.plain(MARK), "Page {0} of {1}",
                "SAMPLE");
        List<Block> blocks = new ArrayList<>();
        blocks.add(Heading.title(Text.plain(title)));
        blocks.add(new Paragraph(Paragraph.Role.NOTE, Text.strong(MARK, null)));
        blocks.addAll(content);
        return new Document(meta, furniture, List.of(Numbering.UPPER_ROMAN), blocks);
    }

    static ItemList bullets(String... lines) {
        List<ItemList.Entry> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(new ItemList.Entry("•", List.of(Paragraph.body(Text.plain(line)))));
        }
        return new ItemList(ItemList.Kind.BULLETED, entries);
    }

    static Document priorities() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Paragraph.Role.SUBTITLE,
                Text.plain("Discussion draft for the meeting of May 22, 2017 (sample)")));
        String[][] sections = {
            {"1. Remaining a part of the Task Force", "Members discuss whether the committee continues as a"
                + " committee of the Mayor's Task Force on Anti-Human Trafficking, and what it would need from"
                + " the Task Force to do its work."},
            {"2. Laws that decriminalize transmission of HIV", "Staff summarize recent state legislation that"
                + " changes penalties for HIV transmission, as background for a possible letter of support."},
            {"3. Public education", "A summer brown bag talk, open to the public, on the impact of trafficking"
                + " policy on sex workers."},
        };
        for (String[] s : sections) {
            blocks.add(Heading.section(Text.plain(s[0]), null));
            blocks.add(Paragraph.body(Text.plain(s[1])));
            blocks.add(bullets("Questions for members: what should the committee do first?",
                    "Who leads the work, and by when?"));
        }
        return document("Priorities for 2017: discussion draft (SAMPLE)", "Sample discussion draft",
                LocalDate.of(2017, 5, 15), blocks);
    }

    static Document slides() {
        List<Block> blocks = new ArrayList<>();
        String[][] slides = {
            {"Sex Work and Trafficking Policy Impact Committee", "Report to the general Task Force (sample slides)"},
            {"What we did", "Met with SFPD on human trafficking training\nAsked for SFPD data\nTracked the"
                + " Prioritizing Safety for Sex Workers policy"},
            {"What we ask of the Task Force", "Keep the committee as a committee of the Task Force\nShare data"
                + " requests with the committee"},
        };
        for (int i = 0; i < slides.length; i++) {
            blocks.add(Heading.section(Text.plain("Slide " + (i + 1) + ": " + slides[i][0]), null));
            blocks.add(bullets(slides[i][1].split("\n")));
        }
        return document("Presentation to the general Task Force, April 2017 (SAMPLE)", "Sample slides",
                LocalDate.of(2017, 4, 20), blocks);
    }
}
