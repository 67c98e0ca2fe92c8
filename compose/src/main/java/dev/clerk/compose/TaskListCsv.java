package dev.clerk.compose;

import dev.clerk.model.Body;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskNote;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a task list as CSV, for a spreadsheet: one row per task, headed by a row of column names in the body's
 * language. Dates are ISO 8601 ({@code 2017-05-22}) so that spreadsheets sort them; statuses, origins and notes are
 * worded as in the documents.
 *
 * <p>The file follows RFC 4180 (CRLF line ends, fields quoted where needed, quotes doubled) and starts with a UTF-8
 * byte order mark so that spreadsheets read names such as "Łukasz" right. A cell that a spreadsheet would take for
 * a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.
 *
 * <pre>{@code
 * TaskListCsv.write(committee.body(), TaskLedger.of(committee).list(query), out);
 * }</pre>
 */
public final class TaskListCsv {
    private static final List<String> COLUMNS = List.of("id", "task", "owners", "status", "due", "daysOverdue",
            "timesCarried", "assignedOn", "assignedAt", "closedOn", "notes");

    private TaskListCsv() {
    }

    /** Writes {@code list} of {@code body} to {@code out} as UTF-8 CSV; never closes the stream. */
    public static void write(Body body, TaskList list, OutputStream out) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(out, "out");
        Phrases p = new Phrases(body.language());
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, COLUMNS.stream().map(c -> p.get("tasks.csv.column." + c)).toList());
        for (TaskEntry e : list.entries()) {
            row(sb, List.of(e.id() == null ? "" : e.id(), e.task(), String.join(p.get("tasks.csv.owners.separator"),
                            e.owners()), p.status(e.status()), iso(e.due()), String.valueOf(e.daysOverdue()),
                    String.valueOf(e.timesCarried()), iso(e.origin().meeting()), p.reference(e.origin()),
                    iso(e.closedOn()), notes(p, e.notes())));
        }
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String notes(Phrases p, List<TaskNote> notes) {
        return notes.stream().map(n -> p.get("tasks.csv.note", n.date(), p.note(n))).collect(Collectors.joining("\n"));
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
}
