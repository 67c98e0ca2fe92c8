package dev.clerk.render.pdf;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.text.Outline;
import dev.clerk.model.text.Wording;
import dev.clerk.render.pdf.Content.Anchor;
import dev.clerk.render.pdf.Content.Block;
import dev.clerk.render.pdf.Content.Face;
import dev.clerk.render.pdf.Content.Heading;
import dev.clerk.render.pdf.Content.Item;
import dev.clerk.render.pdf.Content.ItemList;
import dev.clerk.render.pdf.Content.Numbering;
import dev.clerk.render.pdf.Content.Origin;
import dev.clerk.render.pdf.Content.Para;
import dev.clerk.render.pdf.Content.Style;
import dev.clerk.render.pdf.Content.Table;
import dev.clerk.render.pdf.Content.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minutes of a meeting as a tagged document, in the form of the reference minutes: letterhead, title, date,
 * place and attendance, the numbered agenda with each item's minutes, the next meeting with its follow-ups and
 * proposed items, then every action item in one table and the approval line.
 */
final class MinutesDoc {
    private final Body body;
    private final Meeting meeting;
    private final List<Block> blocks = new ArrayList<>();
    /** Where each agenda item sits in the meeting file, for error positions. */
    private final Map<AgendaItem, String> paths = new IdentityHashMap<>();
    /** The section label of each action item ("II.A.", "IV.2)"), for the consolidated table. */
    private final Map<ActionItem, String> sections = new IdentityHashMap<>();
    private final Map<ActionItem, String> anchors = new IdentityHashMap<>();
    private final Map<ActionItem, String> actionPaths = new IdentityHashMap<>();

    private MinutesDoc(Body body, Meeting meeting) {
        this.body = body;
        this.meeting = meeting;
    }

    static TaggedPdf.Doc of(Body body, Meeting meeting) {
        return new MinutesDoc(body, meeting).build();
    }

    private TaggedPdf.Doc build() {
        indexPaths(meeting.agenda(), "agenda");
        letterhead();
        facts();
        agenda();
        next();
        updates();
        actionTable();
        blocks.add(new Para(Text.plain(Wording.approval(meeting)), Style.STATUS, null));

        String title = Wording.minutesTitle(body, meeting);
        TaggedPdf.Meta meta = new TaggedPdf.Meta(title, Wording.minutesSubject(meeting),
                body.department() != null ? body.department() : body.name(),
                "minutes, " + (body.shortName() != null ? body.shortName() + ", " : "") + meeting.date(),
                body.language(), meeting.date(), meeting.isApproved() ? meeting.approvedOn() : meeting.date());
        TaggedPdf.Furniture furniture = new TaggedPdf.Furniture(
                Text.of(body.name(), Origin.body("name")),
                Text.plain("Minutes – " + Wording.date(meeting.date())),
                Text.plain(meeting.isApproved() ? Wording.approval(meeting) : "DRAFT – subject to approval"),
                meeting.isApproved() ? null : "DRAFT", false);
        return new TaggedPdf.Doc(meta, furniture, blocks);
    }

    private void indexPaths(List<AgendaItem> items, String prefix) {
        for (int i = 0; i < items.size(); i++) {
            String path = prefix + "[" + i + "]";
            paths.put(items.get(i), path);
            indexPaths(items.get(i).items(), path + ".items");
        }
    }

    private void letterhead() {
        if (body.parentBody() != null) {
            blocks.add(new Para(Text.of(body.parentBody(), Origin.body("parentBody")), Style.LETTERHEAD, null));
        }
        if (body.department() != null) {
            blocks.add(new Para(Text.of(body.department(), Origin.body("department")), Style.LETTERHEAD, null));
        }
        Text title = Text.builder()
                .add(body.name(), Face.BOLD, Origin.body("name"))
                .bold(" - " + Wording.date(meeting.date()) + " - ")
                .add(meeting.title() != null ? meeting.title()
                        : Wording.minutesTitle(body, meeting).substring(
                                (body.name() + " - " + Wording.date(meeting.date()) + " - ").length()),
                        Face.BOLD, meeting.title() != null ? Origin.meeting("title") : null)
                .build();
        blocks.add(new Heading(1, title, null));
    }

