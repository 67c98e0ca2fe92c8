package dev.clerk.render.pdf;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.render.pdf.FontChain.Segment;
import java.awt.Color;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sets the blocks of a composed document on pages: breaks lines (in visual order for right-to-left text),
 * paginates, keeps headings with what follows them, repeats table headers, and builds the logical structure (the
 * tags) beside the positioned text. Nothing is drawn here; {@link Painter} draws the result.
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

    private static final float LABEL_WIDTH = 92;
    private static final float CELL_SIZE = 9.5f;
    private static final float PAD = 3.5f;

    /** A structure element to be: its type, attributes and children in reading order. */
    static final class Node {
        final String type;
        final Node parent;
        final List<Node> kids = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        Link target;
        String alt;
        /** The language of its text when it differs from the document's, or null. */
        String lang;

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

    /**
     * The logical text of a stretch drawn in visual order, given to extractors as its /ActualText. Compared by
     * identity: the pieces of one stretch share one.
     */
    static final class ActualText {
        final String text;

        ActualText(String text) {
            this.text = text;
        }
    }

    /**
     * Text placed on a page; {@code node} is null for a repeated table header (a pagination artifact), and
     * {@code actual} is the logical text of a right-to-left stretch, or null.
     */
    record Piece(Node node, Segment segment, float x, float baseline, float size, Color color, ActualText actual) {
    }

    /** A link area on a page. */
    record LinkBox(Node node, Link target, float llx, float lly, float urx, float ury) {
    }

    /** A filled rectangle (artifact). */
    record Fill(float x, float y, float width, float height, Color color) {
    }

    /** A straight line (artifact). */
    record Rule(float x1, float y1, float x2, float y2, float width, Color color) {
        static Rule horizontal(float x1, float x2, float y, float width, Color color) {
            return new Rule(x1, y, x2, y, width, color);
        }
    }

    /** One page's positioned content, in reading order. */
    static final class Page {
        final List<Piece> pieces = new ArrayList<>();
        final List<LinkBox> links = new ArrayList<>();
        final List<Fill> fills = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
    }

    /**
     * A heading, for bookmarks and links.
     *
     * @param level 1 to 6
     * @param title its text, with its label
     * @param page  its page, counted from 0
     * @param y     the height a link to it scrolls to
     * @param item  whether it heads a numbered item
     */
    record Mark(int level, String title, int page, float y, boolean item) {
    }

    private final FontChain fonts;
    private final Locale locale;
    private final boolean rightToLeft;
    final Node root;
    final List<Page> pages = new ArrayList<>();
    final List<Mark> headings = new ArrayList<>();
    final Map<String, Mark> anchors = new HashMap<>();
    private final Set<MissingGlyphException.Glyph> missing = new LinkedHashSet<>();
    private Page page;
    private float y;
    private boolean pageTop;

    /**
     * A layout of a document in {@code language} (a BCP 47 tag) whose structure hangs under an element of type
     * {@code rootType} ("Part" inside a packet).
     */
    Layout(FontChain fonts, String language, String rootType) {
        this.fonts = fonts;
        this.locale = Locale.forLanguageTag(language);
        this.rightToLeft = VisualOrder.isRightToLeft(language);
        this.root = new Node(rootType, null);
        newPage();
    }

    Set<MissingGlyphException.Glyph> missing() {
        return missing;
    }

    void blocks(List<Block> blocks) {
        blocks(blocks, root, LEFT, RIGHT);
    }

    /** Lays out a text that is not part of the flow (page furniture) as one line, checking its characters. */
    List<Segment> furniture(Text text, float size) {
        if (text == null) {
            return List.of();
        }
        List<Run> runs = text.runs().stream().map(r -> new Run(r.text().replace('\n', ' '), r.emphasis(), null,
                r.language(), r.source())).toList();
        List<Segment> out = new ArrayList<>();
        for (Line line : lines(new Text(runs), Face.REGULAR, size, Float.MAX_VALUE, new Node("Artifact", null),
                true)) {
            line.bits().forEach(b -> out.addAll(b.segments()));
        }
        return out;
    }

    private void blocks(List<Block> blocks, Node parent, float left, float right) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<Block> rest = blocks.subList(i + 1, blocks.size());
            if (b instanceof Heading h) {
                heading(h, rest, parent, left, right);
            } else if (b instanceof Paragraph p) {
                paragraph(p, rest, parent, left, right);
            } else if (b instanceof Fields f) {
                fields(f, parent, left, right);
            } else if (b instanceof Callout c) {
                callout(c, parent, left, right);
            } else if (b instanceof ItemList l) {
                list(l, parent, left, right);
            } else if (b instanceof Table t) {
                table(t, parent, left, right);
            } else if (b instanceof FillIn f) {
                // A form's block in a document that takes no input: a table of labels and values.
                table(f.asTable(), parent, left, right);
            }
        }
    }

    // ---- blocks

    private static float headingSize(int level) {
        return switch (level) {
            case 1 -> 17f;
            case 2 -> 13f;
            case 3 -> 11.5f;
            case 4 -> 11f;
            default -> BODY_SIZE;
        };
    }

    private static float headingBefore(int level) {
        return level == 1 ? 4 : level == 2 ? 14 : 9;
    }

    private static float headingAfter(int level) {
        return level == 1 ? 6 : 4;
    }

    /** The heading's text as printed: its label, if any, then its text, all bold. */
    private static Text headingText(Heading h) {
        if (h.label() == null) {
            return h.text();
        }
        return Text.builder().strong(h.label() + " ").add(h.text()).build();
    }

    private void heading(Heading h, List<Block> rest, Node parent, float left, float right) {
        int level = h.level();
        float size = headingSize(level);
        Node node = new Node("H" + level, parent);
        Text text = headingText(h);
        List<Line> lines = lines(text, Face.BOLD, size, right - left, node, false);
        // A heading is never the last thing on its page: it goes with the first line or row of what follows.
        float need = (pageTop ? 0 : headingBefore(level)) + lines.size() * leading(size) + headingAfter(level)
                + keep(rest, left, right);
        if (!pageTop && y - need < BOTTOM) {
            newPage();
        } else if (!pageTop) {
            y -= headingBefore(level);
        }
        Mark mark = new Mark(level, text.plainText().replaceAll("\\s+", " ").strip(), pages.size() - 1,
                Math.min(y + 6, TOP + 12), h.kind() == Heading.Kind.ITEM);
        headings.add(mark);
        if (h.anchor() != null) {
            anchors.put(h.anchor(), mark);
        }
        place(lines, size, left, right, level == 1 ? Align.CENTER : Align.LEFT, INK, Float.NaN);
        y -= headingAfter(level);
    }

    /** How a paragraph of a role is set. */
    private record Style(float size, Face face, Align align, Color color, float after) {
    }

    private static Style style(Paragraph.Role role) {
        return switch (role) {
            case LETTERHEAD -> new Style(10f, Face.REGULAR, Align.CENTER, GREY, 1);
            case SUBTITLE -> new Style(12.5f, Face.REGULAR, Align.CENTER, INK, 4);
            case NOTE, DETAILS -> new Style(9f, Face.REGULAR, Align.LEFT, GREY, 6);
            case STATUS -> new Style(BODY_SIZE, Face.BOLD, Align.CENTER, INK, 6);
            case LEAD -> new Style(BODY_SIZE, Face.BOLD, Align.LEFT, INK, 3);
            case BODY, ATTENDANCE, CLOSING -> new Style(BODY_SIZE, Face.REGULAR, Align.LEFT, INK, 6);
        };
    }

    private void paragraph(Paragraph p, List<Block> rest, Node parent, float left, float right) {
        Node node = new Node("P", parent);
        Style style = style(p.role());
        List<Line> lines = lines(p.text(), style.face(), style.size(), right - left, node, false);
        if (p.role() == Paragraph.Role.LEAD) {
            // A lead-in goes with the first line or row of the block it leads into.
            ensure(lines.size() * leading(style.size()) + style.after() + keep(rest, left, right));
        }
        place(lines, style.size(), left, right, style.align(), style.color(), Float.NaN);
        y -= style.after();
    }

    private void fields(Fields f, Node parent, float left, float right) {
        for (Fields.Field field : f.fields()) {
            Node node = new Node("P", parent);
            // A paragraph whose text has Span or Link children gets its label as a child too.
            Node labelNode = spans(field.value()) ? new Node("Span", node) : node;
            List<Line> labelLines = spaced(lines(Text.plain(field.label()), Face.BOLD, BODY_SIZE, LABEL_WIDTH - 6,
                    labelNode, false), labelNode);
            List<Line> textLines = lines(field.value(), Face.REGULAR, BODY_SIZE, right - left - LABEL_WIDTH, node,
                    false);
            ensure(fieldHeight(textLines));
            float top = y;
            place(labelLines, BODY_SIZE, left, left + LABEL_WIDTH, Align.LEFT, INK, Float.NaN);
            float afterLabel = y;
            y = top;
            place(textLines, BODY_SIZE, left + LABEL_WIDTH, right, Align.LEFT, INK, Float.NaN);
            y = Math.min(y, afterLabel) - 6;
        }
    }

    private static float fieldHeight(List<Line> textLines) {
        return leading(BODY_SIZE) * Math.min(2, textLines.size());
    }

    /** A call-out: its label in bold, then its text, set off by a thin rule at the left. */
    private void callout(Callout c, Node parent, float left, float right) {
        Node node = new Node("P", parent);
        List<Line> lines = lines(calloutText(c), Face.REGULAR, BODY_SIZE, right - left - CALLOUT_INDENT, node,
                false);
        place(lines, BODY_SIZE, left + CALLOUT_INDENT, right, Align.LEFT, INK, left + 2);
        y -= 6;
    }

    private static final float CALLOUT_INDENT = 10;

    private static Text calloutText(Callout c) {
        return Text.builder().strong(c.label() + " ").add(c.text()).build();
    }

    private void list(ItemList l, Node parent, float left, float right) {
        Node list = new Node("L", parent);
        list.attribute("List", "ListNumbering", l.kind() == ItemList.Kind.NUMBERED ? "Decimal" : "Disc");
        float indent = listIndent(l);
        for (ItemList.Entry item : l.items()) {
            Node li = new Node("LI", list);
            Node lbl = new Node("Lbl", li);
            Node body = new Node("LBody", li);
            ensure(leading(BODY_SIZE));
            float top = y;
            List<Line> label = lines(Text.plain(item.label()), Face.REGULAR, BODY_SIZE, indent, lbl, true);
            place(label, BODY_SIZE, left, left + indent, Align.LEFT, INK, Float.NaN);
            y = top;
            blocks(item.blocks(), body, left + indent, right);
            y += 3; // items sit closer together than paragraphs
        }
        y -= 3;
    }

    private float listIndent(ItemList l) {
        float labelWidth = 0;
        for (ItemList.Entry item : l.items()) {
            labelWidth = Math.max(labelWidth, fonts.primary(Face.REGULAR).font().getWidthPoint(item.label(),
                    BODY_SIZE));
        }
        return Math.max(18, labelWidth + 8);
    }

    private void table(Table t, Node parent, float left, float right) {
        Node table = new Node("Table", parent);
        table.attribute("Table", "Summary", t.summary());
        float[] xs = columns(t, left, right);
        Node head = new Node("THead", table);
        Node headRow = new Node("TR", head);
        List<List<Line>> header = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            Node th = new Node("TH", headRow).attribute("Table", "Scope", "Column");
            Table.Column col = t.columns().get(c);
            header.add(lines(col.header(), Face.BOLD, CELL_SIZE, xs[c + 1] - xs[c] - 2 * PAD, th, col.noWrap()));
        }
        List<List<List<Line>>> rows = new ArrayList<>();
        Node body = new Node("TBody", table);
        for (List<Text> row : t.rows()) {
            Node tr = new Node("TR", body);
            List<List<Line>> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Node td = new Node("TD", tr);
                cells.add(lines(t.columns().get(c).shown(row.get(c)), Face.REGULAR, CELL_SIZE,
                        xs[c + 1] - xs[c] - 2 * PAD, td, t.columns().get(c).noWrap()));
            }
            rows.add(cells);
        }
        float headerHeight = rowHeight(header);
        if (!pageTop && y - headerHeight - (rows.isEmpty() ? 0 : rowHeight(rows.get(0))) < BOTTOM) {
            newPage();
        }
        row(header, xs, true);
        for (List<List<Line>> cells : rows) {
            float h = rowHeight(cells);
            if (y - h < BOTTOM) {
                newPage();
                row(withoutNodes(header), xs, true);
            }
            row(cells, xs, false);
        }
        y -= 10;
    }

    /**
     * The edges of the columns: the widths the table asks for, except that a column whose cells must not break
     * inside a word is made as wide as its longest word, taking the room from the columns that may wrap.
     */
    private float[] columns(Table t, float left, float right) {
        int n = t.columns().size();
        float total = 0;
        for (Table.Column c : t.columns()) {
            total += c.width();
        }
        float width = right - left;
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = width * t.columns().get(i).width() / total;
        }
        float extra = 0;
        float wrapping = 0;
        for (int i = 0; i < n; i++) {
            Table.Column col = t.columns().get(i);
            if (!col.noWrap()) {
                wrapping += w[i];
                continue;
            }
            float need = longestWord(col.header(), Face.BOLD);
            for (List<Text> row : t.rows()) {
                need = Math.max(need, longestWord(col.shown(row.get(i)), Face.REGULAR));
            }
            need += 2 * PAD + 0.5f;
            if (need > w[i]) {
                extra += need - w[i];
                w[i] = need;
            }
        }
        if (extra > 0 && wrapping > 0) {
            float scale = Math.max(0, (wrapping - extra) / wrapping);
            for (int i = 0; i < n; i++) {
                if (!t.columns().get(i).noWrap()) {
                    w[i] *= scale;
                }
            }
        }
        float[] xs = new float[n + 1];
        xs[0] = left;
        for (int i = 0; i < n; i++) {
            xs[i + 1] = xs[i] + w[i];
        }
        return xs;
    }

    /** The width of the widest space-separated word of {@code text} in a table cell. */
    private float longestWord(Text text, Face base) {
        float widest = 0;
        for (Run r : text.runs()) {
            Face face = face(r, base);
            for (String word : normalize(r.text()).split("[ \\n]+")) {
                if (!word.isEmpty()) {
                    widest = Math.max(widest, width(fonts.draw(VisualOrder.shape(VisualOrder.dropControls(word)),
                            face), CELL_SIZE));
                }
            }
        }
        return widest;
    }

    private static float rowHeight(List<List<Line>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * leading(CELL_SIZE) + 2 * PAD;
    }

    private void row(List<List<Line>> cells, float[] xs, boolean header) {
        float h = rowHeight(cells);
        float top = y;
        if (header) {
            page.fills.add(new Fill(xs[0], top - h, xs[xs.length - 1] - xs[0], h, HEADER_FILL));
            page.rules.add(Rule.horizontal(xs[0], xs[xs.length - 1], top, 0.8f, RULE));
        }
        for (int c = 0; c < cells.size(); c++) {
            y = top - PAD;
            place(cells.get(c), CELL_SIZE, xs[c] + PAD, xs[c + 1] - PAD, Align.LEFT, INK, Float.NaN);
        }
        y = top - h;
        page.rules.add(Rule.horizontal(xs[0], xs[xs.length - 1], y, header ? 0.8f : 0.4f, RULE));
        pageTop = false;
    }

    private static List<List<Line>> withoutNodes(List<List<Line>> cells) {
        return cells.stream().map(c -> c.stream().map(Line::asArtifact).toList()).toList();
    }

    // ---- keeping together

    /**
     * The height the first of {@code rest} needs on the page it starts: its first line or row, or, for a heading
     * or a lead-in, all of it and the first line or row of what follows it.
     */
    private float keep(List<Block> rest, float left, float right) {
        if (rest.isEmpty()) {
            return 0;
        }
        Block b = rest.get(0);
        Node scratch = new Node("Scratch", null);
        if (b instanceof Heading h) {
            int level = h.level();
            float size = headingSize(level);
            return headingBefore(level) + lines(headingText(h), Face.BOLD, size, right - left, scratch, false).size()
                    * leading(size) + headingAfter(level) + keep(rest.subList(1, rest.size()), left, right);
        }
        if (b instanceof Paragraph p) {
            Style style = style(p.role());
            if (p.role() == Paragraph.Role.LEAD) {
                return lines(p.text(), style.face(), style.size(), right - left, scratch, false).size()
                        * leading(style.size()) + style.after() + keep(rest.subList(1, rest.size()), left, right);
            }
            return leading(style.size());
        }
        if (b instanceof Fields f) {
            return fieldHeight(lines(f.fields().get(0).value(), Face.REGULAR, BODY_SIZE,
                    right - left - LABEL_WIDTH, scratch, false));
        }
        if (b instanceof Callout) {
            return leading(BODY_SIZE);
        }
        if (b instanceof ItemList l) {
            return l.items().isEmpty() ? 0 : Math.max(leading(BODY_SIZE),
                    keep(l.items().get(0).blocks(), left + listIndent(l), right));
        }
        Table t = b instanceof FillIn f ? f.asTable() : (Table) b;
        float[] xs = columns(t, left, right);
        List<List<Line>> header = new ArrayList<>();
        List<List<Line>> first = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            Table.Column col = t.columns().get(c);
            float w = xs[c + 1] - xs[c] - 2 * PAD;
            header.add(lines(col.header(), Face.BOLD, CELL_SIZE, w, scratch, col.noWrap()));
            if (!t.rows().isEmpty()) {
                first.add(lines(col.shown(t.rows().get(0).get(c)), Face.REGULAR, CELL_SIZE, w, scratch,
                        col.noWrap()));
            }
        }
        return rowHeight(header) + (first.isEmpty() ? 0 : rowHeight(first));
    }

    // ---- lines

    private enum Align { LEFT, CENTER }

    /**
     * A piece of a run on a line in one font, in the order it is drawn; {@code actual} is the logical text of a
     * right-to-left piece, or null.
     */
    private record Bit(Node node, List<Segment> segments, Link target, float width, ActualText actual) {
    }

    /**
     * A line of bits in visual order; {@code artifact} when it repeats a table header, {@code rightToLeft} when
     * its paragraph runs right to left (and so starts at the right).
     */
    private record Line(List<Bit> bits, boolean artifact, boolean rightToLeft) {
        Line asArtifact() {
            return new Line(bits, true, rightToLeft);
        }

        float width() {
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
        if (!pageTop && y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = TOP;
        pageTop = true;
    }

    /**
     * Places {@code lines} from the current height down, starting new pages as needed; with a number for
     * {@code bar}, a thin rule runs down the left of the lines at that x.
     */
    private void place(List<Line> lines, float size, float left, float right, Align align, Color color, float bar) {
        float lead = leading(size);
        for (Line line : lines) {
            if (y - lead < BOTTOM) {
                newPage();
            }
            float baseline = y - size;
            float x = align == Align.CENTER ? left + (right - left - line.width()) / 2
                    : line.rightToLeft() ? right - line.width() : left;
            Node linkNode = null;
            float linkStart = 0;
            for (Bit bit : line.bits()) {
                Node node = line.artifact() ? null : bit.node();
                Color ink = bit.target() != null ? LINK : color;
                for (Segment s : bit.segments()) {
                    page.pieces.add(new Piece(node, s, x, baseline, size, ink, bit.actual()));
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
                    page.rules.add(Rule.horizontal(x - bit.width(), x, baseline - size * 0.12f, 0.5f, LINK));
                } else {
                    linkNode = null;
                }
            }
            if (!Float.isNaN(bar)) {
                page.rules.add(new Rule(bar, y - 1, bar, y - lead - 1, 1.2f, RULE));
            }
            y -= lead;
            pageTop = false;
        }
    }

    /** Whether the runs of {@code text} become Span and Link elements of their own (links or other languages). */
    private static boolean spans(Text text) {
        return text.runs().stream().anyMatch(r -> r.link() != null || r.language() != null);
    }

    /**
     * The structure element of each run: {@code node} itself, or, for a text with links or runs in another
     * language, a Link or Span child of {@code node} for each stretch of runs with the same link and language.
     */
    private static Node[] owners(List<Run> runs, Node node) {
        Node[] owners = new Node[runs.size()];
        if (!spans(new Text(runs))) {
            Arrays.fill(owners, node);
            return owners;
        }
        Node current = null;
        Run previous = null;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (current == null || r.link() != previous.link() || !Objects.equals(r.language(), previous.language())) {
                current = new Node(r.link() == null ? "Span" : "Link", node);
                current.target = r.link();
                current.alt = r.link() == null ? null : r.text().strip();
                current.lang = r.language();
            }
            owners[i] = current;
            previous = r;
        }
        return owners;
    }

    private static Face face(Run r, Face base) {
        return switch (r.emphasis()) {
            case STRONG -> Face.BOLD;
            case EM -> Face.ITALIC;
            case NONE -> base;
        };
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width}, each in visual order. With {@code noWrap} a
     * line breaks only at spaces, never inside a word (task ids keep their hyphens).
     */
    private List<Line> lines(Text text, Face baseFace, float size, float width, Node node, boolean noWrap) {
        List<Run> runs = text.runs();
        Node[] owners = owners(runs, node);
        // The whole text, normalised, with the run of each character.
        StringBuilder all = new StringBuilder();
        List<Integer> runOf = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String t = normalize(r.text());
            if (i == 0) {
                t = t.stripLeading();
            }
            if (i == runs.size() - 1) {
                t = t.stripTrailing();
            }
            Source source = r.source();
            fonts.split(VisualOrder.dropControls(t).replace("\n", ""), face(r, baseFace), cp -> missing.add(
                    new MissingGlyphException.Glyph(source, cp)));
            for (int k = 0; k < t.length(); k++) {
                runOf.add(i);
            }
            all.append(t);
        }
        return new Breaker(runs, runOf, owners, baseFace, size, all.toString(),
                rightToLeft || allRightToLeft(runs)).lines(width, noWrap);
    }

    /** Whether every run with letters is right to left (by its language, else by its first strong letter). */
    private static boolean allRightToLeft(List<Run> runs) {
        boolean any = false;
        for (Run r : runs) {
            if (r.text().codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            boolean rtl = r.language() != null ? VisualOrder.isRightToLeft(r.language())
                    : VisualOrder.startsRightToLeft(r.text());
            if (!rtl) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** One text being broken into lines. */
    private final class Breaker {
        private final List<Run> runs;
        private final List<Integer> runOf;
        private final Node[] owners;
        private final Face baseFace;
        private final float size;
        private final String s;
        private final boolean rightToLeft;
        private final boolean bidi;

        Breaker(List<Run> runs, List<Integer> runOf, Node[] owners, Face baseFace, float size, String s,
                boolean rightToLeft) {
            this.runs = runs;
            this.runOf = runOf;
            this.owners = owners;
            this.baseFace = baseFace;
            this.size = size;
            this.s = s;
            this.rightToLeft = rightToLeft;
            this.bidi = rightToLeft || VisualOrder.needsBidi(s);
        }

        List<Line> lines(float width, boolean noWrap) {
            List<Line> lines = new ArrayList<>();
            int lineStart = 0;
            float used = 0;
            List<Integer> ends = breaks(noWrap);
            int start = 0;
            for (int end : ends) {
                boolean hard = s.charAt(end - 1) == '\n';
                int stop = end - (hard ? 1 : 0);
                int bodyEnd = start + s.substring(start, stop).stripTrailing().length();
                float trimmed = measure(start, bodyEnd);
                if (lineStart < start && used + trimmed > width) {
                    lines.add(line(lineStart, start));
                    lineStart = start;
                    used = 0;
                }
                if (lineStart == start && trimmed > width && !noWrap) {
                    // A word longer than the line: break it between characters (whole graphemes).
                    BreakIterator chars = BreakIterator.getCharacterInstance(locale);
                    chars.setText(s);
                    for (int k = start, next = chars.following(k); k < bodyEnd; k = next, next = chars.following(k)) {
                        next = Math.min(next, bodyEnd);
                        float w = measure(k, next);
                        if (k > lineStart && used + w > width) {
                            lines.add(line(lineStart, k));
                            lineStart = k;
                            used = 0;
                        }
                        used += w;
                    }
                    // The spaces after the word stay with it: "er 23," must not become "er23,".
                    used += measure(bodyEnd, stop);
                } else {
                    used += measure(start, stop);
                }
                if (hard) {
                    lines.add(line(lineStart, stop, true));
                    lineStart = end;
                    used = 0;
                }
                start = end;
            }
            if (lineStart < s.length() || lines.isEmpty()) {
                lines.add(line(lineStart, s.length()));
            }
            return lines;
        }

        /** Where lines may end: the line break opportunities, or, with {@code noWrap}, the spaces only. */
        private List<Integer> breaks(boolean noWrap) {
            List<Integer> ends = new ArrayList<>();
            if (noWrap) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    boolean lastSpace = c == ' ' && (i + 1 == s.length() || s.charAt(i + 1) != ' ');
                    if (c == '\n' || lastSpace) {
                        ends.add(i + 1);
                    }
                }
            } else {
                BreakIterator b = BreakIterator.getLineInstance(locale);
                b.setText(s);
                b.first();
                for (int end = b.next(); end != BreakIterator.DONE; end = b.next()) {
                    // As Unicode's line breaking rules have it (UAX #14, LB29), no break after a full stop or a comma
                    // that a letter or digit follows: "II.A." and "3.5" stay whole. (The JDK's rules break there.)
                    if (end < s.length() && ".,:;".indexOf(s.charAt(end - 1)) >= 0
                            && Character.isLetterOrDigit(s.charAt(end))) {
                        continue;
                    }
                    ends.add(end);
                }
            }
            if (!s.isEmpty() && (ends.isEmpty() || ends.get(ends.size() - 1) != s.length())) {
                ends.add(s.length());
            }
            return ends;
        }

        /** The width of s[from, to) as drawn. */
        private float measure(int from, int to) {
            float w = 0;
            for (int k = from; k < to; ) {
                int run = runOf.get(k);
                int e = k;
                while (e < to && runOf.get(e) == run) {
                    e++;
                }
                String t = VisualOrder.shape(VisualOrder.dropControls(s.substring(k, e)));
                w += width(fonts.draw(t, face(runs.get(run), baseFace)), size);
                k = e;
            }
            return w;
        }

        /**
         * The line of s[from, to) in the order it is drawn. A space the line ends at is kept as text of no width:
         * invisible, but a reader (a screen reader, copy and paste, a text extractor) finds the words of two lines
         * apart, and a word broken inside ("II." | "A.") whole.
         */
        private Line line(int from, int end) {
            return line(from, end, false);
        }

        /** The line of s[from, end); {@code broken} when a line break ends it, which readers see as a space. */
        private Line line(int from, int end, boolean broken) {
            int to = from + s.substring(from, end).stripTrailing().length();
            List<Bit> bits = visible(from, to);
            if ((to < end || broken) && to > from && !rightToLeft) {
                bits.add(space(owners[runOf.get(Math.min(to, runOf.size() - 1))]));
            }
            return new Line(bits, false, rightToLeft);
        }

        private List<Bit> visible(int from, int to) {
            List<Bit> bits = new ArrayList<>();
            if (!bidi) {
                pieces(from, to, false, bits);
            } else {
                List<VisualOrder.Stretch> stretches = VisualOrder.stretches(s.substring(from, to), rightToLeft);
                if (!stretches.isEmpty() && stretches.get(0).rightToLeft() != rightToLeft) {
                    // The line starts, at the left, against its paragraph's direction. Extractors that guess a
                    // line's direction from its first letter (PDFBox) would read it backwards: an invisible mark
                    // of the paragraph's direction comes first.
                    bits.add(new Bit(owners[runOf.get(from)], fonts.draw(rightToLeft ? "\u200F" : "\u200E",
                            baseFace), null, 0, null));
                }
                for (VisualOrder.Stretch st : stretches) {
                    pieces(from + st.start(), from + st.limit(), st.rightToLeft(), bits);
                }
            }
            return bits;
        }

        /** The bits of s[from, to), one per run, in drawing order: reversed for a right-to-left stretch. */
        private void pieces(int from, int to, boolean reversed, List<Bit> out) {
            List<Bit> bits = new ArrayList<>();
            for (int k = from; k < to; ) {
                int run = runOf.get(k);
                int e = k;
                while (e < to && runOf.get(e) == run) {
                    e++;
                }
                Run r = runs.get(run);
                String logical = s.substring(k, e);
                String drawn = reversed ? VisualOrder.draw(logical) : VisualOrder.dropControls(logical);
                List<Segment> segs = fonts.draw(drawn, face(r, baseFace));
                if (!segs.isEmpty()) {
                    bits.add(new Bit(owners[run], segs, r.link(), width(segs, size),
                            reversed ? new ActualText(VisualOrder.dropControls(logical)) : null));
                }
                k = e;
            }
            if (reversed) {
                Collections.reverse(bits);
            }
            out.addAll(bits);
        }
    }

    /** A space drawn with no width: it separates, for readers of the text, what the layout puts apart. */
    private Bit space(Node owner) {
        return new Bit(owner, fonts.draw(" ", Face.REGULAR), null, 0, null);
    }

    /** {@code lines} with a space of no width after their last word (a label before its value). */
    private List<Line> spaced(List<Line> lines, Node owner) {
        if (lines.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        Line last = out.get(out.size() - 1);
        List<Bit> bits = new ArrayList<>(last.bits());
        bits.add(space(owner));
        out.set(out.size() - 1, new Line(bits, last.artifact(), last.rightToLeft()));
        return out;
    }

    private static float width(List<Segment> segments, float size) {
        float w = 0;
        for (Segment seg : segments) {
            w += seg.width(size);
        }
        return w;
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
