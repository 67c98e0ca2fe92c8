package dev.clerk.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The structure-aware score of one import, as {@code ../shared/tools/score_import_strict.py} computes it: a fact
 * counts only where the schema puts it. Its rules, kept line for line:
 * <ul>
 *   <li>date: the top-level {@code date} equals the meeting date;</li>
 *   <li>start: the top-level {@code start}, zero-padded to five characters, equals the start time;</li>
 *   <li>attendees: a true name's first and last words both occur in one {@code attendees[].name};</li>
 *   <li>sections: a true title (less a short number such as "1." or "IV)", cut to 40 characters) occurs in a title of
 *       the agenda tree, or such a title longer than 8 characters occurs in it;</li>
 *   <li>owners: the first word of a true owner occurs in an action item's owner;</li>
 *   <li>motions: the last word of a true mover occurs in a motion's mover;</li>
 *   <li>kept: a source line of at least 25 characters and 4 words is kept when 60% of its word triples occur in the
 *       YAML.</li>
 * </ul>
 * Texts are compared after {@link #norm}: accents dropped, curly quotes straightened, other punctuation made
 * spaces, lower case. The YAML is read with every scalar a string, as the script's BaseLoader does.
 */
final class StrictScore {
    /** The figures, in the script's order. */
    static final List<String> FIGURES = List.of("date", "start", "attendees", "sections", "owners", "motions", "kept");

    private static final Pattern DROP = Pattern.compile("[^\\w$#'\"%&/.,:;()-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("^[\\w.]{1,5}[.)]\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Python's str.splitlines() line boundaries. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]");

    private StrictScore() {
    }

    /**
     * One document's figures: for each figure scored, hits and total. Date and start are scored only when the
     * hand-read facts give them; {@code failed} when the YAML could not be read (or was empty).
     */
    record Result(Map<String, int[]> figures, boolean failed) {
        /** The script's line for the document: "date 1/1; start 0/1; ...". */
        String line() {
            List<String> parts = new ArrayList<>();
            figures.forEach((k, v) -> parts.add(k + " " + v[0] + "/" + v[1]));
            return String.join("; ", parts);
        }
    }

    @SuppressWarnings("unchecked")
    static Result score(Map<String, Object> truth, String source, String yamlText) {
        Map<String, Object> doc = Map.of();
        String text = "";
        if (yamlText != null) {
            text = norm(yamlText);
            try {
                Object loaded = stringsOnly().load(yamlText);
                doc = loaded instanceof Map ? (Map<String, Object>) loaded : Map.of();
            } catch (RuntimeException e) {
                doc = Map.of();
            }
        }
        boolean failed = doc.isEmpty();
        List<Map<String, Object>> items = walk(doc.get("agenda"), new ArrayList<>());
        List<String> titles = items.stream().map(i -> norm(i.get("title"))).toList();
        List<String> att = new ArrayList<>();
        for (Object a : list(doc.get("attendees"))) {
            if (a instanceof Map<?, ?> m) {
                att.add(norm(m.get("name")));
            }
        }
        List<String> owners = new ArrayList<>();
        List<String> movers = new ArrayList<>();
        for (Map<String, Object> i : items) {
            for (Object a : list(i.get("actions"))) {
                if (a instanceof Map<?, ?> m) {
                    for (Object o : list(m.get("owners"))) {
                        owners.add(norm(o));
                    }
                }
            }
            for (Object x : list(i.get("motions"))) {
                if (x instanceof Map<?, ?> m) {
                    movers.add(norm(m.get("mover")));
                }
            }
        }
        Map<String, int[]> row = new LinkedHashMap<>();
        if (truthy(truth.get("meeting_date"))) {
            row.put("date", new int[] {String.valueOf(doc.get("date")).equals(truth.get("meeting_date")) ? 1 : 0, 1});
        }
        if (truthy(truth.get("start_time"))) {
            Object start = doc.containsKey("start") ? doc.get("start") : "";
            row.put("start", new int[] {zfill(String.valueOf(start), 5).equals(truth.get("start_time")) ? 1 : 0, 1});
        }
        List<String> names = new ArrayList<>();
        for (Object a : list(truth.get("attendees"))) {
            Map<String, Object> m = (Map<String, Object>) a;
            if (truthy(m.get("name"))) {
                names.add(norm(m.get("name")));
            }
        }
        row.put("attendees", new int[] {count(names, n -> {
            String[] w = n.split(" ", -1);
            return att.stream().anyMatch(a -> a.contains(w[0]) && a.contains(w[w.length - 1]));
        }), names.size()});
        List<String> secs = new ArrayList<>();
        for (Object s : list(truth.get("section_titles"))) {
            if (truthy(s)) {
                secs.add(norm(s));
            }
        }
        row.put("sections", new int[] {count(secs, s -> {
            String t0 = head(NUMBER.matcher(s).replaceFirst(""), 40);
            return titles.stream().anyMatch(t -> !t0.isEmpty()
                    && (t.contains(t0) || t.codePointCount(0, t.length()) > 8 && t0.contains(t)));
        }), secs.size()});
        List<String> want = new ArrayList<>();
        for (Object a : list(truth.get("action_items"))) {
            Map<String, Object> m = (Map<String, Object>) a;
            Object o = truthy(m.get("owner")) ? m.get("owner") : m.get("owners");
            for (Object x : o instanceof List<?> l ? l : java.util.Collections.singletonList(o)) {
                if (truthy(x)) {
                    want.add(String.valueOf(x));
                }
            }
        }
        row.put("owners", new int[] {count(want, o -> {
            String first = norm(o).split(" ", -1)[0];
            return owners.stream().anyMatch(x -> x.contains(first));
        }), want.size()});
        List<String> mv = new ArrayList<>();
        for (Object x : list(truth.get("motions"))) {
            if (x instanceof Map<?, ?> m && truthy(m.get("moved_by"))) {
                mv.add(norm(m.get("moved_by")));
            }
        }
        row.put("motions", new int[] {count(mv, m -> {
            String[] w = m.split(" ", -1);
            return movers.stream().anyMatch(x -> x.contains(w[w.length - 1]));
        }), mv.size()});
        List<String> tw = words(text);
        Set<List<String>> tri = new HashSet<>();
        for (int i = 0; i + 2 < tw.size(); i++) {
            tri.add(tw.subList(i, i + 3));
        }
        List<String> lines = new ArrayList<>();
        for (String l : splitLines(source)) {
            String s = pyStrip(l);
            if (s.codePointCount(0, s.length()) >= 25 && words(l).size() >= 4) {
                lines.add(l);
            }
        }
        row.put("kept", new int[] {count(lines, l -> {
            List<String> w = words(norm(l));
            int n = Math.max(0, w.size() - 2);
            int hit = 0;
            for (int i = 0; i < n; i++) {
                hit += tri.contains(w.subList(i, i + 3)) ? 1 : 0;
            }
            return n > 0 && hit >= 0.6 * n;
        }), lines.size()});
        return new Result(row, failed);
    }

    /** The script's norm(): NFKD without combining marks, curly quotes straight, other punctuation spaces, lower case. */
    static String norm(Object value) {
        String s = value == null ? "" : String.valueOf(value);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(sb::appendCodePoint);
        s = sb.toString().replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
        s = DROP.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The figures summed over documents, and the script's summary line. */
    static String summary(Map<String, int[]> totals, int failed) {
        List<String> parts = new ArrayList<>();
        for (String k : FIGURES) {
            parts.add(k + " " + String.format(java.util.Locale.ROOT, "%.2f", ratio(totals.get(k))));
        }
        return "recall " + String.join(", ", parts) + "; " + failed + " imports failed";
    }

    static double ratio(int[] hitsAndTotal) {
        return hitsAndTotal == null || hitsAndTotal[1] == 0 ? 1.0 : (double) hitsAndTotal[0] / hitsAndTotal[1];
    }

    private static Yaml stringsOnly() {
        Resolver none = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // Every plain scalar stays a string, as with PyYAML's BaseLoader.
            }
        };
        LoaderOptions options = new LoaderOptions();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                none);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> walk(Object items, List<Map<String, Object>> out) {
        for (Object it : list(items)) {
            if (it instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
                walk(m.get("items"), out);
            }
        }
        return out;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    /** Python truthiness of a JSON or YAML value. */
    private static boolean truthy(Object o) {
        return o != null && !(o instanceof String s && s.isEmpty()) && !Boolean.FALSE.equals(o)
                && !(o instanceof List<?> l && l.isEmpty()) && !(o instanceof Map<?, ?> m && m.isEmpty());
    }

    private static <T> int count(List<T> xs, java.util.function.Predicate<T> hit) {
        return (int) xs.stream().filter(hit).count();
    }

    private static String zfill(String s, int width) {
        int n = s.codePointCount(0, s.length());
        if (n >= width) {
            return s;
        }
        String pad = "0".repeat(width - n);
        return s.startsWith("-") || s.startsWith("+") ? s.charAt(0) + pad + s.substring(1) : pad + s;
    }

    private static String head(String s, int codePoints) {
        return s.codePointCount(0, s.length()) <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    /** Python's str.strip(): no-break spaces are spaces too. */
    private static String pyStrip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && (Character.isWhitespace(s.charAt(b)) || Character.isSpaceChar(s.charAt(b)))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(s.charAt(e - 1)) || Character.isSpaceChar(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>(List.of(LINE_BREAK.split(s, -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
