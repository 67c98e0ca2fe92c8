package dev.clerk.importer;

import dev.clerk.model.text.Characters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text into classified {@link Line}s: YAML front matter (as left by Jekyll or a CMS) is set aside,
 * Markdown marks are read and removed, characters no document may hold are dropped. A source line may give several
 * lines with its number: HTML blocks left on one line, a numbered title in bold and the minute written after it.
 */
final class SourceLines {
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    /** The marks a list's item starts with: "-", "*", "•", "●", "▪", "➢" and the like. */
    private static final String LIST_MARK = "[-*+•◦▪·–●○■□◆◇►▸➢➤❖⁃]";
    /**
     * "- item", "● item", and a glyph no text writes but as a list's mark set straight before its item, as PDF text
     * leaves it: "●Ailura (Austria)", "▪Budget".
     */
    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:" + LIST_MARK + "\\s+|[●○■□▪◆◇►▸➢➤❖](?=\\p{L}))(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\s*)\\(?([IVXLC]{1,6}|[A-Z]|[ivx]{1,5}|[a-z]|\\d{1,2})([.)])(?:\\s+|(?<=\\d[.)])(?=[A-Z]))(\\S.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-=*_~]\\s*){3,}$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*(:?-{2,}:?\\s*)?$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*(:?)\\s*$");
    /** A run of bold and, after its colon, an address alone: "**Open issues**: https://example.org/issues". */
    private static final Pattern BOLD_LINKED = Pattern.compile("^\\s*(\\*\\*|__)[^*_]+\\1\\s*:?\\s*(?:https?://\\S+|\\[[^\\]]*]\\([^)\\s]*\\))\\s*$");
    /** The words of a run of emphasis: no marks inside, no space just inside them. */
    private static final String RUN = "[^*_\\s](?:[^*_]*[^*_\\s])?";
    /** A list item's number before its text: "1. ", "12) ". */
    private static final Pattern NUMBER_FIRST = Pattern.compile("\\s*\\d{1,3}[.)]\\s+");
    /** A run in bold and italics at once: "_**Budget**_", "*__Budget__*", "**_Budget_**", "__*Budget*__". */
    private static final Pattern BOLD_ITALIC = Pattern.compile("(?<![\\w*])(?:_\\*\\*(" + RUN + ")\\*\\*_|\\*__(" + RUN
            + ")__\\*|\\*\\*_(" + RUN + ")_\\*\\*|__\\*(" + RUN + ")\\*__)(?![\\w*])");
    /** A run of bold closed by a full stop outside it: "**Approve previous minutes**.". */
    private static final Pattern BOLD_STOP = Pattern.compile("^\\s*(?:\\*\\*|__)([^*_]+?)(?:\\*\\*|__)\\.\\s*$");
    /** Bold runs side by side ("**Minutes of**  **1 April**"), together the whole line. */
    private static final Pattern BOLD_RUNS = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)+:?$|^(?:__[^_]+__\\s*)+:?$");
    /** A Markdown backslash escape ("1\\. Apologies", "\\*"), which the converter added and the reader does not see. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~$%&@^=?;:,'\"/])");
    /**
     * Markup of a page that no reader sees: a comment ("<!-- Page 2 -->"), the document type ("<!DOCTYPE html>") and a
     * server page's directive ("<%@ LANGUAGE="VBSCRIPT" %>").
     */
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->|<!(?i:doctype)\\b[^<>]*>|<%@.*?%>");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    /** Where a picture was taken out of a line, with a space either side. */
    private static final Pattern DROPPED_PICTURE = Pattern.compile(" ?\u0000 ?");
    /** What may stand before a picture alone on its line: a list's mark or a quote's, and the indent. */
    private static final Pattern PICTURE_LEAD = Pattern.compile("\\s*(?:>\\s*)*(?:[-*+•▪◦‣]\\s+|\\d{1,2}[.)]\\s+)?");
    /** Alternative text that says nothing of the picture ("Image", "logo", a file name). */
    private static final Pattern EMPTY_ALT = Pattern.compile("(?i)^\\s*(?:image|img|picture|photo|logo|figure|graphic"
            + "|screenshot)?\\s*\\d*\\s*$|\\.(?:png|jpe?g|gif|svg|webp)$");
    /** A line that is an HTML block as converters leave it in Markdown: a list item, a heading, a paragraph. */
    private static final Pattern HTML_BLOCK = Pattern.compile("(?i)^<(?:ol|ul|li|p|h[1-6]|strong|b|div|span)\\b[^>]*>");
    private static final Pattern HTML_HEADING = Pattern.compile("(?i)^<h([1-6])\\b[^>]*>");
    private static final Pattern HTML_ITEM = Pattern.compile("(?i)^(?:<(ol|ul)\\b([^>]*)>\\s*)?<li\\b[^>]*>");
    private static final Pattern HTML_START = Pattern.compile("(?i)\\bstart\\s*=\\s*[\"']?(\\d{1,3})");
    private static final Pattern HTML_BOLD = Pattern.compile("(?i)</?(?:strong|b)(?:\\s[^<>]*)?>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*\\b[^>]*>");
    /** Where a block starts: a paragraph, a division, a heading, a list, a line break, a table. */
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<(?:p|div|h[1-6]|ol|ul|li|table)\\b[^>]*>|<br\\s*/?>");
    /** Where a block other than a list item starts (those are on lines of their own by then). */
    private static final Pattern HTML_PARAGRAPH = Pattern.compile("(?i)<(?:p|div|h[1-6])\\b[^>]*>|<br\\s*/?>");
    private static final Pattern HTML_TABLE = Pattern.compile("(?is)<table\\b[^>]*>(.*?)</table\\s*>");
    private static final Pattern HTML_ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)(?:</tr\\s*>|(?=<tr\\b)|$)");
    private static final Pattern HTML_CELL = Pattern.compile("(?is)<t[dh]\\b[^>]*>(.*?)(?:</t[dh]\\s*>|(?=<t[dh]\\b)|$)");
    private static final Pattern HTML_LIST_TAG = Pattern.compile("(?i)<(/?)(ol|ul|li)\\b([^>]*)>");
    /** A numbered title in bold at the start of a line, and what is written after it: "**1) Budget** - ...". */
    private static final Pattern BOLD_LEAD = Pattern.compile("^\\s*(?:\\*\\*|__)\\s*\\(?(\\d{1,2}[.)]|[A-Z][.)]|[IVX]{1,5}[.)])"
            + "\\s*(.+?)\\s*:?\\s*(?:\\*\\*|__)\\s*(?:[:–—-]\\s*)?(\\S.*)$");

    /**
     * Bold written with underscores, a pair opening before a word and closing after one ("__Budget__"), not the
     * underscores a name ends in, as IRC nicks do ("Sam____", "bo__"): underscores run on from a word's letters, with no
     * pair opened before them, are part of it.
     */
    static final Pattern UNDERSCORE_BOLD = Pattern.compile("(?<![\\w])__(?=[^\\s_])(.+?)(?<=[^\\s_])__(?![\\w])");

    private static final Pattern QUOTE = Pattern.compile("^(\\s{0,3})(?:>\\s?)+");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(={3,}|-{3,})\\s*$");
    /** How a line starts that is no plain title: a Markdown heading, list item, table row, quote or HTML. */
    private static final Pattern PLAIN_TITLE_START = Pattern.compile("^(?:#|[-*+•]\\s|\\d{1,3}[.)]\\s|\\||<|>)");
    /** A line of an HTML page: a block's tag first. */
    private static final Pattern HTML_PAGE_BLOCK = Pattern.compile("(?i)^</?(?:ol|ul|li|p|div|h[1-6]|table|article|section"
            + "|dl|dt|dd|blockquote)\\b[^>]*>");
    /** A line that ends a block: a line break, the end of a paragraph, list item or division. */
    private static final Pattern BLOCK_END = Pattern.compile("(?i)(?:<br\\s*/?>|</(?:p|li|div|dd|dt|h[1-6])\\s*>)\\s*$");
    private static final Pattern ITEM_FIRST = Pattern.compile("(?i)^<li\\b[^>]*>");
    /** The elements of HTML a page of minutes holds; any other "<...>" is text ("<name>", an address in brackets). */
    private static final String ELEMENTS = "a|abbr|article|aside|b|big|blockquote|body|br|button|caption|center|cite"
            + "|code|col|colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header"
            + "|hr|html|i|img|input|ins|kbd|label|li|main|mark|nav|ol|option|p|pre|q|s|section|select|small|span|strike"
            + "|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|title|tr|tt|u|ul|var|wbr|meta|link|iframe"
            + "|noscript|svg|path|o:p";
    private static final Pattern KNOWN_TAG = Pattern.compile("(?i)</?(?:" + ELEMENTS + ")(?:\\s[^<>]*)?/?>");
    /** Elements inside a line of text: their tags join the words around them ("31<sup>st</sup>" is "31st"). */
    private static final Pattern INLINE_TAG = Pattern.compile("(?i)</?(?:a|abbr|b|big|cite|code|del|dfn|em|font|i|ins"
            + "|kbd|label|mark|q|s|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|o:p)(?:\\s[^<>]*)?/?>");
    private static final Pattern HTML_ANCHOR = Pattern.compile("(?is)<a\\s[^<>]*?href\\s*=\\s*[\"']([^\"']+)[\"'][^<>]*>(.*?)</a\\s*>");
    /**
     * A definition list's term closed and its description opened after it, the term not ending with a colon of its own:
     * "<dt>Present</dt><dd>Ann, Bo</dd>", "<dt>Regrets</dt><dd>-</dd>".
     */
    private static final Pattern TERM_THEN_DESCRIPTION = Pattern.compile("(?i)([^:\\s>]\\s*(?:</[a-z]+>\\s*)*)</dt\\s*>\\s*<dd\\b[^>]*>");
    /** A rule across the page, with or without line breaks after it: "{@code <hr>}", "{@code <hr><br>}". */
    private static final Pattern HTML_RULE = Pattern.compile("(?i)^<hr\\b[^>]*>(?:\\s*<br\\s*/?>)*$");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("hellip", "…"), Map.entry("pound", "£"),
            Map.entry("euro", "€"), Map.entry("copy", "©"), Map.entry("bull", "•"), Map.entry("middot", "·"),
            Map.entry("eacute", "é"), Map.entry("times", "×"), Map.entry("frac12", "½"), Map.entry("deg", "°"));

    /** A Markdown code fence: "```", "~~~", "```text", "```python". */
    private static final Pattern FENCE = Pattern.compile("^\\s{0,12}(`{3,}|~{3,})\\s*([\\w+#.-]*)\\s*$");
    /** A converter's raw block's fence ("```{=html}", Pandoc's): what it holds is markup, to be read as such. */
    private static final Pattern RAW_FENCE = Pattern.compile("^\\s{0,12}(`{3,}|~{3,})\\s*\\{=\\w+}\\s*$");
    /** What a fence's language may be when it holds plain text, not code. */
    private static final Pattern PLAIN_LANGUAGE = Pattern.compile("(?i)|text|txt|plain|plaintext|md|markdown|none");
    /**
     * A line of program code, a shell session or markup: closed by a semicolon or brace, a keyword first, an
     * assignment, an operator, a tag, a comment mark or a prompt.
     */
    private static final Pattern CODE_LINE = Pattern.compile("[;{}\\[(]\\s*$|^\\s*[{}\\])]|^\\s*(?:import|from|def|class|function|return"
            + "|var|let|const|public|private|static|package|fn|func|#include|#!|if\\s*\\(|for\\s*\\(|while\\s*\\()\\b"
            + "|^\\s*(?:\\$|>>>|//|/\\*|--\\s)\\s*\\S|=>|->|::|==|!=|\\+=|&&|\\|\\||^\\s*[\\w.\\[\\]\"']+\\s*[:+-]?=\\s*\\S"
            + "|^\\s*</?[A-Za-z][\\w-]*(?:\\s[^>]*)?/?>|^\\s*\\w+\\.\\w+\\(");
    private static final Pattern YAML_FIELD = Pattern.compile("^([A-Za-z_][\\w-]*):\\s*(.*)$");
    private static final Pattern TOML_FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*=\\s*(.*)$");
    /** A wiki heading closed as it is opened: MediaWiki's "== Budget ==", DokuWiki's "===== Budget =====". */
    private static final Pattern WIKI_CLOSED = Pattern.compile("^\\s{0,3}(={1,6})\\s*([^=\\s](?:.*?[^=\\s])?)\\s*\\1\\s*$");
    /**
     * A heading opened by a mark alone: AsciiDoc's and Creole's "== Budget", Textile's, Redmine's and Jira's "h2. Budget",
     * PmWiki's "!! Budget". Read only where the minutes have two of the same kind.
     */
    private static final Pattern WIKI_OPEN = Pattern.compile("^(?:(?<eq>={1,6})\\s+|h(?<h>[1-6])\\.\\s+"
            + "|(?<bang>!{1,6})\\s*(?!\\[[^\\]]*]\\())(?<title>[^=!\\s].*?)\\s*$");
    /** Hashes run into the title with no space ("##Outreach", "###Next steps"), as Markdown's first processors read. */
    private static final Pattern UNSPACED_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})(?<title>\\p{L}[^#]*?)\\s*#*\\s*$");
    private static final Pattern BOLD_SPAN = Pattern.compile("(?is)<span\\b[^<>]*font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)\\b[^<>]*>"
            + "([^<]*)</span\\s*>");
    /** A paragraph led by a label in bold and a colon: "**Treasurer**: the balance is ...", "**Parks:** No report." */
    private static final Pattern BOLD_LABEL = Pattern.compile("^\\s*(?:\\*\\*|__)\\s*(?<title>\\p{Lu}[^*_:]{1,60}?)\\s*(?<in>:?)\\s*"
            + "(?:\\*\\*|__)\\s*(?<out>:?)\\s*(?<rest>\\S.*)$");
    /**
     * Labels that are fields of the header or steps of a motion or task, read by their own recognisers, never the
     * titles of items: "**Date**:", "**Action**:", "**Moved**:".
     */
    static final Pattern FIELD_LABEL = Pattern.compile("(?i)^(?:date|time|when|where|place|location|venue|chair(?:ed\\s+by"
            + "|man|woman|person)?|facilitator|moderator|scribe|notes?|note\\s*taker|minutes?|minute\\s*taker|recorder|recorded\\s+by"
            + "|secretary|present|attendees?|attendance|absent|apologies|regrets|guests?|actions?|action\\s+items?|to\\s*do|todo"
            + "|follow[- ]?ups?|action\\s+(?-i:" + ActionItemRecognizer.INITIALS + ")|owner|due|status|motion|decisions?|resolved|resolution|moved|moved\\s+by|seconded|seconded\\s+by"
            + "|second|carried|result|outcome|vote|votes|proposal|proposed\\s+by|presenter|text|details|agreed|nb|note|update"
            + "|(?:scheduled\\s+)?(?:start|end|finish)(?:\\s+time)?|started|ended|(?:previous|last)\\s+meeting"
            + "|amendment|reason|proposer|seconder|apologies\\s+received|in\\s+attendance)$");
    /** A label of a few words at the head of a line, closed by a colon: "Vice President: ...". */
    private static final Pattern LABEL_LEAD = Pattern.compile("^\\p{Lu}[\\p{L}'’ .&/-]{0,40}:(?:\\s|$)");
    /** A running minute number of three or more figures, as councils number every minute they ever took: "2709. Police". */
    private static final Pattern MINUTE_NUMBER = Pattern.compile("^\\s*(\\d{3,5})[.)]\\s+\\p{Lu}");
    /** An item number written bare before its title, no stop after it: "1 Apologies", " 2   Minutes of the last meeting". */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\s{0,3})(\\d{1,2})\\s+(\\p{Lu}.*)$");

    private SourceLines() {
    }

    /**
     * The lines, and the front matter's fields (title, date, ...) when there was front matter.
     *
     * @param lines            the lines after the front matter
     * @param frontMatter      the front matter's fields, by lower-case name
     * @param frontMatterLines the front matter's own lines, fences included, so that none is lost
     * @param markedUp         the lines that held HTML markup, as written, by line number: their text was read
     *                         without it
     * @param wordless         the numbers of the source lines of markup alone inside a line read from several (a
     *                         table's row written a cell to a line: "</TD>"), which no reader sees and no field holds
     */
    record Result(List<Line> lines, Map<String, String> frontMatter, List<Line> frontMatterLines,
                  Map<Integer, String> markedUp, java.util.Set<Integer> wordless) {
        Result {
            wordless = java.util.Set.copyOf(wordless);
        }
    }

    static Result read(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<String, String> front = new LinkedHashMap<>();
        int start = frontMatterEnd(raw, front);
        List<Line> frontLines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            String t = clean(raw[i]);
            frontLines.add(t.isEmpty() ? new Line(i + 1, "", Line.Kind.BLANK, 0, null, (char) 0, false)
                    : new Line(i + 1, t, Line.Kind.TEXT, 0, null, (char) 0, false));
        }
        Map<Integer, String> markedUp = new java.util.HashMap<>();
        for (int i = start; i < raw.length; i++) {
            if (KNOWN_TAG.matcher(raw[i]).find()) {
                markedUp.put(i + 1, strip(clean(raw[i]).replaceAll("\\s+", " ")));
            }
        }
        // Fenced blocks: a program's code is kept as written, line by line; a converter's fence around plain text
        // (a PDF's extracted text) is the minutes' text, its fences no part of it.
        String[] written = raw.clone();
        java.util.Set<Integer> code = new java.util.HashSet<>();
        java.util.Set<Integer> furniture = new java.util.HashSet<>();
        java.util.Set<Integer> fenceMarks = new java.util.HashSet<>();
        fences(raw, start, code, furniture, fenceMarks);
        unquote(raw, start);
        for (int i = start; i < raw.length; i++) {
            raw[i] = Presentation.normalize(raw[i]);
        }
        openTableRows(raw, start);
        setextHeadings(raw, start);
        pageMarks(raw, start, furniture);
        pageEndHeadings(raw, start);
        wikiHeadings(raw, start);
        unspacedHeadings(raw, start);
        htmlListItems(raw, start);
        htmlDefinitionTerms(raw, start);
        Map<Integer, Integer> pageCode = pageCode(raw, start);
        java.util.Set<Integer> pageLines = new java.util.HashSet<>();
        pageCode.forEach((from, to) -> {
            for (int k = from; k <= to; k++) {
                pageLines.add(k);
                furniture.add(k);
            }
        });
        Map<Integer, Integer> rowEnds = new java.util.HashMap<>();
        java.util.Set<Integer> notPage = new java.util.HashSet<>(pageLines);
        notPage.addAll(code);
        // A row joined on its first line is written there as it stands over its lines, in the comment that quotes it.
        htmlTableRows(raw, start, notPage, rowEnds).forEach((i, row) -> markedUp.put(i + 1, row));
        java.util.Set<Integer> joinedIntoRows = new java.util.HashSet<>();
        rowEnds.forEach((from, to) -> java.util.stream.IntStream.rangeClosed(from + 1, to).forEach(joinedIntoRows::add));
        java.util.Set<Integer> minuteNumbers = minuteNumbers(raw, start);
        java.util.Set<Integer> bareNumbers = bareNumbers(raw, start);
        // Three paragraphs or more led by a label in bold: the labels are the items' titles, run in. Not a block of lines
        // each led by a label ("**President:** Ann" over "**Secretary:** Bo"), a list of fields however its labels are
        // marked, nor a label that leads several paragraphs, a speaker's name or a field ("**Dan:**", "**Reason:**").
        java.util.Set<Integer> runIn = new java.util.HashSet<>();
        java.util.Set<Integer> led = new java.util.HashSet<>();
        Map<String, Integer> leads = new java.util.HashMap<>();
        for (int i = start; i < raw.length; i++) {
            String[] lead = boldLabelLead(clean(raw[i]));
            if (lead == null) {
                continue;
            }
            led.add(i);
            leads.merge(lead[0].toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            if (!(i > start && labelled(raw[i - 1])) && !(i + 1 < raw.length && labelled(raw[i + 1]))) {
                runIn.add(i);
            }
        }
        // A label that leads other paragraphs too, anywhere: a speaker's name. Also one named in full once and by first
        // name elsewhere ("**Ann Lee:**" once, "**Ann:**" twice), as notes of a conversation name their speakers.
        java.util.function.IntPredicate recurring = i -> {
            String lead = boldLabelLead(clean(raw[i]))[0].toLowerCase(java.util.Locale.ROOT);
            String first = lead.replaceFirst("^\\*\\*(\\S+)\\s.*$", "**$1**");
            String named = lead.substring(0, lead.length() - 2) + " ";
            return leads.get(lead) > 1 || !first.equals(lead) && leads.containsKey(first)
                    || first.equals(lead) && leads.keySet().stream().anyMatch(k -> k.startsWith(named));
        };
        int spoken = (int) led.stream().filter(recurring::test).count();
        runIn.removeIf(i -> recurring.test(i) || listEntry(raw, start, i));
        // Nor the labels of a conversation, where two paragraphs in three or more are led by a name that leads others
        // ("**Ann Lee:** We agree." ... "**Ann Lee:** Not yet."): a name that speaks once there is one more speaker, no
        // title. A short exchange between run-in titles ("**Budget:**" over two speakers' four lines) leaves them titles.
        boolean boldLabels = runIn.size() >= 3 && spoken < 2 * runIn.size();
        boolean page = htmlPage(raw, start);
        java.util.Set<Integer> apart = new java.util.HashSet<>(code);
        apart.addAll(furniture);
        apart.addAll(fenceMarks);
        apart.addAll(pageLines);
        apart.addAll(minuteNumbers);
        apart.addAll(bareNumbers);
        // A page's paragraph written over several lines of its source is the one line a browser shows ("<p>RESOLVED, that"
        // over "the Board approves ..." over "... in May.</p>"): its lines are read together, as a bold run's are.
        java.util.Set<Integer> inRows = new java.util.HashSet<>(joinedIntoRows);
        inRows.addAll(rowEnds.keySet());
        Map<Integer, Integer> paragraphs = page ? htmlParagraphs(raw, start, apart, inRows) : Map.of();
        paragraphs.forEach((from, to) -> {
            java.util.stream.IntStream.rangeClosed(from, to).forEach(apart::add);
            // The paragraph is quoted once, as written over its lines, in the comment on its first line.
            java.util.stream.IntStream.rangeClosed(from + 2, to + 1).forEach(markedUp::remove);
            markedUp.put(from + 1, strip(clean(java.util.stream.IntStream.rangeClosed(from, to).mapToObj(k -> strip(raw[k]))
                    .collect(java.util.stream.Collectors.joining(" "))).replaceAll("\\s+", " ")));
        });
        Map<Integer, Integer> spans = new java.util.HashMap<>(wrappedSpans(raw, start, apart));
        spans.putAll(paragraphs);
        List<Line> lines = new ArrayList<>();
        for (int i = start; i < raw.length; i++) {
            if (joinedIntoRows.contains(i)) {
                // A line of a table's row written over several lines, joined on the row's first line.
                continue;
            }
            if (page && isBlank(raw[i]) && lineBreakFollows(raw, i)) {
                // A page's source spaced out with blank lines ("<p>Present:" over "" over "<br>Ann Lee" over "" over
                // "<br>Bo Chen"): a browser shows no blank line there, the line break goes on with the block above it.
                continue;
            }
            if (code.contains(i)) {
                String t = clean(written[i]);
                lines.add(t.isEmpty() ? new Line(i + 1, "", Line.Kind.BLANK, 0, null, (char) 0, false)
                        : new Line(i + 1, t, Line.Kind.TEXT, 0, null, (char) 0, false));
                continue;
            }
            if (fenceMarks.contains(i)) {
                // A fence around the minutes' own text is a break, as a rule is, no line of the text.
                lines.add(new Line(i + 1, "", Line.Kind.RULE, 0, null, (char) 0, false));
                continue;
            }
            if (pageLines.contains(i)) {
                // A page's document type written over two lines, its style sheet: markup no reader sees, kept as
                // written line by line, a break in the text, never the minutes' title nor a line of them.
                // A line of a page's markup alone ("</tr>" in a server's code) is no text, as it is anywhere on a page.
                String t = strip(clean(written[i]));
                lines.add(t.isEmpty() || isBlank(html(t)) ? new Line(i + 1, "", Line.Kind.BLANK, 0, null, (char) 0, false)
                        : new Line(i + 1, t, Line.Kind.RULE, 0, null, (char) 0, false));
                continue;
            }
            if (furniture.contains(i)) {
                // The converter's own lines around the pages it extracted ("## Page 2", "### Extracted Text", the
                // page's picture): a break in the text, kept as written, never a heading or a line of the minutes.
                String t = unescape(links(html(clean(raw[i]))).replace("**", "").replace("__", "")).replaceFirst("^#+\\s*", "");
                lines.add(new Line(i + 1, strip(t), Line.Kind.RULE, 0, null, (char) 0, false));
                continue;
            }
            int piecesFrom = lines.size();
            int spanEnd = spans.getOrDefault(i, i);
            String joined = raw[i];
            for (int k = i + 1; k <= spanEnd; k++) {
                joined = joined.stripTrailing() + " " + strip(raw[k]);
            }
            List<String> pieces = new ArrayList<>(htmlPieces(clean(joined)));
            if (BLOCK_END.matcher(clean(raw[spanEnd])).find() && !visibleText(clean(joined)).isEmpty()) {
                // "... voted on: <br />", "... the Chair</p>": the line after it starts a paragraph of its own.
                pieces.add("");
            }
            for (int p = 0; p < pieces.size(); p++) {
                String[] lead = boldNumberedLead(pieces.get(p));
                if (lead == null && boldLabels && runIn.contains(i)) {
                    lead = boldLabelLead(pieces.get(p));
                }
                int indent = p == 0 ? indent(raw[i]) : 0;
                if (lead == null && p == 0 && minuteNumbers.contains(i)) {
                    lines.add(minute(i + 1, pieces.get(p), indent));
                } else if (lead == null && p == 0 && bareNumbers.contains(i)) {
                    lines.add(bareNumbered(i + 1, pieces.get(p), indent));
                } else if (lead == null) {
                    lines.add(classify(i + 1, pieces.get(p), indent));
                } else {
                    lines.add(classify(i + 1, lead[0], indent));
                    lines.add(classify(i + 1, lead[1], 0));
                }
            }
            if (rowEnds.containsKey(i)) {
                // A table's row joined from its lines is written on all of them.
                for (int k = piecesFrom; k < lines.size(); k++) {
                    Line l = lines.get(k);
                    lines.set(k, new Line(l.number(), l.text(), l.kind(), l.depth(), l.label(), l.close(), l.bold(), l.indent(),
                            rowEnds.get(i) + 1));
                }
            }
            // A bold run, a link or a bracket wrapped over lines is read as the one line it is (its range set below).
            i = spanEnd;
        }
        java.util.Set<Integer> asWritten = new java.util.HashSet<>(markedUp.keySet());
        code.forEach(i -> asWritten.add(i + 1));
        furniture.forEach(i -> asWritten.add(i + 1));
        minuteNumbers.forEach(i -> asWritten.add(i + 1));
        bareNumbers.forEach(i -> asWritten.add(i + 1));
        java.util.Set<Integer> wordless = new java.util.HashSet<>();
        rowEnds.forEach((from, to) -> java.util.stream.IntStream.rangeClosed(from, to)
                .filter(k -> visibleText(clean(written[k])).isEmpty()).forEach(k -> wordless.add(k + 1)));
        paragraphs.forEach((from, to) -> java.util.stream.IntStream.rangeClosed(from + 1, to)
                .filter(k -> visibleText(clean(written[k])).isEmpty()).forEach(k -> wordless.add(k + 1)));
        return new Result(MeetBotSummary.topics(unwrapped(spanned(fromMargin(pageTitles(asciiDocTables(lines))), spans),
                written, asWritten)), front, frontLines, markedUp, wordless);
    }

    /**
     * Closes a table's rows written without their last pipe ("| GEC | SB | Working on a training programme"), as
     * converters write a row whose last cell was cut or ran on: a row below a row or the header's rule is a row of the
     * table when it starts with a pipe and has as many cells as the row just above it.
     */
    private static void openTableRows(String[] raw, int start) {
        for (int i = start + 1; i < raw.length; i++) {
            String line = raw[i].strip();
            if (!line.startsWith("|") || line.endsWith("|") || TABLE_RULE.matcher(line).matches()) {
                continue;
            }
            String row = raw[i - 1].strip();
            boolean table = TABLE_ROW.matcher(row).matches() || TABLE_RULE.matcher(row).matches() && row.startsWith("|");
            long cells = line.chars().filter(c -> c == '|').count();
            long cellsAbove = row.chars().filter(c -> c == '|').count() - 1;
            if (table && cells >= 2 && cells >= cellsAbove) {
                raw[i] = raw[i].stripTrailing() + " |";
            }
        }
    }

    /** A line that starts a block of its own: a heading, a list item, a table row, a quote, a fence, markup. */
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(?:#|\\||>|```|~~~|<|(?:" + LIST_MARK
            // "** French on Wednesdays": a wiki's or AsciiDoc's item a level down, its stars a list's mark, no bold.
            + "|\\*{2,}|\\(?(?:\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)])\\s)");
    /** A list item's mark of stars at a line's start ("* ", "** "), which opens no bold. */
    private static final Pattern STARS_MARK = Pattern.compile("^\\*+\\s+");
    /** How far a run of bold, a link's text or a bracket may go on over the lines below the one it opens on. */
    private static final int SPAN_LINES = 4;

    /**
     * The runs of bold, links' text and brackets that text wrapped at a fixed width (e-mail, text exported at 72
     * columns, PDF text) cuts over lines, by the line they open on (an index into {@code raw}) and the last line they
     * close on: "**Resolution 12: Purchase of a mower for the" over "recreation ground**", "1. [Review of the draft" over
     * "   policy](https://example.org/policy)", "- Budget (Ann Lee, fifteen minutes, with the treasurer's" over "  figures)".
     * Markdown reads such a run as one paragraph, and a reader too. A bracket counts only on a line long enough to have
     * been cut at a wrapping width, since a short line may open a bracket it never closes, and never on a numbered
     * item's line (most often a section's title, whose wrapped lines the headings read themselves); a span that does not
     * close within {@value #SPAN_LINES} lines is none. Never over a blank line, a line that starts a block of its own (a
     * heading, a list item, a table row), a line with markup, nor a line kept apart ({@code apart}: code, a converter's
     * furniture, a minute's number).
     */
    static Map<Integer, Integer> wrappedSpans(String[] raw, int start, java.util.Set<Integer> apart) {
        Map<Integer, Integer> joins = new java.util.HashMap<>();
        java.util.function.IntPredicate alone = k -> apart.contains(k) || isBlank(raw[k]) || KNOWN_TAG.matcher(raw[k]).find();
        for (int i = start; i < raw.length; i++) {
            if (alone.test(i)) {
                continue;
            }
            // A numbered item is most often a section's title, its minute run on under it: no bracket of its title
            // is read on into the line below.
            boolean brackets = !NUMBERED.matcher(strip(raw[i])).matches() && raw[i].stripTrailing().length() >= WRAP_WIDTH;
            int end = i;
            StringBuilder sofar = new StringBuilder(raw[i].strip());
            for (int k = i + 1; open(sofar.toString(), brackets) && k < raw.length && k <= i + SPAN_LINES; k++) {
                if (alone.test(k) || BLOCK_START.matcher(raw[k]).find() || TABLE_RULE.matcher(raw[k]).matches()) {
                    break;
                }
                sofar.append(' ').append(raw[k].strip());
                if (!open(sofar.toString(), brackets)) {
                    end = k;
                }
            }
            if (end > i) {
                joins.put(i, end);
                i = end;
            }
        }
        return joins;
    }

    /** Where a page's paragraph, heading or list item opens: its tag. */
    private static final Pattern HTML_TEXT_BLOCK = Pattern.compile("(?i)<(p|h[1-6]|li|dd|dt)\\b[^>]*>");
    /** Markup a paragraph's lines are never read on through: a table, preformatted text, a line break at a line's start. */
    private static final Pattern HTML_NOT_RUN_ON = Pattern.compile("(?i)^<br\\b|</?(?:table|tr|td|th|pre)\\b");
    /** Where preformatted text opens and closes: its lines are the page's as written, never one paragraph. */
    private static final Pattern HTML_PRE_OPEN = Pattern.compile("(?i)<pre\\b");
    private static final Pattern HTML_PRE_CLOSE = Pattern.compile("(?i)</pre\\s*>");
    /** How many source lines a page's paragraph may be written over and still be read as one. */
    private static final int PARAGRAPH_LINES = 12;

    /**
     * The paragraphs, headings and list items of an HTML page written over several lines of its source, by the line
     * they open on (an index into {@code raw}) and the last line of their text: a browser shows "<p>RESOLVED, that the"
     * over "Board approves the budget.</p>" as one paragraph, whatever the source's line breaks. Only where the element
     * opens on its line and closes within {@value #PARAGRAPH_LINES} lines (its closing tag, or the next block's tag on a
     * line of its own); never over a blank line, a table, preformatted text, a line break at a line's start, nor a line
     * kept apart or read into a table's row. A line break inside ("Present:<br>Ann Lee") still breaks the line there.
     */
    static Map<Integer, Integer> htmlParagraphs(String[] raw, int start, java.util.Set<Integer> apart,
                                                java.util.Set<Integer> inRows) {
        Map<Integer, Integer> joins = new java.util.HashMap<>();
        boolean pre = false;
        for (int i = start; i < raw.length; i++) {
            String line = clean(raw[i]);
            boolean opensPre = HTML_PRE_OPEN.matcher(line).find();
            boolean closesPre = HTML_PRE_CLOSE.matcher(line).find();
            if (pre || opensPre) {
                pre = !closesPre;
                continue;
            }
            if (apart.contains(i) || inRows.contains(i) || isBlank(raw[i]) || HTML_NOT_RUN_ON.matcher(line).find()) {
                continue;
            }
            Matcher open = HTML_TEXT_BLOCK.matcher(line);
            int last = -1;
            while (open.find()) {
                last = open.start();
            }
            if (last < 0) {
                continue;
            }
            open.find(last);
            String element = open.group(1).toLowerCase(java.util.Locale.ROOT);
            Pattern close = Pattern.compile("(?i)</" + element + "\\s*>");
            if (close.matcher(line.substring(last)).find() || BLOCK_END.matcher(line).find()) {
                continue;
            }
            int end = -1;
            for (int k = i + 1; k < raw.length && k <= i + PARAGRAPH_LINES; k++) {
                String next = clean(raw[k]);
                if (HTML_PAGE_BLOCK.matcher(next).find()) {
                    // The next block's tag first on its line ("</p>", "<p>") closes the paragraph above it.
                    end = k - 1;
                    break;
                }
                if (apart.contains(k) || inRows.contains(k) || isBlank(raw[k]) || HTML_NOT_RUN_ON.matcher(next).find()
                        || HTML_TEXT_BLOCK.matcher(next).find()) {
                    break;
                }
                if (close.matcher(next).find() || BLOCK_END.matcher(next).find()) {
                    end = k;
                    break;
                }
            }
            // A tag alone on the line it opens on ("<p class=\"note\">" over the text) is no line of the text: the
            // paragraph starts on its first line with words.
            int from = i;
            while (from < end && visibleText(clean(raw[from])).isEmpty()) {
                from++;
            }
            if (end > from) {
                joins.put(from, end);
            }
            if (end > i) {
                i = end;
            }
        }
        return joins;
    }

    /**
     * The lines read from a span's first line given the range of source lines the span was written on; of the pieces
     * of one line ("**MOOCs**: The courses are done. (They" over "launched.)", a run-in title and its text), the last.
     */
    private static List<Line> spanned(List<Line> lines, Map<Integer, Integer> spans) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            // A paragraph's end written with it ("... in May.</p>") is a blank piece after its text, which has no range.
            boolean piece = i + 1 < lines.size() && lines.get(i + 1).number() == l.number()
                    && !(lines.get(i + 1).isBlank() && (i + 2 >= lines.size() || lines.get(i + 2).number() != l.number()));
            boolean endMark = l.isBlank() && i > 0 && lines.get(i - 1).number() == l.number();
            Integer end = piece || endMark ? null : spans.get(l.number() - 1);
            out.add(end == null ? l : new Line(l.number(), l.text(), l.kind(), l.depth(), l.label(), l.close(), l.bold(),
                    l.indent(), Math.max(l.last(), end + 1)));
        }
        return out;
    }

    /** Whether a text leaves a span open at its end: bold, a link's text, or (when {@code brackets}) a bracket. */
    private static boolean open(String text, boolean brackets) {
        String marked = STARS_MARK.matcher(text).replaceFirst("");
        int bold = 0;
        for (int at = marked.indexOf("**"); at >= 0; at = marked.indexOf("**", at + 2)) {
            bold++;
        }
        return bold % 2 == 1 || count(text, '[') > count(text, ']')
                || brackets && count(text, '(') > count(text, ')');
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /** The shortest line that can have been wrapped: text set at 72 columns (or PDF's wider) breaks near its width. */
    private static final int WRAP_WIDTH = 50;
    /** How a line ends that ends a sentence, a clause before a list, or a label: no line after it continues it. */
    private static final Pattern ENDED = Pattern.compile("[.!?:;]['\"’”)]?\\s*$");
    /** How a line ends that cannot end a sentence: a comma, a joining mark, a word that needs the words after it. */
    private static final Pattern OPEN_END = Pattern.compile("(?i)(?:[,&/(–—-]|\\b(?:and|or|nor|but|of|the|a|an|to|with|for|in"
            + "|on|at|by|from|that|which|who|whom|as|our|their|its|his|her|is|are|was|were|be|been|has|have|had|will|would"
            + "|shall|should|may|can|could|must|per|into|onto|upon|than|if|whether|not|also|then|this|these|those|moved"
            + "|seconded|mr|mrs|ms|dr|cllr|councillor|councilor|commissioner|supervisor|trustee|director|chair|mayor))\\s*$");
    /** A list of three or more things, separated by commas: "Ann Lee, Bo Chen, Cy Dee". */
    private static final Pattern COMMA_LIST = Pattern.compile("^(?:[^,]+,){2,}[^,]*$");
    /** A sentence ended inside a line and another begun: "... via teleconference.  Board members present were". */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]['\"’”)]?\\s+['\"‘“(]?\\p{Lu}");
    /** Columns side by side, as PDF text extraction lays them out: three spaces or a tab inside the line. */
    private static final Pattern COLUMNS = Pattern.compile("\\S(?: {3,}|\\t)\\S");

    /** The line that opens and closes an AsciiDoc table: "|===". */
    private static final Pattern ASCIIDOC_FENCE = Pattern.compile("^\\|={3,}$");

    /**
     * AsciiDoc tables read as rows: between "|===" lines each cell opens with "|", one or several to a line, and the
     * first line holds the whole first row, which says how many cells make a row; a row may run over several lines
     * ("|20" over "|Send the agenda" over "|Ann" over "|1 May"). A block whose cells do not fill its rows stays as it is.
     */
    private static List<Line> asciiDocTables(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line open = lines.get(i);
            int close = -1;
            if (open.kind() == Line.Kind.TEXT && ASCIIDOC_FENCE.matcher(open.text().strip()).matches()) {
                for (int j = i + 1; j < lines.size() && close < 0; j++) {
                    if (lines.get(j).kind() == Line.Kind.TEXT && ASCIIDOC_FENCE.matcher(lines.get(j).text().strip()).matches()) {
                        close = j;
                    }
                }
            }
            List<Line> rows = close < 0 ? null : asciiDocRows(lines.subList(i + 1, close));
            if (rows == null) {
                out.add(open);
                continue;
            }
            out.add(new Line(open.number(), "", Line.Kind.RULE, 0, null, (char) 0, false));
            out.addAll(rows);
            out.add(new Line(lines.get(close).number(), "", Line.Kind.RULE, 0, null, (char) 0, false));
            i = close;
        }
        return out;
    }

    /** The rows of an AsciiDoc table's body, or null when it is no table of rows. */
    private static List<Line> asciiDocRows(List<Line> body) {
        List<String> cells = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<Integer> until = new ArrayList<>();
        int columns = 0;
        for (Line l : body) {
            if (l.isBlank()) {
                continue;
            }
            if (l.kind() != Line.Kind.TEXT || !l.text().startsWith("|")) {
                if (cells.isEmpty() || l.kind() != Line.Kind.TEXT) {
                    return null;
                }
                // A cell's text wrapped onto the next line.
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + l.text().strip());
                until.set(until.size() - 1, l.number());
                continue;
            }
            String[] own = l.text().substring(1).split("\\|", -1);
            if (columns == 0) {
                columns = own.length;
            }
            for (String c : own) {
                cells.add(c.strip());
                at.add(l.number());
                until.add(l.number());
            }
        }
        if (columns < 2 || cells.size() % columns != 0) {
            return null;
        }
        List<Line> out = new ArrayList<>();
        int cell = 0;
        for (Line l : body) {
            // The blank lines between rows are the source's spacing, no break in the table.
            while (cell < cells.size() && at.get(cell) == l.number()) {
                int end = cell + columns;
                out.add(new Line(at.get(cell), String.join(" | ", cells.subList(cell, end)), Line.Kind.TABLE, 0, null,
                        (char) 0, false, 0, until.get(end - 1)));
                cell = end;
            }
        }
        return out;
    }

    /**
     * The lines of a paragraph, a name list, a motion or a list item hard-wrapped over several lines (text exported at
     * 72 columns, e-mail, PDF text) read as the one line they are, with the range of source lines it came from:
     * "Present: Ann Lee, Bo Chen, Cy Dee, Ed Fox, Flo Gee, Hal Ives, Ian Moss," over "Jo Park, Kay Quinn";
     * "Ann Lee will review the lease and the insurance schedule and will" over "send the letter to the landlord";
     * "Moved by Ann Lee, seconded by Bo Chen, that the council approve the budget" over "as presented. Carried.";
     * "- The treasurer will write to the bank about the account and the new" over "  signatories" (a list item's
     * hanging indent). A line is joined to the one before only when that one was cut near a wrapping width, does not
     * end a sentence, a clause or a label, and the line goes on with it: it starts in lower case, or the line before
     * ends with a comma or a word that needs the words after it ("by", "and", "the", "will"), or both are a list of
     * names separated by commas, or the text is set at a width ({@link #wrapWidth}) and the next line's first word would
     * not have fitted on the line before: "Present: Ann Lee, Bo Chen, Administrator of the Parish" over "Council", which
     * a writer breaking the line by hand would have kept whole. Only one sentence begun at the line's start is joined:
     * in "... via teleconference. Board" over "members present were ..." the sentence the next line goes on with starts
     * inside the line, where a reader of lines would not find it, and the lines stay as they are; a stop after an
     * initial or a title ("(Dr. A. Lee), Director" over "Housing") ends no sentence. A line rewrapped narrower than it
     * was first written leaves a short tail ("... Assistant Clerk" over "Bo Chen, Treasurer" over "Cy Dee, ..."): in
     * text set at a width or under a long line, the tail with the line above it is the line as first cut. Never a
     * heading, a numbered line (most often a section's title, whose wrapped lines the headings read) but for the lines
     * that hang under its text, where the text is set at a width only when the width shows the cut ("1.  Those
     * attending: Ann Lee, Bo" over "    Chen, Cy Dee"), a table row, a list item, a label line
     * ("Present:", "Moved:"), lines set in columns, short lines each its own (one name a line, an address, verse), nor a
     * line kept as written (code, HTML, a converter's furniture).
     */
    static List<Line> unwrapped(List<Line> lines, String[] written, java.util.Set<Integer> asWritten) {
        int width = wrapWidth(written);
        List<Line> out = new ArrayList<>(lines.size());
        java.util.Set<Integer> pieces = new java.util.HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).number() == lines.get(i - 1).number()) {
                pieces.add(lines.get(i).number());
            }
        }
        for (Line l : lines) {
            Line before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && continues(before, l, written, asWritten, pieces, width)) {
                out.set(out.size() - 1, new Line(before.number(), before.text() + " " + l.text(), before.kind(),
                        before.depth(), before.label(), before.close(), before.bold(), before.indent(), l.last()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean continues(Line before, Line next, String[] written, java.util.Set<Integer> asWritten,
                                     java.util.Set<Integer> pieces, int width) {
        if (next.kind() != Line.Kind.TEXT || before.kind() != Line.Kind.TEXT && !before.isListItem()
                || next.number() != before.last() + 1 || before.bold() || next.bold()
                || asWritten.contains(next.number()) || asWritten.contains(before.last())
                || pieces.contains(next.number()) || pieces.contains(before.last())) {
            return false;
        }
        String cut = written[before.last() - 1].stripTrailing();
        String on = written[next.number() - 1];
        String end = before.text();
        String text = next.text();
        // The width shows the cut: the next line's first word would not have fitted on the line before.
        String firstWord = strip(on).split("\\s", 2)[0];
        boolean cutAtWidth = width > 0 && cut.length() <= width && cut.length() + 1 + firstWord.length() > width;
        // A numbered line is most often a section's title, whose wrapped lines the headings read themselves; the lines
        // that hang under an item's text are the item's ("3. Minutes of the meeting held on 4 May, with" over "   the
        // corrections": the title and the minute run in after it are one line, as Markdown reads them), where the text
        // is set at a width only when the width shows the cut; so is a line at the item's margin after a comma or a word
        // that needs the words after it ("1. Present: Ann Lee, Bo Chen," over "Cy Dee"), as Markdown reads it (a lazy
        // continuation).
        boolean hangsUnder = before.isListItem() && next.indent() > before.depth()
                && next.indent() >= textColumn(written[before.number() - 1]);
        boolean lazy = before.isListItem() && next.indent() <= before.depth() && cutAtWidth && OPEN_END.matcher(end).find();
        if (before.kind() == Line.Kind.NUMBERED && !(hangsUnder && (cutAtWidth || width == 0) || lazy)) {
            return false;
        }
        String firstCut = cut;
        String above = before.last() > before.number() ? written[before.last() - 2].stripTrailing() : "";
        if (strip(cut).length() < WRAP_WIDTH && (width > 0 || above.length() >= WRAP_WIDTH) && !above.isEmpty()) {
            // Text wrapped twice, at one width and again at a narrower one (a reply re-wrapping the text it quotes, an
            // export of text already wrapped), leaves a short line under each long one ("... approve the grant to the"
            // over "village hall" over "committee for the new roof"): the two are the one line the first wrap cut. In
            // text with no width of its own, only a line going on in lower case goes on with it: a short line may as
            // well end a paragraph or a list.
            firstCut = above + " " + strip(cut);
            if (width == 0 && !Character.isLowerCase(text.codePointAt(0))) {
                return false;
            }
        }
        if (firstCut.length() < WRAP_WIDTH || COLUMNS.matcher(ITEM_LEAD.matcher(cut).replaceFirst("").strip()).find() || COLUMNS.matcher(on.strip()).find()
                || LABEL_LEAD.matcher(text).find() || text.startsWith("|")
                || !Character.isLetterOrDigit(text.codePointAt(0)) && !"(\"'‘“".contains(text.substring(0, 1))) {
            return false;
        }
        // A sentence or a clause ended at the line's end: the next line starts anew, unless the width shows the cut
        // and the line hangs under a list item's text, or goes on after a semicolon ("Ann Lee, Chair;" over "Bo Chen").
        if (ENDED.matcher(end).find() && !NAME_STOP.matcher(end).find() && !(cutAtWidth && (end.stripTrailing().endsWith(";")
                || hangsUnder && !end.stripTrailing().endsWith(":")))) {
            return false;
        }
        if (sentenceInside(end)) {
            return false;
        }
        // A list item's further lines hang under its text, a labelled line's under its label's value ("Present: Ann
        // Lee, ..." over "         Bo Chen"); a paragraph's start where it starts.
        boolean hanging = LABEL_LEAD.matcher(before.text()).find() && next.indent() > before.indent();
        // An indented item's wrapped lines are indented, though not always under its text: a list re-indented and its
        // wrapped lines left where they were, an item indented with a tab and its wrapped lines with spaces ("\t- Ann
        // will write to the bank about the" over "    account"). Markdown reads such a line as the item's all the same
        // (a lazy continuation). Under an item at the margin, a line at the margin starts a paragraph.
        boolean indentedUnder = before.isListItem() && before.depth() > 0 && next.indent() > 0;
        if (before.isListItem() ? next.indent() <= before.depth() && !indentedUnder && !lazy
                : Math.abs(next.indent() - before.indent()) > 1 && before.last() == before.number() && !hanging) {
            return false;
        }
        if (Character.isLowerCase(text.codePointAt(0)) || OPEN_END.matcher(end).find()) {
            return true;
        }
        // A capitalised line goes on from a line the width cut in a list (a comma in it) or under a list item's text;
        // a caption cut near the width ("Amending the Rules for the Class of 2024 (I-1)") has its paragraph below it.
        if (cutAtWidth && (cut.contains(",") || hangsUnder)) {
            return true;
        }
        // After a tail, a list closed by its last name ("..., and Cy Dee") goes on no further.
        boolean closed = !firstCut.equals(cut) && LIST_CLOSED.matcher(end).find();
        return COMMA_LIST.matcher(end).matches() && text.contains(",") && !closed;
    }

    /** A stop that ends a name's initial or the title before a name, no sentence: "(Ms. A.", "Cllr J.", "Dr.". */
    private static final Pattern NAME_STOP = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}|Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Cr|Revd?)\\.\\s*$");

    /** A list's last entry after "and" at the end of a text: "..., Bo Chen, and Cy Dee", "... Bo Chen & Cy Dee". */
    private static final Pattern LIST_CLOSED = Pattern.compile(",?\\s+(?:and|&)\\s+[^,]+$");

    /** Whether a sentence ends inside the text and another begins, a stop after an initial or a title ("Dr.") no end. */
    private static boolean sentenceInside(String text) {
        Matcher m = SENTENCE_INSIDE.matcher(text);
        while (m.find()) {
            if (text.charAt(m.start()) != '.' || !Sentences.isAbbreviation(text, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** A list item's mark and the space after it, where its text starts: "- ", "12. ", "(b) ", "\t1.  ". */
    private static final Pattern ITEM_LEAD = Pattern.compile("^[ \\t]*(?:" + LIST_MARK
            + "|\\(?(?:\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)])[ \\t]+");

    /** The column a list item's text starts at, a tab four columns; 0 for a line that is no list item. */
    private static int textColumn(String raw) {
        Matcher m = ITEM_LEAD.matcher(raw);
        return m.find() ? indent(m.group().replaceAll("\\S", " ")) : 0;
    }

    /** How many lines must end near a width for the text to be set at it. */
    private static final int AT_WIDTH = 5;

    /**
     * The width the text is set at, when it is hard-wrapped (e-mail and text exported at 72 columns, PDF text): the
     * length that five lines of running text or more end within ten columns of, with at most one line in fifty (two in
     * a short text) longer, a table's row, a heading or a long address aside, and whose lines were cut by counting
     * characters ({@link #countedOut}). 0 when the text has no such width, as text whose paragraphs each run on one
     * line has not.
     */
    static int wrapWidth(String[] written) {
        List<Integer> lengths = new ArrayList<>();
        for (String w : written) {
            String s = w.strip();
            if (!s.isEmpty() && "#|><".indexOf(s.charAt(0)) < 0 && s.contains(" ")) {
                lengths.add(w.stripTrailing().length());
            }
        }
        lengths.sort(java.util.Comparator.reverseOrder());
        int longer = Math.max(2, lengths.size() / 50);
        for (int k = 0; k < lengths.size() && k <= longer; k++) {
            int x = lengths.get(k);
            long near = lengths.stream().filter(y -> y > x - 10 && y <= x).count();
            if (near >= AT_WIDTH) {
                return x >= MIN_WIDTH && countedOut(written, x) ? x : 0;
            }
        }
        return 0;
    }

    /**
     * Whether the text was wrapped by counting characters, as e-mail and text exports wrap it: of the lines near the
     * width that a line in lower case goes on from, at most one in ten would have held that line's first word. Text
     * taken from a PDF breaks where the letters' widths fill the line, often before a word a count of characters would
     * have fitted, so that a count says nothing of where its lines were cut.
     */
    private static boolean countedOut(String[] written, int width) {
        int fitted = 0;
        int cut = 0;
        for (int i = 0; i + 1 < written.length; i++) {
            String line = written[i].stripTrailing();
            String next = written[i + 1].strip();
            if (line.length() < width - 20 || line.strip().indexOf(' ') < 0 || next.isEmpty()
                    || !Character.isLowerCase(next.codePointAt(0))) {
                continue;
            }
            if (line.length() + 1 + next.split("\\s", 2)[0].length() > width) {
                cut++;
            } else {
                fitted++;
            }
        }
        return fitted * 10 <= fitted + cut;
    }

    /** The narrowest width text is wrapped at: e-mail sets 72 columns or more, a narrow column some 60. */
    private static final int MIN_WIDTH = 60;

    /**
     * Reads the fenced blocks ("```" ... "```"). A block with a program's language, or whose lines are code, is code:
     * its lines go into {@code code}, to be kept as written. A block without a language whose lines are plain text
     * (prose, an outline, a list) is part of the minutes, as converters fence the text they extract from a PDF: its
     * fences become blank lines. When such blocks hold most of the document, the lines outside them (the converter's
     * page headings, pictures and notes) go into {@code furniture}; the document's first line, its title, stays.
     */
    private static void fences(String[] raw, int start, java.util.Set<Integer> code, java.util.Set<Integer> furniture,
                               java.util.Set<Integer> fenceMarks) {
        java.util.Set<Integer> prose = new java.util.HashSet<>();
        List<Integer> marks = new ArrayList<>();
        for (int i = start; i < raw.length; i++) {
            Matcher raws = RAW_FENCE.matcher(raw[i]);
            if (raws.matches()) {
                // "```{=html}" ... "```": a converter's markup passed through (a wiki's "<!-- -->" between two lists). Its
                // fences are markup, no reader sees them; its lines are read as the markup they are, never kept as code.
                int close = i + 1;
                while (close < raw.length && !(FENCE.matcher(raw[close]).matches()
                        && strip(raw[close]).equals(raws.group(1)))) {
                    close++;
                }
                if (close < raw.length) {
                    raw[i] = "";
                    raw[close] = "";
                    i = close;
                }
                continue;
            }
            Matcher open = FENCE.matcher(raw[i]);
            if (!open.matches()) {
                continue;
            }
            int close = i + 1;
            while (close < raw.length && !(FENCE.matcher(raw[close]).matches() && FENCE.matcher(raw[close]).replaceFirst("$2").isEmpty()
                    && strip(raw[close]).startsWith(open.group(1).substring(0, 3)) && strip(raw[close]).length() >= open.group(1).length())) {
                close++;
            }
            if (close >= raw.length) {
                break; // an unclosed fence: not a block
            }
            int lines = 0;
            int codeShaped = 0;
            for (int j = i + 1; j < close; j++) {
                if (!isBlank(raw[j])) {
                    lines++;
                    codeShaped += CODE_LINE.matcher(raw[j]).find() ? 1 : 0;
                }
            }
            boolean plain = PLAIN_LANGUAGE.matcher(open.group(2)).matches() && lines > 0 && codeShaped * 4 < lines;
            for (int j = i + 1; j < close; j++) {
                (plain ? prose : code).add(j);
            }
            if (plain) {
                marks.add(i);
                marks.add(close);
            }
            i = close;
        }
        long textLines = 0;
        long proseLines = 0;
        int first = -1;
        for (int i = start; i < raw.length; i++) {
            if (!isBlank(raw[i]) && !marks.contains(i) && !RULE.matcher(raw[i]).matches()) {
                textLines++;
                proseLines += prose.contains(i) ? 1 : 0;
                first = first < 0 ? i : first;
            }
        }
        for (int m : marks) {
            fenceMarks.add(m);
        }
        List<Integer> outside = new ArrayList<>();
        for (int i = first + 1; i < raw.length; i++) {
            if (!isBlank(raw[i]) && !prose.contains(i) && !code.contains(i) && !marks.contains(i) && !RULE.matcher(raw[i]).matches()) {
                outside.add(i);
            }
        }
        // The converter's lines: headings, pictures, notes in italics or bold, "Pages: 3", nothing written in prose.
        boolean wrapper = outside.stream().allMatch(i -> MD_HEADING.matcher(raw[i]).matches() || IMAGE.matcher(strip(raw[i])).matches()
                || strip(raw[i]).matches("([*_]{1,2})[^*_].*\\1") || strip(raw[i]).matches("[\\p{L} ]{2,30}:\\s*\\S.{0,40}"));
        if (proseLines < 3 || !wrapper && proseLines * 3 < textLines * 2) {
            return;
        }
        furniture.addAll(outside);
    }

    /** A page's number as a converter heads the text it extracted from each page: "Page 2", "Page 3 of 5". */
    private static final Pattern PAGE_MARK = Pattern.compile("(?i)page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?");

    /**
     * The headings a converter sets where each page of a PDF began ("## Page 1" over the page's text, "## Page 2" further
     * down, or "Page 2" underlined), the text not fenced: marks of the converter's, a break in the text kept as
     * written, never headings of the minutes, so that the minutes are outlined by their own titles ("Item #1:
     * Introductions") as they are without them.
     */
    private static void pageMarks(String[] raw, int start, java.util.Set<Integer> furniture) {
        for (int i = start; i < raw.length; i++) {
            Matcher h = MD_HEADING.matcher(raw[i]);
            if (h.matches() && PAGE_MARK.matcher(h.group(2)).matches()) {
                furniture.add(i);
            }
        }
    }

    /**
     * The headings a site or a wiki sets over the minutes' own title ("# Minutes" over "## Board meeting, 3 May" when
     * there are later headings and every one is deeper than that one): plain lines above the title, so that the
     * minutes read the same whether the page shows its own title or not. Only headings that open the document one
     * over another, with nothing but blank lines between.
     */
    /** The parts a document's headings name (its agenda, its minutes, who attended), which are never its title. */
    private static final Pattern DOCUMENT_PART = Pattern.compile("(?i)^(?:agenda|minutes|notes|summary|attendance|attendees"
            + "|present|participants|action items|actions)[:.]?$");

    private static List<Line> pageTitles(List<Line> lines) {
        List<Integer> lead = new ArrayList<>();
        int i = 0;
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.HEADING && !lead.isEmpty() && DOCUMENT_PART.matcher(l.text().strip()).matches()) {
                break; // "## 2024-01-15" over "### Agenda": the agenda is a part of the minutes, not their title
            }
            if (l.kind() == Line.Kind.HEADING && (lead.isEmpty() || l.depth() > lines.get(lead.get(lead.size() - 1)).depth())) {
                lead.add(i);
            } else if (!l.isBlank() && l.kind() != Line.Kind.RULE) {
                // A heading's underline ("Minutes" over "=======") is its mark, as "#" is.
                break;
            }
        }
        if (lead.size() < 2) {
            return lines;
        }
        int title = lines.get(lead.get(lead.size() - 1)).depth();
        boolean sections = false;
        for (int j = i; j < lines.size(); j++) {
            if (lines.get(j).kind() == Line.Kind.HEADING && lines.get(j).depth() <= title) {
                return lines;
            }
            sections |= lines.get(j).kind() == Line.Kind.HEADING;
        }
        if (!sections) {
            // "# Committee, 2 May" over "## Licences" and nothing deeper: a title and its one section.
            return lines;
        }
        List<Line> out = new ArrayList<>(lines);
        for (int k = 0; k < lead.size() - 1; k++) {
            Line l = lines.get(lead.get(k));
            out.set(lead.get(k), new Line(l.number(), l.text(), Line.Kind.TEXT, 0, null, (char) 0, l.bold()));
        }
        return out;
    }

    /**
     * The list items' depths measured from the document's own margin, the indentation of its least indented item: a
     * list indented as a whole (three spaces, a tab, four spaces, as PDF extraction and e-mail leave it) is the same
     * list as one at the left edge.
     */
    private static List<Line> fromMargin(List<Line> lines) {
        int margin = lines.stream().filter(Line::isListItem).mapToInt(Line::depth).min().orElse(0);
        if (margin == 0) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(l.isListItem() ? new Line(l.number(), l.text(), l.kind(), l.depth() - margin, l.label(), l.close(),
                    l.bold(), l.indent()) : l);
        }
        return out;
    }

    /** A short label leading a line, bold or plain, commas allowed: "The Glebe, Monagea:", "Carrig Desmond:". */
    private static final Pattern ENTRY_LEAD = Pattern.compile("^\\p{Lu}[^:.;!?]{0,40}:(?:\\s|$)");
    /** A colon closing a line, as a lead-in closes: "as follows:", "as follows:-". */
    private static final Pattern LEAD_IN_END = Pattern.compile(":\\s*[-–—]?\\s*$");
    /** A sentence announcing a list: "as follows", "the following", "below" before its colon. */
    private static final Pattern ANNOUNCES = Pattern.compile("(?i)\\b(?:follows|following|below)\\s*:\\s*[-–—]?\\s*$");

    /**
     * Whether the line at {@code i}, led by a label, is an entry of a list that a lead-in announced: "The Engineer gave an
     * update as follows:-" over "The Glebe: Works complete.", "**Carrig Desmond:** Snag list agreed." and "**Arraview:**
     * Enforcement taken." (blank lines between them, as PDF text has). Walking back over the lines led by a label, and the
     * wrapped lines that go on with them (opening in lower case), the first other line is a sentence closed by a colon
     * (five words or more, or one that says "as follows", "the following", "below"). Such entries
     * are what the lead-in lists, read as the same entries in plain type are, never titles of items run in.
     */
    private static boolean listEntry(String[] raw, int start, int i) {
        for (int j = i - 1; j >= start; j--) {
            String t = unescape(clean(raw[j])).replace("**", "").replace("__", "").strip();
            if (t.isEmpty() || Character.isLowerCase(t.codePointAt(0))) {
                continue;
            }
            if (ENTRY_LEAD.matcher(t).find() && !LEAD_IN_END.matcher(t).find()) {
                continue;
            }
            // A sentence closed by a colon ("The Engineer gave an update as follows:-"), not a label standing alone
            // ("**Reports:**" over the bold titles of its items).
            return LEAD_IN_END.matcher(t).find() && (ANNOUNCES.matcher(t).find() || t.split("\\s+").length >= 5);
        }
        return false;
    }

    /** Whether a line is led by a label, bold or plain: "**Secretary:** Bo", "Secretary: Bo". */
    private static boolean labelled(String raw) {
        String t = unescape(clean(raw)).replace("**", "").replace("__", "");
        return LABEL_LEAD.matcher(t).find();
    }

    /** Markdown's block quote marks ("> The council agreed ..."), and e-mail's, which are no part of the text. */
    private static void unquote(String[] raw, int start) {
        for (int i = start; i < raw.length; i++) {
            Matcher m = QUOTE.matcher(raw[i]);
            if (m.find()) {
                raw[i] = m.group(1) + raw[i].substring(m.end());
            }
        }
    }

    /**
     * A title underlined with "===" or "---" (Markdown's setext headings, as converters and typists write them) is a
     * heading: "Business" over "--------". Only a short line standing alone above its underline, so that a paragraph
     * over a rule stays a paragraph.
     */
    private static void setextHeadings(String[] raw, int start) {
        for (int i = start; i + 1 < raw.length; i++) {
            Matcher u = SETEXT.matcher(raw[i + 1]);
            String t = clean(raw[i]);
            // A title closed by a stop is a heading when its underline is cut to its length ("A.O.B." over "======"), as
            // converters and typists write one; a sentence over a rule of its own width stays a sentence.
            boolean fitted = u.matches() && Math.abs(strip(raw[i + 1]).length() - t.length()) <= 1;
            if (!u.matches() || t.isEmpty() || t.length() > (fitted ? 200 : 100) || t.split("\\s+").length > (fitted ? 30 : 12)
                    || t.endsWith(".") && !fitted
                    || i > start && !isBlank(raw[i - 1]) && !underlined(raw, start, i - 1)
                    || raw[i].startsWith("    ") || raw[i].startsWith("\t")
                    || PLAIN_TITLE_START.matcher(t).find()) {
                continue;
            }
            raw[i] = (u.group(1).charAt(0) == '=' ? "# " : "## ") + t;
            i++;
        }
    }

    /** Whether the line at {@code i} is the underline of a heading just read: a heading ends at its underline. */
    private static boolean underlined(String[] raw, int start, int i) {
        return i > start && SETEXT.matcher(raw[i]).matches() && UPPER_HEADING.matcher(raw[i - 1]).matches();
    }

    /** A heading of the first two levels, as a converter writes a setext heading: "## Title". */
    private static final Pattern UPPER_HEADING = Pattern.compile("^#{1,2}[ \\t]+(?<title>\\S.*?)\\s*$");
    /** A page's number standing alone on its line, as PDF text keeps it where a page broke. */
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");
    /** An abbreviation in capitals closing a title ("A.O.B."), whose full stop is no sentence's end ("a.m." is). */
    private static final Pattern CLOSING_ABBREVIATION = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");

    /**
     * A page's last line taken for a heading. PDF text whose pages are parted by a rule over the page's number ("---"
     * over "2") has the rule right under the page's last line wherever no blank line was left; Markdown reads that line
     * as a setext heading, and a converter writes it back with heading marks: "## presented, and did not support the
     * proposal." over "3", "# Meeting would take place on Wednesday, 3rd September, 2014 at 10.00 a.m." over "2". A
     * heading of the first two levels standing right over a number alone, that ends a sentence (a full stop, not a
     * capitals' abbreviation's as in "A.O.B.") or goes on with one (it opens in lower case), is that page's last line: its marks go.
     * A title over a number ("## Attendance" over "12") stays a heading.
     */
    private static void pageEndHeadings(String[] raw, int start) {
        for (int i = start; i + 1 < raw.length; i++) {
            Matcher h = UPPER_HEADING.matcher(raw[i]);
            if (!h.matches() || !LONE_NUMBER.matcher(raw[i + 1]).matches()) {
                continue;
            }
            String title = h.group("title");
            boolean stop = title.endsWith(".") && !CLOSING_ABBREVIATION.matcher(title).find();
            if (stop || Character.isLowerCase(title.codePointAt(0))) {
                raw[i] = title;
            }
        }
    }

    /**
     * Markdown headings whose hashes run into the title ("##New website", "###Outreach"), as the first Markdown
     * processors read them and typists still write them, where two lines of the minutes are written so: the space is
     * put in. A tag or an issue number is no heading: a single hash before a word in lower case ("#poplus") or before
     * one word with capitals inside it ("#OpenData"), a hash before a figure ("#70"), a line of more than twelve words
     * or one closed by a stop.
     */
    private static void unspacedHeadings(String[] raw, int start) {
        List<Integer> found = new ArrayList<>();
        for (int i = start; i < raw.length; i++) {
            Matcher m = UNSPACED_HEADING.matcher(clean(raw[i]));
            if (!m.matches()) {
                continue;
            }
            String title = m.group("title");
            boolean tag = m.group(1).length() == 1 && (Character.isLowerCase(title.charAt(0))
                    || !title.contains(" ") && title.codePoints().skip(1).anyMatch(Character::isUpperCase));
            if (!tag && title.split("\\s+").length <= 12 && !title.endsWith(".")) {
                found.add(i);
            }
        }
        if (found.size() >= 2) {
            for (int i : found) {
                Matcher m = UNSPACED_HEADING.matcher(clean(raw[i]));
                m.matches();
                raw[i] = m.group(1) + " " + m.group("title");
            }
        }
    }

    /**
     * Headings in a wiki's markup, written as Markdown's: "= Crew =" and "=== Updates ===" (MediaWiki, one mark a
     * level), "====== Crew ======" (DokuWiki, whose first heading has the most marks, six or five, and fewer marks go
     * deeper), and the marks that open a heading alone ("== Updates", "h2. Updates", "!! Updates") where two lines of
     * the minutes use the same kind. A line of marks alone is a rule, never a heading, and a Markdown picture
     * ("![](plan.png)") is no "!" heading.
     */
    private static void wikiHeadings(String[] raw, int start) {
        List<Integer> closed = new ArrayList<>();
        Map<String, List<Integer>> open = new LinkedHashMap<>();
        for (int i = start; i < raw.length; i++) {
            String t = clean(raw[i]);
            Matcher c = WIKI_CLOSED.matcher(t);
            if (c.matches() && c.group(2).codePoints().anyMatch(Character::isLetter)) {
                closed.add(i);
                continue;
            }
            Matcher o = WIKI_OPEN.matcher(t.strip());
            if (!raw[i].startsWith(" ") && o.matches() && o.group("title").codePoints().anyMatch(Character::isLetter)) {
                String kind = o.group("eq") != null ? "=" : o.group("h") != null ? "h" : "!";
                open.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
            }
        }
        if (!closed.isEmpty()) {
            int first = marks(raw[closed.get(0)]);
            int most = closed.stream().mapToInt(i -> marks(raw[i])).max().orElse(0);
            boolean doku = first >= 5 && first == most;
            for (int i : closed) {
                Matcher c = WIKI_CLOSED.matcher(clean(raw[i]));
                if (c.matches()) {
                    int level = doku ? Math.max(1, 7 - c.group(1).length()) : c.group(1).length();
                    raw[i] = "#".repeat(level) + " " + c.group(2);
                }
            }
        }
        open.values().stream().filter(l -> l.size() >= 2).flatMap(List::stream).forEach(i -> {
            Matcher o = WIKI_OPEN.matcher(clean(raw[i]).strip());
            if (o.matches()) {
                int level = o.group("eq") != null ? o.group("eq").length() : o.group("h") != null
                        ? Integer.parseInt(o.group("h")) : o.group("bang").length();
                raw[i] = "#".repeat(level) + " " + o.group("title");
            }
        });
    }

    private static int marks(String line) {
        Matcher c = WIKI_CLOSED.matcher(clean(line));
        return c.matches() ? c.group(1).length() : 0;
    }

    /**
     * The lines numbered with running minute numbers ("2709. Police Report", "2710. Public Forum"): three or more
     * lines whose numbers of three to five figures go up a few at a time, as a council numbers every minute it takes.
     * A year or an amount at the head of a line is not one of a rising run.
     */
    private static java.util.Set<Integer> minuteNumbers(String[] raw, int start) {
        java.util.Set<Integer> run = new java.util.HashSet<>();
        long last = -1;
        for (int i = start; i < raw.length; i++) {
            Matcher m = MINUTE_NUMBER.matcher(visibleText(clean(raw[i])));
            if (!m.find()) {
                continue;
            }
            long n = Long.parseLong(m.group(1));
            if (last < 0 || n > last && n - last <= 3) {
                run.add(i);
                last = n;
            } else if (run.size() < 3) {
                // Not a run: start again from this line.
                run.clear();
                run.add(i);
                last = n;
            }
        }
        return run.size() >= 3 ? run : java.util.Set.of();
    }

    /**
     * The lines whose items are numbered without a stop after the number ("1 Attendance: ..." over "2 Apologies: ..."
     * over "3 Quoracy: ..."): three or more lines opened by a bare number and a capital, counting up one by one from 1,
     * whatever stands between them. A number leading a line now and then ("4 Boltwood Avenue", "1 Member of the public
     * attended") is no such run.
     */
    private static java.util.Set<Integer> bareNumbers(String[] raw, int start) {
        List<Integer> run = new ArrayList<>();
        List<Integer> best = List.of();
        for (int i = start; i < raw.length; i++) {
            Matcher m = BARE_NUMBER.matcher(visibleText(clean(raw[i])));
            if (!m.matches()) {
                continue;
            }
            int n = Integer.parseInt(m.group(2));
            if (n == run.size() + 1) {
                run.add(i);
            } else if (n == 1) {
                run = new ArrayList<>(List.of(i));
            }
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
        }
        return best.size() >= 3 ? new java.util.HashSet<>(best) : java.util.Set.of();
    }

    /** A line opened by a bare item number of a run of them: numbered, as "4." would be, the space after it its close. */
    private static Line bareNumbered(int number, String written, int indent) {
        Line plain = classify(number, written, indent);
        Matcher m = BARE_NUMBER.matcher(plain.text());
        if (plain.kind() != Line.Kind.TEXT || !m.matches()) {
            return plain;
        }
        return new Line(number, strip(m.group(3)), Line.Kind.NUMBERED, indent, m.group(2), ' ', plain.bold());
    }

    /** A line opened by a running minute number: numbered, as "14." would be, whatever its width. */
    private static Line minute(int number, String written, int indent) {
        Line plain = classify(number, written, indent);
        Matcher m = Pattern.compile("^(\\d{3,5})([.)])\\s+(\\S.*)$").matcher(plain.text());
        if (plain.kind() != Line.Kind.TEXT || !m.matches()) {
            return plain;
        }
        return new Line(number, m.group(3), Line.Kind.NUMBERED, indent, m.group(1), m.group(2).charAt(0), plain.bold());
    }

    /**
     * An HTML page's list items whose text stands on the lines after the item's tag ("<li>" alone, the text below), as
     * lines of a list: the item's first line of text is written as the item, with its number when the list is ordered,
     * and a lone item of an ordered list opened lines before keeps its number ("<ol>" ... "<li>Budget</li>" is "2.").
     * Only in a page whose lines are HTML blocks.
     */
    private static void htmlListItems(String[] raw, int start) {
        long blocks = java.util.Arrays.stream(raw, start, raw.length).filter(r -> HTML_PAGE_BLOCK.matcher(clean(r)).find()).count();
        if (blocks < 3) {
            return;
        }
        java.util.Deque<int[]> lists = new java.util.ArrayDeque<>();
        int pending = -1;
        String pendingTag = null;
        for (int i = start; i < raw.length; i++) {
            String t = clean(raw[i]);
            String visible = visibleText(t);
            if (pending >= 0 && !visible.isEmpty() && !HTML_PAGE_BLOCK.matcher(t).find()) {
                raw[i] = pendingTag + t;
                pending = -1;
                continue;
            }
            Matcher tag = HTML_LIST_TAG.matcher(t);
            int items = 0;
            String itemTag = null;
            int lastItemEnd = -1;
            while (tag.find()) {
                String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!tag.group(1).isEmpty()) {
                    if (!name.equals("li") && !lists.isEmpty()) {
                        lists.pop();
                    }
                } else if (name.equals("li")) {
                    items++;
                    int[] list = lists.peek();
                    // The item's depth is its list's nesting, not how far the page's code is indented.
                    itemTag = "  ".repeat(Math.max(0, lists.size() - 1))
                            + (list == null || list[0] < 0 ? "<li>" : "<ol start=\"" + (++list[0]) + "\"><li>");
                    lastItemEnd = tag.end();
                } else {
                    Matcher st = HTML_START.matcher(tag.group(3));
                    lists.push(new int[] {name.equals("ol") ? (st.find() ? Integer.parseInt(st.group(1)) - 1 : 0) : -1});
                }
            }
            if (items == 1 && visibleText(t.substring(lastItemEnd)).isEmpty()) {
                pending = i;
                pendingTag = itemTag;
            } else if (items == 1 && ITEM_FIRST.matcher(t).find()) {
                raw[i] = itemTag + t.substring(t.indexOf('>') + 1);
                pending = -1;
            } else if (!visible.isEmpty()) {
                pending = -1;
            }
        }
    }

    /** A table's row opened on a line: "<tr>", "<TR VALIGN=BOTTOM>", "<tbody><tr class="odd">". */
    private static final Pattern ROW_OPEN = Pattern.compile("(?i)^(?:<(?:table|tbody|thead)\\b[^<>]*>\\s*)*<tr\\b");
    private static final Pattern ROW_CLOSE = Pattern.compile("(?i)</tr\\s*>");
    private static final Pattern ROW_OR_TABLE = Pattern.compile("(?i)<tr\\b|</?table\\b");
    /** The most lines one row of a table is written over: a cell a line, its paragraph and its closing tag each. */
    private static final int ROW_LINES = 60;

    /**
     * An HTML table whose rows are written over several lines ("<TR>" over "<TD>" over "<P>Y</P>" over "</TD>" ...), as
     * word processors and page editors save a table: each row is joined on its first line, as a table written on one
     * line is read, its cells the row's cells, and the index of its last line is put in {@code joined} by its first's. A row
     * not closed within a few dozen lines, another row opened before it closes, and a row among the lines of {@code code}
     * (a program's, a server page's code that writes it out) are left as written. Returns each
     * joined row's lines with words as written, one after the other, by the index of its first line.
     */
    private static Map<Integer, String> htmlTableRows(String[] raw, int start, java.util.Set<Integer> code,
            Map<Integer, Integer> joined) {
        Map<Integer, String> rows = new LinkedHashMap<>();
        for (int i = start; i < raw.length; i++) {
            String t = clean(raw[i]).strip();
            if (!ROW_OPEN.matcher(t).find() || ROW_CLOSE.matcher(t).find()) {
                continue;
            }
            int end = -1;
            for (int k = i + 1; k < raw.length && k <= i + ROW_LINES && end < 0; k++) {
                String next = clean(raw[k]);
                if (ROW_CLOSE.matcher(next).find()) {
                    end = k;
                } else if (ROW_OR_TABLE.matcher(next).find()) {
                    break;
                }
            }
            final int first = i;
            final int last = end;
            if (end < 0 || code.stream().anyMatch(k -> k >= first && k <= last)) {
                continue;
            }
            StringBuilder row = new StringBuilder();
            StringBuilder worded = new StringBuilder();
            for (int k = i; k <= end; k++) {
                row.append(' ').append(clean(raw[k]).strip());
                if (!visibleText(clean(raw[k])).isEmpty()) {
                    worded.append(' ').append(clean(raw[k]).strip());
                }
                raw[k] = "";
            }
            joined.put(i, end);
            String text = row.toString().strip();
            rows.put(i, strip(worded.toString().replaceAll("\\s+", " ")));
            int close = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</tr");
            int rowStart = text.toLowerCase(java.util.Locale.ROOT).indexOf("<tr");
            raw[i] = "<table>" + text.substring(rowStart, text.indexOf('>', close) + 1) + "</table>";
            i = end;
        }
        return rows;
    }

    /** A line opened by a line break and its text: "<br>Ann Lee", "<br />The balance is ...". */
    private static final Pattern BREAK_FIRST = Pattern.compile("(?i)^<br\\s*/?>");

    /** A document type left open on its line: "<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"" over its address. */
    private static final Pattern OPEN_DOCTYPE = Pattern.compile("(?i)^\\s*<!doctype\\b[^<>]*$");
    /** A style sheet or a script opened on a line: "<STYLE TYPE="text/css">", "<script>". */
    private static final Pattern CODE_OPEN = Pattern.compile("(?i)<(style|script)\\b[^<>]*>");
    /** A server page's code opened on a line and left open: "<?php require_once('nav.php');" (closed by "?>" below). */
    private static final Pattern SERVER_OPEN = Pattern.compile("(?i)^<\\?(?:php\\b|=)(?!.*\\?>)");
    /**
     * The page a server's code writes out, opened at the end of a line of its code: "$html = <<<EOHTML" (a here
     * document, PHP's), closed by its name alone on a line ("EOHTML;").
     */
    private static final Pattern HERE_OPEN = Pattern.compile("<<<\\s*['\"]?(\\w+)['\"]?\\s*$");

    /**
     * The lines of a page's markup that hold no text of the minutes, written over several lines: the document type
     * left open on its first line ("<!DOCTYPE HTML PUBLIC ..." over ""http://www.w3.org/TR/...dtd">") and a style
     * sheet or a script ("<STYLE TYPE="text/css">" over "body { margin-left: 8% }" over "</STYLE>"), and a server page's
     * code ("<?php include('nav.php');" over "$title = 'Minutes';" over "?>"), by the index of their first line to that
     * of their last. Only a style sheet, script or server code that opens its line, and is closed. The page such code
     * writes out between the lines of its here document ("$html = <<<EOHTML" ... "EOHTML;") is the page, read as HTML.
     */
    private static Map<Integer, Integer> pageCode(String[] raw, int start) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i = start; i < raw.length; i++) {
            String t = clean(raw[i]).strip();
            int end = -1;
            if (OPEN_DOCTYPE.matcher(t).matches()) {
                for (int k = i + 1; k < raw.length && k <= i + 3 && end < 0; k++) {
                    end = raw[k].contains(">") ? k : -1;
                }
            } else if (SERVER_OPEN.matcher(t).find()) {
                end = serverCodeEnd(raw, i, out);
            } else {
                Matcher open = CODE_OPEN.matcher(t);
                if (open.lookingAt() && !t.toLowerCase(java.util.Locale.ROOT).contains("</" + open.group(1).toLowerCase(
                        java.util.Locale.ROOT))) {
                    Pattern close = Pattern.compile("(?i)</" + open.group(1) + "\\s*>");
                    for (int k = i + 1; k < raw.length && end < 0; k++) {
                        end = close.matcher(raw[k]).find() ? k : -1;
                    }
                }
            }
            if (end > i) {
                out.put(i, end);
                i = end;
            }
        }
        return out;
    }

    /**
     * The index of the last line of a server page's code opened at {@code from}: the line that closes it ("?>"), or the
     * line that opens a here document, the page the code writes out; after that page, from its closing name to "?>",
     * the code goes on, and that stretch is added to {@code out}. -1 when the code is never closed.
     */
    private static int serverCodeEnd(String[] raw, int from, Map<Integer, Integer> out) {
        for (int k = from; k < raw.length; k++) {
            if (k > from && raw[k].contains("?>")) {
                return k;
            }
            Matcher here = HERE_OPEN.matcher(raw[k]);
            if (!here.find()) {
                continue;
            }
            Pattern close = Pattern.compile("^\\s*" + here.group(1) + "\\s*;?\\s*$");
            for (int j = k + 1; j < raw.length; j++) {
                if (close.matcher(raw[j]).matches()) {
                    for (int c = j; c < raw.length; c++) {
                        if (raw[c].contains("?>")) {
                            out.put(j, c);
                            break;
                        }
                    }
                    break;
                }
            }
            return k;
        }
        return -1;
    }

    /** A definition list's term alone on its line, or with its description after it: "<dl><dt>Archives</dt>". */
    private static final Pattern TERM_LINE = Pattern.compile("(?i)^(\\s*(?:<dl\\b[^>]*>\\s*)?)<dt\\b[^>]*>(.*?)</dt\\s*>\\s*(.*)$");
    private static final Pattern DESCRIPTION_FIRST = Pattern.compile("(?i)^<dd\\b");

    /**
     * The terms of an HTML definition list over paragraphs, as old pages set the reports under a heading: "<h3>COMMITTEE
     * REPORTS</h3>", "<dl><dt>Archives &#151; Ann Lee</dt>" over "<dd>No report.</dd>", "<dt>Membership</dt><dd>We have
     * three new members. Dues are ..." — each term is a section's title one level below the heading above it, its
     * description the section's text. A term is a title only when its description starts on the next line or is a
     * paragraph (two sentences, or runs on past its line): "<dt>Present</dt><dd>Ann, Bo</dd>" is a label and its value.
     */
    private static void htmlDefinitionTerms(String[] raw, int start) {
        if (!htmlPage(raw, start)) {
            return;
        }
        int depth = 1;
        for (int i = start; i < raw.length; i++) {
            String t = clean(raw[i]);
            Matcher h = HTML_HEADING.matcher(t.strip());
            if (h.find()) {
                depth = Integer.parseInt(h.group(1));
                continue;
            }
            Matcher term = TERM_LINE.matcher(t);
            if (!term.matches()) {
                continue;
            }
            String title = visibleText(term.group(2));
            String rest = term.group(3).strip();
            if (title.isEmpty() || title.endsWith(":") || title.split("\\s+").length > 12) {
                continue;
            }
            int next = i + 1;
            while (next < raw.length && isBlank(raw[next])) {
                next++;
            }
            boolean below = rest.isEmpty() && next < raw.length && DESCRIPTION_FIRST.matcher(clean(raw[next]).strip()).find()
                    && oneDescription(raw, next);
            String said = visibleText(rest);
            boolean paragraph = DESCRIPTION_FIRST.matcher(rest).find() && !said.isEmpty()
                    && (!rest.toLowerCase(java.util.Locale.ROOT).contains("</dd") || SENTENCE_INSIDE.matcher(said).find());
            if (below || paragraph) {
                int level = Math.min(6, depth + 1);
                raw[i] = "<h" + level + ">" + term.group(2) + "</h" + level + ">" + (paragraph ? "<p>" + rest : "");
            }
        }
    }

    /**
     * Whether the description opened on line {@code first} is its term's only one: a record's fields each in a
     * description of their own ("<dt>E/1234</dt>" over "<dd>Garage</dd>", "<dd>Mill Lane</dd>") are no section's text.
     */
    private static boolean oneDescription(String[] raw, int first) {
        int k = first;
        while (k < raw.length && !raw[k].toLowerCase(java.util.Locale.ROOT).contains("</dd")
                && !(k > first && TERM_LINE.matcher(clean(raw[k])).matches())) {
            k++;
        }
        if (k < raw.length && k > first && TERM_LINE.matcher(clean(raw[k])).matches()) {
            // "<dd>The survey is not sent." left open, the next term under it: one description.
            return true;
        }
        k++;
        while (k < raw.length && isBlank(raw[k])) {
            k++;
        }
        return k >= raw.length || !DESCRIPTION_FIRST.matcher(clean(raw[k]).strip()).find();
    }

    /** Whether the lines are an HTML page's: three or more of them open with a block's tag. */
    private static boolean htmlPage(String[] raw, int start) {
        return java.util.Arrays.stream(raw, start, raw.length).filter(r -> HTML_PAGE_BLOCK.matcher(clean(r)).find()).count() >= 3;
    }

    /**
     * Whether the blank lines from {@code i} on are followed by a line opened by a line break and its text, after a line
     * of text whose block it goes on with (not closed by "</p>", "<br>" or the like).
     */
    private static boolean lineBreakFollows(String[] raw, int i) {
        int next = i;
        while (next < raw.length && isBlank(raw[next])) {
            next++;
        }
        int before = i;
        while (before >= 0 && isBlank(raw[before])) {
            before--;
        }
        if (next >= raw.length || before < 0) {
            return false;
        }
        String after = clean(raw[next]);
        String above = clean(raw[before]);
        return BREAK_FIRST.matcher(after).find() && !visibleText(after).isEmpty() && !visibleText(above).isEmpty()
                && !BLOCK_END.matcher(above).find();
    }

    /** A line's text without its markup and entities. */
    private static String visibleText(String t) {
        return strip(entities(HTML_COMMENT.matcher(KNOWN_TAG.matcher(t).replaceAll(" ")).replaceAll(" ")));
    }

    /**
     * The lines with the pieces of one source line (an HTML table's rows, a numbered title in bold and the minute
     * after it) joined again, one line a source line: what the source says line by line.
     */
    static List<Line> whole(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        java.util.Set<Integer> pieces = new java.util.HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).number() == lines.get(i - 1).number()) {
                pieces.add(lines.get(i).number());
            }
        }
        for (Line line : lines) {
            // An HTML table's row keeps its cells' paragraphs apart with marks ("Agreed.<br>Ann to write."), no text of
            // the source line its rows are joined into again.
            Line l = line.kind() != Line.Kind.TABLE || !pieces.contains(line.number()) ? line : new Line(line.number(),
                    Line.CELL_PARAGRAPHS.matcher(line.text()).replaceAll(" "), line.kind(), line.depth(), line.label(),
                    line.close(), line.bold(), line.indent(), line.last());
            Line last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.number() == l.number()) {
                String text = last.isBlank() ? l.text() : l.isBlank() ? last.text() : last.text() + " " + l.text();
                out.set(out.size() - 1, text.isEmpty() ? last
                        : new Line(l.number(), text, Line.Kind.TEXT, 0, null, (char) 0, false, 0, Math.max(last.last(), l.last())));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * A title in bold with its colon, leading the minute written on after it, in Markdown or HTML: "**Treasurer**: the
     * balance is ...", "<b>Parks:</b> No report.", "<span style="font-weight: bold;">Traffic</span>: No report". The
     * title in bold, and the rest; null for any other line, and for a field of the header or a step of a motion or task.
     */
    static String[] boldLabelLead(String line) {
        String shown = html(line);
        Matcher m = BOLD_LABEL.matcher(shown);
        if (!m.matches() || m.group("in").isEmpty() && m.group("out").isEmpty()) {
            return null;
        }
        String title = strip(m.group("title"));
        if (title.split("\\s+").length > 8 || title.endsWith(".") || FIELD_LABEL.matcher(title).matches()
                || AttendanceParser.heading(title) != null) {
            return null;
        }
        return new String[] {"**" + title + "**", strip(m.group("rest"))};
    }

    /**
     * A numbered title in bold leading the minute written on after it: "**1) Budget** - the treasurer reported ...",
     * "**2. Website:** Ann has ...". The title with its number, and the rest; null for any other line.
     */
    static String[] boldNumberedLead(String line) {
        Matcher m = BOLD_LEAD.matcher(unescape(line));
        if (!m.matches() || m.group(2).contains("**") || m.group(2).contains("__")) {
            return null;
        }
        String title = strip(m.group(2));
        return title.isEmpty() || m.group(3).isBlank() ? null
                : new String[] {"**" + m.group(1) + " " + title + "**", strip(m.group(3))};
    }

    /**
     * The pieces of a line that holds HTML blocks a converter left on one line: the rows of a table as Markdown
     * rows ("| Payee | Net |"; a table of one column is only a frame, and its cells' blocks are pieces), list items
     * with their numbers ("<ol start="4"><li>" as "4." and the next item as "5."), paragraphs and line breaks. A line
     * with one block and no table, or not starting with its markup, is one piece.
     */
    static List<String> htmlPieces(String written) {
        if (!written.startsWith("<")) {
            // Markup inside a Markdown table's cells ("| Budget | <p>- ...</p> |") is the cell's, read with its row.
            return List.of(written);
        }
        // "<li><p>Ann Lee</p></li>": a loose list's item, its text in a paragraph of its own, as Markdown converters write
        // the items of a list spaced out with blank lines; the paragraph is the item's text, no paragraph after it.
        String line = LOOSE_ITEM.matcher(written).replaceAll("$1");
        Matcher blocks = HTML_BREAK.matcher(line);
        int count = 0;
        while (blocks.find()) {
            count++;
        }
        if (count < 2 && !HTML_TABLE.matcher(line).find()) {
            return List.of(line);
        }
        StringBuilder sb = new StringBuilder();
        Matcher table = HTML_TABLE.matcher(line);
        while (table.find()) {
            table.appendReplacement(sb, Matcher.quoteReplacement(tableRows(table.group(1))));
        }
        table.appendTail(sb);
        // Each list item on a line of its own, an ordered one with its number.
        Matcher tag = HTML_LIST_TAG.matcher(sb.toString());
        StringBuilder listed = new StringBuilder();
        java.util.Deque<int[]> lists = new java.util.ArrayDeque<>();
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            String replacement;
            if (!tag.group(1).isEmpty()) {
                if (!name.equals("li") && !lists.isEmpty()) {
                    lists.pop();
                }
                replacement = "\n";
            } else if (name.equals("li")) {
                int[] list = lists.peek();
                replacement = list == null || list[0] < 0 ? "\n<li>" : "\n<ol start=\"" + (++list[0]) + "\"><li>";
            } else {
                Matcher st = HTML_START.matcher(tag.group(3));
                lists.push(new int[] {name.equals("ol") ? (st.find() ? Integer.parseInt(st.group(1)) - 1 : 0) : -1});
                replacement = "\n";
            }
            tag.appendReplacement(listed, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(listed);
        String split = HTML_PARAGRAPH.matcher(listed.toString()).replaceAll(r -> r.group().regionMatches(true, 0, "<br", 0, 3)
                ? "\n" : Matcher.quoteReplacement("\n" + r.group()));
        List<String> out = new ArrayList<>();
        for (String piece : split.split("\n")) {
            String p = strip(piece).replace(CELL_BREAK, "<br>");
            String visible = HTML_TAG.matcher(p).replaceAll("").replace("&nbsp;", " ");
            if (!isBlank(visible)) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of("") : out;
    }

    /** A list item opened by a paragraph: "<li><p>", "<li class="task"> <p>". */
    private static final Pattern LOOSE_ITEM = Pattern.compile("(?i)(<li\\b[^<>]*>)\\s*<p\\b[^<>]*>");

    /** A table's rows as Markdown rows, or, for a table of one column, its cells' contents one after the other. */
    private static String tableRows(String body) {
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = HTML_ROW.matcher(body);
        int columns = 0;
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = HTML_CELL.matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1));
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        StringBuilder sb = new StringBuilder("\n");
        for (List<String> cells : rows) {
            if (columns < 2) {
                cells.forEach(c -> sb.append(c).append('\n'));
                continue;
            }
            List<String> plain = cells.stream().map(c -> cellText(c).replace("|", "/")).toList();
            if (plain.stream().anyMatch(c -> !c.isEmpty())) {
                sb.append("| ").append(String.join(" | ", plain)).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** Where a block starts or ends inside a table's cell: a paragraph, a division, a list or its item, a line break. */
    /** A cell's paragraph break while the line's own blocks are split, "<br>" once they are. */
    private static final String CELL_BREAK = "\u0001";
    private static final Pattern CELL_BLOCK = Pattern.compile("(?i)</?(?:p|div|ol|ul|li)\\b[^>]*>|<br\\s*/?>");

    /**
     * A cell's text, its markup gone. A cell of several paragraphs ("<td><p>Agenda approved.</p><p>Minutes to be
     * approved later.</p></td>", "Ann<br>Bo") keeps them apart, as a converter's Markdown cell does ("<p>...</p><p>...</p>"):
     * its paragraphs marked "<br>" between them.
     */
    private static String cellText(String cell) {
        List<String> blocks = new ArrayList<>();
        for (String block : CELL_BLOCK.split(cell)) {
            String t = strip(entities(HTML_TAG.matcher(block).replaceAll(" ")).replaceAll("\\s+", " "));
            if (!t.isEmpty()) {
                blocks.add(t);
            }
        }
        return String.join(CELL_BREAK, blocks);
    }

    /** The text with HTML's character references decoded: "Mama&#39;s", "&amp;", "&ndash;", "&#x2019;". */
    static String entities(String t) {
        if (t.indexOf('&') < 0) {
            return t;
        }
        Matcher m = ENTITY.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = NAMED_ENTITIES.get(name);
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                // "&#151;" is Windows-1252's em dash, as browsers read it; a reference to a character no document can
                // hold ("&#1;") stays as written.
                code = code >= 0x80 && code <= 0x9F ? TextDecoder.windows1252(code) : code;
                value = code == 0xA0 ? " " : Characters.accepted(code) && code >= 0x20 && code != 0xFFFD
                        ? Character.toString(code) : null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int frontMatterEnd(String[] raw, Map<String, String> front) {
        int first = 0;
        while (first < raw.length && isBlank(raw[first])) {
            first++;
        }
        if (first >= raw.length) {
            return 0;
        }
        if (!raw[first].strip().equals("---") && !raw[first].strip().equals("+++")) {
            return bareMetadataEnd(raw, first, front);
        }
        // YAML front matter between "---" fences (Jekyll), TOML between "+++" fences (Hugo, Zola).
        boolean toml = raw[first].strip().equals("+++");
        Pattern field = toml ? TOML_FIELD : YAML_FIELD;
        boolean nested = false;
        for (int i = first + 1; i < raw.length && i < first + 200; i++) {
            String line = raw[i].strip();
            if (toml ? line.equals("+++") : line.equals("---") || line.equals("...")) {
                return i + 1;
            }
            // A TOML table ("[extra]") holds the site's own settings, not the page's title or date.
            nested |= toml && line.startsWith("[");
            Matcher m = field.matcher(raw[i]);
            if (m.matches() && !m.group(2).isBlank() && !nested) {
                front.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT),
                        m.group(2).strip().replaceAll("^['\"]|['\"]$", ""));
            }
        }
        front.clear();
        return 0;
    }

    /**
     * The end of a page's metadata written without fences at the top of the file, as Pelican and Nikola keep it
     * ("Title: ...", "Date: 2010-12-03 10:20", "slug: ...", "save_as: ..." down to the first blank line): 0 when the
     * first lines are not such a block. A block counts only when it has a title or a date and a field that only a
     * site's page has (a slug, tags, the file it is saved as), so that a minutes' own header ("Date:", "Time:",
     * "Location:") is never taken for one. Its date is when the page was posted; the meeting's date is in the text.
     */
    private static int bareMetadataEnd(String[] raw, int first, Map<String, String> front) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = first;
        for (; i < raw.length && !isBlank(raw[i]); i++) {
            Matcher m = YAML_FIELD.matcher(raw[i].strip());
            if (!m.matches()) {
                return 0;
            }
            fields.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).strip());
        }
        boolean page = fields.keySet().stream().anyMatch(SITE_FIELDS::contains);
        if (fields.size() < 3 || !page || !fields.containsKey("title") && !fields.containsKey("date")) {
            return 0;
        }
        fields.forEach((k, v) -> {
            if (!v.isEmpty()) {
                front.put(k, v.replaceAll("^['\"]|['\"]$", ""));
            }
        });
        return i;
    }

    /** Fields only a site generator's page metadata has, never a minutes' header. */
    private static final java.util.Set<String> SITE_FIELDS = java.util.Set.of("slug", "save_as", "url", "layout",
            "permalink", "tags", "category", "categories", "modified", "summary", "hidetitle", "template", "aliases",
            "excerpt", "draft", "weight");

    /** Drops characters XML cannot hold (Word's vertical tabs, stray control bytes) and no-break spaces at the ends. */
    static String clean(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append(c);
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || c == 0xFEFF) {
                sb.append(c == 0x0B || c == 0x0C ? ' ' : "");
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                // No-break spaces pasted from web pages and Word are plain spaces in the record.
                sb.append(' ');
            } else if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < line.length()
                        && Character.isLowSurrogate(line.charAt(i + 1));
                if (pair) {
                    sb.append(c).append(line.charAt(++i));
                }
            } else {
                sb.append(c);
            }
        }
        return strip(sb.toString());
    }

    static boolean isBlank(String s) {
        String t = strip(s);
        return t.isEmpty() || t.startsWith(">") && unquote(t).isEmpty();
    }

    /** A Markdown block quote's markers ("> ", "> > "), which are no part of the text: "> Esme will ..." is "Esme will ...". */
    static String unquote(String line) {
        Matcher m = QUOTE.matcher(line);
        return m.find() ? strip(line.substring(m.end())) : line;
    }

    /** Strips spaces, tabs, no-break and zero-width spaces from both ends. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u202F' || c == '\u2007';
    }

    /** Markdown links as "text (address)", so that the address is kept; "address" alone when the text is the address. */
    static String links(String line) {
        Matcher m = LINK.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String text = m.group(1);
            String address = m.group(2);
            String plain = address.replaceFirst("^(?:https?://|mailto:)", "");
            boolean same = text.equals(address) || text.equals(plain);
            m.appendReplacement(sb, Matcher.quoteReplacement(same ? text : text + " (" + address + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The line without the page markup converters leave in Markdown: comments ("<!-- Page 2 -->"), pictures (kept as
     * links when their alternative text says something), and an HTML list item or heading written as its Markdown form
     * ("<ol start="4"><li><strong>Correspondence</strong>" as "4. **Correspondence**").
     */
    static String html(String line) {
        if (line.indexOf('<') < 0 && line.indexOf("![") < 0) {
            return entities(line);
        }
        String t = HTML_COMMENT.matcher(line).replaceAll(" ");
        Matcher img = IMAGE.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (img.find()) {
            String alt = img.group(1).strip();
            // A picture that says what it is stays as a link does, its address kept; "Image" beside text is page
            // markup. A picture alone on its line, or alone in its list item or quote, keeps its address even so: the
            // line holds nothing else to keep, and a picture with no words is its address.
            boolean alone = PICTURE_LEAD.matcher(t.substring(0, img.start())).matches() && img.end() == t.length();
            boolean empty = EMPTY_ALT.matcher(alt).find();
            String address = img.group(2);
            img.appendReplacement(sb, Matcher.quoteReplacement(empty && !alone ? "\u0000"
                    : alt.isEmpty() ? address : "[" + alt + "](" + address + ")"));
        }
        img.appendTail(sb);
        // The words either side of a picture taken out are one space apart, as they read on the page.
        t = strip(DROPPED_PICTURE.matcher(sb).replaceAll(" "));
        if (HTML_RULE.matcher(t).matches()) {
            return "---";
        }
        // "</dd></dl><h3>NEXT MEETING</h3>": the blocks closed before the heading end the text above, not the line's.
        Matcher closed = CLOSED_FIRST.matcher(t);
        if (closed.lookingAt() && HTML_HEADING.matcher(t.substring(closed.end())).find()) {
            t = t.substring(closed.end());
        }
        String mark = "";
        if (HTML_BLOCK.matcher(t).find()) {
            Matcher h = HTML_HEADING.matcher(t);
            Matcher li = HTML_ITEM.matcher(t);
            if (h.find()) {
                mark = "#".repeat(Integer.parseInt(h.group(1))) + " ";
            } else if (li.find()) {
                boolean ordered = "ol".equalsIgnoreCase(li.group(1));
                Matcher start = HTML_START.matcher(li.group(2) == null ? "" : li.group(2));
                mark = ordered ? (start.find() ? start.group(1) : "1") + ". " : "- ";
            }
        } else if (!KNOWN_TAG.matcher(t).find()) {
            return entities(t);
        } else if (t.startsWith("|")) {
            // Markup inside a Markdown table's cells ("| Budget | <p>- A</p><p>- B</p> |") is the cell's, read with its row.
            return t;
        }
        // The text inside the markup, read as the same text on a plain line: a link's address kept as a Markdown
        // link's is, bold as bold, inline elements joined to their words, blocks apart.
        Matcher a = HTML_ANCHOR.matcher(t);
        sb = new StringBuilder();
        while (a.find()) {
            String text = visibleText(a.group(2));
            String address = a.group(1).strip();
            String plain = address.replaceFirst("^(?:https?://|mailto:)", "").replaceFirst("/$", "");
            boolean same = text.isEmpty() || text.equalsIgnoreCase(address) || text.equalsIgnoreCase(plain)
                    || address.startsWith("#");
            a.appendReplacement(sb, Matcher.quoteReplacement(same ? a.group(2) : a.group(2) + " (" + address + ")"));
        }
        a.appendTail(sb);
        // "<span style="font-weight: bold;">Traffic</span>": bold set by a style, as blog editors write it, is bold.
        String body = BOLD_SPAN.matcher(sb.toString()).replaceAll("**$1**");
        // "<dt>Present</dt><dd>Ann Lee, Bo Chen</dd>": a definition list's term and its description, side by side as a
        // label and its value, "Present: Ann Lee, Bo Chen".
        body = TERM_THEN_DESCRIPTION.matcher(body).replaceAll("$1: ");
        body = HTML_BOLD.matcher(body).replaceAll("**");
        body = INLINE_TAG.matcher(body).replaceAll("");
        body = KNOWN_TAG.matcher(body).replaceAll(" ");
        // "<strong> Attendees: </strong>Jo": the spaces inside the bold go outside it, so that no word is glued to the next.
        body = entities(body).replaceAll("\\*\\*\\s*\\*\\*", " ").replaceAll("\\*\\*(\\s*)([^*]*?\\S)(\\s*)\\*\\*", "$1**$2**$3");
        body = strip(body.replaceAll("\\s+", " "));
        return body.isEmpty() || body.equals("**") ? "" : strip(mark + body);
    }

    /** Closing tags that open a line: "</dd></dl>", "</ul>". */
    private static final Pattern CLOSED_FIRST = Pattern.compile("(?i)^(?:</[a-z][a-z0-9]*\\s*>\\s*)+");

    /** The line without Markdown's backslash escapes: "1\\. Apologies" is "1. Apologies". */
    static String unescape(String line) {
        return line.indexOf('\\') < 0 ? line : ESCAPE.matcher(line).replaceAll("$1");
    }

    /** Whether the whole line is in bold, in one run or in runs side by side. */
    private static boolean wholeBold(String line) {
        Matcher b = BOLD_LINE.matcher(line);
        return b.matches() && !b.group(1).contains("**") || BOLD_RUNS.matcher(strip(line)).matches();
    }

    /** How far a line is indented, a tab counted as four spaces: a list item's depth in an outline. */
    private static int indent(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t'); i++) {
            n += raw.charAt(i) == '\t' ? 4 : 1;
        }
        return n;
    }

    private static Line classify(int number, String written, int indent) {
        String line = html(written);
        if (line.endsWith("\\") && !line.endsWith("\\\\")) {
            // A Markdown hard line break ("Roadmap\\" above the next line), as converters write it: no part of the text.
            line = strip(line.substring(0, line.length() - 1));
        }
        if (line.isEmpty()) {
            return new Line(number, "", Line.Kind.BLANK, 0, null, (char) 0, false);
        }
        if (TABLE_RULE.matcher(line).matches()) {
            return new Line(number, "", Line.Kind.RULE, 0, null, (char) 0, false);
        }
        Matcher row = TABLE_ROW.matcher(line);
        if (row.matches()) {
            String cells = String.join(" | ", java.util.Arrays.stream(row.group(1).split("\\|", -1))
                    .map(c -> strip(c.replace("**", ""))).toList());
            return new Line(number, cells, Line.Kind.TABLE, 0, null, (char) 0, false);
        }
        if (RULE.matcher(line).matches()) {
            return new Line(number, "", Line.Kind.RULE, 0, null, (char) 0, false);
        }
        // "1. _**Partner Agreement**_", "2. **_Budget_**": a numbered title in bold and italics at once is in bold; the
        // italics go.
        line = !NUMBER_FIRST.matcher(line).lookingAt() ? line : BOLD_ITALIC.matcher(line).replaceAll(r -> Matcher.quoteReplacement("**" + java.util.stream.IntStream.rangeClosed(1, 4)
                .mapToObj(r::group).filter(java.util.Objects::nonNull).findFirst().orElse("") + "**"));
        boolean bold = wholeBold(line);
        String text = unescape(UNDERSCORE_BOLD.matcher(links(line).replace("**", "")).replaceAll("$1"));
        Matcher m = MD_HEADING.matcher(text);
        if (m.matches()) {
            String t = strip(m.group(2));
            if (t.isEmpty()) {
                return new Line(number, "", Line.Kind.BLANK, 0, null, (char) 0, false);
            }
            Matcher n = NUMBERED.matcher(t);
            if (n.matches()) {
                return new Line(number, strip(n.group(4)), Line.Kind.HEADING, m.group(1).length(), n.group(2),
                        n.group(3).charAt(0), bold);
            }
            return new Line(number, t, Line.Kind.HEADING, m.group(1).length(), null, (char) 0, bold);
        }
        m = BULLET.matcher(text);
        if (m.matches()) {
            return new Line(number, strip(m.group(2)), Line.Kind.BULLET, indent + m.group(1).length(), null, (char) 0, bold);
        }
        m = NUMBERED.matcher(text);
        if (m.matches()) {
            // "4. **Election of Chair**", "**2.** **Apologies**": the title after the number is in bold.
            String rest = unescape(line).replaceFirst("^\\s*(?:\\*\\*|__)?\\(?" + Pattern.quote(m.group(2)) + "[.)](?:\\*\\*|__)?\\s*", "");
            // "1. **Approve previous minutes**.": a title in bold closed by a stop after it, as a run-in heading.
            boolean stopAfterBold = BOLD_STOP.matcher(rest).matches();
            // "4. **Open issues**: https://example.org/issues": a title in bold with the address of what it is about.
            boolean linkAfterBold = BOLD_LINKED.matcher(rest).matches();
            String title = strip(m.group(4));
            return new Line(number, stopAfterBold ? strip(title.substring(0, title.length() - 1)) : title, Line.Kind.NUMBERED,
                    indent + m.group(1).length(), m.group(2), m.group(3).charAt(0), bold || wholeBold(rest) || stopAfterBold
                    || linkAfterBold);
        }
        return new Line(number, strip(text), Line.Kind.TEXT, 0, null, (char) 0, bold, indent);
    }
}
