package dev.clerk.compose;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Paints a composed document as Markdown (CommonMark with pipe tables): readable as plain text, ready to paste into
 * an email or a web page, and convertible by pandoc. It says what the Word, PDF and HTML forms say, in the same
 * order, because it paints the same {@link Document}.
 *
 * <p>Headings become {@code #} lines (item headings with their number), label and value blocks
 * {@code **Label:** value} lines, call-outs {@code **Motion:** text}, lists Markdown lists, tables pipe tables,
 * and a form's fill-in blocks pipe tables of labels and values.
 * Web and mail addresses become links; links to a heading or to a packet page are printed as their text, since
 * Markdown has no portable anchors or pages. Page furniture, metadata and language tags are left out.
 *
 * <p>The committee's words are escaped so that they print as themselves in every common Markdown (CommonMark,
 * GitHub's, pandoc, Python-Markdown, the original Markdown.pl), never as markup, and stay readable as plain text:
 * <ul>
 *   <li>{@code \ ` * _ [ ]} get a backslash, everywhere: no emphasis, code, link or image can start in them;
 *   <li>{@code <} becomes {@code &lt;} where it could open HTML or an autolink (before a letter, {@code /},
 *       {@code !}, {@code ?} and the like); before a space, a digit, {@code =} or {@code -} ({@code a < b}, {@code x <= 3})
 *       it stays as written, since nothing reads markup there;
 *   <li>{@code &} becomes {@code &amp;} where it would start an entity ({@code &lt;}, {@code &#60;});
 *   <li>what would start another block at the start of a line ({@code #}, {@code >}, {@code -}, {@code +},
 *       {@code 1.}, {@code ---}, {@code ===}, {@code ~~~}, {@code :::}) gets a backslash; in a heading, an opening
 *       brace does too (pandoc reads attributes there), and in a table cell {@code |}.
 * </ul>
 * Other punctuation ({@code . , ; : ! ? ( ) " ' / % $ ~} ...) is written as it is. Clerk's own links (web and
 * mail addresses found in the text) link only to {@code http:}, {@code https:} and {@code mailto:} addresses,
 * with what Markdown would read in an address percent-encoded; a link to anything else is printed as its text.
 *
 * <pre>{@code
 * MarkdownWriter.write(AgendaComposer.compose(agenda), out);
 * }</pre>
 */
public final class MarkdownWriter {
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern SAFE_SCHEME = Pattern.compile("(?i)(https?://|mailto:).*");
    /** What a link's address may not hold as it is (nor a control character): it is percent-encoded there. */
    private static final String URI_UNSAFE = " \"<>\\`()[]{}|^";
    /** What an autolink may not hold (nor a control character): "|" would split a table cell. */
    private static final String AUTOLINK_UNSAFE = " <>|";
    private static final Pattern NUMBERED_LABEL = Pattern.compile("\\d{1,9}[.)]");
    private static final String HARD_BREAK = "  \n";

    private MarkdownWriter() {
    }

    /** Writes {@code document} to {@code out} as UTF-8 Markdown, ending with a newline; never closes the stream. */
    public static void write(Document document, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(of(document).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code document} as Markdown text, ending with a newline. */
    public static String of(Document document) {
        Objects.requireNonNull(document, "document");
        return blocks(document.blocks()) + "\n";
    }

    private static String blocks(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            String s = block(b);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return String.join("\n\n", out);
    }

    private static String block(Block b) {
        if (b instanceof Heading h) {
            String text = inline(h.text(), Context.HEADING);
            // A heading ending in "#" would lose it to the optional closing sequence.
            if (text.endsWith("#")) {
                text = text.substring(0, text.length() - 1) + "\\#";
            }
            return "#".repeat(h.level()) + " " + (h.label() == null ? "" : escape(h.label(), false) + " ") + text;
        }
        if (b instanceof Paragraph p) {
            return paragraph(p);
        }
        if (b instanceof Fields f) {
            List<String> lines = new ArrayList<>();
            for (Fields.Field field : f.fields()) {
                lines.add(strong(escape(field.label(), false)) + " " + inline(field.value(), Context.FOLLOWING));
            }
            return String.join(HARD_BREAK, lines);
        }
        if (b instanceof Callout c) {
            return strong(escape(c.label(), false)) + " " + inline(c.text(), Context.FOLLOWING);
        }
        if (b instanceof ItemList l) {
            return list(l);
        }
        if (b instanceof FillIn f) {
            return table(f.asTable());
        }
        return table((Table) b);
    }

    private static String paragraph(Paragraph p) {
        String text = inline(p.text(), Context.START);
        if (text.isEmpty()) {
            return "";
        }
        return switch (p.role()) {
            case SUBTITLE -> wrapped(p.text(), Emphasis.STRONG, text);
            case DETAILS, NOTE -> wrapped(p.text(), Emphasis.EM, text);
            default -> text;
        };
    }

    /** The whole paragraph set with {@code emphasis}, unless a run of it already is (markers do not nest). */
    private static String wrapped(Text source, Emphasis emphasis, String text) {
        if (source.runs().stream().anyMatch(r -> r.emphasis() == emphasis)) {
            return text;
        }
        return around(text, emphasis == Emphasis.STRONG ? "**" : "*");
    }

    private static String list(ItemList l) {
        List<String> items = new ArrayList<>();
        boolean loose = false;
        for (int n = 0; n < l.items().size(); n++) {
            ItemList.Entry e = l.items().get(n);
            String marker = l.kind() == ItemList.Kind.BULLETED ? "-"
                    : NUMBERED_LABEL.matcher(e.label()).matches() ? e.label() : (n + 1) + ".";
            StringBuilder content = new StringBuilder();
            for (int i = 0; i < e.blocks().size(); i++) {
                Block b = e.blocks().get(i);
                if (i > 0) {
                    // A nested list may follow its item's text directly; two paragraphs need a blank line.
                    boolean tight = b instanceof ItemList;
                    content.append(tight ? "\n" : "\n\n");
                    loose |= !tight;
                }
                content.append(block(b));
            }
            String indent = " ".repeat(marker.length() + 1);
            items.add(marker + " " + content.toString().replace("\n", "\n" + indent).replaceAll("(?m)^ +$", ""));
        }
        return String.join(loose ? "\n\n" : "\n", items);
    }

    private static String table(Table t) {
        StringBuilder sb = new StringBuilder("|");
        for (Table.Column c : t.columns()) {
            sb.append(' ').append(inline(c.header(), Context.CELL)).append(" |");
        }
        sb.append("\n|");
        sb.append("---|".repeat(t.columns().size()));
        for (List<Text> row : t.rows()) {
            sb.append("\n|");
            for (int i = 0; i < row.size(); i++) {
                sb.append(' ').append(inline(t.columns().get(i).shown(row.get(i)), Context.CELL)).append(" |");
            }
        }
        return sb.toString();
    }

    /** Where a text stands, which decides what its newlines become and what must be escaped. */
    private enum Context {
        /** At the start of a block: a leading "#", "-" or "1." would make it another block. */
        START,
        /** After a label on the same line. */
        FOLLOWING,
        /** A heading: one line. */
        HEADING,
        /** A table cell: one line, pipes escaped, line breaks as {@code <br>}. */
        CELL
    }

    private static String inline(Text text, Context context) {
        StringBuilder sb = new StringBuilder();
        for (Run segment : segments(text)) {
            boolean lineStart = context == Context.START && sb.isEmpty() || !sb.isEmpty() && sb.charAt(sb.length() - 1) == '\n';
            String s = escape(segment.text(), context == Context.CELL);
            if (context == Context.HEADING) {
                s = s.replace("{", "\\{");
            }
            if (context != Context.CELL && context != Context.HEADING) {
                s = escapeLineStarts(s, lineStart);
            }
            if (segment.link() instanceof Link.Uri u && SAFE_SCHEME.matcher(u.uri()).matches()) {
                s = link(segment.text(), s, u.uri());
            }
            if (segment.emphasis() == Emphasis.STRONG) {
                s = strong(s);
            } else if (segment.emphasis() == Emphasis.EM) {
                s = around(s, "*");
            }
            sb.append(s);
        }
        String s = sb.toString();
        if (context == Context.START) {
            s = s.stripLeading();
        }
        return switch (context) {
            case HEADING -> joinLines(s, " ", true).strip();
            case CELL -> joinLines(s.strip(), "<br>", false);
            default -> joinLines(s, HARD_BREAK, false);
        };
    }

    /**
     * The lines of a text joined by {@code separator}, the spaces and tabs around each line break dropped (with
     * {@code wide}, any white space, so that blank lines make one separator): what {@code [ \t]*\R[ \t]*} and
     * {@code \s*\R\s*} replace, in one pass, so that a long run of spaces costs linear time, not quadratic.
     */
    static String joinLines(String text, String separator, boolean wide) {
        return wide ? joinWide(text, separator) : joinNarrow(text, separator);
    }

    /** {@code [ \t]*\R[ \t]*} replaced by {@code separator}. */
    private static String joinNarrow(String text, String separator) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        // Where the last separator ends: its own spaces are not the text's.
        int kept = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isBreak(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = out.length();
            while (end > kept && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                end--;
            }
            out.setLength(end);
            i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            out.append(separator);
            kept = out.length();
        }
        return out.toString();
    }

    /**
     * {@code \s*\R\s*} replaced by {@code separator}: a run of white space that holds a line break is one separator;
     * a break {@code \s} does not cover (U+2028, U+0085) ends the run it closes.
     */
    private static String joinWide(String text, String separator) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isBlank(c) && !isBreak(c)) {
                out.append(c);
                i++;
                continue;
            }
            int q = i;
            boolean broke = false;
            while (q < n && isBlank(text.charAt(q))) {
                broke |= isBreak(text.charAt(q));
                q++;
            }
            if (q < n && isBreak(text.charAt(q))) {
                // U+2028 and the like: a break after the run, then the white space after it.
                broke = true;
                q++;
                while (q < n && isBlank(text.charAt(q))) {
                    q++;
                }
            }
            if (broke) {
                out.append(separator);
            } else {
                out.append(text, i, q);
            }
            i = q;
        }
        return out.toString();
    }

    /** What {@code \s} matches: spaces, tabs and the ASCII line and page breaks. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    /** What {@code \R} matches, one character of it. */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Adjacent runs set the same way, joined, so that markers do not pile up ("**a****b**"); empty runs dropped. */
    private static List<Run> segments(Text text) {
        List<Run> out = new ArrayList<>();
        for (Run r : text.runs()) {
            if (r.text().isEmpty()) {
                continue;
            }
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.emphasis() == r.emphasis() && Objects.equals(last.link(), r.link())) {
                out.set(out.size() - 1, new Run(last.text() + r.text(), r.emphasis(), r.link(), null, null));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A web or mail address as an autolink when its text is the address and holds nothing an autolink cannot,
     * else as {@code [text](address)} with what Markdown would read in the address percent-encoded.
     */
    private static String link(String raw, String escaped, String uri) {
        if ((raw.equals(uri) || uri.equals("mailto:" + raw)) && encoded(uri, AUTOLINK_UNSAFE).equals(uri)) {
            return "<" + raw + ">";
        }
        return "[" + escaped + "](" + encoded(uri, URI_UNSAFE) + ")";
    }

    private static String encoded(String uri, String unsafe) {
        StringBuilder sb = new StringBuilder(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x20 || c == 0x7f || unsafe.indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String strong(String s) {
        return around(s, "**");
    }

    /** {@code s} between markers, with its leading and trailing spaces outside them (else they would not close). */
    private static String around(String s, String marker) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return s;
        }
        return s.substring(0, start) + marker + s.substring(start, end) + marker + s.substring(end);
    }

    /** The committee's words with Markdown's inline syntax escaped, and pipes too in a table (see the class). */
    static String escape(String text, boolean cell) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']' -> sb.append('\\').append(c);
                case '<' -> sb.append(opensMarkup(text, i + 1) ? "&lt;" : "<");
                case '&' -> sb.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "&amp;" : "&");
                case '|' -> sb.append(cell ? "\\|" : "|");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a {@code <} followed by what stands at {@code next} could open HTML or an autolink: anything but a
     * space, a digit, {@code =}, {@code -} or the end.
     */
    private static boolean opensMarkup(String text, int next) {
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return !(Character.isWhitespace(c) || c >= '0' && c <= '9' || c == '=' || c == '-');
    }

    /**
     * Escapes what would start another block at the start of a line: a heading ("#"), a quote (">"), a list item
     * ("-", "+", "1.", "1)"), a rule or underline ("---", "==="), a fence ("~~~") or a pandoc block (":::").
     */
    private static String escapeLineStarts(String s, boolean atStart) {
        String[] lines = s.split("\n", -1);
        for (int i = atStart ? 0 : 1; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.isEmpty()) {
                lines[i] = line;
                continue;
            }
            char c = line.charAt(0);
            if (c == '#' || c == '>') {
                line = "\\" + line;
            } else if ((c == '-' || c == '+') && (line.length() == 1 || Character.isWhitespace(line.charAt(1))
                    || line.chars().allMatch(ch -> ch == c || ch == ' '))) {
                line = "\\" + line;
            } else if (c == '=' && line.chars().allMatch(ch -> ch == '=' || ch == ' ')) {
                line = "\\" + line;
            } else if ((c == '~' || c == ':') && line.startsWith(String.valueOf(c).repeat(3))) {
                // A code fence ("~~~"), or a pandoc block with attributes (":::").
                line = "\\" + line;
            } else {
                line = ORDERED_MARKER.matcher(line).replaceFirst("$1\\\\$2");
            }
            lines[i] = line;
        }
        return String.join("\n", lines);
    }
}
