import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the packet benchmark's workload into a committee folder: 100 attachments of 20 pages and one of 500
 * (small text pages, one bookmark each), committee.yaml and a meeting whose one item lists them all.
 * Run by compare-packet.sh with the shaded clerk.jar on the class path.
 */
public class MakePacketWorkload {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir.resolve("attachments"));
        Files.createDirectories(dir.resolve("meetings"));
        StringBuilder yaml = new StringBuilder("date: 2030-01-15\nkind: regular\nstart: 10:00\nstatus: draft\nagenda:\n"
                + "  - title: Reports\n    attachments:\n");
        for (int i = 1; i <= 101; i++) {
            int pages = i == 101 ? 500 : 20;
            String name = String.format("attachments/a%03d.pdf", i);
            write(dir.resolve(name), "Attachment " + i, pages);
            yaml.append("      - title: Attachment ").append(i).append("\n        path: ").append(name).append('\n');
        }
        yaml.append("  - title: Adjournment\n");
        Files.writeString(dir.resolve("meetings/2030-01-15.yaml"), yaml);
        Files.writeString(dir.resolve("committee.yaml"), "name: Benchmark Committee\nshortName: BENCH\n"
                + "language: en-US\npeople:\n  - name: Pat Doe\n    role: chair\n");
    }

    static void write(Path file, String name, int pages) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document d = new Document(PageSize.LETTER);
            PdfWriter w = PdfWriter.getInstance(d, out);
            d.open();
            for (int p = 1; p <= pages; p++) {
                if (p > 1) {
                    d.newPage();
                }
                if (p == 1) {
                    new PdfOutline(w.getRootOutline(), new PdfDestination(PdfDestination.FIT), name);
                }
                d.add(new Paragraph(name + ", page " + p + " of " + pages + ". A little text for the benchmark."));
            }
            d.close();
        }
    }
}
