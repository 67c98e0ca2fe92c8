package dev.clerk.render.html;

import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.Compositions;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every document the page tests render: the hand-built samples, what the composers make of the worked example
 * ({@code ../examples/swtpic}) and the fixtures (through compose's {@link Compositions}), and the example's
 * agenda as the front of its packet, whose links go to packet pages.
 */
final class Pages {
    private Pages() {
    }

    static List<Samples.Named> all() throws Exception {
        List<Samples.Named> out = new ArrayList<>(Samples.all());
        compositions().forEach(out::add);
        out.add(new Samples.Named("swtpic-2017-05-22-packet", packet()));
        return out;
    }

    static List<Samples.Named> compositions() {
        return Compositions.all().stream().map(c -> new Samples.Named(c.name(), c.document())).toList();
    }

    /** The example's agenda of May 22, 2017 as a packet's front, its second and third items with materials. */
    static dev.clerk.compose.doc.Document packet() throws Exception {
        Committee committee = CommitteeFolder.read(Compositions.FOLDERS.get(0));
        Meeting meeting = committee.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2017, 5, 22)))
                .findFirst().orElseThrow();
        Agenda agenda = Agenda.of(committee, meeting);
        List<List<AgendaComposer.Material>> materials = new ArrayList<>();
        for (int i = 0; i < agenda.items().size(); i++) {
            materials.add(switch (i) {
                case 1 -> List.of(new AgendaComposer.Material(
                        AgendaComposer.minutesMaterial("en", LocalDate.of(2017, 3, 27), false), 3));
                case 2 -> List.of(new AgendaComposer.Material(AgendaComposer.tasksMaterial("en", meeting.date()), 6));
                default -> List.of();
            });
        }
        return AgendaComposer.packet(agenda, materials);
    }
}
