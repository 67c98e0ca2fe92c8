package dev.clerk.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import dev.clerk.compose.doc.Link;
import dev.clerk.render.pdf.FontChain.Segment;
import dev.clerk.render.pdf.Layout.Node;
import dev.clerk.render.pdf.Layout.Piece;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/** Draws a finished layout with OpenPDF: tagged content, artifacts, links, bookmarks and PDF/A metadata. */
final class Painter {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName LAYOUT = new PdfName("Layout");
    private static final PdfName OBJR = new PdfName("OBJR");

    /**
     * The page furniture, already split by font. The first page has no header: it has the letterhead.
     *
     * @param pageNumbers the page number phrase, {0} for the page and {1} for the count
     */
    record Furniture(List<Segment> headerLeft, List<Segment> headerRight, List<Segment> footerLeft, String watermark,
                     String pageNumbers) {
        static Furniture of(dev.clerk.compose.doc.Furniture f, Layout layout) {
            return new Furniture(layout.furniture(f.headerLeft(), HEADER_SIZE),
                    layout.furniture(f.headerRight(), HEADER_SIZE), layout.furniture(f.footerLeft(), HEADER_SIZE),
                    f.watermark(), f.pageNumbers());
        }
    }

    private static final float HEADER_SIZE = 8.5f;

    /** A stretch of consecutive pages of the file. */
    sealed interface Section permits Tagged, Foreign {
        int pages();
    }

    /** Pages laid out by Clerk: tagged text with its furniture. */
    record Tagged(Layout layout, Furniture furniture) implements Section {
        @Override
        public int pages() {
            return layout.pages.size();
        }
    }

    /**
     * Pages drawn by someone else (an attachment's pages), under one structure element: wrapped in it as one piece
     * of content, or, when the pages {@linkplain #tagsItself() are tagged themselves}, holding their own structure.
     */
    non-sealed interface Foreign extends Section {
        /** The size of page {@code page} of the section, counted from 0. */
        Rectangle size(int page) throws IOException;

        /**
         * Draws page {@code page} of the section; the bottom {@link #STRIP} points are left for the page number.
         * When the section {@linkplain #tagsItself() tags itself}, its structure goes under {@code part}.
         */
        void draw(int page, PdfWriter writer, PdfContentByte cb, PdfStructureElement part) throws IOException;

        /** Whether the pages bring their own structure, all their content in it or marked as artifacts. */
        boolean tagsItself();

        /** Called after the section's last page: frees what it read. */
        void finish(PdfWriter writer) throws IOException;

        /** The words left of the page number in the strip: the material's title. */
        String caption();

        /** What the structure element of the section is called, for assistive technology. */
        String title();
    }

    /** The height of the strip at the foot of a foreign page that carries the packet page number. */
    static final float STRIP = 22;

    /**
     * A bookmark of the whole file.
     *
     * @param title its text
     * @param page  the page it opens, counted from 0
     * @param top   the height it scrolls to, or null to show the whole page
     * @param kids  the bookmarks under it
     */
    record Bookmark(String title, int page, Float top, List<Bookmark> kids) {
        Bookmark {
            kids = List.copyOf(kids);
        }
    }

    /**
     * How the file presents itself.
     *
     * @param pageNumbers the page number phrase of every page ("Packet page {0} of {1}"), or null for the phrase
     *                    of each section's furniture
     * @param conforming  whether the file claims PDF/A-1b and PDF/UA-1 (a packet with others' pages does only when
     *                    each of them is PDF/A-1 and PDF/UA-1 itself and brings its own structure)
     * @param bookmarks   the bookmarks, or null for one per heading
     */
    record Presentation(String pageNumbers, boolean conforming, List<Bookmark> bookmarks) {
        static final Presentation STANDALONE = new Presentation(null, true, null);
    }

    private static final PdfName DOCUMENT = new PdfName("Document");
    private static final PdfName SPAN = new PdfName("Span");
    private static final PdfName ACTUAL_TEXT = new PdfName("ActualText");
    private static final PdfName PART = new PdfName("Part");

