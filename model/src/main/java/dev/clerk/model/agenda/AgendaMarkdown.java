package dev.clerk.model.agenda;

import dev.clerk.model.Attachment;
import dev.clerk.model.Notice;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.text.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an agenda as Markdown: readable as plain text, ready to paste into an email or a web page, and
 * convertible by pandoc. Never closes the stream.
 */
public final class AgendaMarkdown {
    private AgendaMarkdown() {
    }

    /** Writes {@code agenda} to {@code out} as UTF-8 Markdown. */
    public static void write(Agenda agenda, OutputStream out) {
        StringBuilder sb = new StringBuilder();
        Letterhead l = agenda.letterhead();
        sb.append("# ").append(escape(l.body())).append("\n\n");
        List<String> under = new ArrayList<>();
        if (l.parentBody() != null) {
            under.add(escape(l.parentBody()));
        }
        if (l.department() != null) {
            under.add("Staffed by the " + escape(l.department()));
        }
        if (!under.isEmpty()) {
            sb.append(String.join("  \n", under)).append("\n\n");
        }
        sb.append("## ").append(agenda.title()).append(": ").append(escape(agenda.subtitle())).append("\n\n");
        sb.append("**").append(agenda.dateText()).append(agenda.timeText() == null ? "" : ", " + agenda.timeText())
                .append("**");
        for (String line : agenda.location()) {
            sb.append("  \n").append(escape(line));
        }
        sb.append("\n\n");
        boolean timed = agenda.isTimed();
        for (AgendaEntry e : agenda.items()) {
            String indent = "    ".repeat(e.level());
            sb.append(indent).append("**").append(e.label()).append(' ').append(escape(e.title())).append("**");
            List<String> facts = new ArrayList<>();
            if (e.kindText() != null) {
                facts.add(e.kindText());
            }
            if (e.presenter() != null) {
                facts.add("presented by " + escape(e.presenter()));
            }
            if (e.minutes() != null) {
                facts.add(Wording.minutes(e.minutes()));
            }
            if (timed && e.startText() != null) {
                facts.add("at " + e.startText());
            }
            if (!facts.isEmpty()) {
                sb.append(" (").append(String.join(", ", facts)).append(')');
            }
            sb.append("\n\n");
            if (e.description() != null) {
                sb.append(indent).append(escape(e.description())).append("\n\n");
            }
            if (e.minutesOf() != null) {
                sb.append(indent).append("The draft minutes of ").append(Wording.date(e.minutesOf()))
                        .append(" are in the agenda packet.\n\n");
            }
            for (Attachment a : e.attachments()) {
                sb.append(indent).append("- Attachment: ").append(escape(a.title())).append('\n');
            }
            if (!e.attachments().isEmpty()) {
                sb.append('\n');
            }
            if (e.isReview()) {
                tasks(sb, e.tasks());
            }
        }
        if (!agenda.notices().isEmpty()) {
            sb.append("## Notices\n\n");
            for (Notice n : agenda.notices()) {
                sb.append("**").append(escape(n.title())).append(".** ").append(escape(n.text())).append("\n\n");
            }
        }
        try {
            out.write(sb.toString().stripTrailing().concat("\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void tasks(StringBuilder sb, List<TaskEntry> tasks) {
        sb.append("| ID | Task | Owners | Due | Assigned | Carried | Status and notes |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (TaskEntry t : tasks) {
            List<String> notes = new ArrayList<>();
            if (t.isClosed() || t.status() != dev.clerk.model.TaskStatus.OPEN) {
                notes.add(t.statusText());
            }
            t.notes().forEach(n -> notes.add(Wording.date(n.date()) + ": " + escape(n.text())));
            sb.append("| ").append(t.id() == null ? "" : t.id())
                    .append(" | ").append(escape(t.task()))
                    .append(" | ").append(escape(t.ownerText()))
                    .append(" | ").append(t.isOverdue() ? "**" + t.dueText() + "**" : t.dueText())
                    .append(" | ").append(escape(t.origin().describe()))
                    .append(" | ").append(Wording.carried(t.timesCarried()))
                    .append(" | ").append(String.join("<br>", notes))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
