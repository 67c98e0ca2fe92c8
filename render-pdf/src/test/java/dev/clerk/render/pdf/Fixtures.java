package dev.clerk.render.pdf;

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

    static byte[] minutes(Body body, Meeting meeting, PdfFonts fonts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfMinutesRenderer(fonts).render(body, meeting, out);
        return out.toByteArray();
    }

    static dev.clerk.model.Committee committee() throws Exception {
        return dev.clerk.model.io.CommitteeFolder.read(EXAMPLE);
    }

    /** The agenda of the example's meeting of May 22, 2017. */
    static byte[] agenda() throws Exception {
        dev.clerk.model.Committee c = committee();
        Meeting m = c.meetings().stream().filter(x -> x.date().toString().equals("2017-05-22")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfAgendaRenderer().render(dev.clerk.model.agenda.Agenda.of(c, m), out);
        return out.toByteArray();
    }

    /** The example's open tasks going into May 22, 2017. */
    static byte[] taskList(boolean all) throws Exception {
        dev.clerk.model.Committee c = committee();
        dev.clerk.model.tasks.TaskList list = dev.clerk.model.tasks.TaskLedger.of(c).list(
                new dev.clerk.model.tasks.TaskQuery(java.time.LocalDate.of(2017, 5, 21), null, all,
                        dev.clerk.model.tasks.Grouping.OWNER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfTaskListRenderer().render(c.body(), list, out);
        return out.toByteArray();
    }

    /** The agenda of {@code meeting} with {@code attachments} on item {@code index} and none elsewhere. */
    static dev.clerk.model.agenda.Agenda agendaWith(dev.clerk.model.Committee committee, Meeting meeting, int index,
                                                    java.util.List<dev.clerk.model.Attachment> attachments) {
        dev.clerk.model.agenda.Agenda a = dev.clerk.model.agenda.Agenda.of(committee, meeting);
        java.util.List<dev.clerk.model.agenda.AgendaEntry> items = new java.util.ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            dev.clerk.model.agenda.AgendaEntry e = a.items().get(i);
            items.add(new dev.clerk.model.agenda.AgendaEntry(e.level(), e.label(), e.path(), e.title(), e.kind(),
                    e.kindText(), e.description(), e.presenter(), e.minutes(), e.startsAt(), e.startText(),
                    e.minutesOf(), i == index ? attachments : java.util.List.of(), e.tasks()));
        }
        return new dev.clerk.model.agenda.Agenda(a.letterhead(), a.title(), a.subtitle(), a.documentTitle(),
                a.language(), a.date(), a.dateText(), a.start(), a.timeText(), a.location(), items, a.notices(),
                a.numbering());
    }

    static byte[] referenceMinutes() throws Exception {
        return minutes(body(), meeting(), PdfFonts.liberation());
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