    private final TaggedPdf.Meta meta;
    private final List<Section> sections;
    private final FontChain fonts;
    private final Presentation presentation;
    private final Map<Node, PdfStructureElement> elements = new HashMap<>();
    private final Map<Node, LinkObjects> linkObjects = new IdentityHashMap<>();
    private PdfWriter writer;
    /** The fonts drawn with, in first-use order. */
    private final java.util.Set<com.lowagie.text.pdf.BaseFont> used = new java.util.LinkedHashSet<>();

    Painter(TaggedPdf.Meta meta, Furniture furniture, Layout layout, FontChain fonts) {
        this(meta, List.of(new Tagged(layout, furniture)), fonts, Presentation.STANDALONE);
    }

    Painter(TaggedPdf.Meta meta, List<Section> sections, FontChain fonts, Presentation presentation) {
        this.meta = meta;
        this.sections = List.copyOf(sections);
        this.fonts = fonts;
        this.presentation = presentation;
    }

    private Rectangle sizeOf(Section s, int page) throws IOException {
        return s instanceof Foreign f ? f.size(page) : new Rectangle(Layout.PAGE_WIDTH, Layout.PAGE_HEIGHT);
    }

    void paint(OutputStream out) throws IOException {
        Document document = new Document(sizeOf(sections.get(0), 0), 0, 0, 0, 0);
        try {
            writer = PdfWriter.getInstance(document, out);
            if (!presentation.conforming() && sections.stream().anyMatch(Foreign.class::isInstance)) {
                // Others' pages keep their own fonts and colours, so a packet with pages that are not PDF/A cannot
                // be PDF/A-1 (which is PDF 1.4) anyway: object and cross-reference streams make it smaller and
                // quicker to write, since its thousands of objects then need no text cross-reference table.
                writer.setFullCompression();
            } else {
                writer.setPdfVersion(PdfWriter.VERSION_1_4);
            }
            // Not setPDFXConformance(PDFA1B): with it OpenPDF always writes a CIDSet that lists only the glyphs
            // used, while the subset also holds .notdef and the parts of composite glyphs; PDF/UA-1 (7.21.4.2)
            // rejects that. PDF/A-1b is met by construction instead, and veraPDF checks both in the tests.
            writer.setTagged();
            writer.setTabs(new PdfName("S"));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            document.addTitle(meta.title());
            if (meta.subject() != null) {
                document.addSubject(meta.subject());
            }
            if (meta.author() != null) {
                document.addAuthor(meta.author());
            }
            if (meta.keywords() != null) {
                document.addKeywords(meta.keywords());
            }
            document.addCreator(CREATOR);
            document.open();
            outputIntent();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));

            boolean single = sections.size() == 1 && sections.get(0) instanceof Tagged;
            PdfStructureElement top = single ? null
                    : new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
            int total = sections.stream().mapToInt(Section::pages).sum();
            int global = 0;
            for (Section section : sections) {
                PdfStructureElement part = null;
                if (section instanceof Tagged t) {
                    createElements(t.layout().root, top);
                } else {
                    part = new PdfStructureElement(top, PART);
                    part.put(new PdfName("T"), new PdfString(((Foreign) section).title(), PdfObject.TEXT_UNICODE));
                }
                // The strip of a foreign section (its background, rule and caption) is the same on each of its
                // pages of one width: drawn once, as a form, beside the page number.
                Map<Float, PdfTemplate> strips = new HashMap<>();
                for (int i = 0; i < section.pages(); i++, global++) {
                    if (global > 0) {
                        document.setPageSize(sizeOf(section, i));
                        document.newPage();
                    }
                    if (section instanceof Tagged t) {
                        page(t, i, global - i, global, total);
                    } else {
                        foreign((Foreign) section, strips, part, i, global, total);
                    }
                }
                if (section instanceof Foreign f) {
                    f.finish(writer);
                }
            }
            outlines();
            dates();
            writer.setXmpMetadata(xmp().getBytes(StandardCharsets.UTF_8));
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /** The page number of page {@code global} (from 0) of {@code total}, in {@code phrase} unless the file has one. */
    private String pageNumber(String phrase, int global, int total) {
        String p = presentation.pageNumbers() != null ? presentation.pageNumbers()
                : phrase != null ? phrase : "Page {0} of {1}";
        return p.replace("{0}", Integer.toString(global + 1)).replace("{1}", Integer.toString(total));
    }

