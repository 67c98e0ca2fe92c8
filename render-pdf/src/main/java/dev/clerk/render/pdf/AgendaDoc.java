package dev.clerk.render.pdf;

import dev.clerk.model.Notice;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import dev.clerk.model.agenda.Letterhead;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.text.Wording;
import dev.clerk.render.pdf.Content.Block;
import dev.clerk.render.pdf.Content.Heading;
import dev.clerk.render.pdf.Content.PageTarget;
import dev.clerk.render.pdf.Content.Para;
import dev.clerk.render.pdf.Content.Style;
import dev.clerk.render.pdf.Content.Table;
import dev.clerk.render.pdf.Content.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An agenda as a tagged document, with the same content as the Word agenda: letterhead, date, time and place, the
 * numbered items with their details and the open-task table under the review item, then the notices. Inside a
 * packet each item also lists its materials with their packet pages (as links), and a table of contents follows.
 */
final class AgendaDoc {
    /** The columns of the open-task table and their relative widths. */
    static final List<Text> TASK_COLUMNS = List.of(Text.plain("ID"), Text.plain("Task"), Text.plain("Owners"),
            Text.plain("Due"), Text.plain("Assigned"), Text.plain("Status and notes"));
    static final List<Float> TASK_WIDTHS = List.of(1.45f, 3.0f, 1.3f, 1.05f, 1.9f, 1.4f);

    /**
     * A document of the packet that belongs to an agenda item.
     *
     * @param title what it is ("Draft minutes of March 27, 2017")
     * @param page  its first page in the packet, counted from 0
     */
    record Material(String title, int page) {
        Material {
            Objects.requireNonNull(title, "title");
        }
    }

    private AgendaDoc() {
    }

    /** The agenda alone. */
    static TaggedPdf.Doc of(Agenda agenda) {
        return of(agenda, null);
    }

    /**
     * The agenda; with {@code materials} (one list per item, in the agenda's order) it is the front of a packet.
     */
    static TaggedPdf.Doc of(Agenda agenda, List<List<Material>> materials) {
        List<Block> blocks = new ArrayList<>();
        Letterhead l = agenda.letterhead();
        if (l.department() != null) {
            blocks.add(new Para(Text.plain(l.department()), Style.LETTERHEAD, null));
        }
        if (l.parentBody() != null) {
            blocks.add(new Para(Text.plain(l.parentBody()), Style.LETTERHEAD, null));
        }
        blocks.add(new Heading(1, Text.plain(l.body()), null));
        blocks.add(new Para(Text.plain(agenda.subtitle() + " " + agenda.title()
                + (materials == null ? "" : " Packet")), Style.SUBTITLE, null));
        blocks.add(new Para(Text.plain(agenda.dateText() + (agenda.timeText() == null ? "" : ", " + agenda.timeText())),
                Style.BODY, "Date:"));
        if (!agenda.location().isEmpty()) {
            blocks.add(new Para(Text.plain(String.join("\n", agenda.location())), Style.BODY, "Location:"));
        }
        boolean timed = agenda.isTimed();
        List<AgendaEntry> items = agenda.items();
        for (int i = 0; i < items.size(); i++) {
            AgendaEntry e = items.get(i);
            blocks.add(new Heading(Math.min(e.level() + 2, 3), Text.builder().bold(e.label() + " ")
                    .bold(e.title()).build(), "item-" + e.path()));
            String details = e.details(timed);
            if (!details.isEmpty()) {
                blocks.add(new Para(Text.plain(details), Style.NOTE, null));
            }
            if (e.description() != null) {
                blocks.add(Para.body(Text.linked(e.description(), null)));
            }
            List<Material> own = materials == null ? List.of() : materials.get(i);
            if (materials == null) {
                if (e.minutesOf() != null) {
                    blocks.add(Para.body(Text.plain("The draft minutes of " + Wording.date(e.minutesOf())
                            + " are in the agenda packet.")));
                }
                e.attachments().forEach(a -> blocks.add(new Para(Text.plain(a.title()), Style.BODY, "Attachment:")));
            } else if (!own.isEmpty()) {
                Text.Builder t = Text.builder();
                for (int k = 0; k < own.size(); k++) {
                    Material m = own.get(k);
                    t.plain((k > 0 ? "\n" : "") + m.title() + ", ")
                            .link("packet page " + (m.page() + 1), new PageTarget(m.page()), null);
                }
                blocks.add(new Para(t.build(), Style.BODY, "In the packet:"));
            }
            if (e.isReview()) {
                blocks.add(new Table(TASK_WIDTHS, TASK_COLUMNS, e.tasks().stream().map(AgendaDoc::row).toList(),
                        "The open action items reviewed under this item"));
            }
        }
        if (!agenda.notices().isEmpty()) {
            blocks.add(new Heading(2, Text.plain("Notices"), "notices"));
            for (Notice n : agenda.notices()) {
                blocks.add(Para.body(Text.builder().bold(n.title() + ". ").plain(n.text()).build()));
            }
        }
        if (materials != null) {
            contents(agenda, materials, blocks);
        }
        TaggedPdf.Meta meta = new TaggedPdf.Meta(agenda.documentTitle(),
                agenda.subtitle() + " " + agenda.title() + " of " + Wording.date(agenda.date()),
                l.department() != null ? l.department() : l.body(),
                "agenda, " + (l.shortName() != null ? l.shortName() + ", " : "") + agenda.date(),
                agenda.language(), agenda.date(), agenda.date());
        TaggedPdf.Furniture furniture = new TaggedPdf.Furniture(Text.plain(l.body()),
                Text.plain(agenda.title() + " – " + Wording.date(agenda.date())), null, null, false);
        return new TaggedPdf.Doc(meta, furniture, blocks);
    }

    /** The table of contents of a packet: every material with its page, under its item. */
    private static void contents(Agenda agenda, List<List<Material>> materials, List<Block> blocks) {
        List<List<Text>> rows = new ArrayList<>();
        for (int i = 0; i < agenda.items().size(); i++) {
            AgendaEntry e = agenda.items().get(i);
            for (Material m : materials.get(i)) {
                rows.add(List.of(Text.plain(e.label() + " " + e.title()), Text.plain(m.title()),
                        Text.builder().link(String.valueOf(m.page() + 1), new PageTarget(m.page()), null).build()));
            }
        }
        blocks.add(new Heading(2, Text.plain("Contents of This Packet"), "contents"));
        if (rows.isEmpty()) {
            blocks.add(Para.body(Text.plain("No item has supporting documents; the packet is the agenda alone.")));
            return;
        }
        blocks.add(new Table(List.of(3.2f, 4f, 0.8f), List.of(Text.plain("Agenda item"), Text.plain("Document"),
                Text.plain("Page")), rows, "The documents of this packet with the page each begins on"));
    }

    /** One row of an open-task table. */
    static List<Text> row(TaskEntry t) {
        List<String> notes = new ArrayList<>();
        if (t.isClosed() || t.status() != TaskStatus.OPEN) {
            notes.add(t.statusText());
        }
        t.notes().forEach(n -> notes.add(Wording.date(n.date()) + ": " + n.text()));
        return List.of(Text.plain(t.id() == null ? "—" : t.id()), Text.plain(t.task()), Text.plain(t.ownerText()),
                Text.plain(t.dueText()),
                Text.plain(t.origin().describe() + "\n(" + Wording.carried(t.timesCarried()) + ")"),
                Text.plain(String.join("\n", notes)));
    }
}
