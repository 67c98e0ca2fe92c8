package dev.clerk.render.pdf;

import dev.clerk.render.pdf.Content.Block;
import dev.clerk.render.pdf.Content.Face;
import dev.clerk.render.pdf.Content.Heading;
import dev.clerk.render.pdf.Content.Item;
import dev.clerk.render.pdf.Content.ItemList;
import dev.clerk.render.pdf.Content.Origin;
import dev.clerk.render.pdf.Content.Para;
import dev.clerk.render.pdf.Content.Run;
import dev.clerk.render.pdf.Content.Style;
import dev.clerk.render.pdf.Content.Table;
import dev.clerk.render.pdf.Content.Target;
import dev.clerk.render.pdf.Content.Text;
import dev.clerk.render.pdf.FontChain.Segment;
import java.awt.Color;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sets the blocks of a document on pages: breaks lines, paginates, repeats table headers, and builds the logical
 * structure (the tags) beside the positioned text. Nothing is drawn here; {@link Painter} draws the result.
 */
final class Layout {
    static final float PAGE_WIDTH = 612;   // US Letter, as US public bodies post
    static final float PAGE_HEIGHT = 792;
    static final float LEFT = 72;
    static final float RIGHT = PAGE_WIDTH - 72;
    static final float TOP = PAGE_HEIGHT - 72;
    static final float BOTTOM = 68;

    static final float BODY_SIZE = 10.5f;
    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color LINK = new Color(0x0b, 0x4f, 0x9c);
    static final Color RULE = new Color(0x99, 0x99, 0x99);
    static final Color HEADER_FILL = new Color(0xe6, 0xe9, 0xee);

    /** A structure element to be: its type, attributes and children in reading order. */
    static final class Node {
        final String type;
        final Node parent;
        final List<Node> kids = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        Target target;
        String alt;

        Node(String type, Node parent) {
            this.type = type;
            this.parent = parent;
            if (parent != null) {
                parent.kids.add(this);
            }
        }

        Node attribute(String owner, String key, String value) {
            attributes.put("O", owner);
            attributes.put(key, value);
            return this;
        }
    }

    /** Text placed on a page; {@code node} is null for a repeated table header (a pagination artifact). */
    record Piece(Node node, Segment segment, float x, float baseline, float size, Color color) {
    }

    /** A link area on a page. */
    record LinkBox(Node node, Target target, float llx, float lly, float urx, float ury) {
    }

    /** A filled rectangle (artifact). */
    record Fill(float x, float y, float width, float height, Color color) {
    }

    /** A horizontal line (artifact). */
    record Rule(float x1, float x2, float y, float width, Color color) {
    }

    /** One page's positioned content, in reading order. */
    static final class Page {
        final List<Piece> pieces = new ArrayList<>();
        final List<LinkBox> links = new ArrayList<>();
        final List<Fill> fills = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
    }

    /** A heading, for bookmarks and links. */
    record Mark(int level, String title, int page, float y) {
    }

    private final FontChain fonts;
    private final Locale locale;
    final Node root;
    final List<Page> pages = new ArrayList<>();
    final List<Mark> headings = new ArrayList<>();
    final Map<String, Mark> anchors = new HashMap<>();
    private final Set<MissingGlyphException.Glyph> missing = new LinkedHashSet<>();
    private Page page;
    private float y;
    private boolean pageTop;

    Layout(FontChain fonts, Locale locale) {
        this(fonts, locale, "Document");
    }

    /** A layout whose structure hangs under an element of type {@code rootType} ("Part" inside a packet). */
    Layout(FontChain fonts, Locale locale, String rootType) {
        this.fonts = fonts;
        this.locale = locale;
        this.root = new Node(rootType, null);
        newPage();
    }

    Set<MissingGlyphException.Glyph> missing() {
        return missing;
    }

    void blocks(List<Block> blocks) {
        blocks(blocks, root, LEFT, RIGHT);
    }

    /** Lays out a text that is not part of the flow (page furniture), checking its characters. */
    List<Segment> furniture(Text text, Face face) {
        List<Segment> out = new ArrayList<>();
        for (Run r : text.runs()) {
            out.addAll(fonts.split(normalize(r.text()).replace('\n', ' '), face == Face.REGULAR ? r.face() : face,
                    cp -> missing.add(glyph(r.origin(), cp))));
        }
        return out;
    }

