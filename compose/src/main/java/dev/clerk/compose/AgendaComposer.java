package dev.clerk.compose;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Paragraph.Role;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.Attachment;
import dev.clerk.model.Notice;
import dev.clerk.model.Person;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import dev.clerk.model.agenda.Letterhead;
import dev.clerk.model.agenda.StandardNotices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Composes a meeting's agenda: letterhead, date, time and place, the numbered items with their details (start time,
 * kind, presenter, time allotted), descriptions, attachments and the open-task table under the review item, then
 * the notices. As the front of a packet, each item lists its materials with links to their packet pages, and a
 * table of contents follows the notices.
 */
public final class AgendaComposer {
    /**
     * A document of a packet that belongs to an agenda item.
     *
     * @param title what it is ("Draft minutes of March 27, 2017")
     * @param page  its first page in the packet, counted from 0
     */
    public record Material(String title, int page) {
        public Material {
            Objects.requireNonNull(title, "title");
        }
    }

    private final Agenda agenda;
    private final List<List<Material>> materials;
    private final Phrases p;
    private final List<Block> blocks = new ArrayList<>();

    private AgendaComposer(Agenda agenda, List<List<Material>> materials) {
        this.agenda = agenda;
        this.materials = materials;
        this.p = new Phrases(agenda.language());
    }

    /** The agenda alone. */
    public static Document compose(Agenda agenda) {
        return new AgendaComposer(Objects.requireNonNull(agenda, "agenda"), null).build();
    }

    /**
     * The agenda as the front of its packet: {@code materials} has one list per agenda item, in the agenda's order
     * (depth first), with the packet page each material starts on.
     */
    public static Document packet(Agenda agenda, List<List<Material>> materials) {
        Objects.requireNonNull(agenda, "agenda");
        if (materials.size() != agenda.items().size()) {
            throw new IllegalArgumentException("materials: " + materials.size() + " lists for " + agenda.items().size()
                    + " items");
        }
        return new AgendaComposer(agenda, materials.stream().map(List::copyOf).toList()).build();
    }

    /** "Draft minutes of March 27, 2017": how a packet names the minutes an item approves. */
    public static String minutesMaterial(String language, java.time.LocalDate date, boolean approved) {
        Phrases p = new Phrases(language);
        return p.get(approved ? "agenda.material.approvedMinutes" : "agenda.material.minutes", p.date(date));
    }

    /** "Open action items for the meeting of May 22, 2017": how a packet names its task list. */
    public static String tasksMaterial(String language, java.time.LocalDate date) {
        Phrases p = new Phrases(language);
        return p.get("agenda.material.tasks", p.date(date));
    }

    private Source meeting(String field) {
        return Source.meeting(agenda.date(), agenda.special(), field);
    }

    private String subtitle() {
        String s = agenda.meetingTitle() != null ? p.get("agenda.subtitle.titled", agenda.meetingTitle())
                : p.get(agenda.special() ? "agenda.subtitle.special" : "agenda.subtitle.regular");
        return materials == null ? s : p.get("agenda.subtitle.packet", s);
    }

    private Document build() {
        Letterhead l = agenda.letterhead();
        if (l.department() != null) {
            blocks.add(new Paragraph(Role.LETTERHEAD, p.words(l.department(), Source.committee("department"))));
        }
        if (l.parentBody() != null) {
            blocks.add(new Paragraph(Role.LETTERHEAD, p.words(l.parentBody(), Source.committee("parentBody"))));
        }
        blocks.add(Heading.title(p.words(l.body(), Source.committee("name"))));
        blocks.add(new Paragraph(Role.SUBTITLE, agenda.meetingTitle() == null ? Text.plain(subtitle())
                : p.words(subtitle(), meeting("title"))));
        List<Fields.Field> fields = new ArrayList<>();
        String date = p.m.dateWithWeekday(agenda.date());
        fields.add(new Fields.Field(p.get("agenda.field.date"), Text.of(agenda.start() == null ? date
                : p.get("format.dateAndTime", date, p.m.time(agenda.start())), meeting("date"))));
        if (!agenda.location().isEmpty()) {
            Source at = agenda.locationField() == null ? null : agenda.locationField().startsWith("defaults")
                    ? Source.committee(agenda.locationField()) : meeting(agenda.locationField());
            fields.add(new Fields.Field(p.get("agenda.field.location"), p.words(String.join("\n", agenda.location()), at)));
        }
        blocks.add(new Fields(fields));
        boolean timed = agenda.isTimed();
        for (int i = 0; i < agenda.items().size(); i++) {
            item(agenda.items().get(i), timed, materials == null ? null : materials.get(i));
        }
        notices();
        if (materials != null) {
            contents();
        }
        return new Document(meta(), furniture(), agenda.numbering().stream().map(Phrases::numbering).toList(), blocks);
    }

