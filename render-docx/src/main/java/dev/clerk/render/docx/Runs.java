package dev.clerk.render.docx;

import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Puts a document's runs into paragraphs: emphasis as character styles, links as Word hyperlinks (to an address,
 * or to the bookmark of a heading), a run's language as {@code w:lang} with right-to-left runs marked {@code w:rtl},
 * and line breaks and tabs as Word's own.
 */
final class Runs {
    /** The colour of a link, as Clerk's Hyperlink style has it. */
    private static final String LINK_COLOUR = "0563C1";

    /** The bookmark name of each heading anchor that links may reach. */
    private final Map<String, String> bookmarks;
    /** The id of the character style that marks a value of a field, by the field's name; the style is made on use. */
    private final Function<String, String> valueStyles;

    Runs(Map<String, String> bookmarks, Function<String, String> valueStyles) {
        this.bookmarks = Map.copyOf(bookmarks);
        this.valueStyles = valueStyles;
    }

    /**
     * The name of the field a run shows a value of, without its place ({@code agenda[1].actions[0].owners[1]} is
     * {@code owners}), or null for Clerk's own wording. Word keeps it as the run's character style, so that a reader
     * can tell each value from the words around it after the document has been edited.
     */
    static String fieldName(Run run) {
        if (run.source() == null || run.source().field() == null || run.source().field().isEmpty()) {
            return null;
        }
        String path = run.source().field().replaceAll("\\[[0-9]+]", "");
        String name = path.substring(path.lastIndexOf('.') + 1);
        return name.isEmpty() ? null : name;
    }

