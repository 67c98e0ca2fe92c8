package dev.clerk.render.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The text holds characters that none of the configured fonts can show; nothing was rendered.
 * Each {@link Glyph} names the character and the field it is in, so that a caller can point at the file line.
 */
public final class MissingGlyphException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which input file a field belongs to. */
    public enum Source {
        /** The body's committee.yaml. */
        BODY,
        /** The meeting file. */
        MEETING
    }

    /**
     * One character that no font has.
     *
     * @param source    the file the text came from, or null for Clerk's own wording
     * @param path      the field path in that file ({@code agenda[1].title}), or null
     * @param codePoint the character
     */
    public record Glyph(Source source, String path, int codePoint) {
        /** "character U+4E2D '中' is in none of the fonts (Liberation Sans)". */
        public String describe(List<String> fonts) {
            return "character " + codePointName(codePoint) + " is in none of the fonts (" + String.join(", ", fonts)
                    + "); add a font that has it with --font FILE";
        }
    }

    private final transient List<Glyph> glyphs;
    private final List<String> fonts;

    MissingGlyphException(List<Glyph> glyphs, List<String> fonts) {
        super(message(glyphs, fonts));
        this.glyphs = List.copyOf(glyphs);
        this.fonts = List.copyOf(fonts);
    }

    /** The missing characters, once per field and character, in document order. */
    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** The names of the fonts that were tried, in order. */
    public List<String> fonts() {
        return fonts;
    }

    /** "U+4E2D '中'"; control and unassigned characters without the quoted form. */
    static String codePointName(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        return Character.isISOControl(codePoint) || !Character.isDefined(codePoint) || Character.isWhitespace(codePoint)
                ? hex : hex + " '" + Character.toString(codePoint) + "'";
    }

    private static String message(List<Glyph> glyphs, List<String> fonts) {
        Objects.requireNonNull(glyphs, "glyphs");
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(g.source() == null ? "" : g.source().name().toLowerCase(Locale.ROOT) + " ")
                    .append(g.path() == null ? "text" : g.path()).append(": ").append(g.describe(fonts));
        }
        return sb.toString();
    }
}