    private void item(AgendaEntry e, boolean timed, List<Material> own) {
        Source at = meeting(e.field());
        blocks.add(Heading.item(e.level(), e.label(), p.words(e.title(), at.at("title"), e.lang()), anchor(e)));
        Text details = details(e, timed, at);
        if (!details.isEmpty()) {
            blocks.add(new Paragraph(Role.DETAILS, details));
        }
        if (e.description() != null) {
            blocks.add(Paragraph.body(p.linked(e.description(), at.at("description"), e.lang())));
        }
        if (own == null) {
            if (e.minutesOf() != null) {
                blocks.add(Paragraph.body(Text.of(p.get("agenda.draftMinutes", p.date(e.minutesOf())), at.at("minutesOf"))));
            }
            List<Attachment> attachments = e.attachments();
            for (int k = 0; k < attachments.size(); k++) {
                blocks.add(Paragraph.body(p.phrase("agenda.attachment", null,
                        p.words(attachments.get(k).title(), at.at("attachments[" + k + "].title")))));
            }
        } else if (!own.isEmpty()) {
            Text.Builder t = Text.builder();
            for (int k = 0; k < own.size(); k++) {
                Material m = own.get(k);
                t.plain(k > 0 ? "\n" : "").add(p.phrase("agenda.material", null, p.words(m.title(), null),
                        Text.builder().link(p.get("agenda.material.page", m.page() + 1), new Link.Page(m.page()), null)
                                .build()));
            }
            blocks.add(new Fields(List.of(new Fields.Field(p.get("agenda.field.inPacket"), t.build()))));
        }
        if (e.isReview()) {
            blocks.add(TaskTables.of(p, e.tasks(), p.get("agenda.review.summary")));
        }
    }

    private static String anchor(AgendaEntry e) {
        return "item-" + e.path().replace(".", "-").replaceAll("-$", "");
    }

    /** "11:10 a.m. · Action · Presented by Alix Lutnick · 15 min". */
    private Text details(AgendaEntry e, boolean timed, Source at) {
        Text.Builder t = Text.builder();
        String sep = p.get("format.detailSeparator");
        if (timed && e.startsAt() != null) {
            t.plain(p.m.time(e.startsAt()));
        }
        if (e.kind() != null) {
            t.plain((t.isEmpty() ? "" : sep) + p.get("agenda.kind." + e.kind().name().toLowerCase(Locale.ROOT)));
        }
        if (e.presenter() != null) {
            t.plain(t.isEmpty() ? "" : sep).add(p.phrase("agenda.presentedBy", null,
                    p.words(e.presenter(), at.at("presenter"), e.presenterLang())));
        }
        if (e.minutes() != null) {
            t.add((t.isEmpty() ? "" : sep) + p.m.duration(e.minutes()), at.at("duration"));
        }
        return t.build();
    }

    private void notices() {
        StandardNotices standard = agenda.standardNotices();
        if (agenda.notices().isEmpty() && standard == null) {
            return;
        }
        blocks.add(Heading.section(Text.plain(p.get("agenda.notices")), "notices"));
        for (int i = 0; i < agenda.notices().size(); i++) {
            Notice n = agenda.notices().get(i);
            Source at = Source.committee("defaults.notices[" + i + "]");
            notice(n.title(), at.at("title"), p.words(n.text(), at.at("text")));
        }
        if (standard != null) {
            Text contact = contact(standard);
            notice(p.get("agenda.notice.access.title"), null, p.phrase("agenda.notice.access", null, contact));
            notice(p.get("agenda.notice.interpretation.title"), null,
                    p.phrase("agenda.notice.interpretation", null, contact));
            notice(p.get("agenda.notice.publicComment.title"), null,
                    p.phrase("agenda.notice.publicComment", null, p.words(standard.body(), Source.committee("name"))));
        }
    }