    private void foreign(Foreign f, Map<Float, PdfTemplate> strips, PdfStructureElement part, int index, int global,
                         int total) throws IOException {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = f.size(index);
        cb.saveState();
        if (f.tagsItself()) {
            f.draw(index, writer, cb, part);
        } else {
            cb.beginMarkedContentSequence(part);
            f.draw(index, writer, cb, part);
            cb.endMarkedContentSequence();
        }
        cb.restoreState();
        artifact(cb, "Footer");
        float width = size.getWidth();
        float margin = Math.min(36, width / 12);
        cb.addTemplate(strips.computeIfAbsent(width, w -> strip(f, w, margin, total)), 0, 0);
        List<Segment> number = fonts.split(pageNumber(null, global, total), Face.BOLD, cp -> {
        });
        drawLine(cb, number, width - margin - width(number, 8f), 8, 8f, Layout.INK);
        cb.endMarkedContentSequence();
    }

    /**
     * The strip at the foot of a foreign page {@code width} wide: a light band under a rule, and the section's
     * caption, cut to leave room for the widest page number of the packet.
     */
    private PdfTemplate strip(Foreign f, float width, float margin, int total) {
        PdfTemplate t = writer.getDirectContent().createTemplate(width, STRIP);
        t.setColorFill(new Color(0xf2, 0xf2, 0xf2));
        t.rectangle(0, 0, width, STRIP);
        t.fill();
        t.setColorStroke(Layout.RULE);
        t.setLineWidth(0.5f);
        t.moveTo(0, STRIP - 0.25f);
        t.lineTo(width, STRIP - 0.25f);
        t.stroke();
        float widest = width(fonts.split(pageNumber(null, total - 1, total), Face.BOLD, cp -> {
        }), 8f);
        List<Segment> caption = fonts.split(Layout.normalize(f.caption()), Face.REGULAR, cp -> {
        });
        drawLine(t, fit(caption, width - 2 * margin - widest - 12, 8f), margin, 8, 8f, Layout.GREY);
        return t;
    }

