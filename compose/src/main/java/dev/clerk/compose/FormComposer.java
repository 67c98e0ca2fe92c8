package dev.clerk.compose;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.FillIn.Entry;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.Input;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attachment;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.MotionResult;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import dev.clerk.model.tasks.Origin;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.text.Attendance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Composes a minutes form: the document a clerk fills in at a meeting whose agenda is drafted. It opens as the
 * minutes do (letterhead, title) with a short instruction, the meeting's date, start and place filled in, and an
 * attendance table with every person on the roster and rows for guests and staff, each with a status to pick. Each
 * agenda item follows with its number, title, presenter and attachments, a place for the discussion, and ready-made
 * blocks for a decision, an action and a motion; the review item lists the open tasks going into the meeting, each
 * with a place for its new status. The next meeting and the adjournment close it. Every place to type in keeps the
 * name of the field it fills, so that the filled form can be read back.
 *
 * <pre>{@code
 * Document form = FormComposer.compose(committee, meeting);
 * }</pre>
 */
public final class FormComposer {
    /** The empty rows for guests and for staff under the roster. */
    private static final int GUEST_ROWS = 3;
    private static final int STAFF_ROWS = 2;

    private final Committee committee;
    private final Body body;
    private final Meeting meeting;
    private final Phrases p;
    private final List<Block> blocks = new ArrayList<>();

    private FormComposer(Committee committee, Meeting meeting) {
        this.committee = committee;
        this.body = committee.body();
        this.meeting = meeting;
        this.p = new Phrases(body.language(), name -> Attendance.nameLanguage(body, meeting, name));
    }

    /**
     * The minutes form of {@code meeting}; the committee gives the letterhead, the roster and the open tasks the
     * review item lists. The meeting need not be among the committee's meetings.
     *
     * @throws IllegalArgumentException when the meeting has no agenda items to make a form of
     */
    public static Document compose(Committee committee, Meeting meeting) {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(meeting, "meeting");
        if (meeting.agenda().isEmpty()) {
            throw new IllegalArgumentException("meeting: the meeting of " + meeting.date()
                    + " has no agenda items to make a form of");
        }
        return new FormComposer(committee, meeting).build();
    }

    private Source field(String path) {
        return Source.meeting(meeting.date(), meeting.kind() == MeetingKind.SPECIAL, path);
    }

    private Document build() {
        Agenda agenda = Agenda.of(committee, meeting);
        Letterheads.add(blocks, body, p);
        blocks.add(Heading.title(p.phrase("minutes.heading", null, p.words(body.name(), Source.committee("name")),
                Text.of(p.unbreakableDate(meeting.date()), field("date")),
                meeting.title() != null ? p.words(meeting.title(), field("title")) : Text.plain(what()))));
        blocks.add(new Paragraph(Paragraph.Role.SUBTITLE, Text.plain(p.get("form.subtitle"))));
        blocks.add(new Paragraph(Paragraph.Role.NOTE, Text.plain(p.get("form.instructions"))));
        details(agenda);
        attendance();
        for (AgendaEntry e : agenda.items()) {
            item(e);
        }
        next();
        blocks.add(FillIn.of("adjournment", p.get("form.adjournment.title"), null, List.of(
                Entry.blank(p.get("form.adjournment.end"), Input.text("end", timeHint())))));
        return new Document(meta(), furniture(), MinutesComposer.numbering(body), blocks);
    }

    private String what() {
        return p.get(meeting.kind() == MeetingKind.SPECIAL ? "minutes.title.special" : "minutes.title");
    }

    private String dateHint() {
        return p.get("form.hint.date", p.date(meeting.date().plusMonths(1).withDayOfMonth(1)));
    }

    private String timeHint() {
        return p.get("form.hint.time", p.m.time(LocalTime.of(11, 5)));
    }

    /** Date and start, place and address, presiding officer and recorder: filled in as far as the files say. */
    private void details(Agenda agenda) {
        Location location = meeting.location() != null ? meeting.location() : body.defaults().location();
        Source at = meeting.location() != null ? field("location") : Source.committee("defaults.location");
        LocalTime start = agenda.start();
        Source startAt = meeting.start() != null ? field("start") : Source.committee("defaults.time");
        List<List<Entry>> rows = new ArrayList<>();
        rows.add(List.of(
                new Entry(p.get("form.details.date"), Input.text("date", null),
                        Text.of(p.m.dateWithWeekday(meeting.date()), field("date"))),
                new Entry(p.get("form.details.start"), Input.text("start", timeHint()),
                        start == null ? Text.empty() : Text.of(p.m.time(start), startAt))));
        rows.add(List.of(new Entry(p.get("form.details.place"), Input.text("place", null),
                location == null || location.name() == null ? Text.empty()
                        : p.words(location.name(), at.at("name")))));
        List<String> address = location == null ? List.of() : location.address();
        List<Text> lines = new ArrayList<>();
        for (int i = 0; i < address.size(); i++) {
            lines.add(p.words(address.get(i), at.at("address[" + i + "]")));
        }
        rows.add(List.of(new Entry(p.get("form.details.address"), Input.lines("address", null,
                Math.max(1, address.size())), lines.isEmpty() ? Text.empty() : p.join(lines, "\n", null))));
        rows.add(List.of(
                new Entry(p.get("form.details.presiding"), Input.text("presiding", null), meeting.presiding() == null
                        ? Text.empty() : p.name(meeting.presiding(), field("presiding"))),
                new Entry(p.get("form.details.recorder"), Input.text("recorder", null), meeting.recorder() == null
                        ? Text.empty() : p.name(meeting.recorder(), field("recorder")))));
        blocks.add(new FillIn("details", p.get("form.details.title"), null, rows));
    }

