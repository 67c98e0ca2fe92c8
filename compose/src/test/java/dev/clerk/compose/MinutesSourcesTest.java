package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MotionResult;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each run of the minutes that shows a value says the exact field it shows, and Clerk's own words around it carry
 * no field: what a reader of the Word minutes relies on to tell a value from the wording around it.
 */
class MinutesSourcesTest {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** The minutes of every meeting of the example and the fixtures, with the committee they belong to. */
    record Minutes(String name, Committee committee, Meeting meeting) {
        Document document() {
            return MinutesComposer.compose(committee, meeting);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Minutes> minutes() throws Exception {
        List<Minutes> out = new ArrayList<>();
        for (Path folder : Compositions.FOLDERS) {
            Committee committee = CommitteeFolder.read(folder);
            for (Meeting m : committee.meetings()) {
                if (m.hasMinutes()) {
                    out.add(new Minutes(folder.getFileName() + "-" + m.date(), committee, m));
                }
            }
        }
        out.add(new Minutes("constructed", constructed(), constructed().meetings().get(1)));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minutes")
    void everyRunWithAFieldShowsThatFieldsValueAndNothingElse(Minutes minutes) {
        Messages m = Messages.forLanguage(minutes.committee().body().language());
        List<String> wrong = new ArrayList<>();
        for (Run r : runs(minutes.document())) {
            if (r.source() == null || r.text().isEmpty()) {
                continue;
            }
            Object value = valueAt(minutes.committee(), r.source());
            if (!shows(r.text(), value, r.source().field(), m)) {
                wrong.add("'" + r.text() + "' is not the value of " + r.source() + " ('" + value + "')");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void splitsAMotionIntoItsWordingAndEachOfItsValues() throws Exception {
        Document doc = harborMinutes();
        Callout motion = blocks(doc.blocks()).filter(Callout.class::isInstance).map(Callout.class::cast)
                .filter(c -> c.kind() == Callout.Kind.MOTION).findFirst().orElseThrow();
        String at = "agenda[1].motions[0].";
        assertThat(shown(motion.text())).containsExactly(
                "To ask the Port for bilingual signage.«" + at + "text»", " Moved by ", "ليلى حداد«" + at + "mover»",
                ", seconded by ", "Noa Levi«" + at + "seconder»", ". ", "Motion passed«" + at + "result»", " ",
                "3«" + at + "vote.ayes»", "–", "0«" + at + "vote.noes»", ". Ayes: ",
                "Rana Haddad«" + at + "vote.ayeNames[0]»", ", ", "Noa Levi«" + at + "vote.ayeNames[1]»", ", ",
                "ليلى حداد«" + at + "vote.ayeNames[2]»", "; Absent: ", "אורי כהן«" + at + "vote.absentNames[0]»",
                ".");
    }

    @Test
    void givesEachAttendeeValueItsOwnFieldAndTheStatusWordNone() throws Exception {
        Document doc = harborMinutes();
        List<List<String>> lines = blocks(doc.blocks()).filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast).filter(p -> p.role() == Paragraph.Role.ATTENDANCE)
                .map(p -> shown(p.text())).toList();
        // The line leaves out the affiliation: the roster gives it, and says so.
        assertThat(lines.get(1)).containsExactly("Absent or excused:", " ", "אורי כהן«attendees[3].name»", ", ",
                "Marina Neighbors«people[3].affiliation»", " (excused); ", "Zoë Łukasiewicz-Őrs«people[4].name»");
        assertThat(lines.get(2)).containsExactly("Guests:", " ", "Jane Doe«attendees[5].name»", ", ",
                "Seaside Kayak Club«attendees[5].affiliation»", " (", "by phone«attendees[5].note»", ")");
        assertThat(lines.get(4)).containsExactly("A quorum was present (3 of 5 members; 3 needed).");
    }

    @Test
    void splitsActionsUpdatesAndTheNextMeetingIntoTheirValues() throws Exception {
        Committee committee = constructed();
        Document doc = MinutesComposer.compose(committee, committee.meetings().get(1));
        List<List<String>> texts = blocks(doc.blocks()).flatMap(MinutesSourcesTest::texts).map(MinutesSourcesTest::shown)
                .toList();
        assertThat(texts).contains(
                List.of("Report back.«agenda[0].actions[0].task»", " (", "Ana Ortiz«agenda[0].actions[0].owners[0]»",
                        ", ", "Ben Ng«agenda[0].actions[0].owners[1]»", " and ",
                        "Cleo Park«agenda[0].actions[0].owners[2]»", "; due ", "May 1, 2024«agenda[0].actions[0].due»",
                        ")"),
                List.of("Tidy up.«agenda[0].actions[1].task»", " (Unassigned)"),
                List.of("To adopt the budget.«agenda[0].motions[0].text»", " Moved by ",
                        "Ana Ortiz«agenda[0].motions[0].mover»", "; no second recorded. Vote: ",
                        "2«agenda[0].motions[0].vote.ayes»", "–", "1«agenda[0].motions[0].vote.noes»", ", ",
                        "1«agenda[0].motions[0].vote.abstentions»", " abstention. ",
                        "Pending a revised figure.«agenda[0].motions[0].note»"),
                List.of("Next Meeting: ", "May\u00a08,\u00a02024«next.date»"),
                List.of("Wednesday, May 8, 2024«next.date»", ", ", "6:30 p.m.«next.time»", ", ",
                        "Library«next.location.name»", ", ", "9 Oak Road«next.location.address[0]»"),
                List.of("Done«updates[0].status»", " (", "March 30, 2024«updates[0].date»", ")"),
                List.of("Now owned by ", "Ben Ng«updates[0].owners[0]»", ". Now due ", "June 1, 2024«updates[0].due»",
                        ". ", "Sent.«updates[0].note»"));
        Fields details = blocks(doc.blocks()).filter(Fields.class::isInstance).map(Fields.class::cast).findFirst()
                .orElseThrow();
        assertThat(details.fields()).extracting(Fields.Field::label, f -> shown(f.value())).containsExactly(
                tuple("Meeting Date:", List.of("April 3, 2024«date»")),
                tuple("Location:", List.of("Annex«location.name»", "\n", "2 Main Street«location.address[0]»")),
                tuple("Status:", List.of("Approved on ", "May 8, 2024«approvedOn»")));
        assertThat(shown(doc.furniture().headerRight())).containsExactly("Minutes – ", "April 3, 2024«date»");
        assertThat(shown(doc.furniture().footerLeft())).containsExactly("Approved on ", "May 8, 2024«approvedOn»");
    }

    private static Document harborMinutes() throws Exception {
        Committee committee = CommitteeFolder.read(Compositions.FOLDERS.get(3));
        return MinutesComposer.compose(committee, committee.meetings().get(0));
    }

    /** A committee of two meetings whose second has what the fixtures' minutes lack. */
    private static Committee constructed() throws Exception {
        Body body = ModelReader.parseBody("committee.yaml", """
                name: Budget Committee
                language: en-US
                people:
                  - {name: Ana Ortiz, role: chair}
                  - {name: Ben Ng}
                """).value();
        Meeting first = ModelReader.parseMeeting("2024-03-06.yaml", """
                date: 2024-03-06
                agenda:
                  - title: Budget
                    actions:
                      - {id: 2024-03-06-1, owners: [Ana Ortiz], task: Send the figures.}
                """).value();
        Meeting second = ModelReader.parseMeeting("2024-04-03.yaml", """
                date: 2024-04-03
                location: {name: Annex, address: [2 Main Street]}
                status: approved
                approvedOn: 2024-05-08
                attendees:
                  - {name: Ana Ortiz}
                  - {name: Ben Ng, status: excused, note: travelling}
                agenda:
                  - title: Budget
                    motions:
                      - text: to adopt the budget
                        mover: Ana Ortiz
                        vote: {ayes: 2, noes: 1, abstentions: 1}
                        note: pending a revised figure
                    actions:
                      - {owners: [Ana Ortiz, Ben Ng, Cleo Park], task: Report back., due: 2024-05-01}
                      - {task: Tidy up.}
                updates:
                  - {task: 2024-03-06-1, status: done, date: 2024-03-30, owners: [Ben Ng], due: 2024-06-01, note: Sent}
                next:
                  date: 2024-05-08
                  time: "18:30"
                  location: {name: Library, address: [9 Oak Road]}
                """).value();
        return new Committee(body, List.of(first, second));
    }

    /**
     * Each run as its text, followed by «field» when it has a source; neighbouring runs of Clerk's words set alike
     * as one, as where one ends and the next begins says nothing.
     */
    private static List<String> shown(Text text) {
        List<String> out = new ArrayList<>();
        Run last = null;
        for (Run r : text.runs()) {
            boolean alike = last != null && last.source() == null && r.source() == null && last.link() == null
                    && r.link() == null && last.emphasis() == r.emphasis()
                    && Objects.equals(last.language(), r.language());
            String shown = r.text() + (r.source() == null ? "" : "«" + r.source().field() + "»");
            if (alike) {
                out.set(out.size() - 1, out.get(out.size() - 1) + shown);
            } else {
                out.add(shown);
            }
            last = r;
        }
        return out;
    }

    private static Stream<Block> blocks(List<Block> blocks) {
        return blocks.stream().flatMap(b -> b instanceof ItemList l
                ? Stream.concat(Stream.of(b), blocks(l.items().stream().flatMap(e -> e.blocks().stream()).toList()))
                : Stream.of(b));
    }

    /** Every text of a block (of a field, its value). */
    private static Stream<Text> texts(Block b) {
        if (b instanceof Heading h) {
            return Stream.of(h.text());
        } else if (b instanceof Paragraph p) {
            return Stream.of(p.text());
        } else if (b instanceof Callout c) {
            return Stream.of(c.text());
        } else if (b instanceof Fields f) {
            return f.fields().stream().map(Fields.Field::value);
        } else if (b instanceof Table t) {
            return Stream.concat(t.columns().stream().map(Table.Column::header), t.rows().stream().flatMap(List::stream));
        }
        return Stream.empty();
    }

    private static List<Run> runs(Document doc) {
        List<Text> texts = new ArrayList<>(List.of(doc.furniture().headerLeft(), doc.furniture().headerRight()));
        if (doc.furniture().footerLeft() != null) {
            texts.add(doc.furniture().footerLeft());
        }
        blocks(doc.blocks()).flatMap(MinutesSourcesTest::texts).forEach(texts::add);
        return texts.stream().flatMap(t -> t.runs().stream()).toList();
    }

    /** The value {@code source} names, read from the committee or the meeting file's records. */
    private static Object valueAt(Committee committee, Source source) {
        Object at = source.file() == Source.File.COMMITTEE ? committee.body() : committee.meetings().stream()
                .filter(m -> m.date().equals(source.meeting())
                        && (m.kind() == MeetingKind.SPECIAL) == source.special())
                .findFirst().orElseThrow(() -> new AssertionError("no meeting " + source));
        for (String part : source.field().split("\\.")) {
            Matcher segment = SEGMENT.matcher(part);
            assertThat(segment.matches()).as("%s: %s", source, part).isTrue();
            at = component(at, segment.group(1), source);
            Matcher index = INDEX.matcher(segment.group(2));
            while (index.find()) {
                at = ((List<?>) at).get(Integer.parseInt(index.group(1)));
            }
        }
        return at;
    }

    private static Object component(Object record, String name, Source source) {
        assertThat(record).as("%s: %s of nothing", source, name).isNotNull();
        RecordComponent c = Arrays.stream(record.getClass().getRecordComponents())
                .filter(rc -> rc.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(source + ": " + record.getClass().getSimpleName() + " has no " + name));
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code text} is (part of) the value, as documents write it. */
    private static boolean shows(String text, Object value, String field, Messages m) {
        if (value instanceof String s) {
            return s.contains(text) || Phrases.sentence(s).contains(text);
        } else if (value instanceof LocalDate d) {
            return text.equals(m.date(d)) || text.equals(m.date(d).replace(' ', '\u00a0'))
                    || text.equals(m.dateWithWeekday(d));
        } else if (value instanceof LocalTime t) {
            return text.equals(m.time(t));
        } else if (value instanceof Integer n) {
            return text.equals(n.toString());
        } else if (value instanceof MotionResult r) {
            return text.equals(m.get("motion.result." + r.name().toLowerCase(Locale.ROOT)));
        } else if (value instanceof TaskStatus s) {
            return text.equals(m.get("tasks.status." + s.key()));
        } else if (value == null) {
            // A count not given (no names on that side of a roll call) reads as none.
            return text.equals("0") && field.matches(".*\\.vote\\.(ayes|noes|abstentions)");
        }
        return false;
    }
}
