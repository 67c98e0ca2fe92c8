package dev.clerk.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * The fonts of one document, loaded fresh (a font remembers the glyphs it was used for), with the fallback order
 * of each face. A fallback font without a bold or italic face is emboldened or slanted when drawn.
 */
final class FontChain {
    /** A font of the chain and how it must be drawn to look like the face asked for. */
    record Slot(BaseFont font, boolean fakeBold, boolean fakeItalic) {
    }

    /** Text set in one slot. */
    record Segment(String text, Slot slot) {
        float width(float size) {
            return slot.font().getWidthPoint(text, size);
        }
    }

    private final Map<Face, List<Slot>> chains = new EnumMap<>(Face.class);
    private final List<String> names;

    FontChain(PdfFonts fonts) throws IOException {
        List<PdfFonts.FontFile> files = fonts.regular();
        List<BaseFont> regular = new ArrayList<>();
        int n = 0;
        for (PdfFonts.FontFile f : files) {
            regular.add(deterministic(f.load(), n++));
        }
        BaseFont bold = deterministic(fonts.bold().load(), n++);
        BaseFont italic = deterministic(fonts.italic().load(), n);
        List<Slot> r = new ArrayList<>();
        List<Slot> b = new ArrayList<>();
        List<Slot> i = new ArrayList<>();
        r.add(new Slot(regular.get(0), false, false));
        b.add(new Slot(bold, false, false));
        i.add(new Slot(italic, false, false));
        for (BaseFont fallback : regular.subList(1, regular.size())) {
            r.add(new Slot(fallback, false, false));
            b.add(new Slot(fallback, true, false));
            i.add(new Slot(fallback, false, true));
        }
        chains.put(Face.REGULAR, List.copyOf(r));
        chains.put(Face.BOLD, List.copyOf(b));
        chains.put(Face.ITALIC, List.copyOf(i));
        names = fonts.names();
    }

    List<String> names() {
        return names;
    }

    Slot primary(Face face) {
        return chains.get(face).get(0);
    }

    /**
     * Splits {@code text} into segments, each in the first font of the face's chain that has the character.
     * Characters no font has are reported to {@code missing} and left out.
     */
    List<Segment> split(String text, Face face, IntConsumer missing) {
        List<Slot> chain = chains.get(face);
        List<Segment> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Slot currentSlot = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Slot slot = slot(chain, cp);
            if (slot == null) {
                missing.accept(cp);
                continue;
            }
            if (slot != currentSlot && !current.isEmpty()) {
                out.add(new Segment(current.toString(), currentSlot));
                current.setLength(0);
            }
            currentSlot = slot;
            current.appendCodePoint(cp);
        }
        if (!current.isEmpty()) {
            out.add(new Segment(current.toString(), currentSlot));
        }
        return out;
    }

    /**
     * Splits text that is drawn as it is, its characters already checked with {@link #split}: a joined Arabic
     * form that no font has is drawn as its plain letters; any other missing character is left out.
     */
    List<Segment> draw(String text, Face face) {
        List<Slot> chain = chains.get(face);
        StringBuilder drawn = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean has = slot(chain, cp) != null;
            if (!has && drawn == null) {
                drawn = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (drawn != null) {
                drawn.append(has ? Character.toString(cp)
                        : Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC));
            }
            i += Character.charCount(cp);
        }
        return split(drawn == null ? text : drawn.toString(), face, cp -> {
        });
    }

    private static Slot slot(List<Slot> chain, int cp) {
        for (Slot s : chain) {
            if (s.font().charExists(cp)) {
                return s;
            }
        }
        return null;
    }

    /** Subset prefixes ("ABCDEF+") are random in OpenPDF; derive them from the font's place so builds repeat. */
    private static BaseFont deterministic(BaseFont font, int place) {
        font.setSecureRandom(new SeededRandom(place * 7919L + font.getPostscriptFontName().hashCode()));
        return font;
    }

    /** The only use of this random source is the subset prefix, which must be the same in every build. */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient SplittableRandom random;

        SeededRandom(long seed) {
            random = new SplittableRandom(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }
}