    /** "Disability access. To request ...": a notice, its title set in bold. */
    private void notice(String title, Source titleSource, Text text) {
        String[] parts = p.get("agenda.notice.title", "\u0000").split("\u0000", -1);
        blocks.add(Paragraph.body(Text.builder()
                .strong(parts[0]).strong(title, titleSource).strong(parts[1]).add(text).build()));
    }

    /**
     * Whom the standard notices ask the public to contact: "Minouche Kandel, Department on the Status of Women, at
     * minouche.kandel@example.org", "the Port Planning Office", "the staff of the Parks Board".
     */
    private Text contact(StandardNotices standard) {
        Person staff = standard.staff();
        if (staff == null) {
            return standard.department() != null
                    ? p.phrase("agenda.notice.contact.department", null,
                            p.words(standard.department(), Source.committee("department")))
                    : p.phrase("agenda.notice.contact.body", null, p.words(standard.body(), Source.committee("name")));
        }
        String key = "agenda.notice.contact.staff" + (staff.affiliation() != null ? "Affiliation" : "")
                + (staff.email() != null ? "Email" : "");
        Source at = Source.committee("people[" + standard.staffIndex() + "]");
        return p.phrase(key, null, p.words(staff.name(), at.at("name"), staff.lang()),
                p.words(staff.affiliation() == null ? "" : staff.affiliation(), at.at("affiliation")),
                Text.of(staff.email() == null ? "" : staff.email(), at.at("email")));
    }

    /** The table of contents of a packet: every material with its page, under its item. */
    private void contents() {
        List<List<Text>> rows = new ArrayList<>();
        for (int i = 0; i < agenda.items().size(); i++) {
            AgendaEntry e = agenda.items().get(i);
            for (Material m : materials.get(i)) {
                rows.add(List.of(Text.builder().plain(e.label() + " ")
                                .add(p.words(e.title(), meeting(e.field()).at("title"), e.lang())).build(),
                        p.words(m.title(), null),
                        Text.builder().link(String.valueOf(m.page() + 1), new Link.Page(m.page()), null).build()));
            }
        }
        blocks.add(Heading.section(Text.plain(p.get("agenda.contents.heading")), "contents"));
        if (rows.isEmpty()) {
            blocks.add(Paragraph.body(Text.plain(p.get("agenda.contents.none"))));
            return;
        }
        blocks.add(new Table(List.of(
                new Table.Column(Text.plain(p.get("agenda.contents.column.item")), 3.2f, false),
                new Table.Column(Text.plain(p.get("agenda.contents.column.document")), 4f, false),
                new Table.Column(Text.plain(p.get("agenda.contents.column.page")), 0.8f, true)),
                rows, p.get("agenda.contents.summary")));
    }

    private Meta meta() {
        Letterhead l = agenda.letterhead();
        String who = l.shortName() != null ? l.shortName() : l.body();
        List<String> keywords = new ArrayList<>();
        keywords.add(p.get("agenda.keyword"));
        if (l.shortName() != null) {
            keywords.add(l.shortName());
        }
        keywords.add(agenda.date().toString());
        return new Meta(Meta.Kind.AGENDA,
                p.get(materials == null ? "agenda.documentTitle" : "agenda.packetTitle", who, p.date(agenda.date())),
                p.get("agenda.subject", subtitle(), p.date(agenda.date())),
                l.department() != null ? l.department() : l.body(), keywords, agenda.language(), agenda.date(),
                agenda.date(), false);
    }

    private Furniture furniture() {
        return new Furniture(Text.of(agenda.letterhead().body(), Source.committee("name")),
                Text.plain(p.get("agenda.headerRight", p.date(agenda.date()))), null, p.get("page.numbers"), null);
    }

    /** The numbering of the agenda's levels, for painters that number for themselves. */
    static List<Numbering> numbering(Agenda agenda) {
        return agenda.numbering().stream().map(Phrases::numbering).toList();
    }
}
