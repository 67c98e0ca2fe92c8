package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.ModelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Measures the importer on real minutes of other bodies ({@code samples/*.txt}, each with a {@code .json} of facts
 * read by hand) and on the seed (against the hand-made meeting), and prints precision and recall per field.
 *
 * <p>Scoring rules. Names match when their first and last words match, accents, case and titles aside ("Councilor
 * Tuttle" = "Bill Tuttle" when only the last name is written). Section titles are the top-level agenda items,
 * compared without case and punctuation. An action item matches when its owners match and its task shares a word
 * with the hand-read task; hand-read items marked {@code explicit: false} are judgement calls: finding one is not a
 * false positive and missing one is not a false negative. A motion matches on its mover and at least half the
 * words of its hand-read text; hand-read "motions" with no mover (outcomes agreed by consensus) may be matched by a
 * decision, which is where the model keeps them. The next meeting is its date.
 */
class SampleAccuracyTest {
    private static final Map<String, int[]> SCORES = new LinkedHashMap<>();
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "will", "into",
            "about", "all", "are", "was", "were", "its", "any", "has", "have", "been", "which", "their", "them", "they");

    static {
        for (String field : List.of("date", "attendees", "section titles", "action items with owners", "motions",
                "next meeting")) {
            SCORES.put(field, new int[3]);
        }
    }

    static Stream<String> samples() {
        return Stream.of("05-rivergrove-city-council-2017-11-13-minutes", "08-port-of-alsea-board-2018-11-15-minutes",
                "11-uk-open-standards-board-2016-11-24-minutes", "12-django-software-foundation-board-2024-03-14-minutes");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void importsSampleAndPassesCheck(String name, @TempDir Path dir) throws Exception {
        Path source = dir.resolve(name + ".txt");
        Files.write(source, resource("samples/" + name + ".txt"));
        ImportResult result = MinutesImporter.importFile(source);
        Meeting m = result.meeting();
        String yaml = ModelWriter.yaml(m, null, Map.of());
        Path out = dir.resolve(m.date() + ".yaml");
        Files.writeString(out, yaml);
        CheckReport report = Checker.check(out);
        assertThat(report.problems()).filteredOn(p -> p.isError()).isEmpty();
        assertThat(ModelReader.readMeeting(out)).isEqualTo(m);
        score(m, truth(name));
    }

    @Test
    void seedScoresAgainstTheHandMadeMeeting() throws Exception {
        Path root = Path.of("..", "examples", "swtpic");
        Meeting m = MinutesImporter.importFile(root.resolve("source/2017-03-27-swtpic-minutes.txt")).meeting();
        score(m, handMadeTruth(ModelReader.readMeeting(root.resolve("meetings/2017-03-27.yaml"))));
    }

    @AfterAll
    static void reportAndHoldFloors() {
        StringBuilder sb = new StringBuilder("\nImport accuracy (4 samples + seed)\n");
        sb.append(String.format("%-26s %4s %4s %4s %9s %7s%n", "field", "TP", "FP", "FN", "precision", "recall"));
        for (Map.Entry<String, int[]> e : SCORES.entrySet()) {
            int[] s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-26s %4d %4d %4d %9s %7s%n", e.getKey(), s[0], s[1], s[2],
                    ratio(s[0], s[0] + s[1]), ratio(s[0], s[0] + s[2])));
        }
        System.out.println(sb);
        if (SCORES.get("date")[0] + SCORES.get("date")[2] < 5) {
            return; // run partially (a single test selected): no floors
        }
        // Floors: a little under what the importer measures today, so that a regression fails the build.
        assertFloor("date", 1.0, 1.0);
        assertFloor("attendees", 0.95, 0.90);
        assertFloor("section titles", 0.95, 0.90);
        assertFloor("action items with owners", 0.90, 0.90);
        assertFloor("motions", 0.95, 0.95);
        assertFloor("next meeting", 1.0, 1.0);
    }

    private static void assertFloor(String field, double precision, double recall) {
        int[] s = SCORES.get(field);
        double p = s[0] + s[1] == 0 ? 1 : (double) s[0] / (s[0] + s[1]);
        double r = s[0] + s[2] == 0 ? 1 : (double) s[0] / (s[0] + s[2]);
        assertThat(p).as(field + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(r).as(field + " recall").isGreaterThanOrEqualTo(recall);
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) a / b);
    }

    /** The hand-read facts, in one shape for the samples' JSON and the seed's hand-made YAML. */
    record Truth(String date, List<String> attendees, List<String> sections, List<TruthAction> actions,
                 List<TruthMotion> motions, String next) {
    }

    record TruthAction(String owner, String task, boolean required) {
    }

    record TruthMotion(String mover, String text) {
    }

    @SuppressWarnings("unchecked")
    private static Truth truth(String name) {
        Map<String, Object> json = new Yaml().load(new String(resource("samples/" + name + ".json"), StandardCharsets.UTF_8));
        Map<String, Object> t = (Map<String, Object>) json.get("ground_truth");
        List<String> attendees = ((List<Map<String, Object>>) t.get("attendees")).stream()
                .map(a -> (String) a.get("name")).toList();
        List<TruthAction> actions = ((List<Map<String, Object>>) t.get("action_items")).stream()
                .map(a -> new TruthAction((String) a.get("owner"), (String) a.get("task"),
                        !Boolean.FALSE.equals(a.get("explicit")))).toList();
        List<TruthMotion> motions = ((List<Map<String, Object>>) t.get("motions")).stream()
                .map(a -> new TruthMotion((String) a.get("moved_by"), (String) a.get("motion"))).toList();
        return new Truth((String) t.get("meeting_date"), attendees, (List<String>) t.get("section_titles"), actions,
                motions, (String) t.get("next_meeting_date"));
    }

    private static Truth handMadeTruth(Meeting m) {
        List<TruthAction> actions = m.actionItems().stream()
                .map(a -> new TruthAction(String.join(" and ", a.owners()), a.task(), true)).toList();
        List<TruthMotion> motions = m.allItems().flatMap(i -> i.motions().stream())
                .map(x -> new TruthMotion(x.mover(), x.text())).toList();
        return new Truth(m.date().toString(), m.attendees().stream().map(Attendee::name).toList(),
                m.agenda().stream().map(AgendaItem::title).toList(), actions, motions,
                m.next() == null || m.next().date() == null ? null : m.next().date().toString());
    }

    private static void score(Meeting m, Truth t) {
        count("date", t.date() != null && t.date().equals(m.date().toString()) ? 1 : 0,
                t.date() != null && t.date().equals(m.date().toString()) ? 0 : 1, t.date() == null || t.date().equals(m.date().toString()) ? 0 : 1);

        List<String> present = m.attendees().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(Attendee::name).toList();
        matchNames("attendees", present, t.attendees());

        List<String> titles = m.agenda().stream().map(a -> title(a.title())).toList();
        List<String> expected = t.sections().stream().map(SampleAccuracyTest::title).toList();
        int tp = (int) titles.stream().filter(expected::contains).count();
        count("section titles", tp, titles.size() - tp, expected.size() - tp);

        List<ActionItem> actions = new ArrayList<>(m.actionItems());
        int atp = 0;
        int afn = 0;
        List<TruthAction> optional = t.actions().stream().filter(a -> !a.required()).toList();
        for (TruthAction want : t.actions().stream().filter(TruthAction::required).toList()) {
            ActionItem hit = actions.stream().filter(a -> actionMatches(a, want)).findFirst().orElse(null);
            if (hit != null) {
                actions.remove(hit);
                atp++;
            } else {
                afn++;
            }
        }
        actions.removeIf(a -> optional.stream().anyMatch(o -> actionMatches(a, o)));
        count("action items with owners", atp, actions.size(), afn);

        List<Motion> motions = new ArrayList<>(m.allItems().flatMap(i -> i.motions().stream()).toList());
        List<String> decisions = new ArrayList<>(m.allItems().flatMap(i -> i.decisions().stream()).toList());
        int mtp = 0;
        int mfn = 0;
        for (TruthMotion want : t.motions()) {
            Motion hit = motions.stream().filter(x -> sameName(x.mover(), want.mover()) && similar(x.text(), want.text()))
                    .findFirst().orElse(null);
            if (hit != null) {
                motions.remove(hit);
                mtp++;
                continue;
            }
            String decision = want.mover() == null
                    ? decisions.stream().filter(d -> similar(d, want.text())).findFirst().orElse(null) : null;
            if (decision != null) {
                decisions.remove(decision);
                mtp++;
            } else {
                mfn++;
            }
        }
        count("motions", mtp, motions.size(), mfn);

        String next = m.next() == null || m.next().date() == null ? null : m.next().date().toString();
        boolean nextRight = Objects.equals(next, t.next());
        count("next meeting", nextRight && next != null ? 1 : 0, next != null && !nextRight ? 1 : 0,
                t.next() != null && !nextRight ? 1 : 0);
    }

    private static void matchNames(String field, List<String> got, List<String> want) {
        List<String> left = new ArrayList<>(got);
        int tp = 0;
        for (String w : want) {
            String hit = left.stream().filter(g -> sameName(g, w)).findFirst().orElse(null);
            if (hit != null) {
                left.remove(hit);
                tp++;
            }
        }
        count(field, tp, left.size(), want.size() - tp);
    }

    private static boolean actionMatches(ActionItem a, TruthAction want) {
        List<String> owners = want.owner() == null ? List.of()
                : Arrays.stream(want.owner().replaceAll("\\([^)]*\\)", "").split("\\s+and\\s+|\\s*&\\s*|\\s+or\\s+|\\s*,\\s*"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (owners.size() != a.owners().size()) {
            return false;
        }
        for (String o : owners) {
            if (a.owners().stream().noneMatch(x -> sameName(x, o))) {
                return false;
            }
        }
        Set<String> common = words(a.task());
        common.retainAll(words(want.task()));
        return !common.isEmpty();
    }

    /** Same person: same last word, and same first word unless one of them is a single word. Titles ignored. */
    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            return false;
        }
        return x.size() == 1 || y.size() == 1 || x.get(0).equals(y.get(0));
    }

    private static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(NameIndex.fold(name).replaceAll("[^\\p{L}\\s'-]", " ")
                .strip().split("\\s+")));
        words.removeIf(w -> w.isEmpty() || w.equals("the") || NameIndex.TITLES.contains(w));
        return words;
    }

    private static boolean similar(String got, String want) {
        Set<String> w = words(want);
        Set<String> common = words(got);
        common.retainAll(w);
        return !w.isEmpty() && common.size() * 2 >= w.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>(Arrays.asList(NameIndex.fold(s).split("[^\\p{L}\\p{N}]+")));
        out.removeIf(w -> w.length() < 3 || STOP.contains(w));
        return out;
    }

    private static String title(String s) {
        return NameIndex.fold(s).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' ]", "").replaceAll("\\s+", " ").strip();
    }

    private static void count(String field, int tp, int fp, int fn) {
        synchronized (SCORES) {
            int[] s = SCORES.get(field);
            s[0] += tp;
            s[1] += fp;
            s[2] += fn;
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = SampleAccuracyTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
