package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.ModelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * A metamorphic test: the same minutes presented another way must import no worse. Each real document of
 * {@code samples/} and {@code unseen/} is imported as written and again after each {@link Transform} (line endings,
 * hard breaks, bullet glyphs, list indentation, heading depth and style, labels in bold or italics, typographic
 * quotes and dashes, no-break spaces, hard wrapping, front matter), none of which changes what a clerk would call
 * the minutes' content. Each strict-score figure of the transformed import ({@link StrictScore}; "kept" as a ratio,
 * since a transform may change the number of lines) must be no lower than the original's.
 *
 * <p>The matrix is printed on every run: for each transform, the documents that lose each figure. Transforms not in
 * the required set are printed too, marked "(shown only)".
 */
class PresentationInvarianceTest {

    /**
     * A presentation transform: a name for the report, a pure function of the whole text, and the same change made to
     * the hand-read facts where they quote the text (a title written with a dash is written with the dash the text
     * now has); identity for the others.
     */
    record Transform(String name, UnaryOperator<String> apply, UnaryOperator<String> facts, boolean required) {
        Transform(String name, UnaryOperator<String> apply, boolean required) {
            this(name, apply, UnaryOperator.identity(), required);
        }

        String applyTo(String text) {
            return apply.apply(text);
        }
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)([-*+•]|\\d{1,2}[.)]|[a-z][.)])([ \\t]+)(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)([-*+•])([ \\t]+)(?=[^\\s*+•-])");
    private static final Pattern ATX = Pattern.compile("^(#{1,6})(\\s+\\S.*)$");
    private static final Pattern SETEXT_RULE = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    /**
     * A label at the start of a line's text (after a list mark, if any): one to three words, the first capitalised,
     * then a colon and a space or the line's end. Not a time ("10:30") nor an address ("https:").
     */
    private static final Pattern LABEL = Pattern.compile(
            "^([ \\t]*(?:[-*+•][ \\t]+|\\d{1,2}[.)][ \\t]+)?)(\\p{Lu}[\\p{L}'’]*(?:[ ][\\p{L}'’]+){0,2}):(?=[ \\t]|$)");

    /** The transforms, in the report's order. */
    static final List<Transform> TRANSFORMS = List.of(
            new Transform("crlf-line-endings", PresentationInvarianceTest::crlf, true),
            new Transform("hard-break-double-spaces", PresentationInvarianceTest::hardBreaks, true),
            new Transform("bullets-as-asterisks", t -> bullets(t, "*"), true),
            new Transform("bullets-as-plus", t -> bullets(t, "+"), true),
            new Transform("bullets-as-glyph", t -> bullets(t, "•"), true),
            new Transform("bullets-as-dashes", t -> bullets(t, "-"), true),
            new Transform("list-indent-tabs", t -> reindentLists(t, "\t"), true),
            new Transform("list-indent-4-spaces", t -> reindentLists(t, "    "), true),
            // Not required: under Markdown a sub-list indented less than its parent's text ("3.  Pins" over "  1.  ...")
            // is no sub-list, so two spaces can change the outline itself.
            new Transform("list-indent-2-spaces", t -> reindentLists(t, "  "), false),
            new Transform("headings-demoted-under-title", t -> headings(t) >= 2 ? demoteUnderTitle(t) : t, true),
            // Not yet required: over a text whose only heading is its title ("# Minutes" over "## Council, 4 May" and
            // plain text below) the page's title cannot be told from the minutes' title with one section.
            new Transform("title-demoted-under-page-title", t -> headings(t) == 1 ? demoteUnderTitle(t) : t, false),
            new Transform("atx-as-setext", PresentationInvarianceTest::atxAsSetext, true),
            new Transform("setext-as-atx", PresentationInvarianceTest::setextAsAtx, true),
            new Transform("labels-bold", t -> labels(t, "**"), true),
            new Transform("labels-italic", t -> labels(t, "*"), true),
            new Transform("smart-quotes-and-dashes", PresentationInvarianceTest::smartTypography,
                    PresentationInvarianceTest::smartTypography, true),
            new Transform("ascii-quotes-and-dashes", PresentationInvarianceTest::asciiTypography,
                    PresentationInvarianceTest::asciiTypography, true),
            new Transform("nbsp-after-labels", PresentationInvarianceTest::nbspAfterLabels, true),
            // Not yet required, though no content changes: the recognisers read a line at a time, and a name list, a
            // motion or a title wrapped over lines (or joined into one) is read differently. Printed so that the work
            // to make them indifferent to wrapping can be measured.
            new Transform("rewrapped-at-72", PresentationInvarianceTest::rewrap72, false),
            new Transform("wrapped-lines-joined", PresentationInvarianceTest::joinWrapped, false),
            new Transform("yaml-front-matter", PresentationInvarianceTest::frontMatter, true));

    @Test
    void importsEveryDocumentNoWorseInAnyPresentation() throws Exception {
        List<Document> documents = documents();
        deleteTree(java.nio.file.Path.of("target", "presentation"));
        Map<String, Map<String, List<String>>> matrix = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Map<String, StrictScore.Result> originals = new LinkedHashMap<>();
        for (Document d : documents) {
            originals.put(d.name(), d.score(d.text()));
        }
        for (Transform t : TRANSFORMS) {
            Map<String, List<String>> losses = new TreeMap<>(
                    java.util.Comparator.comparingInt(StrictScore.FIGURES::indexOf));
            for (Document d : documents) {
                String changed = t.applyTo(d.text());
                if (changed.equals(d.text())) {
                    continue;
                }
                StrictScore.Result before = originals.get(d.name());
                // A fact is rewritten as the source was, and only where the source no longer holds it as written: a
                // line the transform leaves alone (a web page's "<H3>TREASURER'S REPORT - ...</H3>") keeps its fact.
                StrictScore.Result after = d.with(f -> changed.contains(f) ? f : t.facts().apply(f)).score(changed);
                if (!lost(before, after).isEmpty()) {
                    keep(t.name(), d, changed);
                }
                for (String figure : lost(before, after)) {
                    losses.computeIfAbsent(figure, k -> new ArrayList<>()).add(d.id());
                    if (t.required()) {
                        failures.add(t.name() + ": " + d.name() + " loses " + figure + " ("
                                + show(before, figure) + " -> " + show(after, figure) + ")");
                    }
                }
            }
            matrix.put(t.name() + (t.required() ? "" : " (shown only)"), losses);
        }
        String report = report(matrix, documents.size());
        System.out.println(report);
        assertThat(failures).as(report).isEmpty();
    }

    /** The transforms are pure, named and do what their names say, on invented minutes. */
    @Test
    void transformsChangeOnlyThePresentation() {
        String minutes = "# Minutes\n\nPresent: Ann Roe, Bo Li\n\n## Actions\n\n- Ann to write the \"plan\" - soon\n"
                + "  - Bo's part\n";
        assertThat(transform("bullets-as-asterisks").applyTo(minutes)).contains("* Ann to write", "  * Bo's part");
        assertThat(transform("list-indent-tabs").applyTo(minutes)).contains("\n\t- Bo's part");
        assertThat(transform("list-indent-4-spaces").applyTo(minutes)).contains("\n    - Bo's part");
        assertThat(transform("headings-demoted-under-title").applyTo(minutes))
                .startsWith("# Minutes\n\n## Minutes\n").contains("### Actions");
        assertThat(transform("yaml-front-matter").applyTo("+++\ntitle = \"x\"\n+++\nText\n")).startsWith("+++");
        assertThat(transform("atx-as-setext").applyTo(minutes)).startsWith("Minutes\n=======\n").contains("Actions\n-------");
        assertThat(transform("labels-bold").applyTo(minutes)).contains("**Present:** Ann Roe");
        assertThat(transform("labels-italic").applyTo(minutes)).contains("*Present:* Ann Roe");
        assertThat(seen("**Notary:** Ann Roe, Bo Li<br>\n* 2 < 3 and 4 > 1\n#### 3. Budget *draft*"))
                .isEqualTo("Notary: Ann Roe, Bo Li \n2 < 3 and 4 > 1\nBudget draft");
        assertThat(transform("smart-quotes-and-dashes").applyTo(minutes)).contains("“plan” – soon", "Bo’s part");
        assertThat(transform("ascii-quotes-and-dashes").applyTo("Bo’s “plan” – soon")).isEqualTo("Bo's \"plan\" - soon");
        assertThat(transform("nbsp-after-labels").applyTo(minutes)).contains("Present:\u00A0Ann Roe");
        assertThat(transform("crlf-line-endings").applyTo(minutes)).contains("# Minutes\r\n\r\n");
        assertThat(transform("hard-break-double-spaces").applyTo(minutes)).contains("Present: Ann Roe, Bo Li  \n");
        assertThat(transform("yaml-front-matter").applyTo(minutes))
                .startsWith("---\nlayout: minutes\ntitle: \"Minutes\"\n---\n# Minutes");
        String long1 = "The treasurer reported that the accounts for the year had been examined and were in good order "
                + "and would be sent to members.";
        String wrapped = transform("rewrapped-at-72").applyTo(long1 + "\n");
        assertThat(wrapped.lines()).hasSize(2).allMatch(l -> l.length() <= 72);
        assertThat(transform("wrapped-lines-joined").applyTo(wrapped)).isEqualTo(long1 + "\n");
    }

    private static Transform transform(String name) {
        return TRANSFORMS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- transforms

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static String hardBreaks(String text) {
        return mapLines(text, l -> l.isBlank() ? l : l.stripTrailing() + "  ");
    }

    /** Every bullet's mark made {@code glyph}; a rule ("- - -") and emphasis ("*word*") are no bullets. */
    static String bullets(String text, String glyph) {
        return mapLines(text, l -> {
            Matcher m = BULLET.matcher(l);
            return m.find() ? m.group(1) + glyph + m.group(3) + l.substring(m.end()) : l;
        });
    }

    /**
     * The list items' indentation written with {@code unit} a level, the level being the item's indentation over the
     * smallest indentation the document's indented items have.
     */
    static String reindentLists(String text, String unit) {
        List<String> lines = text.substring(frontMatterEnd(text)).lines().toList();
        int smallest = Integer.MAX_VALUE;
        for (String l : lines) {
            Matcher m = LIST_ITEM.matcher(l);
            // One space is a slip of the hand, no level.
            if (m.find() && width(m.group(1)) > 1) {
                smallest = Math.min(smallest, width(m.group(1)));
            }
        }
        if (smallest == Integer.MAX_VALUE) {
            return text;
        }
        int step = smallest;
        int body = frontMatterEnd(text);
        return text.substring(0, body) + mapLines(text.substring(body), l -> {
            Matcher m = LIST_ITEM.matcher(l);
            if (!m.find() || width(m.group(1)) <= 1) {
                return l;
            }
            int level = Math.max(1, Math.round((float) width(m.group(1)) / step));
            return unit.repeat(level) + l.substring(m.group(1).length());
        });
    }

    private static int width(String indent) {
        int n = 0;
        for (char c : indent.toCharArray()) {
            n += c == '\t' ? 4 : 1;
        }
        return n;
    }

    /**
     * A site's page title "# Minutes" over the document's ATX headings, each taken one level down, as a wiki or a site
     * generator shows a page; a text without ATX headings, or that opens with page metadata, stays as it is.
     */
    static String demoteUnderTitle(String text) {
        if (hasMetadata(text) || text.lines().noneMatch(l -> ATX.matcher(l).matches())) {
            return text;
        }
        return "# Minutes\n\n" + mapLines(text, l -> {
            Matcher m = ATX.matcher(l);
            return m.matches() && m.group(1).length() < 6 ? "#" + l : l;
        });
    }

    private static long headings(String text) {
        return text.lines().filter(l -> ATX.matcher(l).matches()).count();
    }

    /**
     * Level 1 and 2 ATX headings as setext ("Title" over "====="), a blank line before and after each where there was
     * none, as Pandoc writes them.
     */
    static String atxAsSetext(String text) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        boolean blankAfter = false;
        for (String l : text.split("\n", -1)) {
            fenced ^= FENCE.matcher(l).find();
            Matcher m = ATX.matcher(l);
            String title = m.matches() ? m.group(2).strip().replaceFirst("\\s+#+$", "") : "";
            // A title that would open a list or a quote cannot be underlined: it stays as it is.
            if (!fenced && m.matches() && m.group(1).length() <= 2 && !LIST_ITEM.matcher(title).find()
                    && !title.startsWith(">")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                    out.add("");
                }
                out.add(title);
                out.add((m.group(1).length() == 1 ? "=" : "-").repeat(Math.max(3, title.length())));
                blankAfter = true;
                continue;
            }
            if (blankAfter && !l.isBlank()) {
                out.add("");
            }
            blankAfter = false;
            out.add(l);
        }
        return String.join("\n", out);
    }

    /** Setext headings (a short line alone over "===" or "---") as ATX. */
    static String setextAsAtx(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean alone = i == 0 || lines[i - 1].isBlank();
            if (i + 1 < lines.length && alone && !l.isBlank() && !l.startsWith(" ") && !l.startsWith("\t")
                    && l.strip().length() <= 80 && !l.strip().matches("^(?:[-*+#>|<]|\\d+[.)]).*")
                    && SETEXT_RULE.matcher(lines[i + 1]).matches() && lines[i + 1].strip().length() >= 3) {
                out.add((lines[i + 1].startsWith("=") ? "# " : "## ") + l.strip());
                i++;
                continue;
            }
            out.add(l);
        }
        return String.join("\n", out);
    }

    /** A line's leading label ("Present:", "- Action:") wrapped in {@code mark}: "**Present:**", "*Action:*". */
    static String labels(String text, String mark) {
        return afterMetadata(text, l -> {
            Matcher m = LABEL.matcher(l);
            return m.find() ? m.group(1) + mark + m.group(2) + ":" + mark + l.substring(m.end()) : l;
        });
    }

    /** The space after a leading label a no-break space, as word processors and web pages leave it. */
    static String nbspAfterLabels(String text) {
        return afterMetadata(text, l -> {
            Matcher m = LABEL.matcher(l);
            return m.find() && l.startsWith(" ", m.end()) ? l.substring(0, m.end()) + "\u00A0" + l.substring(m.end() + 1)
                    : l;
        });
    }

    /** Typewriter quotes and apostrophes curly, and a dash between spaces (or two hyphens) an en or em dash. */
    static String smartTypography(String text) {
        return afterMetadata(text, l -> {
            if (l.isBlank() || FENCE.matcher(l).find() || SETEXT_RULE.matcher(l.strip()).matches() || markup(l)) {
                return l;
            }
            int body = textStart(l);
            String head = l.substring(0, body);
            String s = l.substring(body);
            s = s.replaceAll("(?<=\\S) -- (?=\\S)", " — ").replaceAll("(?<=\\S) - (?=\\S)", " – ");
            s = s.replaceAll("(?<=\\p{L})'(?=\\p{L})", "’");
            s = s.replaceAll("(^|[\\s(\\[])\"(?=\\S)", "$1“").replace("\"", "”");
            s = s.replaceAll("(^|[\\s(\\[])'(?=\\S)", "$1‘").replaceAll("(?<=\\S)'", "’");
            return head + s;
        });
    }

    /** Curly quotes, apostrophes and en and em dashes inside a line as the typewriter's. */
    static String asciiTypography(String text) {
        return afterMetadata(text, l -> {
            if (markup(l)) {
                return l;
            }
            int body = textStart(l);
            String s = l.substring(body).replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"')
                    .replace("—", "--").replace('–', '-');
            return l.substring(0, body) + s;
        });
    }

    /** A table row or a line with HTML tags, whose quotes and dashes may be markup (an attribute, a cell's bullet). */
    private static boolean markup(String l) {
        return l.strip().startsWith("|") || Pattern.compile("</?[A-Za-z][^<>]*>").matcher(l).find();
    }

    /** Where a line's text starts: after its indentation and a list mark (the mark is no dash of the text). */
    private static int textStart(String l) {
        Matcher m = LIST_ITEM.matcher(l);
        if (m.find()) {
            return m.end();
        }
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        Matcher dash = Pattern.compile("^[–—][ \\t]+").matcher(l.substring(i));
        return dash.find() ? i + dash.end() : i;
    }

    /**
     * Paragraph lines longer than 72 columns wrapped at 72, as e-mail and PDF extraction leave text: a list item's
     * further lines indented under its text. Headings, table rows, quotes, HTML and fenced lines stay.
     */
    static String rewrap72(String text) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String l : text.split("\n", -1)) {
            if (FENCE.matcher(l).find()) {
                fenced = !fenced;
                out.add(l);
                continue;
            }
            if (fenced || l.length() <= 72 || !prose(l)) {
                out.add(l);
                continue;
            }
            Matcher item = LIST_ITEM.matcher(l);
            int lead = item.find() ? item.end() : l.length() - l.stripLeading().length();
            String hang = " ".repeat(width(l.substring(0, lead)));
            StringBuilder line = new StringBuilder(l.substring(0, lead));
            boolean first = true;
            for (String word : l.substring(lead).strip().split(" +")) {
                if (!first && line.length() + 1 + word.length() > 72) {
                    out.add(line.toString());
                    line = new StringBuilder(hang);
                    first = true;
                }
                line.append(first ? "" : " ").append(word);
                first = false;
            }
            out.add(line.toString());
        }
        return String.join("\n", out);
    }

    /**
     * A paragraph wrapped over lines joined into one: a line of prose of 50 columns or more, not closed by a stop or
     * colon, with the next line of prose starting in lower case (a further line of the same sentence).
     */
    static String joinWrapped(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            fenced ^= FENCE.matcher(l).find();
            StringBuilder joined = new StringBuilder(l);
            String last = l;
            while (!fenced && i + 1 < lines.length && last.strip().length() >= 50 && prose(last)
                    && !last.strip().matches(".*[.:;!?]$") && prose(lines[i + 1])
                    && !LIST_ITEM.matcher(lines[i + 1]).find()
                    && lines[i + 1].strip().matches("^\\p{Ll}.*")) {
                joined.append(' ').append(lines[i + 1].strip());
                last = lines[++i];
            }
            out.add(joined.toString());
        }
        return String.join("\n", out);
    }

    /** A line of running text: no heading, rule, table row, quote or HTML. */
    private static boolean prose(String l) {
        String s = l.strip();
        return !s.isEmpty() && !s.startsWith("#") && !s.startsWith("|") && !s.startsWith(">") && !s.startsWith("<")
                && !SETEXT_RULE.matcher(s).matches() && !s.matches("^([-=*_~]\\s*){3,}$") && s.contains(" ");
    }

    /** A Jekyll front matter block (layout and title) over the text; a text with page metadata stays as it is. */
    static String frontMatter(String text) {
        return hasMetadata(text) ? text : "---\nlayout: minutes\ntitle: \"Minutes\"\n---\n" + text;
    }

    /** {@code f} applied to each line after the page's metadata, which is a site's and no part of the minutes. */
    private static String afterMetadata(String text, UnaryOperator<String> f) {
        int body = frontMatterEnd(text);
        if (body == 0 && hasMetadata(text)) {
            int blank = text.indexOf("\n\n");
            body = blank < 0 ? text.length() : blank + 1;
        }
        return text.substring(0, body) + mapLines(text.substring(body), f);
    }

    /** Where the text after a "---" front matter block starts; 0 without one. */
    private static int frontMatterEnd(String text) {
        if (!text.startsWith("---\n")) {
            return 0;
        }
        int end = text.indexOf("\n---", 3);
        int after = end < 0 ? -1 : text.indexOf('\n', end + 1);
        return end < 0 ? 0 : after < 0 ? text.length() : after + 1;
    }

    /** Whether the text opens with a site's page metadata: front matter ("---", "+++") or a "Title:" block. */
    private static boolean hasMetadata(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return first.equals("---") || first.equals("+++") || first.regionMatches(true, 0, "title:", 0, 6);
    }

    /** Applies {@code f} to each line, the line endings kept. */
    private static String mapLines(String text, UnaryOperator<String> f) {
        String[] lines = text.split("\n", -1);
        // A front matter block is data (YAML), not presentation: "- name" there is a list entry, not a bullet.
        long frontLines = text.substring(0, frontMatterEnd(text)).chars().filter(c -> c == '\n').count();
        StringBuilder sb = new StringBuilder(text.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean cr = l.endsWith("\r");
            String body = cr ? l.substring(0, l.length() - 1) : l;
            boolean keep = i < frontLines || i == lines.length - 1 && body.isEmpty();
            sb.append(keep ? body : f.apply(body)).append(cr ? "\r" : "");
            if (i < lines.length - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- scoring

    /**
     * Writes a transformed text that lost a figure, with its import and the original's, to
     * {@code target/presentation/TRANSFORM/}, for a reader to compare.
     */
    private static void keep(String transform, Document d, String changed) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "presentation", transform);
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(d.name() + ".txt"), changed);
        java.nio.file.Files.writeString(dir.resolve(d.name() + ".yaml"), d.yaml(changed));
        java.nio.file.Files.writeString(dir.resolve(d.name() + ".original.yaml"), d.yaml(d.text()));
    }

    private static void deleteTree(java.nio.file.Path dir) throws IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }

    /** A document with its facts; {@code id} is the number before its name ("134"). */
    record Document(String name, String text, Map<String, Object> truth) {
        String id() {
            return name.substring(0, name.indexOf('-'));
        }

        /** The document with {@code f} applied to every text of its facts. */
        @SuppressWarnings("unchecked")
        Document with(UnaryOperator<String> f) {
            return new Document(name, text, (Map<String, Object>) mapStrings(truth, f));
        }

        private static Object mapStrings(Object o, UnaryOperator<String> f) {
            if (o instanceof String s) {
                return f.apply(s);
            }
            if (o instanceof Map<?, ?> m) {
                Map<Object, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(k, mapStrings(v, f)));
                return out;
            }
            if (o instanceof List<?> l) {
                return l.stream().map(x -> mapStrings(x, f)).toList();
            }
            return o;
        }

        /**
         * The figures of {@code source}'s import. Kept lines are counted on what a reader of each line sees, its tags
         * and emphasis marks taken out: a label the transform puts in bold must not make "Notary: Ann, Bo<br>" long
         * enough to be counted, and then counted as not kept for its "br".
         */
        StrictScore.Result score(String source) throws Exception {
            return StrictScore.score(truth, seen(source), yaml(source));
        }

        String yaml(String source) throws Exception {
            ImportResult result = MinutesImporter.importText(name + ".txt", source, ImportOptions.none());
            return ModelWriter.yaml(result.meeting(), null, result.comments());
        }
    }

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>\\r\\n]*>");
    private static final Pattern EMPHASIS = Pattern.compile("(?<=\\S)\\*+|\\*+(?=\\S)");
    private static final Pattern LEADING_MARKS = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]*)*(?:#{1,6}[ \\t]+|[-*+•][ \\t]+"
            + "|\\d{1,2}[.)][ \\t]+)*");

    /**
     * Each line of {@code source} as a reader sees it: the marks of a heading, list item or quote before it, HTML tags
     * and the asterisks of emphasis taken out.
     */
    static String seen(String source) {
        return EMPHASIS.matcher(LEADING_MARKS.matcher(TAG.matcher(source).replaceAll(" ")).replaceAll("")).replaceAll("");
    }

    /** The figures {@code after} scores lower than {@code before}: counts for the facts, the ratio for kept lines. */
    static List<String> lost(StrictScore.Result before, StrictScore.Result after) {
        List<String> lost = new ArrayList<>();
        for (String figure : StrictScore.FIGURES) {
            int[] b = before.figures().get(figure);
            int[] a = after.figures().get(figure);
            if (b == null) {
                continue;
            }
            boolean lower = figure.equals("kept") ? StrictScore.ratio(a) < StrictScore.ratio(b) - 1e-9 : a == null || a[0] < b[0];
            if (lower) {
                lost.add(figure);
            }
        }
        return lost;
    }

    private static String show(StrictScore.Result r, String figure) {
        int[] v = r.figures().get(figure);
        return v == null ? "-" : v[0] + "/" + v[1];
    }

    static String report(Map<String, Map<String, List<String>>> matrix, int documents) {
        StringBuilder sb = new StringBuilder("\nPresentation invariance over " + documents
                + " documents (transform: documents losing a figure)\n");
        matrix.forEach((transform, losses) -> {
            if (losses.isEmpty()) {
                sb.append(transform).append(": none lose\n");
                return;
            }
            losses.forEach((figure, ids) -> sb.append(transform).append(": ").append(ids.size())
                    .append(ids.size() == 1 ? " document loses " : " documents lose ").append(figure).append(": ")
                    .append(String.join(", ", ids)).append('\n'));
        });
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Document> documents() throws IOException {
        List<Document> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        SampleAccuracyTest.SAMPLES.forEach(n -> names.add("samples/" + n));
        Stream.of(UnseenAccuracyTest.DOCUMENTS, UnseenAccuracyTest.SET_4, UnseenAccuracyTest.SET_5,
                UnseenAccuracyTest.SET_6, UnseenAccuracyTest.SET_7, UnseenAccuracyTest.SET_8, UnseenAccuracyTest.SET_9,
                UnseenAccuracyTest.SET_10, UnseenAccuracyTest.SET_11,
                UnseenAccuracyTest.SET_12, UnseenAccuracyTest.SET_13, UnseenAccuracyTest.SET_14,
                UnseenAccuracyTest.SET_15, UnseenAccuracyTest.SET_16,
                UnseenAccuracyTest.SET_17, UnseenAccuracyTest.SET_18,
                UnseenAccuracyTest.SET_19, UnseenAccuracyTest.SET_20,
                UnseenAccuracyTest.SET_21, UnseenAccuracyTest.SET_22,
                UnseenAccuracyTest.SET_23, UnseenAccuracyTest.SET_24,
                UnseenAccuracyTest.SET_25, UnseenAccuracyTest.SET_26,
                UnseenAccuracyTest.SET_27, UnseenAccuracyTest.SET_28,
                UnseenAccuracyTest.SET_29, UnseenAccuracyTest.SET_30,
                UnseenAccuracyTest.SET_31, UnseenAccuracyTest.SET_32,
                UnseenAccuracyTest.SET_33, UnseenAccuracyTest.SET_34,
                UnseenAccuracyTest.SET_35, UnseenAccuracyTest.SET_36,
                UnseenAccuracyTest.SET_37, UnseenAccuracyTest.SET_38,
                UnseenAccuracyTest.SET_39, UnseenAccuracyTest.SET_40).flatMap(List::stream)
                .forEach(n -> names.add("unseen/" + n));
        Set<String> seen = new java.util.HashSet<>();
        for (String path : names) {
            if (!seen.add(path)) {
                continue;
            }
            String text = new String(resource(path + ".txt"), StandardCharsets.UTF_8);
            Map<String, Object> json = new Yaml().load(new String(resource(path + ".json"), StandardCharsets.UTF_8));
            out.add(new Document(path.substring(path.indexOf('/') + 1), text,
                    (Map<String, Object>) json.get("ground_truth")));
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PresentationInvarianceTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
