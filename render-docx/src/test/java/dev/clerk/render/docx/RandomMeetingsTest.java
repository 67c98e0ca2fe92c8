package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MeetingStatus;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.NumberingStyle;
import dev.clerk.model.Person;
import dev.clerk.model.Quorum;
import dev.clerk.model.Role;
import dev.clerk.model.Vote;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random meetings, and a few large ones: every output validates against the schemas and reopens with every
 * title, name, paragraph and task intact. A failing seed is reproduced by its number.
 */
class RandomMeetingsTest {
    /** Text that trips up XML writers, bidirectional layout, fonts and normalisation. */
    private static final List<String> HARD = List.of("<b>not bold</b>", "R&D", "]]>", "\"quoted\" 'single'",
            "שלום עולם", "مرحبا بالعالم", "会议纪要与行动项目", "議事録", "🎉👩🏽‍⚖️🏳️‍🌈", "Şahin Ő Łukasz",
            "Zoë Ångström", "e\u0301te\u0301 (combining)", "Straße", "tab\there", "Ñandú", "x² ≤ ∞", "  leading");
    private static final List<String> WORDS = List.of("budget", "policy", "the", "committee", "agreed", "report",
            "data", "training", "outreach", "housing", "safety", "review", "and", "of", "to", "city", "task", "force");