    private void facts() {
        blocks.add(new Para(Text.plain(Wording.meetingWhen(meeting)), Style.BODY, "Meeting Date:"));
        Location location = meeting.location() != null ? meeting.location() : body.defaults().location();
        if (location != null) {
            String origin = meeting.location() != null ? "location" : "defaults.location";
            Text.Builder t = Text.builder();
            List<String> lines = location.lines();
            for (int i = 0; i < lines.size(); i++) {
                t.add((i > 0 ? "\n" : "") + lines.get(i), meeting.location() != null
                        ? Origin.meeting(origin) : Origin.body(origin));
            }
            blocks.add(new Para(t.build(), Style.BODY, "Location:"));
        }
        if (meeting.presiding() != null) {
            blocks.add(new Para(Text.of(meeting.presiding(), Origin.meeting("presiding")), Style.BODY, "Presiding:"));
        }
        if (meeting.recorder() != null) {
            blocks.add(new Para(Text.of(meeting.recorder(), Origin.meeting("recorder")), Style.BODY, "Minutes by:"));
        }
        attendance(AttendanceStatus.PRESENT, "Attendees:");
        attendance(AttendanceStatus.EXCUSED, "Excused:");
        attendance(AttendanceStatus.ABSENT, "Absent:");
    }

    private void attendance(AttendanceStatus status, String label) {
        Text.Builder t = Text.builder();
        boolean any = false;
        List<Attendee> attendees = meeting.attendees();
        for (int i = 0; i < attendees.size(); i++) {
            Attendee a = attendees.get(i);
            if (a.status() != status) {
                continue;
            }
            if (any) {
                t.plain("; ");
            }
            t.add(Wording.attendee(a) + (a.note() == null ? "" : " (" + a.note() + ")"),
                    Origin.meeting("attendees[" + i + "]"));
            any = true;
        }
        if (any) {
            blocks.add(new Para(t.build(), Style.BODY, label));
        }
    }

    private void agenda() {
        Outline outline = Outline.of(meeting.agenda(), body.defaults());
        for (Outline.Entry e : outline.entries()) {
            AgendaItem item = e.item();
            String path = paths.get(item);
            String anchor = "item-" + e.path();
            blocks.add(new Heading(Math.min(e.level() + 2, 3), Text.builder()
                    .bold(e.label() + " ").add(item.title(), Face.BOLD, Origin.meeting(path + ".title")).build(),
                    anchor));
            for (int i = 0; i < item.narrative().size(); i++) {
                blocks.add(Para.body(Text.linked(item.narrative().get(i), Origin.meeting(path + ".narrative[" + i + "]"))));
            }
            for (int i = 0; i < item.motions().size(); i++) {
                Motion m = item.motions().get(i);
                String mp = path + ".motions[" + i + "]";
                Text.Builder t = Text.builder().add(m.text(), Origin.meeting(mp + ".text"));
                String outcome = Wording.motionOutcome(m);
                if (!outcome.isEmpty()) {
                    t.add(" " + outcome, Origin.meeting(mp));
                }
                blocks.add(new Para(t.build(), Style.BODY, "Motion:"));
            }
            for (int i = 0; i < item.decisions().size(); i++) {
                blocks.add(new Para(Text.of(item.decisions().get(i), Origin.meeting(path + ".decisions[" + i + "]")),
                        Style.BODY, "Decision:"));
            }
            if (!item.actions().isEmpty()) {
                List<Item> list = new ArrayList<>();
                for (int i = 0; i < item.actions().size(); i++) {
                    ActionItem a = item.actions().get(i);
                    String ap = path + ".actions[" + i + "]";
                    sections.put(a, e.path());
                    anchors.put(a, anchor);
                    actionPaths.put(a, ap);
                    list.add(new Item("•", List.of(Para.body(actionText(a, ap)))));
                }
                blocks.add(new Para(Text.plain("Action items:"), Style.LEAD, null));
                blocks.add(new ItemList(list, Numbering.DISC));
            }
        }
    }

    private static Text actionText(ActionItem a, String path) {
        Text.Builder t = Text.builder();
        if (!a.owners().isEmpty()) {
            t.add(Wording.owners(a) + ": ", Face.BOLD, Origin.meeting(path + ".owners"));
        }
        t.add(a.task(), Origin.meeting(path + ".task"));
        if (a.due() != null) {
            t.plain(" (due " + Wording.due(a) + ")");
        }
        return t.build();
    }

