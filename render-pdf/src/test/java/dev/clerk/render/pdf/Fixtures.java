package dev.clerk.render.pdf;

import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.TaskListComposer;
import dev.clerk.compose.doc.Document;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference committee of the repository's worked example, and rendering helpers. */
final class Fixtures {
    static final Path EXAMPLE = findExample();

    private Fixtures() {
    }

    static Body body() throws Exception {
        return ModelReader.readBody(EXAMPLE.resolve("committee.yaml"));
    }

    static Meeting meeting() throws Exception {
        return ModelReader.readMeeting(EXAMPLE.resolve("meetings/2017-03-27.yaml"));
    }

    /** The minutes of {@code meeting} of {@code body}, composed and painted. */
    static byte[] minutes(Body body, Meeting meeting, PdfFonts fonts) throws Exception {
        return render(MinutesComposer.compose(body, meeting), fonts);
    }

    /** {@code doc} painted. */
    static byte[] render(Document doc, PdfFonts fonts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(fonts).render(doc, out);
        return out.toByteArray();
    }

    static dev.clerk.model.Committee committee() throws Exception {
        return dev.clerk.model.io.CommitteeFolder.read(EXAMPLE);
    }

    /** The agenda of the example's meeting of May 22, 2017. */
    static byte[] agenda() throws Exception {
        dev.clerk.model.Committee c = committee();
        Meeting m = c.meetings().stream().filter(x -> x.date().toString().equals("2017-05-22")).findFirst().orElseThrow();
        return render(AgendaComposer.compose(dev.clerk.model.agenda.Agenda.of(c, m)), PdfFonts.liberation());
    }

    /** The example's open tasks going into May 22, 2017. */
    static byte[] taskList(boolean all) throws Exception {
        dev.clerk.model.Committee c = committee();
        dev.clerk.model.tasks.TaskList list = dev.clerk.model.tasks.TaskLedger.of(c).list(
                new dev.clerk.model.tasks.TaskQuery(java.time.LocalDate.of(2017, 5, 21), null, all,
                        dev.clerk.model.tasks.Grouping.OWNER));
        return render(TaskListComposer.compose(c.body(), list), PdfFonts.liberation());
    }

    /** The agenda of {@code meeting} with {@code attachments} on item {@code index} and none elsewhere. */
    static dev.clerk.model.agenda.Agenda agendaWith(dev.clerk.model.Committee committee, Meeting meeting, int index,
                                                    java.util.List<dev.clerk.model.Attachment> attachments) {
        dev.clerk.model.agenda.Agenda a = dev.clerk.model.agenda.Agenda.of(committee, meeting);
        java.util.List<dev.clerk.model.agenda.AgendaEntry> items = new java.util.ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            dev.clerk.model.agenda.AgendaEntry e = a.items().get(i);
            items.add(new dev.clerk.model.agenda.AgendaEntry(e.level(), e.label(), e.path(), e.title(), e.kind(),
                    e.description(), e.presenter(), e.minutes(), e.startsAt(), e.minutesOf(),
                    i == index ? attachments : java.util.List.of(), e.tasks(), e.field()));
        }
        return new dev.clerk.model.agenda.Agenda(a.letterhead(), a.language(), a.date(), a.start(), a.location(),
                items, a.notices(), a.standardNotices(), a.numbering(), a.special(), a.meetingTitle(),
                a.locationField());
    }

    /** The minutes of March 27, 2017 of the example, as the committee's minutes. */
    static byte[] referenceMinutes() throws Exception {
        return render(MinutesComposer.compose(committee(), meeting()), PdfFonts.liberation());
    }

    /** Keeps a copy under target/pdf/ to look at. */
    static void keep(String name, byte[] pdf) throws Exception {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    private static Path findExample() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path ex = p.resolve("examples/swtpic");
            if (Files.isDirectory(ex)) {
                return ex;
            }
        }
        throw new IllegalStateException("examples/swtpic not found above " + Path.of("").toAbsolutePath());
    }
}