    private void blocks(List<Block> blocks, Node parent, float left, float right) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                heading(h, parent, left, right);
            } else if (b instanceof Para p) {
                para(p, parent, left, right);
            } else if (b instanceof ItemList l) {
                list(l, parent, left, right);
            } else if (b instanceof Table t) {
                table(t, parent, left, right);
            }
        }
    }

    // ---- blocks

    private void heading(Heading h, Node parent, float left, float right) {
        float size = switch (h.level()) {
            case 1 -> 17f;
            case 2 -> 13f;
            default -> 11.5f;
        };
        float before = h.level() == 1 ? 4 : h.level() == 2 ? 14 : 9;
        Node node = new Node("H" + h.level(), parent);
        List<Line> lines = lines(h.text(), Face.BOLD, size, right - left, node);
        float need = (pageTop ? 0 : before) + lines.size() * leading(size) + 4 + 3 * leading(BODY_SIZE);
        if (y - need < BOTTOM) {
            newPage();
        } else if (!pageTop) {
            y -= before;
        }
        Mark mark = new Mark(h.level(), h.text().plainText().replaceAll("\\s+", " ").strip(), pages.size() - 1,
                Math.min(y + 6, TOP + 12));
        headings.add(mark);
        if (h.anchor() != null) {
            anchors.put(h.anchor(), mark);
        }
        place(lines, size, left, right, h.level() == 1 ? Align.CENTER : Align.LEFT, INK);
        y -= h.level() == 1 ? 6 : 4;
    }

    private void para(Para p, Node parent, float left, float right) {
        Node node = new Node("P", parent);
        float size = switch (p.style()) {
            case LETTERHEAD -> 10f;
            case SUBTITLE -> 12.5f;
            case NOTE -> 9f;
            default -> BODY_SIZE;
        };
        Face face = p.style() == Style.STATUS || p.style() == Style.LEAD ? Face.BOLD : Face.REGULAR;
        if (p.style() == Style.LEAD) {
            ensure(leading(size) * 3 + 6);
        }
        Align align = switch (p.style()) {
            case LETTERHEAD, SUBTITLE, STATUS -> Align.CENTER;
            default -> Align.LEFT;
        };
        Color color = p.style() == Style.LETTERHEAD || p.style() == Style.NOTE ? GREY : INK;
        float textLeft = left;
        if (p.label() != null) {
            float labelWidth = 92;
            Text label = Text.bold(p.label(), null);
            // A paragraph whose text has links has Span and Link children; its label must be a child too.
            Node labelNode = p.text().hasLinks() ? new Node("Span", node) : node;
            List<Line> labelLines = lines(label, Face.BOLD, size, labelWidth - 6, labelNode);
            List<Line> textLines = lines(p.text(), face, size, right - left - labelWidth, node);
            ensure(leading(size) * Math.min(2, textLines.size()));
            float top = y;
            place(labelLines, size, left, left + labelWidth, Align.LEFT, color);
            float afterLabel = y;
            y = top;
            place(textLines, size, left + labelWidth, right, Align.LEFT, color);
            y = Math.min(y, afterLabel);
        } else {
            List<Line> lines = lines(p.text(), face, size, right - textLeft, node);
            place(lines, size, textLeft, right, align, color);
        }
        y -= switch (p.style()) {
            case LETTERHEAD -> 1;
            case SUBTITLE -> 4;
            case LEAD -> 3;
            default -> 6;
        };
    }

    private void list(ItemList l, Node parent, float left, float right) {
        Node list = new Node("L", parent);
        String numbering = switch (l.numbering()) {
            case DECIMAL -> "Decimal";
            case UPPER_ROMAN -> "UpperRoman";
            case UPPER_ALPHA -> "UpperAlpha";
            case DISC -> "Disc";
            case NONE -> "None";
        };
        list.attribute("List", "ListNumbering", numbering);
        float labelWidth = 0;
        for (Item item : l.items()) {
            labelWidth = Math.max(labelWidth, fonts.primary(Face.REGULAR).font().getWidthPoint(item.label(), BODY_SIZE));
        }
        float indent = Math.max(18, labelWidth + 8);
        for (Item item : l.items()) {
            Node li = new Node("LI", list);
            Node lbl = new Node("Lbl", li);
            Node body = new Node("LBody", li);
            ensure(leading(BODY_SIZE));
            float top = y;
            List<Line> label = lines(Text.plain(item.label()), Face.REGULAR, BODY_SIZE, indent, lbl);
            place(label, BODY_SIZE, left, left + indent, Align.LEFT, INK);
            y = top;
            blocks(item.body(), body, left + indent, right);
            y += 3; // items sit closer together than paragraphs
        }
        y -= 3;
    }

    private void table(Table t, Node parent, float left, float right) {
        Node table = new Node("Table", parent);
        if (t.summary() != null) {
            table.attribute("Table", "Summary", t.summary());
        }
        float total = (float) t.widths().stream().mapToDouble(Float::doubleValue).sum();
        float width = right - left;
        float[] xs = new float[t.widths().size() + 1];
        xs[0] = left;
        for (int i = 0; i < t.widths().size(); i++) {
            xs[i + 1] = xs[i] + width * t.widths().get(i) / total;
        }
        float size = 9.5f;
        Node head = new Node("THead", table);
        Node headRow = new Node("TR", head);
        List<List<Line>> header = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            Node th = new Node("TH", headRow).attribute("Table", "Scope", "Column");
            header.add(lines(t.header().get(c), Face.BOLD, size, xs[c + 1] - xs[c] - 2 * PAD, th));
        }
        List<List<List<Line>>> rows = new ArrayList<>();
        Node body = new Node("TBody", table);
        for (List<Text> row : t.rows()) {
            Node tr = new Node("TR", body);
            List<List<Line>> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Node td = new Node("TD", tr);
                cells.add(lines(row.get(c), Face.REGULAR, size, xs[c + 1] - xs[c] - 2 * PAD, td));
            }
            rows.add(cells);
        }
        float headerHeight = rowHeight(header, size);
        if (y - headerHeight - (rows.isEmpty() ? 0 : rowHeight(rows.get(0), size)) < BOTTOM) {
            newPage();
        }
        row(header, xs, size, true, false);
        for (List<List<Line>> cells : rows) {
            float h = rowHeight(cells, size);
            if (y - h < BOTTOM) {
                newPage();
                row(withoutNodes(header), xs, size, true, true);
            }
            row(cells, xs, size, false, false);
        }
        y -= 10;
    }

    private static final float PAD = 3.5f;

    private float rowHeight(List<List<Line>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * leading(size) + 2 * PAD;
    }

    private void row(List<List<Line>> cells, float[] xs, float size, boolean header, boolean repeated) {
        float h = rowHeight(cells, size);
        float top = y;
        if (header) {
            page.fills.add(new Fill(xs[0], top - h, xs[xs.length - 1] - xs[0], h, HEADER_FILL));
            page.rules.add(new Rule(xs[0], xs[xs.length - 1], top, 0.8f, RULE));
        }
        for (int c = 0; c < cells.size(); c++) {
            y = top - PAD;
            place(cells.get(c), size, xs[c] + PAD, xs[c + 1] - PAD, Align.LEFT, INK);
        }
        y = top - h;
        page.rules.add(new Rule(xs[0], xs[xs.length - 1], y, header ? 0.8f : 0.4f, RULE));
        pageTop = false;
    }

    private static List<List<Line>> withoutNodes(List<List<Line>> cells) {
        return cells.stream().map(c -> c.stream().map(Line::asArtifact).toList()).toList();
    }

    // ---- lines

    private enum Align { LEFT, CENTER }

    /** A piece of a run on a line, already split by font. */
    private record Bit(Node node, List<Segment> segments, Target target, float width) {
    }

    /** A line of bits; {@code artifact} when it repeats a table header. */
    private record Line(List<Bit> bits, boolean artifact) {
        Line asArtifact() {
            return new Line(bits, true);
        }

        float width(float size) {
            float w = 0;
            for (Bit b : bits) {
                w += b.width();
            }
            return w;
        }
    }

    private static float leading(float size) {
        return size * 1.3f;
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = TOP;
        pageTop = true;
    }

    private void place(List<Line> lines, float size, float left, float right, Align align, Color color) {
        float lead = leading(size);
        for (Line line : lines) {
            if (y - lead < BOTTOM) {
                newPage();
            }
            float baseline = y - size;
            float x = align == Align.CENTER ? left + (right - left - line.width(size)) / 2 : left;
            Node linkNode = null;
            float linkStart = 0;
            for (Bit bit : line.bits()) {
                Node node = line.artifact() ? null : bit.node();
                Color ink = bit.target() != null ? LINK : color;
                for (Segment s : bit.segments()) {
                    page.pieces.add(new Piece(node, s, x, baseline, size, ink));
                    x += s.width(size);
                }
                if (bit.target() != null && !line.artifact()) {
                    if (linkNode != bit.node()) {
                        linkNode = bit.node();
                        linkStart = x - bit.width();
                    } else {
                        // The same link continues on this line: one annotation covers it.
                        page.links.remove(page.links.size() - 1);
                    }
                    page.links.add(new LinkBox(bit.node(), bit.target(), linkStart, baseline - size * 0.25f, x,
                            baseline + size * 0.9f));
                    page.rules.add(new Rule(x - bit.width(), x, baseline - size * 0.12f, 0.5f, LINK));
                } else {
                    linkNode = null;
                }
            }
            y -= lead;
            pageTop = false;
        }
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width}. A text with links gets a Span or Link child of
     * {@code node} for each stretch of runs; otherwise its runs belong to {@code node} itself.
     */
    private List<Line> lines(Text text, Face baseFace, float size, float width, Node node) {
        List<Run> runs = text.runs();
        Node[] owners = new Node[runs.size()];
        if (text.hasLinks()) {
            Node current = null;
            Target currentTarget = null;
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                if (current == null || r.target() != currentTarget || (r.target() == null) != (currentTarget == null)) {
                    current = new Node(r.target() == null ? "Span" : "Link", node);
                    current.target = r.target();
                    current.alt = r.target() == null ? null : r.text().strip();
                    currentTarget = r.target();
                }
                owners[i] = current;
            }
        } else {
            java.util.Arrays.fill(owners, node);
        }
        // The whole text, normalised, with the run of each character.
        StringBuilder all = new StringBuilder();
        List<Integer> runOf = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String t = normalize(runs.get(i).text());
            if (i == 0) {
                t = t.stripLeading();
            }
            if (i == runs.size() - 1) {
                t = t.stripTrailing();
            }
            for (int k = 0; k < t.length(); k++) {
                runOf.add(i);
            }
            all.append(t);
        }
        String s = all.toString();
        List<Line> lines = new ArrayList<>();
        List<Bit> current = new ArrayList<>();
        float used = 0;
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(s);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String chunk = s.substring(start, end);
            boolean hard = chunk.endsWith("\n");
            int bodyEnd = start + chunk.stripTrailing().length();
            List<Bit> bits = bits(s, runOf, start, end - (hard ? 1 : 0), runs, owners, baseFace, size);
            float full = widthOf(bits);
            float trimmed = widthOf(bits(s, runOf, start, Math.max(start, bodyEnd), runs, owners, baseFace, size));
            if (!current.isEmpty() && used + trimmed > width) {
                lines.add(new Line(trim(current, s, size), false));
                current = new ArrayList<>();
                used = 0;
            }
            if (current.isEmpty() && trimmed > width) {
                // A word longer than the line: break it between characters.
                for (int k = start; k < bodyEnd; ) {
                    int next = k + Character.charCount(s.codePointAt(k));
                    List<Bit> one = bits(s, runOf, k, next, runs, owners, baseFace, size);
                    float w = widthOf(one);
                    if (!current.isEmpty() && used + w > width) {
                        lines.add(new Line(current, false));
                        current = new ArrayList<>();
                        used = 0;
                    }
                    current.addAll(one);
                    used += w;
                    k = next;
                }
            } else {
                current.addAll(bits);
                used += full;
            }
            if (hard) {
                lines.add(new Line(trim(current, s, size), false));
                current = new ArrayList<>();
                used = 0;
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(trim(current, s, size), false));
        }
        return lines;
    }

    /** The bits of s[from, to), split where the run changes, each split by font. */
    private List<Bit> bits(String s, List<Integer> runOf, int from, int to, List<Run> runs, Node[] owners,
                           Face baseFace, float size) {
        List<Bit> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            int run = runOf.get(k);
            int e = k;
            while (e < to && runOf.get(e) == run) {
                e++;
            }
            Run r = runs.get(run);
            Face face = r.face() == Face.REGULAR ? baseFace : r.face();
            List<Segment> segs = fonts.split(s.substring(k, e), face, cp -> missing.add(glyph(r.origin(), cp)));
            float w = 0;
            for (Segment seg : segs) {
                w += seg.width(size);
            }
            out.add(new Bit(owners[run], segs, r.target(), w));
            k = e;
        }
        return out;
    }

    /** Drops the spaces at the end of a line; they are not drawn. */
    private static List<Bit> trim(List<Bit> bits, String s, float size) {
        List<Bit> out = new ArrayList<>(bits);
        while (!out.isEmpty()) {
            Bit last = out.get(out.size() - 1);
            List<Segment> segs = new ArrayList<>(last.segments());
            while (!segs.isEmpty() && segs.get(segs.size() - 1).text().isBlank()) {
                segs.remove(segs.size() - 1);
            }
            if (!segs.isEmpty()) {
                Segment tail = segs.remove(segs.size() - 1);
                String t = tail.text().stripTrailing();
                segs.add(new Segment(t, tail.slot()));
            }
            if (segs.isEmpty()) {
                out.remove(out.size() - 1);
                continue;
            }
            float w = 0;
            for (Segment seg : segs) {
                w += seg.width(size);
            }
            out.set(out.size() - 1, new Bit(last.node(), segs, last.target(), w));
            break;
        }
        return out;
    }

    private static float widthOf(List<Bit> bits) {
        float w = 0;
        for (Bit b : bits) {
            w += b.width();
        }
        return w;
    }

    private static MissingGlyphException.Glyph glyph(Origin origin, int cp) {
        return origin == null ? new MissingGlyphException.Glyph(null, null, cp)
                : new MissingGlyphException.Glyph(origin.source(), origin.path(), cp);
    }

    /**
     * The text as it is set: composed (NFC), so that "e" and a combining accent use the font's "é"; runs of
     * spaces and tabs as one space; invisible format characters dropped; line breaks kept.
     */
    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "");
        return t.replaceAll("[ \\t\\u000b\\f]+", " ").replaceAll(" ?\n ?", "\n");
    }
}
