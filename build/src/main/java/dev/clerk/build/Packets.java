package dev.clerk.build;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.render.pdf.AttachmentException;
import dev.clerk.render.pdf.MissingGlyphException;
import dev.clerk.render.pdf.PacketBuilder;
import dev.clerk.render.pdf.ReadAhead;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The agenda packet of one meeting, as {@code clerk packet} and {@code clerk build} both make it: the open tasks are
 * those going into the meeting, and every refusal of the PDF painter (a character no font has, an attachment that
 * cannot be merged, an attachment's accessibility finding) becomes a problem at its place in the meeting file.
 */
public final class Packets {
    private Packets() {
    }

    /** A packet ready to be written, with its accessibility findings as problems in the meeting file. */
    public static final class Made implements AutoCloseable {
        private final PacketBuilder.Prepared packet;
        private final List<Problem> findings;

        private Made(PacketBuilder.Prepared packet, List<Problem> findings) {
            this.packet = packet;
            this.findings = List.copyOf(findings);
        }

        /** The attachments' accessibility findings: warnings, or errors when the packet was made strict. */
        public List<Problem> findings() {
            return findings;
        }

        public int pages() {
            return packet.pages();
        }

        /** How many supporting documents were merged. */
        public int supportingDocuments() {
            return packet.parts().size() - 1;
        }

        public void write(OutputStream out) throws IOException {
            packet.write(out);
        }

        @Override
        public void close() throws IOException {
            packet.close();
        }
    }

    /**
     * Prepares the packet of {@code meeting}.
     *
     * @param strict whether an accessibility finding refuses the packet (an error) rather than warns
     * @throws InputException with every problem at its place: characters no font has, an attachment that cannot be
     *                        merged, and, when strict, the accessibility findings
     */
    public static Made prepare(Committee committee, Parsed<Meeting> meeting, Path root, Painters painters,
                               ReadAhead ahead, boolean strict) throws Exception {
        Meeting m = meeting.value();
        // The task list as it stands going into the meeting, by the rule of the agenda's review table: one set of
        // figures (days overdue, times carried) in the whole packet.
        TaskList tasks = TaskLedger.of(committee).list(TaskQuery.goingInto(m.date()));
        PacketBuilder.Input input = new PacketBuilder.Input(committee.body(), Agenda.of(committee, m),
                committee.meetings(), tasks, root);
        painters.positions().with(meeting);
        List<String> paths = itemPaths(m.agenda(), "agenda", new ArrayList<>());
        PacketBuilder.Prepared packet;
        try {
            packet = new PacketBuilder(painters.pdfFonts()).prepare(input, ahead);
        } catch (MissingGlyphException e) {
            throw painters.problems(e);
        } catch (AttachmentException e) {
            String path = paths.get(e.item()) + "." + e.field();
            throw new InputException(Problem.error(meeting.file(), meeting.source().valueAt(path), path,
                    e.getMessage()));
        }
        List<Problem> findings = new ArrayList<>();
        for (PacketBuilder.Finding f : packet.findings()) {
            String path = paths.get(f.index()) + "." + f.field();
            String message = "item " + f.item() + ": " + f.file() + ": " + f.problem();
            findings.add(strict ? Problem.error(meeting.file(), meeting.source().valueAt(path), path, message)
                    : Problem.warning(meeting.file(), meeting.source().valueAt(path), path, message));
        }
        if (strict && !findings.isEmpty()) {
            packet.close();
            throw new InputException(findings);
        }
        return new Made(packet, findings);
    }

    /** The field path of every item of the meeting file, depth first: the order of the agenda's entries. */
    private static List<String> itemPaths(List<AgendaItem> items, String prefix, List<String> out) {
        for (int i = 0; i < items.size(); i++) {
            String path = prefix + "[" + i + "]";
            out.add(path);
            itemPaths(items.get(i).items(), path + ".items", out);
        }
        return out;
    }
}
