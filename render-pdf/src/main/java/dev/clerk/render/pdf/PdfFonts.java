package dev.clerk.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FullCidSetFont;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fonts a PDF is set in: Liberation Sans first, then the fonts added with {@link #withFallback}, in order.
 * A character is set in the first font that has it; a character that none has is an error, never a blank box.
 * Fonts are embedded (subset) in every PDF.
 */
public final class PdfFonts {
    /** One font program: its bytes and, for a collection (.ttc), the index of the font in it. */
    record FontFile(String name, String fileName, byte[] data, int index) {
        FontFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(data, "data");
        }

        boolean isCollection() {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".ttc");
        }

        /** A fresh OpenPDF font: fonts track the glyphs used, so one font object must serve one document only. */
        BaseFont load() throws IOException {
            String id = isCollection() ? fileName + "," + index : fileName;
            try {
                return FullCidSetFont.create(id, data);
            } catch (IOException | RuntimeException e) {
                throw new IOException(fileName + ": not a TrueType or OpenType font that can be embedded ("
                        + e.getMessage() + ")", e);
            }
        }
    }

    private static final String LIBERATION = "/liberation/LiberationSans-";

    private final List<FontFile> regular;
    private final FontFile bold;
    private final FontFile italic;

    private PdfFonts(FontFile regular, FontFile bold, FontFile italic, List<FontFile> fallbacks) {
        List<FontFile> chain = new ArrayList<>();
        chain.add(regular);
        chain.addAll(fallbacks);
        this.regular = List.copyOf(chain);
        this.bold = bold;
        this.italic = italic;
    }

    /** Liberation Sans alone: Latin (including the letters of European names), Greek and Cyrillic. */
    public static PdfFonts liberation() {
        return Holder.LIBERATION;
    }

    /**
     * These fonts followed by the font in {@code file} (TrueType .ttf, OpenType .otf, or a collection .ttc whose
     * first font is used; write {@code file.ttc,N} for another one).
     *
     * @throws IOException when the file cannot be read or is not a font that can be embedded
     */
    public PdfFonts withFallback(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String given = file.toString();
        int index = 0;
        Path path = file;
        int comma = given.lastIndexOf(',');
        if (comma > 0 && given.substring(comma + 1).matches("\\d{1,3}")) {
            index = Integer.parseInt(given.substring(comma + 1));
            path = Path.of(given.substring(0, comma));
        }
        byte[] data;
        try {
            data = InputFiles.read(path, InputFiles.Limit.FONT);
        } catch (InputFileException e) {
            if (e.reason() == InputFileException.Reason.MISSING) {
                throw new IOException(path + ": no such font file", e);
            }
            throw e;
        }
        String fileName = path.getFileName().toString();
        FontFile probe = new FontFile(fileName, fileName, data, index);
        BaseFont font = probe.load();
        String name = familyName(font, fileName);
        List<FontFile> fallbacks = new ArrayList<>(regular.subList(1, regular.size()));
        fallbacks.add(new FontFile(name, fileName, data, index));
        return new PdfFonts(regular.get(0), bold, italic, fallbacks);
    }

    /** The names of the fonts, in the order they are tried. */
    public List<String> names() {
        return regular.stream().map(FontFile::name).toList();
    }

    List<FontFile> regular() {
        return regular;
    }

    FontFile bold() {
        return bold;
    }

    FontFile italic() {
        return italic;
    }

    private static String familyName(BaseFont font, String fallback) {
        String[][] names = font.getFamilyFontName();
        for (String[] n : names) {
            // Prefer the English (Windows, US English) name.
            if ("3".equals(n[0]) && "1033".equals(n[2])) {
                return n[3];
            }
        }
        return names.length > 0 ? names[0][3] : fallback;
    }

    private static FontFile resource(String face) {
        String res = LIBERATION + face + ".ttf";
        try (InputStream in = PdfFonts.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException(res + " is missing from the class path (openpdf-fonts-extra)");
            }
            return new FontFile("Liberation Sans", "LiberationSans-" + face + ".ttf", in.readAllBytes(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final PdfFonts LIBERATION = new PdfFonts(resource("Regular"), resource("Bold"), resource("Italic"),
                List.of());
    }
}
