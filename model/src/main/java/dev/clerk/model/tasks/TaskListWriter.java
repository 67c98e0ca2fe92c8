package dev.clerk.model.tasks;

import dev.clerk.model.text.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a task list as Markdown (a document to read or paste) or CSV (for a spreadsheet). The JSON form is
 * {@code dev.clerk.model.io.TaskListJson}. Writers never close the stream they are given.
 */
public final class TaskListWriter {
    /** The CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("ID", "Task", "Owners", "Status", "Due", "Days overdue",
            "Times carried", "Assigned on", "Assigned at", "Closed on", "Notes");

    private TaskListWriter() {
    }

    /** The list as Markdown: a heading per group, a table of tasks under each. */
    public static void markdown(TaskList list, OutputStream out) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Action items").append(list.body().isEmpty() ? "" : ": " + list.body()).append("\n\n");
        sb.append(summary(list)).append("\n");
        if (list.entries().isEmpty()) {
            write(sb.toString(), out);
            return;
        }
        for (TaskGroup g : list.groups()) {
            sb.append("\n## ").append(escape(g.title())).append("\n\n");
            sb.append("| ID | Task | Owners | Due | Status | Assigned | Carried | Notes |\n");
            sb.append("|---|---|---|---|---|---|---|---|\n");
            for (TaskEntry e : g.entries()) {
                sb.append("| ").append(e.id() == null ? "" : e.id())
                        .append(" | ").append(escape(e.task()))
                        .append(" | ").append(escape(e.ownerText()))
                        .append(" | ").append(e.isOverdue() ? "**" + e.dueText() + "**" : e.dueText())
                        .append(" | ").append(e.statusText())
                        .append(" | ").append(escape(e.origin().describe()))
                        .append(" | ").append(e.timesCarried() == 0 ? "" : Wording.carried(e.timesCarried()))
                        .append(" | ").append(e.notes().stream().map(n -> Wording.date(n.date()) + ": " + escape(n.text()))
                                .collect(Collectors.joining("<br>")))
                        .append(" |\n");
            }
        }
        write(sb.toString(), out);
    }

    /** "As of May 22, 2017: 8 open, 1 overdue, 2 closed." with the owner the list is limited to. */
    public static String summary(TaskList list) {
        StringBuilder sb = new StringBuilder("As of ").append(Wording.date(list.asOf()));
        if (list.query().owner() != null) {
            sb.append(", for ").append(list.query().owner());
        }
        sb.append(": ").append(list.open()).append(" open");
        if (list.open() > 0) {
            sb.append(", ").append(list.overdue() == 0 ? "none" : String.valueOf(list.overdue())).append(" overdue");
        }
        if (list.query().includeClosed()) {
            sb.append(", ").append(list.closed()).append(" closed");
        }
        return sb.append('.').toString();
    }

    /**
     * The list as CSV (RFC 4180: CRLF line ends, fields quoted where needed, quotes doubled), one row per task,
     * headed by a UTF-8 byte order mark so that spreadsheets read names such as "Łukasz" right. A cell that a
     * spreadsheet would take for a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.
     */
    public static void csv(TaskList list, OutputStream out) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, CSV_COLUMNS);
        for (TaskEntry e : list.entries()) {
            row(sb, List.of(e.id() == null ? "" : e.id(), e.task(), String.join("; ", e.owners()),
                    Wording.taskStatus(e.status()), iso(e.due()), String.valueOf(e.daysOverdue()),
                    String.valueOf(e.timesCarried()), iso(e.origin().meeting()), e.origin().reference(),
                    iso(e.closedOn()),
                    e.notes().stream().map(n -> n.date() + ": " + n.text()).collect(Collectors.joining("\n"))));
        }
        write(sb.toString(), out);
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** One CSV field: neutralised against formula injection, then quoted if it must be. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static void write(String text, OutputStream out) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
