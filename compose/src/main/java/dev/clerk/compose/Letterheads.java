package dev.clerk.compose;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Source;
import dev.clerk.model.Body;
import java.util.List;

/** The letterhead every document opens with: the staffing department, then the parent body. */
final class Letterheads {
    private Letterheads() {
    }

    static void add(List<Block> blocks, Body body, Phrases p) {
        if (body.department() != null) {
            blocks.add(new Paragraph(Paragraph.Role.LETTERHEAD, p.words(body.department(), Source.committee("department"))));
        }
        if (body.parentBody() != null) {
            blocks.add(new Paragraph(Paragraph.Role.LETTERHEAD, p.words(body.parentBody(), Source.committee("parentBody"))));
        }
    }
}
