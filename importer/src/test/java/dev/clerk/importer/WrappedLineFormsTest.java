package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines hard-wrapped as e-mail, text exported at 72 columns and PDF text leave them, from invented minutes: an
 * attendance line, an action sentence, a motion and a list item with a hanging indent, each wrapped over two or three
 * source lines, are read as the one line they are, and each source line is placed where it went. Guards: one name a
 * line under a label, short lines of verse or an address, a sentence that ends before a capitalised line, a heading
 * and a label line after a long line, and a list whose items are each a line.
 */
class WrappedLineFormsTest {
    @TempDir
    Path tmp;

    private static final String LONG_PRESENT = "Present: Ann Lee (Chair), Bo Chen, Cy Diaz, Dee Evans, Eve Fox, Hal Ives,";

    @Test
    void readsAnAttendanceLineWrappedOverSeveralLines() throws Exception {
        for (String second : List.of("Fay Gold, Gus Hill, Ida Jones", "    Fay Gold, Gus Hill, Ida Jones")) {
            Meeting m = imported("""
                    Garden club minutes, April 8, 2025

                    %s
                    %s

                    1. Seeds
                    The club ordered seeds.
                    """.formatted(LONG_PRESENT, second));
            assertThat(names(m)).as(second).containsExactly("Ann Lee", "Bo Chen", "Cy Diaz", "Dee Evans", "Eve Fox", "Hal Ives", "Fay Gold",
                    "Gus Hill", "Ida Jones");
        }
        // Cut inside a name: "Ida" at the end of one line, "Jones" at the start of the next.
        Meeting m = imported("""
                Garden club minutes, April 8, 2025

                Present: Ann Lee (Chair), Bo Chen (Treasurer), Cy Diaz, Fay Gold, Ida
                Jones, Kim Lu

                1. Seeds
                The club ordered seeds.
                """);
        assertThat(names(m)).contains("Ida Jones", "Kim Lu").doesNotContain("Ida", "Jones");
    }

    @Test
    void readsAWrappedLineAsOneWithTheRangeOfItsSourceLines() {
        List<Line> lines = SourceLines.read("""
                Ann Lee will review the lease and the insurance schedule with the agent and
                send the letter to the landlord before the next meeting.
                Moved by Ann Lee, seconded by Bo Chen, that the club approve the budget for
                the coming year as presented. Carried.
                - The treasurer will write to the bank about the account and the new
                  signatories for the club, and report back in June.
                """).lines().stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(Line::lines, Line::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1-2", "Ann Lee will review the lease and the insurance schedule with"
                        + " the agent and send the letter to the landlord before the next meeting."),
                org.assertj.core.groups.Tuple.tuple("3-4", "Moved by Ann Lee, seconded by Bo Chen, that the club approve"
                        + " the budget for the coming year as presented. Carried."),
                org.assertj.core.groups.Tuple.tuple("5-6", "The treasurer will write to the bank about the account and"
                        + " the new signatories for the club, and report back in June."));
        assertThat(lines.get(2).kind()).isEqualTo(Line.Kind.BULLET);
    }

    @Test
    void readsAWrappedMotionAndActionIntoTheirFields() throws Exception {
        ImportResult r = importedResult("""
                # Garden club minutes, April 8, 2025

                ## Budget

                It was moved by Ann Lee, seconded by Bo Chen, that the club approve the
                budget for the coming year as presented. Carried.

                ## Actions

                - Cy Diaz will write to the council about the verge outside the hall and
                  ask for the grass to be cut before the show.
                """);
        List<Motion> motions = new ArrayList<>();
        r.meeting().agenda().forEach(i -> motions.addAll(motions(i)));
        assertThat(motions).extracting(Motion::mover).contains("Ann Lee");
        assertThat(motions).extracting(Motion::seconder).contains("Bo Chen");
        assertThat(r.meeting().actionItems()).anySatisfy(a -> assertThat(a.owners()).containsExactly("Cy Diaz"));
        // Each source line of a wrapped one is placed, with the range it came from.
        assertThat(r.placements()).extracting(Placement::line).contains(5, 6, 10, 11);
        assertThat(r.placements()).filteredOn(p -> p.line() == 6).singleElement()
                .satisfies(p -> assertThat(p.lines()).isEqualTo("lines 5-6"));
        assertThat(r.placements()).filteredOn(p -> p.line() == 6).singleElement()
                .satisfies(p -> assertThat(p.describe()).startsWith("6: with line 5, "));
    }

    @Test
    void keepsAWrappedLineItCannotReadAsWrittenWithItsLines() {
        Placement p = new Placement(4, List.of("attendees[0]"), null, "Present: A, B", 3, 4);
        assertThat(p.lines()).isEqualTo("lines 3-4");
        assertThat(p.wordingComment()).isEqualTo("as written (lines 3-4): Present: A, B");
        assertThat(new Placement(7, List.of("date"), null, "7 May").wordingComment())
                .isEqualTo("as written (line 7): 7 May");
    }

    @Test
    void neverJoinsLinesThatAreEachTheirOwn() {
        String text = """
                Present:
                Ann Lee
                Bo Chen
                Cy Diaz

                The Old School House,
                12 High Street,
                Little Marlow

                The wind was in the willows, and the river ran
                Down to the sea, and the heron stood in the reeds

                The meeting noted the report of the Treasurer on the accounts
                The Chair thanked the Treasurer for the work on the accounts.
                The meeting agreed the report of the Treasurer on the accounts and
                Moved: Ann Lee
                The council considered the application for the new car park at
                # Planning

                - Ann Lee will review the lease and the insurance schedule with the
                - Bo Chen will book the hall for the summer show and the autumn fair
                | Name | Role |
                """;
        List<Line> lines = SourceLines.read(text).lines();
        assertThat(lines).allSatisfy(l -> assertThat(l.last()).as(l.text()).isEqualTo(l.number()));
    }

    @Test
    void joinsOnlyALineThatGoesOnWithTheOneBefore() {
        // Lower case goes on; after a comma or "by" a capitalised word goes on; after a full stop it starts anew.
        assertThat(joined("The council considered the application for the new car park at the\nstation and refused it."))
                .isTrue();
        assertThat(joined("The application was received from the residents of the estate, and\nMr Brown spoke to it."))
                .isTrue();
        assertThat(joined("The application for the new car park was presented to the council by\nAnn Lee."))
                .isTrue();
        assertThat(joined("The application for the new car park was presented to the council.\nAnn Lee spoke to it."))
                .isFalse();
        assertThat(joined("Short line, and\nmore")).isFalse();
    }

    private static boolean joined(String text) {
        return SourceLines.read(text).lines().get(0).last() == 2;
    }

    private static List<Motion> motions(AgendaItem item) {
        List<Motion> out = new ArrayList<>(item.motions());
        item.items().forEach(c -> out.addAll(motions(c)));
        return out;
    }

    private static List<String> names(Meeting m) {
        return m.attendees().stream().map(Attendee::name).toList();
    }

    private Meeting imported(String text) throws Exception {
        return importedResult(text).meeting();
    }

    private ImportResult importedResult(String text) throws Exception {
        Path f = tmp.resolve("2025-04-08-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f);
    }
}
