package dev.clerk.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SimpleBookmark;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;

/**
 * A PDF attachment of a packet: inspected once (pages, sizes, bookmarks, tags, text layer) and closed, then read
 * again page by page while the packet is written and freed at once, so that memory does not grow with the packet.
 * Each page keeps its size and is scaled down just enough to leave the strip at its foot free for the packet page
 * number, so the number never covers the attachment's own text.
 */
final class AttachmentFile implements Painter.Foreign {
    /** One page: its unrotated media box and its rotation. */
    private record Sheet(float llx, float lly, float width, float height, int rotation) {
        float shownWidth() {
            return rotation % 180 == 0 ? width : height;
        }

        float shownHeight() {
            return rotation % 180 == 0 ? height : width;
        }

        float scale() {
            return (shownHeight() - Painter.STRIP) / shownHeight();
        }
    }

    private final Path file;
    private final String caption;
    private final String title;
    private final List<Sheet> sheets;
    private final List<Map<String, Object>> bookmarks;
    private final boolean tagged;
    private final boolean conforming;
    private final List<Integer> imageOnly;
    private PdfReader reader;
    private AttachmentStructure structure;

    private AttachmentFile(Path file, String caption, String title, List<Sheet> sheets,
                           List<Map<String, Object>> bookmarks, boolean tagged, boolean conforming,
                           List<Integer> imageOnly) {
        this.file = file;
        this.caption = caption;
        this.title = title;
        this.sheets = sheets;
        this.bookmarks = bookmarks;
        this.tagged = tagged;
        this.conforming = conforming;
        this.imageOnly = imageOnly;
    }

    /** Why a file cannot be used. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Opens and inspects {@code file}, then closes it. */
    static AttachmentFile inspect(Path file, String caption, String title) throws Unusable {
        return inspect(file, caption, title, new AtomicLong());
    }

