package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.TaskListComposer;
import dev.clerk.compose.doc.Meta;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attachment;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packet of the example's May 22, 2017 meeting, with generated attachments. */
class PacketBuilderTest {
    @TempDir
    static Path folder;
    static Committee committee;
    static Meeting meeting;

    @BeforeAll
    static void attachments() throws Exception {
        committee = Fixtures.committee();
        meeting = committee.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2017, 5, 22))).findFirst()
                .orElseThrow();
        SamplePdfs.write(folder.resolve("attachments/report.pdf"), SamplePdfs.make("Report", 7, null, null, false));
        SamplePdfs.write(folder.resolve("attachments/locked.pdf"), SamplePdfs.make("Locked", 2, null, "owner", false));
        SamplePdfs.write(folder.resolve("attachments/secret.pdf"), SamplePdfs.make("Secret", 2, "user", "owner", false));
        SamplePdfs.write(folder.resolve("attachments/scan.pdf"), SamplePdfs.make("Scan", 3, null, null, true));
        Files.write(folder.resolve("attachments/damaged.pdf"), "%PDF-1.4\nthis is not a PDF at all\n".getBytes());
    }

    /** The example's agenda with attachments on item VI (index 5). */
    static PacketBuilder.Input input(Attachment... attachments) {
        Agenda agenda = Fixtures.agendaWith(committee, meeting, 5, List.of(attachments));
        TaskList tasks = TaskLedger.of(committee).list(TaskQuery.openAsOf(LocalDate.of(2017, 5, 21)));
        return new PacketBuilder.Input(committee.body(), agenda, committee.meetings(), tasks, folder);
    }

    static byte[] build(PacketBuilder.Input input) throws Exception {
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void buildsAPacketThatIsTheAgendaAlone() throws Exception {
        // A meeting with nothing to approve, review or attach: the packet has one part, the agenda.
        Meeting bare = new Meeting(LocalDate.of(2017, 4, 24), null, null, null, null, null, null, null, null, null,
                List.of(), List.of(AgendaItem.titled("Introductions")), null, List.of());
        Agenda agenda = Agenda.of(committee, bare);
        TaskList none = TaskLedger.of(committee).list(TaskQuery.openAsOf(LocalDate.of(2017, 3, 1)));
        byte[] pdf = build(new PacketBuilder.Input(committee.body(), agenda, committee.meetings(), none, folder));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(d)).contains("Introductions", "Packet page 1 of");
        }
    }

    @Test
    void takesItsPagePhraseAndPartNameFromTheCatalogueInTheAgendasLanguage() throws Exception {
        // messages_eo.properties, a test resource, translates the packet's phrases and nothing else.
        Body b = committee.body();
        Body esperanto = new Body(b.name(), b.shortName(), b.parentBody(), b.department(), "eo", b.people(),
                b.quorum(), b.groups(), b.defaults(), b.fonts(), b.timeZone(), b.email(), b.lists());
        Committee c = new Committee(esperanto, committee.meetings());
        Meeting bare = new Meeting(LocalDate.of(2017, 4, 24), null, null, null, null, null, null, null, null, null,
                List.of(), List.of(AgendaItem.titled("Introductions")), null, List.of());
        TaskList none = TaskLedger.of(c).list(TaskQuery.openAsOf(LocalDate.of(2017, 3, 1)));
        PacketBuilder.Input input = new PacketBuilder.Input(esperanto, Agenda.of(c, bare), c.meetings(), none, folder);
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            assertThat(p.parts()).extracting(PacketBuilder.Part::title).containsExactly("Tagordo");
        }
        try (PDDocument d = Loader.loadPDF(build(input))) {
            assertThat(new PDFTextStripper().getText(d)).contains("Paĝo 1 el " + d.getNumberOfPages()
                    + " de la dosierujo").doesNotContain("Packet page");
        }
    }

    static final Attachment REPORT = new Attachment("Annual report (sample)", "attachments/report.pdf");
    static final Attachment LOCKED = new Attachment("Permissions-restricted memo", "attachments/locked.pdf");

    @Test
    void pageCountIsTheSumOfTheParts() throws Exception {
        PacketBuilder.Input input = input(REPORT, LOCKED);
        List<PacketBuilder.Part> parts;
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            parts = p.parts();
        }
        byte[] minutes = Fixtures.referenceMinutes();
        ByteArrayOutputStream tasks = new ByteArrayOutputStream();
        new PdfRenderer().render(TaskListComposer.compose(committee.body(), input.tasks()), tasks);
        int agendaPages = parts.get(0).pages();
        byte[] pdf = build(input);
        Fixtures.keep("packet-test.pdf", pdf);
        try (PDDocument d = Loader.loadPDF(pdf); PDDocument m = Loader.loadPDF(minutes);
             PDDocument t = Loader.loadPDF(tasks.toByteArray())) {
            assertThat(d.getNumberOfPages()).isEqualTo(agendaPages + m.getNumberOfPages() + t.getNumberOfPages() + 7 + 2);
            assertThat(parts).extracting(PacketBuilder.Part::title).containsExactly("Agenda",
                    "Draft minutes of March 27, 2017", "Open action items for the meeting of May 22, 2017",
                    "Annual report (sample)", "Permissions-restricted memo");
            int first = agendaPages + 1;
            assertThat(parts.get(1).firstPage()).isEqualTo(first);
            assertThat(parts.get(2).firstPage()).isEqualTo(first + m.getNumberOfPages());
            assertThat(parts.get(3).firstPage()).isEqualTo(first + m.getNumberOfPages() + t.getNumberOfPages());
        }
    }

    @Test
    void everyPageSaysItsPacketPageAndTheMaterialsBeginWhereTheContentsSay() throws Exception {
        byte[] pdf = build(input(REPORT, LOCKED));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int total = d.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= total; i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                assertThat(s.getText(d)).as("page " + i).contains("Packet page " + i + " of " + total);
            }
            s.setStartPage(1);
            s.setEndPage(total);
            String all = Pdfs.flat(s.getText(d));
            PacketBuilder.Input input = input(REPORT, LOCKED);
            try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
                for (PacketBuilder.Part part : p.parts().subList(1, p.parts().size())) {
                    assertThat(all).contains(part.title() + " " + part.firstPage());
                    s.setStartPage(part.firstPage());
                    s.setEndPage(part.firstPage());
                    String page = Pdfs.flat(s.getText(d));
                    if (part.title().startsWith("Annual")) {
                        assertThat(page).startsWith("Report, page 1 of 7.");
                    } else if (part.title().startsWith("Draft minutes")) {
                        assertThat(page).contains("Minutes");
                    } else if (part.title().startsWith("Permissions")) {
                        assertThat(page).startsWith("Locked, page 1 of 2.");
                    }
                }
            }
        }
    }

    @Test
    void linksOfTheAgendaOpenTheMaterialsPages() throws Exception {
        byte[] pdf = build(input(REPORT, LOCKED));
        List<Integer> targets = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int i = 0; i < 3; i++) {
                PDPage page = d.getPage(i);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
                            && go.getDestination() instanceof PDPageDestination dest) {
                        targets.add(dest.retrievePageNumber() + 1);
                    }
                }
            }
            try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input(REPORT, LOCKED))) {
                List<Integer> starts = p.parts().subList(1, p.parts().size()).stream()
                        .map(PacketBuilder.Part::firstPage).toList();
                // Each material is linked from its item and from the table of contents.
                List<Integer> expected = new ArrayList<>(starts);
                expected.addAll(starts);
                assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void bookmarksHoldItemsMaterialsAndTheAttachmentsOwnBookmarks() throws Exception {
        byte[] pdf = build(input(REPORT, LOCKED));
        List<PacketBuilder.Part> parts;
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input(REPORT, LOCKED))) {
            parts = p.parts();
        }
        int minutes = parts.get(1).firstPage();
        int tasks = parts.get(2).firstPage();
        int report = parts.get(3).firstPage();
        int memo = parts.get(4).firstPage();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> lines = new ArrayList<>();
            outline(d, d.getDocumentCatalog().getDocumentOutline(), "", lines);
            assertThat(lines).containsSubsequence(
                    "SWTPIC Agenda, May 22, 2017 -> 1",
                    "I. Introductions -> 1",
                    "II. Approval of the minutes of March 27, 2017 -> 1",
                    "  Draft minutes of March 27, 2017 -> " + minutes,
                    "    I. Introductions -> " + minutes,
                    "    II. Updates -> " + minutes,
                    "      A. Check in on the Prioritizing Safety for Sex Workers Policy -> " + minutes,
                    "    Action Items -> " + (tasks - 1),
                    "III. Review of open action items -> 1",
                    "  Open action items for the meeting of May 22, 2017 -> " + tasks,
                    "    Alix Lutnick -> " + tasks,
                    "VI. Priorities for 2017 -> 2",
                    "  Annual report (sample) -> " + report,
                    "    Report chapter 1 -> " + report,
                    "    Report chapter 2 -> " + (report + 5),
                    "  Permissions-restricted memo -> " + memo,
                    "    Locked chapter 1 -> " + memo,
                    "X. Adjournment -> 3",
                    "Notices -> 3",
                    "Contents of This Packet -> 3");
            assertThat(memo).isEqualTo(report + 7);
        }
    }

    private static void outline(PDDocument d, PDOutlineNode node, String indent, List<String> out) throws Exception {
        for (PDOutlineItem item : node.children()) {
            PDPageDestination dest = (PDPageDestination) item.getDestination();
            out.add(indent + Pdfs.flat(item.getTitle()) + " -> " + (dest.retrievePageNumber() + 1));
            outline(d, item, indent + "  ", out);
        }
    }

    @Test
    void twoBuildsAreTheSameBytes() throws Exception {
        assertThat(build(input(REPORT, LOCKED))).isEqualTo(build(input(REPORT, LOCKED)));
    }

    @Test
    void metadataIsThatOfTheComposedPacket() throws Exception {
        PacketBuilder.Input input = input(REPORT);
        Meta composed = AgendaComposer.packet(input.agenda(), input.agenda().items().stream()
                .map(i -> List.<AgendaComposer.Material>of()).toList()).meta();
        try (PDDocument d = Loader.loadPDF(build(input))) {
            var info = d.getDocumentInformation();
            assertThat(Pdfs.flat(info.getTitle())).isEqualTo("SWTPIC Agenda Packet, May 22, 2017");
            assertThat(info.getTitle()).isEqualTo(composed.title());
            assertThat(info.getSubject()).isEqualTo(composed.subject());
            assertThat(info.getAuthor()).isEqualTo("Department on the Status of Women");
            assertThat(info.getKeywords()).isEqualTo(String.join(", ", composed.keywords()));
            assertThat(info.getCreationDate().toInstant()).hasToString("2017-05-22T00:00:00Z");
        }
    }

    @Test
    void refusesAMissingAttachmentNamingItemAndFile() {
        assertThatThrownBy(() -> build(input(new Attachment("Budget", "attachments/budget.pdf"))))
                .isInstanceOf(AttachmentException.class)
                .hasMessage("item VI. Priorities for 2017: attachments/budget.pdf: does not exist")
                .satisfies(e -> {
                    assertThat(((AttachmentException) e).item()).isEqualTo(5);
                    assertThat(((AttachmentException) e).field()).isEqualTo("attachments[0].path");
                });
    }

    @Test
    void refusesADamagedAttachment() {
        assertThatThrownBy(() -> build(input(REPORT, new Attachment("Bad", "attachments/damaged.pdf"))))
                .isInstanceOf(AttachmentException.class)
                .hasMessageStartingWith("item VI. Priorities for 2017: attachments/damaged.pdf: is damaged and cannot"
                        + " be read as a PDF (")
                .satisfies(e -> assertThat(((AttachmentException) e).field()).isEqualTo("attachments[1].path"));
    }

    @Test
    void reportsTheFirstUnusableAttachmentInAgendaOrder() {
        assertThatThrownBy(() -> build(input(REPORT, new Attachment("Secret", "attachments/secret.pdf"),
                new Attachment("Bad", "attachments/damaged.pdf"), new Attachment("Gone", "attachments/gone.pdf"))))
                .isInstanceOf(AttachmentException.class)
                .hasMessage("item VI. Priorities for 2017: attachments/secret.pdf: needs a password to open; attach a"
                        + " copy without an open password");
    }

    @Test
    void refusesAnAttachmentThatNeedsAPassword() {
        assertThatThrownBy(() -> build(input(new Attachment("Secret", "attachments/secret.pdf"))))
                .isInstanceOf(AttachmentException.class)
                .hasMessage("item VI. Priorities for 2017: attachments/secret.pdf: needs a password to open; attach a"
                        + " copy without an open password");
    }

    @Test
    void refusesAnAttachmentThatIsNotAPdf() throws Exception {
        Files.writeString(folder.resolve("attachments/notes.txt"), "notes");
        assertThatThrownBy(() -> build(input(new Attachment("Notes", "attachments/notes.txt"))))
                .isInstanceOf(AttachmentException.class)
                .hasMessage("item VI. Priorities for 2017: attachments/notes.txt: is not a PDF file (nor a .docx, .odt"
                        + " or .xlsx document Clerk converts with LibreOffice)");
    }

    @Test
    void refusesAnOfficeDocumentWhenLibreOfficeIsMissing() throws Exception {
        Files.writeString(folder.resolve("attachments/memo.docx"), "not really");
        PacketBuilder builder = new PacketBuilder(PdfFonts.liberation(), (file, work) -> {
            throw new OfficeConverter.ConversionException("is an office document; converting it to PDF needs"
                    + " LibreOffice, and 'soffice' is not on the PATH (install libreoffice-writer-nogui, or attach a PDF)");
        });
        assertThatThrownBy(() -> builder.prepare(input(new Attachment("Memo", "attachments/memo.docx"))))
                .isInstanceOf(AttachmentException.class)
                .hasMessage("item VI. Priorities for 2017: attachments/memo.docx: is an office document; converting it"
                        + " to PDF needs LibreOffice, and 'soffice' is not on the PATH (install"
                        + " libreoffice-writer-nogui, or attach a PDF)");
    }

    @Test
    void reportsUntaggedAttachmentsAndPagesWithoutText() throws Exception {
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(
                input(REPORT, new Attachment("Scanned letter", "attachments/scan.pdf")))) {
            assertThat(p.findings()).extracting(Object::toString).containsExactly(
                    "item VI. Priorities for 2017: attachments/report.pdf: is not tagged; screen readers get its text"
                            + " without headings, lists or tables",
                    "item VI. Priorities for 2017: attachments/scan.pdf: is not tagged; screen readers get its text"
                            + " without headings, lists or tables",
                    "item VI. Priorities for 2017: attachments/scan.pdf: page 2 has no text layer (scanned images?);"
                            + " screen readers cannot read it");
        }
    }

    @Test
    void taggedAttachmentIsNotReported() throws Exception {
        SamplePdfs.write(folder.resolve("attachments/tagged.pdf"), Fixtures.referenceMinutes());
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(
                input(new Attachment("Tagged", "attachments/tagged.pdf")))) {
            assertThat(p.findings()).isEmpty();
        }
    }
}
