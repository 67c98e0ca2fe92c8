package dev.clerk.render.docx;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * What a reader of a document reads, paragraph by paragraph and cell by cell, in the painter's order; and the same
 * read back from a .docx, so that a test can say nothing was lost, added or reordered.
 */
final class TreeText {
    private TreeText() {
    }

    /** The text of each paragraph the document's blocks make, in order (labels are Word's, so not text). */
    static List<String> paragraphs(Document doc) {
        List<String> out = new ArrayList<>();
        walk(doc.blocks(), out, new ArrayList<>());
        return out;
    }

    /** The text of every table cell, header rows included, in order. */
    static List<String> cells(Document doc) {
        List<String> out = new ArrayList<>();
        walk(doc.blocks(), new ArrayList<>(), out);
        return out;
    }

    static List<String> paragraphs(XWPFDocument word) {
        return word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static List<String> cells(XWPFDocument word) {
        return word.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(row -> row.getTableCells().stream()).map(XWPFTableCell::getText).toList();
    }

    private static void walk(List<Block> blocks, List<String> paragraphs, List<String> cells) {
        boolean afterTable = false;
        for (Block b : blocks) {
            boolean table = b instanceof Table t && !t.columns().isEmpty() || b instanceof FillIn;
            if (table && afterTable) {
                // The empty line Word needs between two tables.
                paragraphs.add("");
            }
            afterTable = table;
            if (b instanceof Heading h) {
                paragraphs.add(h.text().plainText());
            } else if (b instanceof Paragraph p) {
                paragraphs.add(p.text().plainText());
            } else if (b instanceof Fields f) {
                f.fields().forEach(field -> paragraphs.add(field.label() + "\t" + field.value().plainText()));
            } else if (b instanceof Callout c) {
                paragraphs.add(c.label() + " " + c.text().plainText());
            } else if (b instanceof ItemList l) {
                l.items().forEach(e -> walk(e.blocks(), paragraphs, cells));
            } else if (b instanceof Table t) {
                t.columns().forEach(c -> cells.add(c.header().plainText()));
                t.rows().forEach(row -> {
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(t.columns().get(i).shown(row.get(i)).plainText());
                    }
                });
            } else if (b instanceof FillIn f) {
                cells.add(f.title() + (f.hint() == null ? "" : " \u2013 " + f.hint()));
                for (FillIn.Entry e : f.entries()) {
                    if (!e.label().isEmpty()) {
                        cells.add(e.labelWithHint().plainText());
                    }
                    cells.add(e.shown().plainText());
                }
            }
        }
    }
}