    /**
     * Every person on the roster serving on the meeting's date, with name, affiliation and role filled in and the
     * status to pick; then rows for guests and staff, their status already "present".
     */
    private void attendance() {
        blocks.add(Heading.section(Text.plain(p.get("form.attendance.heading")), "attendance"));
        List<List<Text>> rows = new ArrayList<>();
        List<Person> people = body.people();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            if (!serving(person, meeting.date())) {
                continue;
            }
            Source at = Source.committee("people[" + i + "]");
            rows.add(List.of(p.words(person.name(), at.at("name"), person.lang()),
                    person.affiliation() == null ? Text.empty() : p.words(person.affiliation(), at.at("affiliation")),
                    Text.plain(role(person.role())), Text.empty()));
        }
        String present = p.get("form.status." + AttendanceStatus.PRESENT.key());
        for (int i = 0; i < GUEST_ROWS + STAFF_ROWS; i++) {
            rows.add(List.of(Text.empty(), Text.empty(), Text.plain(role(i < GUEST_ROWS ? Role.GUEST : Role.STAFF)),
                    Text.plain(present)));
        }
        List<String> statuses = new ArrayList<>();
        for (AttendanceStatus s : AttendanceStatus.values()) {
            statuses.add(p.get("form.status." + s.key()));
        }
        statuses.add(p.get("form.status.late"));
        blocks.add(new Table(List.of(
                new Table.Column(Text.plain(p.get("form.attendance.column.name")), 2.3f, false,
                        Input.text("name", null)),
                new Table.Column(Text.plain(p.get("form.attendance.column.affiliation")), 2.3f, false,
                        Input.text("affiliation", null)),
                new Table.Column(Text.plain(p.get("form.attendance.column.role")), 1.0f, false,
                        Input.text("role", null)),
                new Table.Column(Text.plain(p.get("form.attendance.column.status")), 2.4f, false,
                        Input.choice("status", p.get("form.status.hint"), statuses))),
                rows, p.get("form.attendance.summary")));
    }

    private static boolean serving(Person person, LocalDate date) {
        return (person.termStart() == null || !person.termStart().isAfter(date))
                && (person.termEnd() == null || !person.termEnd().isBefore(date));
    }

    private String role(Role role) {
        return p.get("form.role." + role.key());
    }

    private void item(AgendaEntry e) {
        Source at = field(e.field());
        blocks.add(Heading.item(e.level(), e.label(), p.words(e.title(), at.at("title"), e.lang()), anchor(e)));
        Text details = details(e, at);
        if (!details.isEmpty()) {
            blocks.add(new Paragraph(Paragraph.Role.DETAILS, details));
        }
        if (e.isReview()) {
            review(e.tasks());
        }
        blocks.add(FillIn.of("discussion", p.get("form.discussion.title"), p.get("form.discussion.hint"), List.of(
                Entry.blank("", Input.lines("narrative", null, 4)))));
        blocks.add(FillIn.of("decision", p.get("form.decision.title"), p.get("form.decision.hint"), List.of(
                Entry.blank("", Input.lines("decision text", null, 2)))));
        blocks.add(new FillIn("action", p.get("form.action.title"), null, List.of(
                List.of(Entry.blank(p.get("form.action.task"), Input.lines("task", null, 2))),
                List.of(Entry.blank(p.get("form.action.owners"), Input.text("owners", p.get("form.hint.names"))),
                        Entry.blank(p.get("form.action.due"), Input.text("due", dateHint()))))));
        blocks.add(motion());
    }

    private static String anchor(AgendaEntry e) {
        return "item-" + e.path().replace(".", "-").replaceAll("-$", "");
    }

    /** "Presented by Noa Levi. Attachment: Landing survey.", as the minutes word it. */
    private Text details(AgendaEntry e, Source at) {
        Text.Builder t = Text.builder();
        if (e.presenter() != null) {
            t.add(p.phrase("minutes.item.presentedBy", null, p.words(e.presenter(), at.at("presenter"),
                    e.presenterLang())));
        }
        List<Attachment> list = e.attachments();
        if (!list.isEmpty()) {
            if (!t.isEmpty()) {
                t.plain(" ");
            }
            String[] parts = p.m.plural("minutes.item.attachments", list.size(), "\u0000").split("\u0000", -1);
            t.plain(parts[0]);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    t.plain(p.get("minutes.item.attachments.separator"));
                }
                t.add(p.words(list.get(i).title(), at.at("attachments[" + i + "].title")));
            }
            t.plain(parts[1] + (list.get(list.size() - 1).title().endsWith(".") ? "" : "."));
        }
        return t.build();
    }

    /** The open tasks the item reviews, each with its id and a place for its new status and what was reported. */
    private void review(List<TaskEntry> tasks) {
        List<List<Text>> rows = new ArrayList<>();
        for (TaskEntry t : tasks) {
            Origin o = t.origin();
            Source at = o.field() == null ? null : Source.meeting(o.meeting(), o.special(), o.field());
            Text.Builder task = Text.builder().add(p.words(t.task(), at == null ? null : at.at("task")));
            if (t.status() != TaskStatus.OPEN) {
                task.plain("\n" + p.status(t));
            }
            rows.add(List.of(
                    t.id() == null ? Text.empty() : Text.of(t.id(), at == null ? null : at.at("id")),
                    task.build(),
                    p.names(t.owners(), at == null ? null : at.at("owners")),
                    Text.plain(p.due(t)),
                    Text.empty(),
                    Text.empty()));
        }
        List<String> statuses = Arrays.stream(TaskStatus.values()).map(s -> p.get("form.taskStatus." + s.key()))
                .toList();
        blocks.add(new Table(List.of(
                new Table.Column(Text.plain(p.get("form.review.column.id")), 1.35f, true,
                        Input.text("update task", null)),
                new Table.Column(Text.plain(p.get("form.review.column.task")), 2.4f, false),
                new Table.Column(Text.plain(p.get("form.review.column.owners")), 1.1f, false),
                new Table.Column(Text.plain(p.get("form.review.column.due")), 1.0f, false),
                new Table.Column(Text.plain(p.get("form.review.column.status")), 1.7f, false,
                        Input.choice("update status", p.get("form.taskStatus.hint"), statuses)),
                new Table.Column(Text.plain(p.get("form.review.column.note")), 2.0f, false,
                        Input.text("update note", null))),
                rows, p.get("form.review.summary")));
    }

    private FillIn motion() {
        List<String> results = Arrays.stream(MotionResult.values()).map(r -> p.get("form.result." + r.key())).toList();
        String names = p.get("form.hint.names");
        return new FillIn("motion", p.get("form.motion.title"), null, List.of(
                List.of(Entry.blank(p.get("form.motion.text"), Input.lines("motion text", null, 2))),
                List.of(Entry.blank(p.get("form.motion.mover"), Input.text("mover", null)),
                        Entry.blank(p.get("form.motion.seconder"), Input.text("seconder", null))),
                List.of(Entry.blank(p.get("form.motion.result"),
                        Input.choice("result", p.get("form.result.hint"), results))),
                List.of(Entry.blank(p.get("form.motion.ayes"), Input.text("ayes", null)),
                        Entry.blank(p.get("form.motion.noes"), Input.text("noes", null)),
                        Entry.blank(p.get("form.motion.abstentions"), Input.text("abstentions", null))),
                // The roll call: the hint once, for the four lists of names alike.
                List.of(Entry.blank(p.get("form.motion.ayeNames"), Input.text("ayeNames", names)),
                        Entry.blank(p.get("form.motion.noNames"), Input.text("noNames", null))),
                List.of(Entry.blank(p.get("form.motion.abstainNames"), Input.text("abstainNames", null)),
                        Entry.blank(p.get("form.motion.absentNames"), Input.text("absentNames", null)))));
    }

    private void next() {
        blocks.add(Heading.section(Text.plain(p.get("form.next.heading")), "next-meeting"));
        blocks.add(new FillIn("next meeting", p.get("form.next.title"), null, List.of(
                List.of(Entry.blank(p.get("form.next.date"), Input.text("next date", dateHint())),
                        Entry.blank(p.get("form.next.time"), Input.text("next time", timeHint()))),
                List.of(Entry.blank(p.get("form.next.place"), Input.text("next location", null))),
                List.of(Entry.blank(p.get("form.next.proposed"), Input.lines("proposedItems",
                        p.get("form.hint.lines"), 3))))));
    }

    private Meta meta() {
        List<String> keywords = new ArrayList<>();
        keywords.add(p.get("form.keyword"));
        if (body.shortName() != null) {
            keywords.add(body.shortName());
        }
        keywords.add(meeting.date().toString());
        return new Meta(Meta.Kind.FORM, p.get("form.documentTitle", body.name(), p.date(meeting.date())),
                p.get("form.subject", p.get("minutes.kind." + meeting.kind().key()), p.date(meeting.date())),
                body.department() != null ? body.department() : body.name(), keywords, body.language(),
                meeting.date(), meeting.date(), false);
    }

    private Furniture furniture() {
        return new Furniture(Text.of(body.name(), Source.committee("name")),
                Text.plain(p.get("form.headerRight", p.date(meeting.date()))), null, p.get("page.numbers"), null);
    }
}