    /**
     * Opens and inspects {@code file}. While {@code keepBytes} (shared by the attachments of one packet) lasts, the
     * parsed file is kept open for copying its pages, so that it is not parsed twice; past it, the file is closed
     * and parsed again when its pages are copied, so that memory does not grow with the packet.
     */
    static AttachmentFile inspect(Path file, String caption, String title, AtomicLong keepBytes) throws Unusable {
        PdfReader r;
        try {
            r = open(file);
        } catch (BadPasswordException e) {
            throw new Unusable("needs a password to open; attach a copy without an open password", e);
        } catch (InputFileException e) {
            throw new Unusable(e.problem(), e);
        } catch (IOException | RuntimeException e) {
            throw new Unusable("is damaged and cannot be read as a PDF (" + reason(e) + ")", e);
        }
        try {
            int n = r.getNumberOfPages();
            if (n == 0) {
                throw new Unusable("is damaged and cannot be read as a PDF (it has no pages)", null);
            }
            List<Sheet> sheets = new ArrayList<>(n);
            List<Integer> imageOnly = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Rectangle box = r.getPageSize(i);
                sheets.add(new Sheet(box.getLeft(), box.getBottom(), box.getWidth(), box.getHeight(),
                        ((r.getPageRotation(i) % 360) + 360) % 360));
                if (!hasText(r.getPageN(i).getAsDict(PdfName.RESOURCES), 0)) {
                    imageOnly.add(i);
                }
            }
            List<Map<String, Object>> marks;
            try {
                marks = SimpleBookmark.getBookmarkList(r);
            } catch (RuntimeException e) {
                marks = null; // an outline that cannot be read is left out; the pages still are merged
            }
            PdfDictionary markInfo = r.getCatalog().getAsDict(PdfName.MARKINFO);
            PdfObject marked = markInfo == null ? null : PdfReader.getPdfObject(markInfo.get(PdfName.MARKED));
            boolean tagged = r.getCatalog().get(PdfName.STRUCTTREEROOT) != null && marked != null
                    && marked.toString().equals("true");
            // PDF/A forbids encryption: an encrypted file's claim to it is not believed.
            boolean conforming = tagged && !r.isEncrypted() && claims(r) && rgbIntents(r)
                    && AttachmentStructure.copyable(r);
            AttachmentFile inspected = new AttachmentFile(file, caption, title, List.copyOf(sheets),
                    marks == null ? List.of() : marks, tagged, conforming, List.copyOf(imageOnly));
            if (keepBytes.addAndGet(-size(file)) >= 0) {
                inspected.reader = r;
                r = null;
            }
            return inspected;
        } catch (RuntimeException e) {
            throw new Unusable("is damaged and cannot be read as a PDF (" + reason(e) + ")", e);
        } finally {
            if (r != null) {
                r.close();
            }
        }
    }

    /**
     * Files up to this size are read into memory to be parsed; larger ones are read from the disk as needed. A
     * reader of a file re-opens (and maps) the file for every stream it copies, once per page.
     */
    static final long IN_MEMORY_BYTES = 16L * 1024 * 1024;

    private static PdfReader open(Path file) throws IOException {
        // Only a regular file within the limit is opened; a larger one is then read from the disk as it is needed.
        InputFiles.requireReadable(file, InputFiles.Limit.ATTACHMENT);
        PdfReader r = size(file) <= IN_MEMORY_BYTES
                ? new Reader(InputFiles.read(file, InputFiles.Limit.ATTACHMENT)) : new Reader(file.toString());
        // A file with only an owner password (permission restrictions) opens without one; it may be merged.
        r.setModificationAllowedWithoutOwnerPassword(true);
        return r;
    }

    /** A reader that skips dropping the objects nothing refers to. */
    private static final class Reader extends PdfReader {
        Reader(byte[] pdf) throws IOException {
            super(pdf);
        }

        Reader(String file) throws IOException {
            super(file);
        }

        /**
         * Reading a file also drops the objects nothing refers to, a walk over every object; only the pages are
         * copied, which copies just what they refer to, so the walk is skipped.
         */
        @Override
        public int removeUnusedObjects() {
            return 0;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    private static final java.util.regex.Pattern PDFA_1 = claim("pdfaid");
    private static final java.util.regex.Pattern PDFUA_1 = claim("pdfuaid");

    /** The XMP property {@code prefix:part} with the value 1, written as an element or as an attribute. */
    private static java.util.regex.Pattern claim(String prefix) {
        return java.util.regex.Pattern.compile(prefix + ":part(\\s*=\\s*[\"']\\s*1\\s*[\"']|\\s*>\\s*1\\s*<)");
    }

    /** Whether the file's metadata claims PDF/A-1 and PDF/UA-1. */
    private static boolean claims(PdfReader r) {
        try {
            byte[] xmp = r.getMetadata();
            if (xmp == null) {
                return false;
            }
            String text = new String(xmp, java.nio.charset.StandardCharsets.UTF_8);
            return PDFA_1.matcher(text).find() && PDFUA_1.matcher(text).find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the file's output intents, if it has any, are RGB: the packet's own is sRGB, and the colours of a file
     * meant for a CMYK press would not be what the packet's intent says.
     */
    private static boolean rgbIntents(PdfReader r) {
        PdfArray intents = r.getCatalog().getAsArray(PdfName.OUTPUTINTENTS);
        if (intents == null) {
            return true;
        }
        for (int i = 0; i < intents.size(); i++) {
            PdfDictionary intent = intents.getAsDict(i);
            PdfObject profile = intent == null ? null : PdfReader.getPdfObject(intent.get(PdfName.DESTOUTPUTPROFILE));
            PdfObject n = profile instanceof PdfDictionary d ? PdfReader.getPdfObject(d.get(PdfName.N)) : null;
            if (n == null || !n.toString().equals("3")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the resources use a font, directly or in a form they draw (a page with no font has no text). */
    private static boolean hasText(PdfDictionary resources, int depth) {
        if (resources == null || depth > 3) {
            return false;
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null && fonts.size() > 0) {
            return true;
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                PdfObject o = PdfReader.getPdfObject(xobjects.get(key));
                if (o instanceof PdfDictionary x && PdfName.FORM.equals(x.get(PdfName.SUBTYPE))
                        && hasText(x.getAsDict(PdfName.RESOURCES), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }


    boolean tagged() {
        return tagged;
    }

    /**
     * Whether the file claims PDF/A-1 and PDF/UA-1, is tagged, its output intents are RGB and its structure can be
     * copied into the packet: the packet can then claim both too, as far as this file goes.
     */
    boolean conforming() {
        return conforming;
    }

    @Override
    public boolean tagsItself() {
        return conforming;
    }

    /** The pages (from 1) that have no text layer. */
    List<Integer> imageOnly() {
        return imageOnly;
    }

    /**
     * The file's own bookmarks, on their packet pages: {@code first} is the packet page (from 0) of its page 1.
     */
    List<Painter.Bookmark> bookmarks(int first) {
        return convert(bookmarks, first);
    }

    private List<Painter.Bookmark> convert(List<Map<String, Object>> list, int first) {
        List<Painter.Bookmark> out = new ArrayList<>();
        for (Map<String, Object> m : list) {
            Object title = m.get("Title");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> kids = m.get("Kids") instanceof List<?> k ? (List<Map<String, Object>>) k : List.of();
            List<Painter.Bookmark> converted = convert(kids, first);
            Object page = m.get("Page");
            int at = -1;
            Float top = null;
            if ("GoTo".equals(m.get("Action")) && page instanceof String p && !p.isBlank()) {
                String[] parts = p.trim().split("\\s+");
                try {
                    at = Integer.parseInt(parts[0]);
                    if (at >= 1 && at <= sheets.size() && parts.length >= 4 && parts[1].equals("XYZ")) {
                        Sheet s = sheets.get(at - 1);
                        if (s.rotation() == 0 && !parts[3].equals("null")) {
                            top = Painter.STRIP + s.scale() * (Float.parseFloat(parts[3]) - s.lly());
                        }
                    }
                } catch (NumberFormatException e) {
                    at = -1;
                }
            }
            if (at < 1 || at > sheets.size()) {
                // A bookmark that opens no page of this file (a web link, a script): its kids still count.
                if (!converted.isEmpty()) {
                    at = converted.get(0).page() - first + 1;
                } else {
                    continue;
                }
            }
            out.add(new Painter.Bookmark(title == null ? "" : title.toString(), first + at - 1, top, converted));
        }
        return out;
    }

    @Override
    public int pages() {
        return sheets.size();
    }

    @Override
    public Rectangle size(int page) {
        Sheet s = sheets.get(page);
        return new Rectangle(s.shownWidth(), s.shownHeight());
    }

    @Override
    public void draw(int page, PdfWriter writer, PdfContentByte cb, PdfStructureElement part) throws IOException {
        if (reader == null) {
            reader = open(file);
        }
        if (conforming && structure == null) {
            structure = AttachmentStructure.copy(reader, part);
        }
        Sheet s = sheets.get(page);
        PdfImportedPage imported = writer.getImportedPage(reader, page + 1);
        if (structure != null) {
            structure.bind(page + 1, reader, writer, imported.getIndirectReference(), writer.getCurrentPage());
        }
        float k = s.scale();
        float w = s.width();
        float h = s.height();
        // The page as shown: its rotation undone, then scaled and centred above the strip.
        float a;
        float b;
        float c;
        float d;
        float e;
        float f;
        switch (s.rotation()) {
            case 90 -> { a = 0; b = -1; c = 1; d = 0; e = 0; f = w; }
            case 180 -> { a = -1; b = 0; c = 0; d = -1; e = w; f = h; }
            case 270 -> { a = 0; b = 1; c = -1; d = 0; e = h; f = 0; }
            default -> { a = 1; b = 0; c = 0; d = 1; e = 0; f = 0; }
        }
        float dx = s.shownWidth() * (1 - k) / 2;
        cb.addTemplate(imported, a * k, b * k, c * k, d * k, e * k + dx, f * k + Painter.STRIP);
    }

    @Override
    public void finish(PdfWriter writer) throws IOException {
        if (reader != null) {
            writer.freeReader(reader);
            reader.close();
            reader = null;
        }
        structure = null;
    }

    @Override
    public String caption() {
        return caption;
    }

    @Override
    public String title() {
        return title;
    }
}
