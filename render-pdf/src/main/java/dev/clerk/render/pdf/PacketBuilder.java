package dev.clerk.render.pdf;

import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.Messages;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.TaskListComposer;
import dev.clerk.compose.doc.Document;
import dev.clerk.model.Attachment;
import dev.clerk.model.io.CommitteeBoundary;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.text.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a meeting's agenda packet: the agenda with its notices and a table of contents, then each item's
 * materials in agenda order — the minutes it approves (DRAFT-marked while draft), the open-task list behind the
 * review item, and the item's attachments. Every page carries "Packet page N of M" (the {@link Messages} phrase in
 * the agenda's language); each agenda entry links to its materials; the bookmarks hold one entry per item, one per
 * material beneath it, and each attachment's own bookmarks beneath that.
 *
 * <p>Building takes two steps so that nothing is written when an attachment cannot be used: {@link #prepare}
 * opens and inspects every attachment (and converts office documents with LibreOffice), then
 * {@link Prepared#write} streams the pages, reading one attachment at a time.
 *
 * <p>The generated parts are tagged (headings, tables, links). An attachment that is itself PDF/A-1 and PDF/UA-1
 * (its metadata says so, it is tagged, and its colours are RGB) brings its structure tree into the packet, under the
 * attachment's Part element. When every attachment is such a file, the packet claims PDF/A-1b and PDF/UA-1 as
 * Clerk's own documents do ({@link Prepared#conforming()}); otherwise it claims neither, since other attachments'
 * pages are drawn as they are, their text readable but without their own tags, and their fonts and colours as they
 * come. {@link Prepared#findings()} lists the attachments that are untagged or have pages without text.
 *
 * <pre>{@code
 * try (PacketBuilder.Prepared packet = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
 *     packet.write(out);
 * }
 * }</pre>
 */
public final class PacketBuilder {
    /** The extensions of office documents that LibreOffice converts to PDF. */
    static final List<String> OFFICE = List.of("docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pptx", "odp");

    private final PdfFonts fonts;
    private final OfficeConverter converter;

    /** A builder that sets the generated parts in {@code fonts} and converts office documents with soffice. */
    public PacketBuilder(PdfFonts fonts) {
        this(fonts, OfficeConverter.fromPath());
    }

    PacketBuilder(PdfFonts fonts, OfficeConverter converter) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.converter = Objects.requireNonNull(converter, "converter");
    }

    /**
     * What a packet is made of.
     *
     * @param body    the body
     * @param agenda  the meeting's agenda
     * @param minutes the meetings whose minutes approval items may approve (the committee's meetings)
     * @param tasks   the open tasks going into the meeting, put behind the review item; null to leave it out
     * @param folder  the committee folder, which attachment paths are relative to
     */
    public record Input(Body body, Agenda agenda, List<Meeting> minutes, TaskList tasks, Path folder) {
        public Input {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(agenda, "agenda");
            minutes = List.copyOf(minutes);
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * An attachment that screen readers cannot fully read.
     *
     * @param index   the index of the item among the agenda's items, depth first
     * @param item    the item as printed ("VI. Priorities for 2017")
     * @param field   the field of the item that names the file ({@code attachments[1].path})
     * @param file    the file as the meeting file gives it
     * @param problem what is wrong: "is not tagged", "pages 2 and 3 have no text layer (scanned images?)"
     */
    public record Finding(int index, String item, String field, String file, String problem) {
        @Override
        public String toString() {
            return "item " + item + ": " + file + ": " + problem;
        }
    }

    /**
     * One part of the packet and where it starts.
     *
     * @param item      the item it belongs to, or null for the agenda itself
     * @param title     what it is
     * @param firstPage its first packet page, from 1
     * @param pages     how many pages it has
     */
    public record Part(String item, String title, int firstPage, int pages) {
    }

    /** A packet ready to be written; it holds converted files, which {@link #close()} deletes. */
    public static final class Prepared implements AutoCloseable {
        private final TaggedPdf.Meta meta;
        private final String pageNumbers;
        private final List<Painter.Section> sections;
        private final FontChain chain;
        private final List<Painter.Bookmark> bookmarks;
        private final List<Finding> findings;
        private final List<Part> parts;
        private final Path scratch;
        private final boolean conforming;

        private Prepared(TaggedPdf.Meta meta, String pageNumbers, List<Painter.Section> sections, FontChain chain,
                         List<Painter.Bookmark> bookmarks, List<Finding> findings, List<Part> parts, Path scratch,
                         boolean conforming) {
            this.meta = meta;
            this.pageNumbers = pageNumbers;
            this.sections = sections;
            this.chain = chain;
            this.bookmarks = bookmarks;
            this.findings = findings;
            this.parts = parts;
            this.scratch = scratch;
            this.conforming = conforming;
        }

        /**
         * Whether the packet claims PDF/A-1b and PDF/UA-1: every part is Clerk's own or an attachment that is PDF/A-1
         * and PDF/UA-1 itself.
         */
        public boolean conforming() {
            return conforming;
        }

        /** The attachments that are untagged or have pages without a text layer, in packet order. */
        public List<Finding> findings() {
            return findings;
        }

        /** The parts in packet order: the agenda, then each material. */
        public List<Part> parts() {
            return parts;
        }

        /** The number of pages of the packet. */
        public int pages() {
            return sections.stream().mapToInt(Painter.Section::pages).sum();
        }

        /**
         * Writes the packet to {@code out}, which is left open. Can be called once.
         *
         * @throws IOException when an attachment cannot be read after all, or writing fails
         */
        public void write(OutputStream out) throws IOException {
            Objects.requireNonNull(out, "out");
            new Painter(meta, sections, chain, new Painter.Presentation(pageNumbers, conforming, bookmarks))
                    .paint(new NonClosing(out));
        }

        @Override
        public void close() throws IOException {
            if (scratch != null) {
                Scratch.delete(scratch);
            }
        }
    }

    /** A material as it is laid out or read, before packet pages are known. */
    private record Material(int item, String title, Painter.Section section, AttachmentFile file, String path) {
    }

    /**
     * Opens and inspects everything the packet is made of.
     *
     * @throws AttachmentException   when an attachment is missing, damaged, needs a password or cannot be converted,
     *                               or the minutes an item approves are not among the meetings
     * @throws MissingGlyphException when generated text has a character none of the fonts has
     * @throws IOException           when a font cannot be read
     */
    public Prepared prepare(Input input) throws AttachmentException, MissingGlyphException, IOException {
        try (ReadAhead ahead = ReadAhead.none()) {
            return prepare(input, ahead);
        }
    }

    /**
     * {@link #prepare(Input)}, taking the attachments that {@code ahead} has been reading meanwhile. {@code ahead}
     * stays open, for the caller to close.
     */
    public Prepared prepare(Input input, ReadAhead ahead) throws AttachmentException, MissingGlyphException,
            IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(ahead, "ahead");
        FontChain chain = new FontChain(fonts);
        Agenda agenda = input.agenda();
        List<Material> materials = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Path scratch = null;
        boolean done = false;
        try {
            // The PDF attachments not yet started are inspected on every core while the rest is laid out; their
            // problems are still reported in agenda order, below.
            CommitteeBoundary boundary = CommitteeBoundary.of(input.folder(), input.body());
            ahead.cover(boundary, agenda.items().stream().flatMap(e -> e.attachments().stream()).toList());
            for (int i = 0; i < agenda.items().size(); i++) {
                AgendaEntry e = agenda.items().get(i);
                String name = e.label() + " " + e.title();
                if (e.minutesOf() != null) {
                    Meeting m = input.minutes().stream().filter(x -> x.date().equals(e.minutesOf())).findFirst()
                            .orElse(null);
                    if (m == null) {
                        throw new AttachmentException(i, name, "minutesOf", null, "no meeting file holds the minutes of "
                                + Wording.date(e.minutesOf()) + " (meetings/" + e.minutesOf() + ".yaml)", null);
                    }
                    String title = AgendaComposer.minutesMaterial(agenda.language(), m.date(), m.isApproved());
                    Document minutes = MinutesComposer.compose(new Committee(input.body(), input.minutes()), m);
                    materials.add(new Material(i, title, TaggedPdf.lay(minutes, chain, title), null, null));
                }
                if (e.isReview() && input.tasks() != null) {
                    String title = AgendaComposer.tasksMaterial(agenda.language(), agenda.date());
                    Document tasks = TaskListComposer.compose(input.body(), input.tasks());
                    materials.add(new Material(i, title, TaggedPdf.lay(tasks, chain, title), null, null));
                }
                for (int k = 0; k < e.attachments().size(); k++) {
                    Attachment a = e.attachments().get(k);
                    String field = "attachments[" + k + "].path";
                    Path file;
                    try {
                        // Where it really leads, refused outside the committee folder before a byte is read.
                        file = boundary.resolve(a.path());
                        InputFiles.requireReadable(file, InputFiles.Limit.ATTACHMENT);
                    } catch (InputFileException x) {
                        throw new AttachmentException(i, name, field, a.path(),
                                x.reason() == InputFileException.Reason.MISSING ? "does not exist" : x.problem(), null);
                    }
                    String ext = extension(a.path());
                    if (OFFICE.contains(ext)) {
                        if (scratch == null) {
                            // Removed by close(), or at JVM shutdown if Clerk is stopped before that.
                            scratch = Scratch.createFolder("clerk-packet-");
                        }
                        try {
                            file = converter.convert(file, scratch.resolve("doc-" + i + "-" + k));
                        } catch (OfficeConverter.ConversionException x) {
                            throw new AttachmentException(i, name, field, a.path(), x.getMessage(), x);
                        }
                    } else if (!ext.equals("pdf")) {
                        throw new AttachmentException(i, name, field, a.path(), "is not a PDF file (nor a .docx, .odt"
                                + " or .xlsx document Clerk converts with LibreOffice)", null);
                    }
                    AttachmentFile pdf;
                    try {
                        pdf = ahead.take(file, a);
                    } catch (AttachmentFile.Unusable x) {
                        throw new AttachmentException(i, name, field, a.path(), x.getMessage(), x.getCause());
                    }
                    if (!pdf.tagged()) {
                        findings.add(new Finding(i, name, field, a.path(), "is not tagged; screen readers get its text without"
                                + " headings, lists or tables"));
                    }
                    if (!pdf.imageOnly().isEmpty()) {
                        findings.add(new Finding(i, name, field, a.path(), pagesPhrase(pdf.imageOnly(), pdf.pages())
                                + " no text layer (scanned images?); screen readers cannot read "
                                + (pdf.imageOnly().size() == 1 ? "it" : "them")));
                    }
                    materials.add(new Material(i, a.title(), pdf, pdf, a.path()));
                }
            }
            Prepared p = assemble(input, chain, materials, findings, scratch);
            done = true;
            return p;
        } finally {
            if (!done && scratch != null) {
                new Prepared(null, null, List.of(), null, null, null, null, scratch, false).close();
            }
        }
    }

    private static String pagesPhrase(List<Integer> pages, int total) {
        if (pages.size() == total) {
            return total == 1 ? "its page has" : "all its " + total + " pages have";
        }
        return (pages.size() == 1 ? "page " : "pages ")
                + Wording.names(pages.stream().map(String::valueOf).toList()) + (pages.size() == 1 ? " has" : " have");
    }

    private static String extension(String path) {
        return ReadAhead.extension(path);
    }

    /** Lays out the agenda until its length stops changing, numbers the pages and builds the bookmarks. */
    private static Prepared assemble(Input input, FontChain chain, List<Material> materials, List<Finding> findings,
                                     Path scratch) throws MissingGlyphException {
        Agenda agenda = input.agenda();
        Messages messages = Messages.forLanguage(agenda.language());
        // What the packet calls its agenda: the Part element's title and the first part's.
        String agendaPart = messages.get("packet.part.agenda");
        int front = 1;
        Painter.Tagged agendaSection = null;
        Document composed = null;
        List<List<AgendaComposer.Material>> links;
        for (int round = 0; round < 6; round++) {
            links = new ArrayList<>();
            for (int i = 0; i < agenda.items().size(); i++) {
                links.add(new ArrayList<>());
            }
            int page = front;
            for (Material m : materials) {
                links.get(m.item()).add(new AgendaComposer.Material(m.title(), page));
                page += m.section().pages();
            }
            composed = AgendaComposer.packet(agenda, links);
            agendaSection = TaggedPdf.lay(composed, chain, agendaPart);
            if (agendaSection.pages() == front) {
                break;
            }
            front = agendaSection.pages();
        }
        List<Painter.Section> sections = new ArrayList<>();
        sections.add(agendaSection);
        materials.forEach(m -> sections.add(m.section()));

        List<Part> parts = new ArrayList<>();
        parts.add(new Part(null, agendaPart, 1, front));
        int page = front;
        List<Integer> firsts = new ArrayList<>();
        for (Material m : materials) {
            AgendaEntry e = agenda.items().get(m.item());
            parts.add(new Part(e.label() + " " + e.title(), m.title(), page + 1, m.section().pages()));
            firsts.add(page);
            page += m.section().pages();
        }
        String agendaTitle = AgendaComposer.compose(agenda).meta().title();
        List<Painter.Bookmark> bookmarks = bookmarks(agendaTitle, agendaSection.layout(), materials, firsts);
        boolean conforming = materials.stream().allMatch(m -> m.file() == null || m.file().conforming());
        return new Prepared(TaggedPdf.Meta.of(composed.meta()), messages.get("packet.pageNumbers"),
                List.copyOf(sections), chain, bookmarks, List.copyOf(findings), List.copyOf(parts), scratch,
                conforming);
    }

    /**
     * The agenda's bookmark, then one per heading of the agenda below its title, nested as the headings are; each
     * item (the n-th item heading is the n-th agenda item) holds its materials, then its sub-items.
     */
    private static List<Painter.Bookmark> bookmarks(String agendaTitle, Layout layout, List<Material> materials,
                                                    List<Integer> firsts) {
        List<Painter.Bookmark> top = new ArrayList<>();
        top.add(new Painter.Bookmark(agendaTitle, 0, null, List.of()));
        List<Layout.Mark> marks = layout.headings.stream().filter(m -> m.level() >= 2).toList();
        int[] item = {0};
        top.addAll(nest(marks, new int[]{0}, 2, mark -> {
            List<Painter.Bookmark> kids = new ArrayList<>();
            if (mark.item()) {
                for (int k = 0; k < materials.size(); k++) {
                    Material m = materials.get(k);
                    if (m.item() == item[0]) {
                        int first = firsts.get(k);
                        List<Painter.Bookmark> own = m.file() != null ? m.file().bookmarks(first)
                                : headings(((Painter.Tagged) m.section()).layout(), first);
                        kids.add(new Painter.Bookmark(m.title(), first, null, own));
                    }
                }
                item[0]++;
            }
            return kids;
        }));
        return top;
    }

    /**
     * The bookmarks of {@code marks} from {@code at[0]} on while their level is at least {@code level}, each
     * holding the bookmarks {@code first} gives it, then the headings below it.
     */
    private static List<Painter.Bookmark> nest(List<Layout.Mark> marks, int[] at, int level,
                                               java.util.function.Function<Layout.Mark, List<Painter.Bookmark>> first) {
        List<Painter.Bookmark> out = new ArrayList<>();
        while (at[0] < marks.size() && marks.get(at[0]).level() >= level) {
            Layout.Mark m = marks.get(at[0]++);
            List<Painter.Bookmark> kids = new ArrayList<>(first.apply(m));
            kids.addAll(nest(marks, at, m.level() + 1, first));
            out.add(new Painter.Bookmark(m.title(), m.page(), m.y(), kids));
        }
        return out;
    }

    /** A generated material's headings below its title, nested as they are, as bookmarks on their packet pages. */
    private static List<Painter.Bookmark> headings(Layout layout, int first) {
        List<Layout.Mark> marks = layout.headings.stream().filter(m -> m.level() >= 2)
                .map(m -> new Layout.Mark(m.level(), m.title(), first + m.page(), m.y(), m.item())).toList();
        return nest(marks, new int[]{0}, 2, m -> List.of());
    }
}
