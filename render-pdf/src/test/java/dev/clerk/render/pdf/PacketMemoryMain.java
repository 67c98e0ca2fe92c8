package dev.clerk.render.pdf;

import dev.clerk.model.Attachment;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the packet of the example's May 22, 2017 meeting with every PDF of a folder attached to item VI, into a
 * file; run in a child JVM by {@link PacketMemoryTest} with a small heap. Arguments: the folder, the output.
 */
final class PacketMemoryMain {
    private PacketMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Committee committee = Fixtures.committee();
        Meeting meeting = committee.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2017, 5, 22)))
                .findFirst().orElseThrow();
        List<Attachment> attachments = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                attachments.add(new Attachment(p.getFileName().toString(), p.getFileName().toString()));
            }
        }
        Agenda agenda = Fixtures.agendaWith(committee, meeting, 5, attachments);
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(
                new PacketBuilder.Input(committee.body(), agenda, committee.meetings(), null, folder));
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            p.write(out);
        }
    }
}
