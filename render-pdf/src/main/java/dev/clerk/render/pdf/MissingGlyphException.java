package dev.clerk.render.pdf;

import dev.clerk.compose.doc.Source;
import dev.clerk.model.text.Characters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The text holds characters that none of the configured fonts can show; nothing was rendered.
 * Each {@link Glyph} names the character and the field it is in, so that a caller can point at the file line.
 */
public final class MissingGlyphException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One character that no font has.
     *
     * @param source    the field the text came from, or null for Clerk's own wording
     * @param codePoint the character
     */
    public record Glyph(Source source, int codePoint) {
        /** "character U+4E2D '中' is in none of the fonts (Liberation Sans); add a font that has it with --font FILE". */
        public String describe(List<String> fonts) {
            if (!Characters.accepted(codePoint)) {
                return Characters.refusal(codePoint);
            }
            return "character " + codePointName(codePoint) + " is in none of the fonts (" + String.join(", ", fonts)
                    + "); add a font that has it with --font FILE";
        }

        /** "meetings/2017-03-27.yaml: attendees[1]", "committee.yaml: name", or "text" for Clerk's wording. */
        String where() {
            if (source == null) {
                return "text";
            }
            String file = source.file() == Source.File.COMMITTEE ? "committee.yaml"
                    : "meetings/" + source.meeting() + (source.special() ? "-special" : "") + ".yaml";
            return file + ": " + source.field();
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
            sb.append(g.where()).append(": ").append(g.describe(fonts));
        }
        return sb.toString();
    }
}