    private void next() {
        NextMeeting next = meeting.next();
        if (next == null) {
            return;
        }
        String label = Outline.labelAfter(meeting.agenda(), body.defaults());
        String anchor = "next-meeting";
        blocks.add(new Heading(2, Text.bold(label + " " + Wording.nextMeetingHeading(next), null), anchor));
        if (next.time() != null || next.location() != null) {
            Text.Builder t = Text.builder();
            if (next.time() != null) {
                t.plain(Wording.time(next.time()));
            }
            if (next.location() != null) {
                t.add((next.time() != null ? ", " : "") + String.join(", ", next.location().lines()),
                        Origin.meeting("next.location"));
            }
            blocks.add(new Para(t.build(), Style.BODY, "Time and place:"));
        }
        List<Item> items = new ArrayList<>();
        List<FollowUp> followUps = next.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp f = followUps.get(i);
            String fp = "next.followUps[" + i + "]";
            for (int k = 0; k < f.actions().size(); k++) {
                ActionItem a = f.actions().get(k);
                sections.put(a, label + Wording.followUpLabel(i + 1));
                anchors.put(a, anchor);
                actionPaths.put(a, fp + ".actions[" + k + "]");
            }
            items.add(new Item(Wording.followUpLabel(i + 1), List.of(Para.body(Text.of(f.text(), Origin.meeting(fp + ".text"))))));
        }
        if (!next.proposedItems().isEmpty()) {
            List<Item> proposed = new ArrayList<>();
            for (int i = 0; i < next.proposedItems().size(); i++) {
                proposed.add(new Item("•", List.of(Para.body(Text.of(next.proposedItems().get(i),
                        Origin.meeting("next.proposedItems[" + i + "]"))))));
            }
            items.add(new Item(Wording.followUpLabel(followUps.size() + 1), List.of(
                    Para.body(Text.plain(Wording.PROPOSED_ITEMS)), new ItemList(proposed, Numbering.DISC))));
        }
        if (!items.isEmpty()) {
            blocks.add(new ItemList(items, Numbering.DECIMAL));
        }
    }

    private void updates() {
        List<TaskUpdate> updates = meeting.updates();
        if (updates.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, Text.bold("Updates on Earlier Action Items", null), "updates"));
        List<List<Text>> rows = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            TaskUpdate u = updates.get(i);
            String up = "updates[" + i + "]";
            rows.add(List.of(
                    Text.of(u.task(), Origin.meeting(up + ".task")),
                    Text.plain(Wording.taskStatus(u.status())),
                    Text.of(u.note() == null ? "" : u.note(), Origin.meeting(up + ".note"))));
        }
        blocks.add(new Table(List.of(1.3f, 1f, 4f), List.of(Text.plain("Task"), Text.plain("Status"),
                Text.plain("Note")), rows, "Reports on action items assigned at earlier meetings"));
    }

    private void actionTable() {
        List<ActionItem> actions = meeting.actionItems();
        if (actions.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, Text.bold("Action Items", null), "action-items"));
        List<List<Text>> rows = new ArrayList<>();
        for (ActionItem a : actions) {
            String path = actionPaths.get(a);
            String section = sections.getOrDefault(a, "");
            String anchor = anchors.get(a);
            Text from = anchor == null ? Text.plain(section)
                    : Text.builder().link(section, new Anchor(anchor), null).build();
            rows.add(List.of(
                    Text.of(a.id() == null ? "" : a.id(), Origin.meeting(path + ".id")),
                    Text.of(a.task(), Origin.meeting(path + ".task")),
                    Text.of(Wording.owners(a), Origin.meeting(path + ".owners")),
                    Text.plain(a.due() == null ? "—" : Wording.due(a)),
                    from));
        }
        blocks.add(new Table(List.of(1.35f, 4.2f, 1.9f, 1.25f, 0.8f),
                List.of(Text.plain("Task"), Text.plain("Action"), Text.plain("Owner"), Text.plain("Due"),
                        Text.plain("Item")),
                rows, "Every action item assigned at this meeting, with its owner and due date"));
    }
}
