package dev.clerk.compose.doc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document as readable text, one line per block: what golden files hold, so that a change of content shows as
 * one reviewable diff whatever the format. Runs are written as their text; emphasis as {@code **...**}, links as
 * {@code [text](target)}, a language as {@code {lang:text}}; sources are left out (see {@link #withSources}).
 */
public final class Dump {
    private final boolean sources;
    private final StringBuilder out = new StringBuilder();

    private Dump(boolean sources) {
        this.sources = sources;
    }

    /** The dump of {@code doc}. */
    public static String of(Document doc) {
        return new Dump(false).document(doc);
    }

    /** The dump of {@code doc} with the source of every run ({@code «2017-03-27:agenda[0].title»}). */
    public static String withSources(Document doc) {
        return new Dump(true).document(doc);
    }

    private String document(Document doc) {
        Meta m = doc.meta();
        out.append("meta: ").append(m.kind()).append(m.draft() ? " draft" : "").append(" | ").append(m.title())
                .append(" | ").append(m.subject()).append(" | ").append(m.author()).append(" | ")
                .append(String.join(", ", m.keywords())).append(" | ").append(m.language()).append(" | ")
                .append(m.created()).append(" | ").append(m.modified()).append('\n');
        Furniture f = doc.furniture();
        out.append("header: ").append(text(f.headerLeft())).append(" | ").append(text(f.headerRight())).append('\n');
        out.append("footer: ").append(f.footerLeft() == null ? "" : text(f.footerLeft())).append(" | ")
                .append(f.pageNumbers()).append(f.watermark() == null ? "" : " | watermark " + f.watermark())
                .append('\n');
        blocks(doc.blocks(), "");
        return out.toString();
    }

    private void blocks(List<Block> blocks, String indent) {
        for (Block b : blocks) {
            out.append(indent);
            if (b instanceof Heading h) {
                out.append("h").append(h.level()).append(' ').append(h.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .append(h.label() == null ? "" : " " + h.label()).append(": ").append(text(h.text()))
                        .append(h.anchor() == null ? "" : " #" + h.anchor()).append('\n');
            } else if (b instanceof Paragraph p) {
                out.append(p.role().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(text(p.text()))
                        .append('\n');
            } else if (b instanceof Fields fs) {
                for (int i = 0; i < fs.fields().size(); i++) {
                    Fields.Field fd = fs.fields().get(i);
                    out.append(i == 0 ? "" : indent).append("field ").append(fd.label()).append(' ')
                            .append(text(fd.value())).append('\n');
                }
            } else if (b instanceof Callout c) {
                out.append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" callout ").append(c.label())
                        .append(' ').append(text(c.text())).append('\n');
            } else if (b instanceof ItemList l) {
                out.append(l.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" list\n");
                for (ItemList.Entry e : l.items()) {
                    out.append(indent).append("  ").append(e.label()).append('\n');
                    blocks(e.blocks(), indent + "    ");
                }
            } else if (b instanceof Table t) {
                out.append("table (").append(t.summary()).append(")\n");
                out.append(indent).append("  | ").append(t.columns().stream()
                        .map(c -> text(c.header()) + " " + c.width() + (c.noWrap() ? " nowrap" : "")
                                + (c.input() == null ? "" : " " + input(c.input())))
                        .collect(Collectors.joining(" | "))).append(" |\n");
                for (List<Text> row : t.rows()) {
                    out.append(indent).append("  | ").append(row.stream().map(this::text)
                            .collect(Collectors.joining(" | "))).append(" |\n");
                }
            } else if (b instanceof FillIn f) {
                out.append("fill-in ").append(f.kind()).append(": ").append(f.title())
                        .append(f.hint() == null ? "" : " (" + f.hint() + ")").append('\n');
                for (List<FillIn.Entry> row : f.rows()) {
                    out.append(indent).append("  | ").append(row.stream()
                            .map(e -> (e.label().isEmpty() ? "" : e.label() + " ") + input(e.input()) + " = "
                                    + text(e.value()))
                            .collect(Collectors.joining(" | "))).append(" |\n");
                }
            }
        }
    }

    /** "[owners (names, separated by commas)]", "[status: present/absent (present / absent)]", "[narrative ×4]". */
    private static String input(Input in) {
        return "[" + in.field() + (in.lines() > 1 ? " \u00d7" + in.lines() : "")
                + (in.hasChoices() ? ": " + String.join("/", in.choices()) : "")
                + (in.hint() == null ? "" : " (" + in.hint() + ")") + "]";
    }

    private String text(Text t) {
        StringBuilder sb = new StringBuilder();
        for (Run r : t.runs()) {
            if (r.text().isEmpty()) {
                continue;
            }
            String s = r.text().replace("\n", "⏎");
            if (r.language() != null) {
                s = "{" + r.language() + ":" + s + "}";
            }
            if (r.emphasis() == Emphasis.STRONG) {
                s = "**" + s + "**";
            } else if (r.emphasis() == Emphasis.EM) {
                s = "_" + s + "_";
            }
            if (r.link() != null) {
                s = "[" + s + "](" + target(r.link()) + ")";
            }
            if (sources && r.source() != null) {
                s = s + "«" + r.source() + "»";
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static String target(Link link) {
        if (link instanceof Link.Uri u) {
            return u.uri();
        }
        if (link instanceof Link.Anchor a) {
            return "#" + a.id();
        }
        return "page " + (((Link.Page) link).page() + 1);
    }
}
