package dev.clerk.render.pdf;

import dev.clerk.model.Attachment;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the packet of the example's May 22, 2017 meeting with {@code attachments/memo.docx} of a folder on item VI,
 * converting it with the soffice on the PATH; run in a child JVM by {@link ConversionShutdownTest}, which stops it
 * while the conversion runs. Argument: the folder.
 */
final class ConversionShutdownMain {
    private ConversionShutdownMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Committee committee = Fixtures.committee();
        Meeting meeting = committee.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2017, 5, 22)))
                .findFirst().orElseThrow();
        Agenda agenda = Fixtures.agendaWith(committee, meeting, 5,
                List.of(new Attachment("Memo", "attachments/memo.docx")));
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(
                new PacketBuilder.Input(committee.body(), agenda, committee.meetings(), null, folder));
             OutputStream out = Files.newOutputStream(folder.resolve("packet.pdf"))) {
            p.write(out);
        }
    }
}
