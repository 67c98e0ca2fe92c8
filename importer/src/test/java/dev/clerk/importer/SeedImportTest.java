package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.io.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed minutes import to the hand-made {@code examples/swtpic/meetings/2017-03-27.yaml}.
 *
 * <p>What "equal" means for action items and decisions: the hand-made file restates each task in its own words
 * ("Send Minouche the two articles ..., to distribute to the general Task Force" merges two sentences), which no
 * importer can know. So a task is equal when what the importer can know is equal: the id, the owners, the due
 * date, the first word (the verb it starts with), and the sentence of the minutes it comes from. The source
 * sentence of either task is the sentence of its item's narrative (or its follow-up's text) that shares the most
 * words with it; both must point at the same sentence. Everything else (attendees, titles, nesting, narrative
 * text, follow-up text and the tasks they restate, proposed items, next date) must be equal exactly.
 */
class SeedImportTest {
    private static Meeting imported;
    private static Meeting handMade;

    @BeforeAll
    static void importSeed() throws Exception {
        Path root = Path.of("..", "examples", "swtpic");
        imported = MinutesImporter.importFile(root.resolve("source/2017-03-27-swtpic-minutes.txt")).meeting();
        handMade = ModelReader.readMeeting(root.resolve("meetings/2017-03-27.yaml"));
    }

    @Test
    void readsDateTimeAndPlace() {
        assertThat(imported.date()).isEqualTo(handMade.date());
        assertThat(imported.start()).isEqualTo(handMade.start());
        assertThat(imported.location()).isEqualTo(handMade.location());
        assertThat(imported.kind()).isEqualTo(handMade.kind());
    }

    @Test
    void readsEveryAttendeeWithAffiliation() {
        assertThat(imported.attendees()).isEqualTo(handMade.attendees());
    }

    @Test
    void readsSectionsWithTitlesNestingAndNarrative() {
        assertThat(outline(imported.agenda(), "")).isEqualTo(outline(handMade.agenda(), ""));
        List<AgendaItem> a = imported.allItems().toList();
        List<AgendaItem> b = handMade.allItems().toList();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).narrative()).as(b.get(i).title()).isEqualTo(b.get(i).narrative());
        }
    }

    @Test
    void readsActionItemsWithOwnersDueDatesAndSources() {
        List<AgendaItem> a = imported.allItems().toList();
        List<AgendaItem> b = handMade.allItems().toList();
        for (int i = 0; i < a.size(); i++) {
            sameActions(a.get(i).actions(), b.get(i).actions(), String.join(" ", b.get(i).narrative()), b.get(i).title());
        }
        assertThat(imported.actionItems()).extracting(ActionItem::id)
                .isEqualTo(handMade.actionItems().stream().map(ActionItem::id).toList());
    }

    @Test
    void readsDecisionsFromTheirSentences() {
        List<AgendaItem> a = imported.allItems().toList();
        List<AgendaItem> b = handMade.allItems().toList();
        for (int i = 0; i < a.size(); i++) {
            String narrative = String.join(" ", b.get(i).narrative());
            assertThat(a.get(i).decisions()).as(b.get(i).title()).hasSameSizeAs(b.get(i).decisions());
            for (int k = 0; k < a.get(i).decisions().size(); k++) {
                assertThat(source(a.get(i).decisions().get(k), narrative))
                        .isEqualTo(source(b.get(i).decisions().get(k), narrative));
            }
        }
    }

    @Test
    void readsNextMeetingFollowUpsAndProposedItems() {
        NextMeeting x = imported.next();
        NextMeeting y = handMade.next();
        assertThat(x.date()).isEqualTo(y.date());
        assertThat(x.time()).isEqualTo(y.time());
        assertThat(x.proposedItems()).isEqualTo(y.proposedItems());
        assertThat(x.followUps()).extracting(FollowUp::text).isEqualTo(y.followUps().stream().map(FollowUp::text).toList());
        for (int i = 0; i < x.followUps().size(); i++) {
            FollowUp f = x.followUps().get(i);
            FollowUp g = y.followUps().get(i);
            assertThat(f.tasks()).as("follow-up %d restates", i + 1).isEqualTo(g.tasks());
            sameActions(f.actions(), g.actions(), g.text(), "follow-up " + (i + 1));
        }
    }

    private static void sameActions(List<ActionItem> got, List<ActionItem> want, String narrative, String where) {
        assertThat(got).as(where).hasSameSizeAs(want);
        for (int k = 0; k < got.size(); k++) {
            ActionItem x = got.get(k);
            ActionItem y = want.get(k);
            String what = where + " / " + y.id();
            assertThat(x.id()).as(what).isEqualTo(y.id());
            assertThat(x.owners()).as(what).isEqualTo(y.owners());
            assertThat(x.due()).as(what).isEqualTo(y.due());
            assertThat(firstWord(x.task())).as(what).isEqualTo(firstWord(y.task()));
            assertThat(source(x.task(), narrative)).as(what).isEqualTo(source(y.task(), narrative));
        }
    }

    private static List<String> outline(List<AgendaItem> items, String indent) {
        List<String> out = new ArrayList<>();
        for (AgendaItem i : items) {
            out.add(indent + i.title());
            out.addAll(outline(i.items(), indent + "  "));
        }
        return out;
    }

    private static String firstWord(String s) {
        return s.split("[\\s,]+")[0].toLowerCase(Locale.ROOT);
    }

    /** The sentence of {@code narrative} that shares the most words with {@code text}. */
    static String source(String text, String narrative) {
        Set<String> words = words(text);
        String best = null;
        int bestScore = -1;
        for (String sentence : narrative.split("(?<=[.!?])[\\s\\u00A0]+(?=[A-Z])(?<!Sgt\\. )")) {
            Set<String> common = words(sentence);
            common.retainAll(words);
            if (common.size() > bestScore) {
                bestScore = common.size();
                best = sentence.strip();
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        out.removeIf(w -> w.length() < 3 || Set.of("the", "and", "will", "for", "with", "that", "this").contains(w));
        return out;
    }
}