    /** The segments cut to {@code width}, with an ellipsis when cut. */
    private List<Segment> fit(List<Segment> segments, float width, float size) {
        if (width(segments, size) <= width) {
            return segments;
        }
        List<Segment> out = new ArrayList<>();
        float w = width(fonts.split("…", Face.REGULAR, cp -> {
        }), size);
        for (Segment s : segments) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < s.text().length(); k++) {
                String next = sb.toString() + s.text().charAt(k);
                if (w + new Segment(next, s.slot()).width(size) > width) {
                    out.add(new Segment(sb.toString(), s.slot()));
                    out.addAll(fonts.split("…", Face.REGULAR, cp -> {
                    }));
                    return out;
                }
                sb.append(s.text().charAt(k));
            }
            out.add(s);
            w += s.width(size);
        }
        return out;
    }

    private static final String CREATOR = "Clerk";

    /** The sRGB output intent PDF/A requires for RGB colours, with the JDK's own sRGB profile. */
    private void outputIntent() throws IOException {
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        PdfStream profile = new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB), PdfStream.BEST_COMPRESSION);
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    // ---- structure

    private void createElements(Node node, PdfStructureElement parent) {
        if (node.type.equals("Part") && node.alt != null) {
            // A packet that is the agenda alone has one section, and so no Document element above its Part.
            PdfStructureElement e = parent == null ? new PdfStructureElement(writer.getStructureTreeRoot(), PART)
                    : new PdfStructureElement(parent, PART);
            e.put(new PdfName("T"), new PdfString(node.alt, PdfObject.TEXT_UNICODE));
            elements.put(node, e);
            for (Node kid : node.kids) {
                createElements(kid, e);
            }
            return;
        }
        PdfStructureElement e = parent == null
                ? new PdfStructureElement(writer.getStructureTreeRoot(), new PdfName(node.type))
                : new PdfStructureElement(parent, new PdfName(node.type));
        if (!node.attributes.isEmpty()) {
            PdfDictionary a = new PdfDictionary();
            node.attributes.forEach((k, v) -> a.put(new PdfName(k),
                    k.equals("Summary") ? new PdfString(v, PdfObject.TEXT_UNICODE) : new PdfName(v)));
            e.put(PdfName.A, a);
        }
        if (node.lang != null) {
            e.put(PdfName.LANG, new PdfString(node.lang));
        }
        if (node.alt != null && node.type.equals("Link")) {
            e.put(new PdfName("Alt"), new PdfString(node.alt, PdfObject.TEXT_UNICODE));
        }
        elements.put(node, e);
        for (Node kid : node.kids) {
            createElements(kid, e);
        }
    }

    // ---- pages

    private void page(Tagged section, int index, int offset, int global, int total) throws IOException {
        Furniture furniture = section.furniture();
        Layout layout = section.layout();
        PdfContentByte under = writer.getDirectContentUnder();
        PdfContentByte cb = writer.getDirectContent();
        if (furniture.watermark() != null) {
            artifact(under, "Watermark");
            under.beginText();
            under.setColorFill(new Color(0xdd, 0xdd, 0xdd));
            under.setFontAndSize(fonts.primary(Face.BOLD).font(), 130);
            used.add(fonts.primary(Face.BOLD).font());
            under.showTextAligned(PdfContentByte.ALIGN_CENTER, furniture.watermark(), Layout.PAGE_WIDTH / 2,
                    Layout.PAGE_HEIGHT / 2 - 45, 45);
            under.endText();
            under.endMarkedContentSequence();
        }
        if (index > 0) {
            artifact(cb, "Header");
            float base = Layout.PAGE_HEIGHT - 44;
            drawLine(cb, furniture.headerLeft(), Layout.LEFT, base, 8.5f, Layout.GREY);
            float w = width(furniture.headerRight(), 8.5f);
            drawLine(cb, furniture.headerRight(), Layout.RIGHT - w, base, 8.5f, Layout.GREY);
            cb.setColorStroke(Layout.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(Layout.LEFT, base - 6);
            cb.lineTo(Layout.RIGHT, base - 6);
            cb.stroke();
            cb.endMarkedContentSequence();
        }
        Layout.Page page = layout.pages.get(index);
        if (!page.fills.isEmpty() || !page.rules.isEmpty()) {
            layoutArtifact(cb);
            for (Layout.Fill f : page.fills) {
                cb.setColorFill(f.color());
                cb.rectangle(f.x(), f.y(), f.width(), f.height());
                cb.fill();
            }
            for (Layout.Rule r : page.rules) {
                cb.setColorStroke(r.color());
                cb.setLineWidth(r.width());
                cb.moveTo(r.x1(), r.y1());
                cb.lineTo(r.x2(), r.y2());
                cb.stroke();
            }
            cb.endMarkedContentSequence();
        }
        List<Piece> pieces = page.pieces;
        for (int i = 0; i < pieces.size(); ) {
            Piece first = pieces.get(i);
            int j = i;
            while (j < pieces.size() && pieces.get(j).node() == first.node()
                    && pieces.get(j).baseline() == first.baseline()) {
                j++;
            }
            if (first.node() == null) {
                artifact(cb, null);
            } else {
                cb.beginMarkedContentSequence(elements.get(first.node()));
            }
            for (int k = i; k < j; ) {
                Layout.ActualText actual = pieces.get(k).actual();
                int l = k;
                while (l < j && pieces.get(l).actual() == actual) {
                    l++;
                }
                if (actual != null && first.node() != null) {
                    // Right-to-left text is drawn in visual order; extractors get it back in reading order.
                    PdfDictionary props = new PdfDictionary();
                    props.put(ACTUAL_TEXT, new PdfString(actual.text, PdfObject.TEXT_UNICODE));
                    cb.beginMarkedContentSequence(SPAN, props, true);
                }
                cb.beginText();
                for (Piece p : pieces.subList(k, l)) {
                    show(cb, p.segment(), p.x(), p.baseline(), p.size(), p.color());
                }
                cb.endText();
                if (actual != null && first.node() != null) {
                    cb.endMarkedContentSequence();
                }
                k = l;
            }
            cb.endMarkedContentSequence();
            i = j;
        }
        artifact(cb, "Footer");
        float foot = 40;
        cb.setColorStroke(Layout.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(Layout.LEFT, foot + 12);
        cb.lineTo(Layout.RIGHT, foot + 12);
        cb.stroke();
        drawLine(cb, furniture.footerLeft(), Layout.LEFT, foot, 8.5f, Layout.GREY);
        List<Segment> number = fonts.split(pageNumber(furniture.pageNumbers(), global, total), Face.REGULAR, cp -> {
        });
        drawLine(cb, number, Layout.RIGHT - width(number, 8.5f), foot, 8.5f, Layout.GREY);
        cb.endMarkedContentSequence();
        for (Layout.LinkBox box : page.links) {
            link(box, layout, offset);
        }
    }

    private void show(PdfContentByte cb, Segment s, float x, float baseline, float size, Color color) {
        FontChain.Slot slot = s.slot();
        cb.setColorFill(color);
        cb.setFontAndSize(slot.font(), size);
        used.add(slot.font());
        if (slot.fakeItalic()) {
            cb.setTextMatrix(1, 0, 0.21f, 1, x, baseline);
        } else {
            cb.setTextMatrix(x, baseline);
        }
        if (slot.fakeBold()) {
            cb.setColorStroke(color);
            cb.setLineWidth(size / 30f);
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        cb.showText(s.text());
        if (slot.fakeBold()) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
    }

    private void drawLine(PdfContentByte cb, List<Segment> segments, float x, float baseline, float size, Color color) {
        if (segments.isEmpty()) {
            return;
        }
        cb.beginText();
        for (Segment s : segments) {
            show(cb, s, x, baseline, size, color);
            x += s.width(size);
        }
        cb.endText();
    }

    private static float width(List<Segment> segments, float size) {
        float w = 0;
        for (Segment s : segments) {
            w += s.width(size);
        }
        return w;
    }

    private static void artifact(PdfContentByte cb, String subtype) {
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.TYPE, PAGINATION);
        if (subtype != null) {
            props.put(PdfName.SUBTYPE, new PdfName(subtype));
        }
        cb.beginMarkedContentSequence(ARTIFACT, props, true);
    }

    private static void layoutArtifact(PdfContentByte cb) {
        PdfDictionary props = new PdfDictionary();
        props.put(PdfName.TYPE, LAYOUT);
        cb.beginMarkedContentSequence(ARTIFACT, props, true);
    }

    // ---- links and bookmarks

    /** A link's action and description, each written once and referred to by every box of the link. */
    private record LinkObjects(PdfIndirectReference action, PdfIndirectReference contents) {
    }

    private void link(Layout.LinkBox box, Layout layout, int offset) throws IOException {
        // A link broken over many lines has a box on each: a long address copied into every box would make the
        // file grow with the square of its length.
        LinkObjects shared = linkObjects.get(box.node());
        if (shared == null) {
            PdfAction action = action(box.target(), layout, offset);
            String alt = box.node().alt;
            shared = new LinkObjects(writer.addToBody(action).getIndirectReference(), alt == null ? null
                    : writer.addToBody(new PdfString(alt, PdfObject.TEXT_UNICODE)).getIndirectReference());
            linkObjects.put(box.node(), shared);
        }
        PdfAnnotation annot = PdfAnnotation.createLink(writer,
                new Rectangle(box.llx(), box.lly(), box.urx(), box.ury()), PdfAnnotation.HIGHLIGHT_INVERT,
                new PdfAction());
        annot.put(PdfName.A, shared.action());
        annot.setBorder(new PdfBorderArray(0, 0, 0));
        annot.setFlags(PdfAnnotation.FLAGS_PRINT);
        if (shared.contents() != null) {
            annot.put(PdfName.CONTENTS, shared.contents());
        }
        PdfStructureElement e = elements.get(box.node());
        int key = writer.getStructureTreeRoot().addExistingObject(e.getReference());
        annot.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        writer.addAnnotation(annot);
        PdfDictionary objr = new PdfDictionary(OBJR);
        objr.put(PdfName.OBJ, annot.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        PdfObject k = e.get(PdfName.K);
        PdfArray kids;
        if (k == null) {
            kids = new PdfArray();
        } else if (k.isArray()) {
            kids = (PdfArray) k;
        } else {
            kids = new PdfArray();
            kids.add(k);
        }
        kids.add(objr);
        e.put(PdfName.K, kids);
    }

    private PdfAction action(Link target, Layout layout, int offset) {
        if (target instanceof Link.Uri u) {
            return new PdfAction(u.uri());
        }
        if (target instanceof Link.Page p) {
            PdfArray d = new PdfArray();
            d.add(writer.getPageReference(p.page() + 1));
            d.add(PdfName.FIT);
            PdfAction go = new PdfAction();
            go.put(PdfName.S, PdfName.GOTO);
            go.put(PdfName.D, d);
            return go;
        }
        Link.Anchor a = (Link.Anchor) target;
        Layout.Mark mark = layout.anchors.get(a.id());
        if (mark == null) {
            throw new IllegalStateException("no heading has the anchor " + a.id());
        }
        PdfAction go = new PdfAction();
        go.put(PdfName.S, PdfName.GOTO);
        go.put(PdfName.D, destination(mark, offset));
        return go;
    }

    private PdfArray destination(Layout.Mark mark, int offset) {
        PdfArray d = new PdfArray();
        d.add(writer.getPageReference(mark.page() + offset + 1));
        d.add(PdfName.XYZ);
        d.add(new PdfNumber(Layout.LEFT - 20));
        d.add(new PdfNumber(mark.y()));
        d.add(new PdfNumber(0));
        return d;
    }

    private void outlines() {
        if (presentation.bookmarks() != null) {
            presentation.bookmarks().forEach(b -> outline(writer.getRootOutline(), b));
            return;
        }
        Layout layout = ((Tagged) sections.get(0)).layout();
        List<PdfOutline> parents = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (Layout.Mark m : layout.headings) {
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= m.level()) {
                levels.remove(levels.size() - 1);
                parents.remove(parents.size() - 1);
            }
            PdfOutline parent = parents.isEmpty() ? writer.getRootOutline() : parents.get(parents.size() - 1);
            PdfDestination dest = new PdfDestination(PdfDestination.XYZ, Layout.LEFT - 20, m.y(), 0);
            dest.addPage(writer.getPageReference(m.page() + 1));
            PdfOutline o = new PdfOutline(parent, dest, m.title(), true);
            parents.add(o);
            levels.add(m.level());
        }
    }

    private void outline(PdfOutline parent, Bookmark b) {
        PdfDestination dest = b.top() == null ? new PdfDestination(PdfDestination.FIT)
                : new PdfDestination(PdfDestination.XYZ, 0, b.top(), 0);
        dest.addPage(writer.getPageReference(b.page() + 1));
        PdfOutline o = new PdfOutline(parent, dest, b.title(), false);
        b.kids().forEach(k -> outline(o, k));
    }

    // ---- metadata

    private void dates() {
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(calendar(meta.created())));
        info.put(PdfName.MODDATE, new PdfDate(calendar(meta.modified())));
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        // The file identifier is a digest of what the document is, not of the time it was made.
        byte[] id = digest(meta.title() + "\n" + meta.subject() + "\n" + meta.created() + "\n" + meta.modified());
        PdfArray ids = new PdfArray();
        ids.add(new PdfString(id).setHexWriting(true));
        ids.add(new PdfString(id).setHexWriting(true));
        info.put(PdfName.FILEID, ids);
    }

    private static final String PRODUCER = "Clerk (OpenPDF 2.0.5)";

    private static GregorianCalendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String xmp() {
        String created = meta.created() + "T00:00:00Z";
        String modified = meta.modified() + "T00:00:00Z";
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (meta.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(meta.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (meta.author() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(meta.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(esc(meta.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(esc(PRODUCER)).append("</pdf:Producer>\n");
        if (meta.keywords() != null) {
            x.append("<pdf:Keywords>").append(esc(meta.keywords())).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(modified).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(modified).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        if (!presentation.conforming()) {
            x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
            return x.toString();
        }
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        // PDF/A-1 accepts properties outside its own schemas only when the file describes them.
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n");
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
