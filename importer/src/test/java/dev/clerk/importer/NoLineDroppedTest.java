package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.ModelWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No line of the minutes is dropped: every sample, every form, every unseen document and the seed are imported, and each non-blank line of
 * the source must be found in the meeting file written (its YAML, comments left out, since they quote the source).
 *
 * <p>A line is found when its words (three or more letters or digits, accents and case aside) stand in the YAML in
 * their order within a stretch of about twice as many words (a line kept as narrative is there word for word), or
 * in any order within about three times as many (a line read into fields is written reformatted, "Eric Johnson,
 * TIBCO Software Inc." as {@code name:} and {@code affiliation:}, with the field names between). What the importer may write differently is left out of the words, and only that: a date or a
 * time the YAML holds (it writes them as 2017-11-13 and "19:00"), the weekday before such a date, a leading label
 * before a colon ("Motion:", "Management and Staff:") when the rest of the line has words, a line that is only a
 * label ("Meeting Date:", "Board members in attendance were:") or a table's header row, which names the field of
 * what follows it (the importer keeps such a line as written when what follows went to the narrative), and "Yes" in a roll call,
 * written as {@code status: present}. A section's number ("III.", "4.2") is no word: Clerk numbers items itself.
 *
 * <p>A web page's lines (HTML fragments in Markdown, a page kept as stored) are read as their text: the tags are no
 * words and entities are the letters they stand for. A line that is only markup, a tag or a comment with no text
 * ("{@code </li>}", "{@code <ol class="roman">}"), is exempt: a reader never sees it. Every line with text is checked.
 */
class NoLineDroppedTest {
    /**
     * HTML's comments, its document type, a server page's directive and the tags of its elements; a rule
     * ({@code <hr>}) is a line of its own, as "---" is.
     */
    private static final Pattern MARKUP = Pattern.compile("(?is)<!--.*?-->|<!doctype\\b[^<>]*>|<%@.*?%>|</?(?:a|abbr|article|aside|b|big|blockquote|body|br"
            + "|button|caption|center|cite|code|col|colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer"
            + "|form|h[1-6]|head|header|html|i|img|input|ins|kbd|label|li|main|mark|nav|ol|option|p|pre|q|s|section|select"
            + "|small|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|title|tr|tt|u|ul|var|wbr|meta"
            // A tag's attribute may hold a server's comment: "<link href="<!--ROOT-->/site.css" />".
            + "|link|iframe|noscript|svg|path)(?:\\s(?:<!--.*?-->|[^<>])*)?/?>"
            // "> [!abstract]- Present:": a Markdown callout's type mark, drawn as an icon before its title.
            + "|\\[![\\p{L}-]+][-+]?(?=\\s)");
    /**
     * A Markdown link whose text is its own address without the scheme: "[example.org/contact](https://example.org/contact)"
     * shows the reader "example.org/contact", and the importer keeps that.
     */
    private static final Pattern SELF_LINK = Pattern.compile("\\[(?<text>[^\\]\\s]+)]\\(https?://(?:www\\.)?\\k<text>\\)");
    private static final Pattern RAW_FENCE = Pattern.compile("^\\s{0,12}(`{3,}|~{3,})\\s*\\{=\\w+}\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A motion's result in the minutes' word and in the meeting file's ({@code result: passed}). */
    private static final Map<String, String> RESULT = Map.of("carried", "passed", "approved", "passed", "adopted",
            "passed", "defeated", "failed", "lost", "failed");
    /** The end of a definition list's term and the start of its definition, on one line: "</dt><dd>". */
    private static final Pattern TERM_END = Pattern.compile("(?i)\\s*</dt>\\s*<dd\\b[^<>]*>");
    // A definition list's item opens with a colon (":   Others present: Grenville, Alex"), as a list item with its mark.
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:[#>*_\\-+\\s]|\\d+[.)]|:(?=\\s))*(?<label>[\\p{L}][\\p{L}'’/&,\\- ]{0,60}?)"
            + "\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?(?<rest>.*)$");
    private static final Pattern FIELD_ROW = Pattern.compile("^\\s*\\|\\s*(?<label>[\\p{L}][\\p{L}'’/&\\- ]{0,60}?)\\s*\\|"
            + "(?<rest>[^|]*\\S[^|]*)\\|?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^[#>\\s*_]*\\(?(?:[IVXLCivxlc]{1,6}|[A-Za-z]|\\d{1,3}(?:\\.\\d{1,3})*)"
            + "[.)]\\s+");
    private static final Pattern PIECE_NUMBER = Pattern.compile("(?<=^|\\s)\\(?(?:[IVXLCivxlc]{1,6}|\\d{1,3})[.)](?=\\s)");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*(:?-{2,}:?\\s*)?$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
            + "(?:day)?\\.?,?\\s*(?:the\\s+)?$");

    static Stream<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("samples", "forms", "unseen")) {
            try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", dir))) {
                files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
                        .filter(f -> !f.getFileName().toString().equals("README.md")).sorted().forEach(out::add);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "swtpic", "source"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @Test
    void walksEverySampleFormAndTheSeed() throws IOException {
        // Fails rather than passing on nothing when the inputs are not where they should be.
        assertThat(sources().map(p -> p.getFileName().toString()))
                .hasSizeGreaterThanOrEqualTo(34)
                .contains("05-rivergrove-city-council-2017-11-13-minutes.txt", "22-homebrew-agm-2021-02-26-minutes.txt",
                        "parks-board.txt", "willow-creek-hoa.md", "2017-03-27-swtpic-minutes.txt",
                        "35-bevy-foundation-board-2024-02-03-minutes.txt",
                        "56-manordeilo-salem-community-council-2020-06-10-minutes.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void keepsEveryLine(Path source) throws Exception {
        ImportResult result = MinutesImporter.importFile(source);
        String yaml = ModelWriter.yaml(result.meeting(), null).replaceAll("(?m)^\\s*#.*$", "");
        String text = withoutRawFences(Files.readString(source, StandardCharsets.UTF_8));
        List<String> missing = dropped(text, yaml);
        assertThat(missing).as("lines of %s not in the meeting file", source).isEmpty();
        assertThat(result.placements()).as("a placement for each non-blank line")
                .hasSize((int) text.lines().filter(l -> !SourceLines.isBlank(l) && !markupOnly(l)).count());
    }

    /**
     * The source with each converter's raw block's fences ("```{=html}" over its closing "```") blanked: they pass
     * markup through, and no reader of the page sees them. The lines between stay, to be read as the markup they are.
     */
    static String withoutRawFences(String source) {
        String[] lines = source.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher open = RAW_FENCE.matcher(lines[n]);
            if (!open.matches()) {
                continue;
            }
            for (int close = n + 1; close < lines.length; close++) {
                if (lines[close].strip().equals(open.group(1))) {
                    lines[n] = "";
                    lines[close] = "";
                    n = close;
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A line that is only HTML markup, a tag or a comment with no text ("{@code </li>}", "{@code <ol class="x">}",
     * "{@code <!-- end -->}"), or only a Markdown quote's mark ("&gt;" between quoted paragraphs): a reader of the page never
     * sees it, so it needs no place; nor a Markdown hard break alone on its line ("\\"), nor an empty paragraph held
     * open by a no-break space ("{@code <p>&nbsp;</p>}"). Every line with text does.
     */
    static boolean markupOnly(String line) {
        return SourceLines.isBlank(SourceLines.entities(MARKUP.matcher(line).replaceAll("")
                .replaceFirst("^\\s*(?:>\\s*)+$", "").replaceFirst("^\\s*\\\\\\s*$", "")));
    }

    @Test
    void exemptsOnlyLinesOfMarkupWithoutText() {
        assertThat(markupOnly("\t\t</li>")).isTrue();
        assertThat(markupOnly("<ol class=\"minute-matters\">  <!-- items -->")).isTrue();
        assertThat(markupOnly("> ")).isTrue();
        assertThat(markupOnly("\\")).isTrue();
        assertThat(markupOnly("<!DOCTYPE html>")).isTrue();
        assertThat(markupOnly("<%@ LANGUAGE=\"VBSCRIPT\" %>")).isTrue();
        assertThat(markupOnly("\t<link rel=\"stylesheet\" href=\"<!--ROOT-->/site.css\" />")).isTrue();
        assertThat(markupOnly("   <p>&nbsp;</p>")).isTrue();
        assertThat(markupOnly("<p>&amp;</p>")).isFalse();
        assertThat(markupOnly("\\ Ann")).isFalse();
        assertThat(markupOnly("<li><h4>BUDGET</h4>")).isFalse();
        assertThat(markupOnly("> The council agreed.")).isFalse();
        assertThat(markupOnly("To be signed by the Chair</p>")).isFalse();
        // Text in angle brackets that is no HTML element is text.
        assertThat(markupOnly("<Chair's name>")).isFalse();
    }

    @Test
    void blanksARawBlocksFencesOnly() {
        assertThat(withoutRawFences("- Paypal\n```{=html}\n<!-- -->\n```\n- Dwolla\n```\ncode\n```"))
                .isEqualTo("- Paypal\n\n<!-- -->\n\n- Dwolla\n```\ncode\n```");
    }

    /** The check itself fails when a line is missing: one sentence taken out of the YAML is reported. */
    @Test
    void reportsALineThatIsNotInTheYaml() {
        String source = "Minutes of the Parks Board, May 4, 2021\n\nThe board walked the new trail at Elm Creek.\n"
                + "Present: Jane Roe, Parks Trust\n";
        String yaml = "date: 2021-05-04\nattendees:\n  - name: Jane Roe\n    affiliation: Parks Trust\n"
                + "agenda:\n  - title: Preamble\n    narrative:\n      - Minutes of the Parks Board\n";
        assertThat(dropped(source, yaml)).containsExactly("3: The board walked the new trail at Elm Creek.");
        assertThat(dropped(source, yaml + "      - The board walked the new trail at Elm Creek.\n")).isEmpty();
        // An attendance label in a sentence's words is kept when its people are, dropped when they are not.
        String apologies = "Minutes of the Parks Board, May 4, 2021\n\nApologies had been received from Ann Lee.\n";
        String title = "date: 2021-05-04\ntitle: Minutes of the Parks Board\n";
        assertThat(dropped(apologies, title + "attendees:\n  - name: Ann Lee\n    status: excused\n")).isEmpty();
        assertThat(dropped(apologies, title + "attendees:\n  - name: Bo Ek\n    status: excused\n"))
                .containsExactly("3: Apologies had been received from Ann Lee.");
        // A motion's result word is kept as its field ("Carried" as result: passed), dropped when no result is there.
        String motion = "Minutes of the Parks Board, May 4, 2021\n\nMoved by Ann Lee to buy benches. Carried\n";
        String moved = title + "agenda:\n  - motions:\n      - text: Moved by Ann Lee to buy benches.\n";
        assertThat(dropped(motion, moved + "        result: passed\n")).isEmpty();
        assertThat(dropped(motion, moved)).containsExactly("3: Moved by Ann Lee to buy benches. Carried");
        // A field table's row is its label and value: kept when the value is, dropped when it is not.
        String table = "Minutes of the Parks Board, May 4, 2021\n\n| Where | Elm Creek Lodge |\n";
        assertThat(dropped(table, title + "location:\n  name: Elm Creek Lodge\n")).isEmpty();
        assertThat(dropped(table, title + "location:\n  name: Town Hall\n")).containsExactly("3: | Where | Elm Creek Lodge |");
        // A link whose text is its own address is kept as its text; dropped when that text is not in the file.
        String link = "Minutes of the Parks Board, May 4, 2021\n\n* Contact us: [parks.example/contact](https://parks.example/contact)\n";
        assertThat(dropped(link, title + "narrative:\n  - \"Contact us: parks.example/contact\"\n")).isEmpty();
        assertThat(dropped(link, title + "narrative:\n  - \"Contact us\"\n"))
                .containsExactly("3: * Contact us: parks.example/contact");
    }

    /** The seed's title line is in no field the recognisers fill: without it in the meeting file, the check fails. */
    @Test
    void catchesTheTitleLineLeftOut() throws Exception {
        Path seed = Path.of("..", "examples", "swtpic", "source", "2017-03-27-swtpic-minutes.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String yaml = ModelWriter.yaml(MinutesImporter.importFile(seed).meeting(), null);
        // Taking the title out of the meeting file, as an importer without a keeper leaves it, is caught.
        String withoutTitle = yaml.replaceAll("(?m)^title: .*\\n", "");
        assertThat(dropped(text, withoutTitle)).containsExactly(
                "1: Sex Work and Trafficking Policy Impact Committee - March 27, 2017 - Minutes");
    }

    /**
     * Whether {@code text} is an attendance label in a sentence's words ("Apologies had been received from Ann Lee.")
     * whose people are in the meeting file: as with a label and its colon, the label's words name the field the names
     * went to, and the line's wording is kept in the comment beside them.
     */
    private static boolean namesKept(String text, List<String> yamlWords, Map<String, List<Integer>> at) {
        List<Line> lines = SourceLines.read(text).lines();
        AttendanceParser.Label label = lines.size() == 1 ? AttendanceParser.label(lines.get(0)) : null;
        if (label == null || label.inline() == null || words(label.inline()).isEmpty()) {
            return false;
        }
        List<String> names = words(label.inline());
        return inOrder(names, yamlWords, at) || near(names, at);
    }

    /** A line opened by an item's number with no stop after it, and a capital: "7 Newsletter: ...". */
    private static final Pattern BARE_ITEM = Pattern.compile("^(\\s{0,3})\\d{1,2}\\s+(?=\\p{Lu})");

    /**
     * The lines whose items are numbered with no stop after the number ("1 Apologies" ... "2 Minutes" ... "3 Finance"):
     * the longest run of three or more lines opened by such a number counting up one by one from 1, whatever stands
     * between them. A number leading a line now and then ("4 Elm Road was sold") is a word of the minutes.
     */
    static List<Integer> bareItemNumbers(String[] lines) {
        List<Integer> run = new ArrayList<>();
        List<Integer> best = List.of();
        for (int n = 0; n < lines.length; n++) {
            Matcher m = BARE_ITEM.matcher(lines[n]);
            if (!m.find()) {
                continue;
            }
            int number = Integer.parseInt(lines[n].substring(m.start(), m.end()).strip());
            if (number == run.size() + 1) {
                run.add(n);
            } else if (number == 1) {
                run = new ArrayList<>(List.of(n));
            }
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
        }
        return best.size() >= 3 ? best : List.of();
    }

    @Test
    void readsOnlyARunOfBareNumbersAsItemNumbers() {
        String minutes = "1 Apologies: none\n\n2 Minutes: approved\n\n3 Finance: in order\n\n4 Next meeting: 4 May 2021\n";
        String yaml = "agenda:\n  - title: Apologies\n    narrative:\n      - none\n  - title: Minutes\n"
                + "    narrative:\n      - approved\n  - title: Finance\n    narrative:\n      - in order\n"
                + "next:\n  date: 2021-05-04\n";
        // The last item's label names the field its date went to, once its number is read as the number it is.
        assertThat(dropped(minutes, yaml)).isEmpty();
        assertThat(bareItemNumbers(minutes.split("\n", -1))).containsExactly(0, 2, 4, 6);
        // A run counts up from 1; "3 Elm Road" after "1 Apologies" is an address, and "12 members" no item.
        assertThat(bareItemNumbers("1 Apologies\n3 Elm Road was sold.\n12 Members attended.".split("\n"))).isEmpty();
    }

    /** The lines of {@code source} whose words are not in {@code yaml}, as "N: line". */
    static List<String> dropped(String source, String yaml) {
        List<String> yamlWords = words(yaml);
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < yamlWords.size(); i++) {
            at.computeIfAbsent(yamlWords.get(i), k -> new ArrayList<>()).add(i);
        }
        List<String> missing = new ArrayList<>();
        String[] lines = source.split("\\R", -1);
        for (int n : bareItemNumbers(lines)) {
            // An item's number is no word of the minutes, written with a stop after it ("10.") or without ("10 Next").
            lines[n] = BARE_ITEM.matcher(lines[n]).replaceFirst("$1");
        }
        for (int n = 0; n < lines.length; n++) {
            if (SourceLines.isBlank(lines[n]) || markupOnly(lines[n])) {
                continue;
            }
            // A web page's line is its text: the markup around it is no word of the minutes, its entities are letters;
            // Markdown's emphasis marks are no words either ("**Community Spac**e" is "Community Space").
            // A definition list's term labels the definition beside it ("<dt>Regrets</dt><dd>-</dd>" is "Regrets: -"), and
            // Markdown's escaped stars are its stars ("\\*\\*Members Present \\*\\*").
            String line = SELF_LINK.matcher(SourceLines.entities(MARKUP.matcher(TERM_END.matcher(lines[n]).replaceAll(": "))
                    .replaceAll(" "))).replaceAll("${text}").replace("\\*", "*").replace("**", "").replace("__", "");
            if (!line.equals(lines[n])) {
                // A page's line holding a list's items, each with its number ("i) ... ii) ..."), numbers no word.
                line = PIECE_NUMBER.matcher(line).replaceAll(" ");
            }
            List<String> verbatim = words(NUMBER.matcher(line).replaceFirst(""));
            if (inOrder(verbatim, yamlWords, at)) {
                // Kept word for word, dates and times as written ("9th December 2015 15:00GMT").
                continue;
            }
            if (lines[n].contains("__") && inOrder(words(NUMBER.matcher(SourceLines.entities(MARKUP.matcher(TERM_END
                    .matcher(lines[n]).replaceAll(": ")).replaceAll(" ")).replace("\\*", "*").replace("**", "")
                    .replaceAll(SourceLines.UNDERSCORE_BOLD.pattern(), "$1")).replaceFirst("")), yamlWords, at)) {
                // Underscores with no pair, which are no bold: a nick's ("Sam____"), a web address's ("UKC__1mO").
                continue;
            }
            if (!line.equals(lines[n]) && inOrder(words(NUMBER.matcher(SourceLines.entities(MARKUP.matcher(lines[n])
                    .replaceAll("")).replace("**", "").replace("__", "")).replaceFirst("")), yamlWords, at)) {
                // Kept with an inline tag read as part of its word: "130<sup>th</sup> St" is "130th St".
                continue;
            }
            if (n + 1 < lines.length && TABLE_RULE.matcher(lines[n + 1]).matches()) {
                // A table's header row ("Name | Attendance | Role") names the fields of the rows below, as a label does.
                continue;
            }
            String text = NUMBER.matcher(withoutDatesAndTimes(line, yaml)).replaceFirst("");
            Matcher row = FIELD_ROW.matcher(text);
            if (row.matches() && row.group("label").strip().split("\\s+").length <= 6) {
                // A two-cell row of a field table ("| Where | Discord |") is a "Where: Discord" line: its label names the field.
                text = row.group("rest");
            }
            if (AttendanceParser.heading(text) != null) {
                // An attendance label alone without its colon ("**Members Present **") names the list below it.
                continue;
            }
            Matcher label = LABEL.matcher(text);
            if (label.matches() && !words(label.group("rest")).isEmpty() && label.group("label").split("\\s+").length <= 6) {
                text = label.group("rest");
            } else if (label.matches() && words(label.group("rest")).isEmpty()
                    && label.group("label").split("\\s+").length <= 6) {
                // A label alone ("Location:", "Board members in attendance were:") names the field below it.
                continue;
            }
            List<String> want = words(text);
            List<String> roll = new ArrayList<>(want);
            if (yaml.contains("status: present")) {
                roll.replaceAll(w -> w.equals("yes") ? "present" : w);
            }
            // A motion's result as the minutes word it ("Carried", "Defeated") is the field the importer writes it to.
            List<String> verdict = new ArrayList<>(want);
            verdict.replaceAll(w -> RESULT.getOrDefault(w, w));
            if (!inOrder(want, yamlWords, at) && !near(want, at) && !inOrder(roll, yamlWords, at) && !near(roll, at)
                    && !inOrder(verdict, yamlWords, at) && !namesKept(text, yamlWords, at)) {
                missing.add((n + 1) + ": " + line.strip());
            }
        }
        return missing;
    }

    /** Whether the words stand in this order within a stretch of about twice as many words of the YAML. */
    private static boolean inOrder(List<String> want, List<String> yaml, Map<String, List<Integer>> at) {
        if (want.isEmpty()) {
            return true;
        }
        int window = 2 * want.size() + 10;
        for (int start : at.getOrDefault(want.get(0), List.of())) {
            int k = 1;
            for (int p = start + 1; k < want.size() && p < yaml.size() && p - start <= window; p++) {
                if (yaml.get(p).equals(want.get(k))) {
                    k++;
                }
            }
            if (k == want.size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether all the words stand within a stretch of about three times as many words of the YAML, in any order. */
    private static boolean near(List<String> want, Map<String, List<Integer>> at) {
        if (want.isEmpty()) {
            return true;
        }
        List<String> distinct = want.stream().distinct().toList();
        // Field names stand between the values in YAML (name:, affiliation:, status:, note:), hence three times.
        int window = 3 * distinct.size() + 10;
        for (String w : distinct) {
            if (!at.containsKey(w)) {
                return false;
            }
        }
        List<Integer> centers = distinct.stream().flatMap(w -> at.get(w).stream()).toList();
        for (int p : centers) {
            int lo = p;
            int hi = p;
            boolean all = true;
            for (String w : distinct) {
                int best = -1;
                for (int q : at.get(w)) {
                    if (Math.abs(q - p) <= window && (best < 0 || Math.abs(q - p) < Math.abs(best - p))) {
                        best = q;
                    }
                }
                if (best < 0) {
                    all = false;
                    break;
                }
                lo = Math.min(lo, best);
                hi = Math.max(hi, best);
            }
            if (all && hi - lo <= window) {
                return true;
            }
        }
        return false;
    }

    /** The line with the dates and times that the YAML holds (in its own form) blanked out. */
    private static String withoutDatesAndTimes(String line, String yaml) {
        StringBuilder sb = new StringBuilder(line);
        for (DateRecognizer.Found d : DateRecognizer.full(line)) {
            if (yaml.contains(d.date().toString())) {
                Matcher w = WEEKDAY.matcher(line.substring(0, d.start()));
                int start = w.find() ? w.start() : d.start();
                for (int i = start; i < d.end(); i++) {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        String rest = sb.toString();
        int from = 0;
        while (from < rest.length()) {
            TimeRecognizer.Found t = TimeRecognizer.first(rest.substring(from), null);
            if (t == null) {
                break;
            }
            int start = from + t.start();
            int end = Math.min(rest.length(), start + t.written().length());
            String hhmm = t.time().toString();
            String other = t.time().plusHours(12).toString();
            if (yaml.contains("\"" + hhmm + "\"") || yaml.contains(" " + hhmm + "\n") || yaml.contains(" " + other + "\n")
                    || yaml.contains("\"" + other + "\"")) {
                for (int i = start; i < end; i++) {
                    sb.setCharAt(i, ' ');
                }
            }
            from = Math.max(end, start + 1);
        }
        return sb.toString();
    }

    private static List<String> words(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            if (m.group().length() >= 3) {
                out.add(m.group());
            }
        }
        return out;
    }
}