    /**
     * Appends every run of {@code text} to {@code p}, neighbours set alike as one; a paragraph wholly right-to-left
     * is marked as such.
     */
    void add(XWPFParagraph p, Text text) {
        boolean rightToLeft = false;
        boolean leftToRight = false;
        for (Run run : merged(text.runs())) {
            if (add(p, run)) {
                rightToLeft = true;
            } else if (!run.text().isBlank()) {
                leftToRight = true;
            }
        }
        if (rightToLeft && !leftToRight) {
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetBidi()) {
                ppr.addNewBidi();
            }
        }
    }

    /**
     * The runs with neighbours that Word would set alike joined: the same emphasis and language, no link, and the
     * same direction. (Where each piece came from matters to messages, not to Word.)
     */
    private static List<Run> merged(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        for (Run run : runs) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.link() == null && run.link() == null && last.emphasis() == run.emphasis()
                    && Objects.equals(last.language(), run.language())
                    && Objects.equals(fieldName(last), fieldName(run))
                    && sameDirection(last.text(), run.text())) {
                out.set(out.size() - 1, new Run(last.text() + run.text(), run.emphasis(), null, run.language(),
                        sameValue(last, run) ? run.source() : null));
            } else {
                out.add(run);
            }
        }
        return out;
    }

    /** Whether two runs show parts of one value, so that the joined run still says which field it shows. */
    private static boolean sameValue(Run a, Run b) {
        return fieldName(a) != null && a.source() != null && b.source() != null
                && Objects.equals(a.source().field(), b.source().field());
    }

    private static boolean sameDirection(String first, String second) {
        boolean rtl = Languages.startsRightToLeft(first);
        return rtl == Languages.startsRightToLeft(second) && rtl == Languages.startsRightToLeft(first + second);
    }

    /** Appends {@code run}; whether it runs right to left. */
    private boolean add(XWPFParagraph p, Run run) {
        String clean = xmlSafe(run.text());
        if (clean.isEmpty()) {
            return false;
        }
        CTR r;
        boolean linked = true;
        if (run.link() instanceof Link.Uri uri && isUri(uri.uri())) {
            String id = p.getPart().getPackagePart()
                    .addExternalRelationship(uri.uri(), XWPFRelation.HYPERLINK.getRelation()).getId();
            CTHyperlink h = p.getCTP().addNewHyperlink();
            h.setId(id);
            r = h.addNewR();
        } else if (run.link() instanceof Link.Anchor anchor && bookmarks.containsKey(anchor.id())) {
            CTHyperlink h = p.getCTP().addNewHyperlink();
            h.setAnchor(bookmarks.get(anchor.id()));
            r = h.addNewR();
        } else {
            // A page of a packet means nothing in a .docx, and a link to nowhere is worse than none: plain text.
            r = p.getCTP().addNewR();
            linked = false;
        }
        boolean rightToLeft = run.language() != null ? Languages.isRightToLeft(run.language())
                : Languages.startsRightToLeft(clean);
        String field = fieldName(run);
        properties(r, run.emphasis(), linked, rightToLeft, run.language(),
                field == null ? null : valueStyles.apply(field));
        text(r, clean);
        return rightToLeft;
    }

    /** The run properties, in the order the schema gives them (rStyle, b, i, rtl, lang). */
    private static void properties(CTR r, Emphasis emphasis, boolean linked, boolean rightToLeft, String language,
                                   String valueStyle) {
        if (emphasis == Emphasis.NONE && !linked && !rightToLeft && language == null && valueStyle == null) {
            return;
        }
        CTRPr rpr = r.addNewRPr();
        if (valueStyle != null) {
            // A value keeps the style that names its field; its emphasis and link look are set directly.
            rpr.addNewRStyle().setVal(valueStyle);
            directEmphasis(rpr, emphasis);
            if (linked) {
                rpr.addNewColor().setVal(LINK_COLOUR);
                rpr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
            }
        } else if (linked) {
            rpr.addNewRStyle().setVal(Style.HYPERLINK.id());
            // A run has one character style: a link's emphasis is set directly.
            directEmphasis(rpr, emphasis);
        } else if (emphasis == Emphasis.STRONG) {
            rpr.addNewRStyle().setVal(Style.STRONG.id());
        } else if (emphasis == Emphasis.EM) {
            rpr.addNewRStyle().setVal(Style.EMPHASIS.id());
        }
        if (rightToLeft) {
            rpr.addNewRtl();
        }
        if (language != null) {
            CTLanguage lang = rpr.addNewLang();
            if (Languages.isRightToLeft(language)) {
                lang.setBidi(language);
            } else {
                lang.setVal(language);
                if (Languages.isEastAsian(language)) {
                    lang.setEastAsia(language);
                }
            }
        }
    }

    /** Sets {@code emphasis} as direct formatting, for a run whose one character style says something else. */
    private static void directEmphasis(CTRPr rpr, Emphasis emphasis) {
        if (emphasis == Emphasis.STRONG) {
            rpr.addNewB();
            rpr.addNewBCs();
        } else if (emphasis == Emphasis.EM) {
            rpr.addNewI();
            rpr.addNewICs();
        }
    }

    /** Appends Clerk's own literal {@code text}, unstyled: the pieces of the page-number phrase. */
    static void plain(XWPFParagraph p, String text) {
        String clean = xmlSafe(text);
        if (!clean.isEmpty()) {
            text(p.getCTP().addNewR(), clean);
        }
    }

    /** Appends a tab. */
    static void tab(XWPFParagraph p) {
        p.getCTP().addNewR().addNewTab();
    }

    /** Writes {@code text} into {@code r}: newlines become line breaks, tabs Word's tabs. */
    private static void text(CTR r, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addNewBr();
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    r.addNewTab();
                }
                if (!cells[j].isEmpty()) {
                    CTText t = r.addNewT();
                    t.setStringValue(cells[j]);
                    if (!cells[j].strip().equals(cells[j]) || cells[j].contains("  ")) {
                        t.setSpace(SpaceAttribute.Space.PRESERVE);
                    }
                }
            }
        }
    }

    private static boolean isUri(String uri) {
        try {
            return new URI(uri).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@code text} without the characters XML 1.0 cannot carry (control characters other than tab and newline,
     * unpaired surrogates, U+FFFE and U+FFFF), with carriage returns folded into newlines.
     */
    static String xmlSafe(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
