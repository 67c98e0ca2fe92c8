package dev.clerk.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.Examples;
import dev.clerk.model.io.ModelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example loses no fact of the reference minutes it was transcribed from. */
class SeedTranscriptionTest {
    private static final Path SEED = Examples.SWTPIC.resolve("source/2017-03-27-swtpic-minutes.txt");
    private static final Pattern HEADING = Pattern.compile("^([IVX]+|[A-Z])\\.\\s+(.*)$");
    private static final Pattern FOLLOW_UP = Pattern.compile("^(\\d+)\\)\\s+(.*)$");
    private static Meeting meeting;
    private static Body body;
    private static List<String> seedLines;

    @BeforeAll
    static void read() throws Exception {
        meeting = ModelReader.readMeeting(Examples.SWTPIC.resolve("meetings/2017-03-27.yaml"));
        body = ModelReader.readBody(Examples.SWTPIC.resolve("committee.yaml"));
        seedLines = Files.readAllLines(SEED).stream().map(SeedTranscriptionTest::normalise).filter(l -> !l.isEmpty())
                .toList();
    }

    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Every text the model holds, whitespace-normalised and joined. */
    private static String modelText() {
        List<String> texts = new ArrayList<>();
        meeting.allItems().forEach(i -> {
            texts.add(i.title());
            texts.addAll(i.narrative());
        });
        meeting.next().followUps().forEach(f -> texts.add(f.text()));
        texts.addAll(meeting.next().proposedItems());
        return normalise(String.join(" \u0000 ", texts));
    }

    @Test
    void everySentenceOfTheNarrativeIsInTheModel() {
        int start = seedLines.indexOf("I. Introductions");
        assertThat(start).isPositive();
        String text = modelText();
        List<String> sentences = new ArrayList<>();
        for (String line : seedLines.subList(start, seedLines.size())) {
            var heading = HEADING.matcher(line);
            var followUp = FOLLOW_UP.matcher(line);
            String body = heading.matches() ? heading.group(2) : followUp.matches() ? followUp.group(2) : line;
            if (body.startsWith("Next Meeting:") || body.equals("Agenda items for next meeting:")) {
                continue; // structure, checked below
            }
            sentences.addAll(List.of(body.split("(?<=[.?!])\\s+(?=[A-Z])")));
        }
        assertThat(sentences).hasSizeGreaterThan(40);
        assertThat(sentences).allSatisfy(s -> assertThat(text).contains(s));
    }

    @Test
    void keepsEveryAttendeeWithAffiliationInOrder() {
        String line = seedLines.get(seedLines.indexOf("Attendees:") + 1);
        List<String> seed = Stream.of(line.split(";\\s*")).map(String::strip).toList();
        List<String> model = meeting.attendees().stream()
                .map(a -> a.name() + ", " + a.affiliation()).toList();
        assertThat(model).containsExactlyElementsOf(seed).hasSize(8);
    }

    @Test
    void keepsDateTimeAndAddress() {
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2017, 3, 27));
        assertThat(meeting.start()).isEqualTo(LocalTime.of(11, 0));
        assertThat(meeting.location().address())
                .containsExactly("25 Van Ness Avenue", "Suite 240", "San Francisco, CA 94102");
        assertThat(seedLines).contains("March 27, 2017 - 11:00am", "25 Van Ness Avenue", "Suite 240",
                "San Francisco, CA 94102");
    }

    @Test
    void keepsTheSectionStructure() {
        assertThat(meeting.agenda()).extracting(AgendaItem::title).containsExactly("Introductions", "Updates",
                "Request to join Legal Momentum lawsuit against Backpage");
        assertThat(meeting.agenda().get(1).items()).extracting(AgendaItem::title).containsExactly(
                "Check in on the Prioritizing Safety for Sex Workers Policy",
                "Meeting with Sgt. Flores on Human Trafficking Training at SFPD", "SFPD data");
    }

    @Test
    void keepsTheDecisionAndTheDeadline() {
        AgendaItem policy = meeting.agenda().get(1).items().get(0);
        assertThat(policy.decisions()).singleElement().asString().contains("deadline of July 1st");
        assertThat(meeting.actionItems()).filteredOn(a -> a.due() != null)
                .extracting(ActionItem::due).containsExactly(LocalDate.of(2017, 7, 1));
    }

    @Test
    void keepsTheNextMeetingFollowUpsAndProposedItems() {
        assertThat(meeting.next().date()).isEqualTo(LocalDate.of(2017, 5, 22));
        // Follow-ups 1 to 4 are numbered items; the fifth of the seed introduces the proposed agenda items.
        assertThat(meeting.next().followUps()).hasSize(4);
        assertThat(meeting.next().proposedItems()).containsExactly("Remaining a part of the Task Force",
                "Explore Laws that decriminalize transmission of HIV", "Priorities for 2017",
                "Debrief on presentation at general Task Force meeting");
    }

    @Test
    void everyActionItemHasAnOwnerKnownToTheCommittee() {
        assertThat(meeting.actionItems()).hasSize(8).allSatisfy(a -> {
            assertThat(a.owners()).isNotEmpty();
            assertThat(a.owners()).allSatisfy(o ->
                    assertThat(body.person(o).isPresent() || body.group(o).isPresent()).as(o).isTrue());
        });
        assertThat(meeting.actionItems()).filteredOn(a -> a.owners().size() == 2).singleElement()
                .extracting(ActionItem::owners).isEqualTo(List.of("Carol Leigh", "Minouche Kandel"));
    }
}