    static Stream<Arguments> meetings() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            cases.add(Arguments.of("seed " + seed, randomBody(r), randomMeeting(r, 1 + r.nextInt(8), r.nextInt(12))));
        }
        Random r = new Random(42);
        Body body = randomBody(r);
        cases.add(Arguments.of("10,000-word narrative", body, withNarrative(randomMeeting(r, 2, 5), words(r, 10_000))));
        cases.add(Arguments.of("200 agenda items", body, randomMeeting(r, 200, 5)));
        cases.add(Arguments.of("100 attendees", body, randomMeeting(r, 3, 100)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetings")
    void validatesAndReopensWithTheTextIntact(String name, Body body, Meeting meeting) throws IOException {
        byte[] docx = Fixtures.render(body, meeting);
        assertThat(OoxmlSchemas.problems(docx)).as(name).isEmpty();
        assertThat(Fixtures.render(body, meeting)).as("same bytes twice").isEqualTo(docx);
        try (XWPFDocument doc = DocxMinutesRendererTest.open(docx)) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            List<String> titles = new ArrayList<>(meeting.allItems().map(AgendaItem::title).toList());
            if (meeting.next() != null) {
                titles.add(meeting.next().date() == null ? "Next Meeting"
                        : "Next Meeting: " + dev.clerk.model.text.Wording.date(meeting.next().date()));
            }
            assertThat(headings).containsExactlyElementsOf(titles);
            List<String> body1 = DocxMinutesRendererTest.texts(doc, "BodyText");
            for (String paragraph : meeting.allItems().flatMap(i -> i.narrative().stream()).toList()) {
                assertThat(body1).contains(paragraph);
            }
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            for (Attendee a : meeting.attendees()) {
                assertThat(all).contains(a.name());
            }
            var rows = doc.getTables().isEmpty() ? List.<String>of()
                    : doc.getTables().get(0).getRows().stream().skip(1).map(row -> row.getCell(1).getText()).toList();
            assertThat(rows).containsExactlyElementsOf(meeting.actionItems().stream().map(ActionItem::task).toList());
        }
    }

    private static Body randomBody(Random r) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(new Person(name(r, i), r.nextBoolean() ? text(r, 3) : null,
                    pick(r, List.of(Role.MEMBER, Role.MEMBER, Role.CHAIR, Role.STAFF)), null, null, null, null));
        }
        List<NumberingStyle> numbering = List.of(pick(r, List.of(NumberingStyle.values())),
                pick(r, List.of(NumberingStyle.values())), pick(r, List.of(NumberingStyle.values())));
        return new Body(text(r, 5), r.nextBoolean() ? "ABC" : null, r.nextBoolean() ? text(r, 4) : null,
                r.nextBoolean() ? text(r, 4) : null, pick(r, List.of("en-US", "es-US", "zh-CN", "ar-SA")), people,
                r.nextBoolean() ? new Quorum(null, null) : null, List.of(),
                new BodyDefaults(new Location(text(r, 3), List.of(text(r, 4))), null, null, List.of(), List.of(),
                        List.of(), numbering));
    }

    private static Meeting randomMeeting(Random r, int items, int attendees) {
        List<Attendee> people = new ArrayList<>();
        boolean roles = r.nextBoolean();
        for (int i = 0; i < attendees; i++) {
            people.add(new Attendee(name(r, i + 10), r.nextBoolean() ? text(r, 3) : null,
                    roles ? pick(r, List.of(AttendanceStatus.values())) : AttendanceStatus.PRESENT,
                    roles ? pick(r, List.of(Role.values())) : null, r.nextInt(5) == 0 ? text(r, 2) : null));
        }
        List<AgendaItem> agenda = new ArrayList<>();
        int[] counter = {0};
        for (int i = 0; i < items; i++) {
            agenda.add(item(r, items > 20 ? 0 : 3, counter));
        }
        boolean approved = r.nextBoolean();
        LocalDate date = LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
        NextMeeting next = r.nextInt(4) == 0 ? null : new NextMeeting(r.nextBoolean() ? date.plusDays(30) : null,
                r.nextBoolean() ? LocalTime.of(18, 0) : null, null,
                IntStream.range(0, r.nextInt(4)).mapToObj(k -> new FollowUp(text(r, 8), List.of(),
                        r.nextBoolean() ? List.of(action(r, counter)) : List.of())).toList(),
                IntStream.range(0, r.nextInt(4)).mapToObj(k -> text(r, 4)).toList());
        return new Meeting(date, pick(r, List.of(MeetingKind.values())), null,
                r.nextBoolean() ? LocalTime.of(9 + r.nextInt(10), 0) : null,
                r.nextBoolean() ? LocalTime.of(20, 30) : null, null, approved ? MeetingStatus.APPROVED : MeetingStatus.DRAFT,
                approved ? date.plusDays(28) : null, r.nextBoolean() ? name(r, 1) : null, null, people, agenda, next,
                List.of());
    }

    private static AgendaItem item(Random r, int depth, int[] counter) {
        List<AgendaItem> subs = depth > 0 && r.nextInt(3) == 0
                ? IntStream.range(0, 1 + r.nextInt(3)).mapToObj(k -> item(r, depth - 1, counter)).toList()
                : List.of();
        List<Motion> motions = r.nextInt(4) == 0 ? List.of(new Motion(text(r, 6), name(r, 2), name(r, 3),
                pick(r, List.of(MotionResult.values())), r.nextBoolean() ? Vote.counted(4, 1, 1)
                : new Vote(null, null, null, List.of(name(r, 1), name(r, 2)), List.of(name(r, 3)), List.of(), List.of()),
                null)) : List.of();
        return new AgendaItem(text(r, 2 + r.nextInt(6)), null, null, r.nextInt(5) == 0 ? name(r, 4) : null, null,
                IntStream.range(0, r.nextInt(3)).mapToObj(k -> text(r, 20 + r.nextInt(60))).toList(),
                IntStream.range(0, r.nextInt(2)).mapToObj(k -> text(r, 10)).toList(), motions,
                IntStream.range(0, r.nextInt(3)).mapToObj(k -> action(r, counter)).toList(), List.of(), null,
                List.of(), subs);
    }

    private static ActionItem action(Random r, int[] counter) {
        counter[0]++;
        return new ActionItem(null, IntStream.range(0, r.nextInt(3)).mapToObj(k -> name(r, k)).toList(), text(r, 9),
                r.nextBoolean() ? LocalDate.of(2030, 1, 1 + r.nextInt(28)) : null, null, null);
    }

    private static Meeting withNarrative(Meeting m, String narrative) {
        AgendaItem first = m.agenda().get(0);
        AgendaItem longOne = new AgendaItem(first.title(), null, null, null, null, List.of(narrative), List.of(),
                List.of(), first.actions(), List.of(), null, List.of(), first.items());
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        agenda.set(0, longOne);
        return new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(), m.status(), m.approvedOn(),
                m.presiding(), m.recorder(), m.attendees(), agenda, m.next(), m.updates());
    }

    private static String name(Random r, int i) {
        return pick(r, List.of("Şahin Ő Łukasz", "Zoë Ångström", "李小龙", "José Nuñez", "Ана Петрова", "דוד כהן",
                "O'Brien & Sons", "Mary-Jane <MJ>")) + " " + i;
    }

    private static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(r.nextInt(6) == 0 ? pick(r, HARD).strip() : pick(r, WORDS));
        }
        return sb.toString().strip();
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(i % 500 == 0 ? pick(r, HARD).strip() : pick(r, WORDS));
        }
        return sb.toString();
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
