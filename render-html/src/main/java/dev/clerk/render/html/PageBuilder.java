package dev.clerk.render.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Builds the DOM of one page from a composed document. */
final class PageBuilder {
    /** The page's one style sheet, screen and print. */
    static final String STYLE = readStyle();
    /** What the generator meta says. */
    static final String GENERATOR = "Clerk";
    /** The mark of a draft whose furniture names no watermark. */
    static final String DRAFT = "DRAFT";
    /** The schemes a link may have; any other address (javascript:, data:) is written as plain text. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final Document doc;
    /** The page's direction, from the document's language. */
    private final Direction base;

    PageBuilder(Document doc) {
        this.doc = doc;
        this.base = Direction.ofLanguage(doc.meta().language());
    }

    org.jsoup.nodes.Document build() {
        org.jsoup.nodes.Document page = new org.jsoup.nodes.Document("");
        page.outputSettings()
                .syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.html)
                .charset(UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true)
                .indentAmount(2);
        page.appendChild(new DocumentType("html", "", ""));
        Meta meta = doc.meta();
        Element html = page.appendElement("html").attr("lang", meta.language());
        if (base == Direction.RTL) {
            html.attr("dir", "rtl");
        }
        head(html.appendElement("head"), meta);
        Element body = html.appendElement("body");

        List<Block> blocks = doc.blocks();
        int banner = 0;
        while (banner < blocks.size() && inBanner(blocks.get(banner))) {
            banner++;
        }
        if (banner > 0) {
            Element header = body.appendElement("header");
            blocks.subList(0, banner).forEach(b -> block(header, b));
        }
        Element main = body.appendElement("main");
        if (meta.draft()) {
            String word = doc.furniture().watermark();
            main.attr("data-watermark", word == null || word.isBlank() ? DRAFT : word);
        }
        blocks.subList(banner, blocks.size()).forEach(b -> block(main, b));
        return page;
    }

    private static void head(Element head, Meta meta) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(meta.title());
        named(head, "description", meta.subject());
        named(head, "author", meta.author());
        if (!meta.keywords().isEmpty()) {
            named(head, "keywords", String.join(", ", meta.keywords()));
        }
        named(head, "generator", GENERATOR);
        head.appendElement("style").appendChild(new DataNode(STYLE));
    }

    private static void named(Element head, String name, String content) {
        head.appendElement("meta").attr("name", name).attr("content", content);
    }

    /** Whether a block belongs to the page's banner: the letterhead, the title and the subtitle. */
    private static boolean inBanner(Block b) {
        if (b instanceof Heading h) {
            return h.kind() == Heading.Kind.TITLE;
        }
        return b instanceof Paragraph p
                && (p.role() == Paragraph.Role.LETTERHEAD || p.role() == Paragraph.Role.SUBTITLE);
    }

    private void block(Element parent, Block block) {
        if (block instanceof Heading h) {
            heading(parent, h);
        } else if (block instanceof Paragraph p) {
            text(paragraph(parent, p), p.text());
        } else if (block instanceof Fields f) {
            fields(parent, f);
        } else if (block instanceof Callout c) {
            callout(parent, c);
        } else if (block instanceof ItemList l) {
            list(parent, l);
        } else if (block instanceof Table t) {
            table(parent, t);
        } else if (block instanceof FillIn f) {
            // A form's block on a page that takes no input: a table of labels and values.
            table(parent, f.asTable());
        } else {
            throw new IllegalArgumentException("block: " + block.getClass().getName() + " is not a known block");
        }
    }

    private void heading(Element parent, Heading heading) {
        Element h = parent.appendElement("h" + heading.level());
        if (heading.anchor() != null) {
            h.id(heading.anchor());
        }
        if (heading.label() != null) {
            h.appendElement("span").addClass("number").text(heading.label());
            h.appendText(" ");
        }
        text(h, heading.text(), heading.label() == null ? "" : heading.label());
    }

    private static Element paragraph(Element parent, Paragraph p) {
        return parent.appendElement("p").addClass(p.role().name().toLowerCase(Locale.ROOT));
    }

    private void fields(Element parent, Fields fields) {
        Element dl = parent.appendElement("dl").addClass("fields");
        for (Fields.Field f : fields.fields()) {
            text(dl.appendElement("dt"), Text.plain(f.label()));
            text(dl.appendElement("dd"), f.value());
        }
    }

    private void callout(Element parent, Callout callout) {
        Element p = parent.appendElement("p").addClass("callout")
                .addClass(callout.kind().name().toLowerCase(Locale.ROOT));
        p.appendElement("strong").text(callout.label());
        p.appendText(" ");
        text(p, callout.text(), callout.label());
    }

    /**
     * A list whose labels are the tree's own ("1)", "•"), written as text so that the page reads as the tree
     * does; the list keeps its list semantics, only its markers are hidden.
     */
    private void list(Element parent, ItemList list) {
        Element l = parent.appendElement(list.kind() == ItemList.Kind.NUMBERED ? "ol" : "ul").addClass("list");
        for (ItemList.Entry entry : list.items()) {
            Element li = l.appendElement("li");
            Paragraph first = (Paragraph) entry.blocks().get(0);
            Element p = paragraph(li, first);
            p.appendElement("span").addClass("marker").text(entry.label());
            p.appendText(" ");
            text(p, first.text(), entry.label());
            entry.blocks().subList(1, entry.blocks().size()).forEach(b -> block(li, b));
        }
    }

    /**
     * A table; its summary is a visually hidden {@code <caption>}, which names the table for assistive technology
     * and leaves what is seen unchanged.
     */
    private void table(Element parent, Table table) {
        Element t = parent.appendElement("table");
        if (!table.summary().isBlank()) {
            t.appendElement("caption").addClass("visually-hidden").text(table.summary());
        }
        double total = table.columns().stream().mapToDouble(Table.Column::width).sum();
        Element colgroup = t.appendElement("colgroup");
        for (Table.Column c : table.columns()) {
            colgroup.appendElement("col").attr("style", "width: " + percent(c.width() / total) + "%");
        }
        Element head = t.appendElement("thead").appendElement("tr");
        for (Table.Column c : table.columns()) {
            text(cell(head, "th", c).attr("scope", "col"), c.header());
        }
        Element body = t.appendElement("tbody");
        for (List<Text> row : table.rows()) {
            Element tr = body.appendElement("tr");
            for (int i = 0; i < row.size(); i++) {
                text(cell(tr, "td", table.columns().get(i)), table.columns().get(i).shown(row.get(i)));
            }
        }
    }

    private static Element cell(Element row, String tag, Table.Column column) {
        Element cell = row.appendElement(tag);
        if (column.noWrap()) {
            cell.addClass("nowrap");
        }
        return cell;
    }

    /** {@code share} (0 to 1) as a percentage with at most two decimals, the same on every machine. */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private void text(Element into, Text text) {
        text(into, text, "");
    }

    /**
     * Appends the runs of {@code text} to {@code into}, which also holds {@code label}. A block whose text is all
     * in the other direction than the page's (an Arabic name in a cell of an English table) gets that direction,
     * decided by the script of its characters.
     */
    private void text(Element into, Text text, String label) {
        Direction block = base;
        if (base.opposite().isOnlyIn(label + text.plainText())) {
            block = base.opposite();
            into.attr("dir", block.attribute());
        }
        for (Run run : text.runs()) {
            if (!run.text().isEmpty()) {
                into.appendChildren(run(run, block));
            }
        }
    }

    /**
     * One run: its lines, inside {@code <strong>} or {@code <em>}, inside a link. A run in another language gets
     * {@code lang} and the {@code dir} of its script; a run without one but with characters of the other direction
     * than its block's gets {@code dir=auto}. Either goes on the outermost of those elements (a {@code <span>} if
     * there is none), which isolates the run from the text around it.
     */
    private static List<Node> run(Run run, Direction block) {
        List<Node> nodes = lines(run.text());
        Element outer = null;
        if (run.emphasis() != Emphasis.NONE) {
            outer = new Element(run.emphasis() == Emphasis.STRONG ? "strong" : "em").appendChildren(nodes);
        }
        String href = href(run.link());
        if (href != null) {
            Element a = new Element("a").attr("href", href);
            outer = outer == null ? a.appendChildren(nodes) : a.appendChild(outer);
        }
        String dir = null;
        if (run.language() != null) {
            Direction d = Direction.of(run.text());
            dir = (d == Direction.NEUTRAL ? Direction.ofLanguage(run.language()) : d).attribute();
        } else if (block.opposite().isIn(run.text())) {
            dir = "auto";
        }
        if (dir != null) {
            if (outer == null) {
                outer = new Element("span").appendChildren(nodes);
            }
            if (run.language() != null) {
                outer.attr("lang", run.language());
            }
            outer.attr("dir", dir);
        }
        return outer == null ? nodes : List.of(outer);
    }

    /** The text of a run, with a {@code <br>} for each newline. */
    private static List<Node> lines(String text) {
        List<Node> nodes = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                nodes.add(new Element("br"));
            }
            if (!lines[i].isEmpty()) {
                nodes.add(new TextNode(lines[i]));
            }
        }
        return nodes;
    }

    /** Where a link goes on a page, or null for none: a packet's pages do not exist in HTML. */
    private static String href(Link link) {
        if (link instanceof Link.Uri u) {
            int colon = u.uri().indexOf(':');
            String scheme = colon < 0 ? "" : u.uri().substring(0, colon).strip().toLowerCase(Locale.ROOT);
            return SCHEMES.contains(scheme) ? u.uri() : null;
        }
        if (link instanceof Link.Anchor a) {
            return "#" + a.id();
        }
        return null;
    }

    private static String readStyle() {
        try (InputStream in = PageBuilder.class.getResourceAsStream("page.css")) {
            if (in == null) {
                throw new IllegalStateException("page.css is missing from the jar");
            }
            return "\n" + new String(in.readAllBytes(), UTF_8).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
