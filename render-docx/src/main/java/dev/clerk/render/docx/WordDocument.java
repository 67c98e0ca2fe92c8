package dev.clerk.render.docx;

import dev.clerk.compose.doc.Numbering;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The scaffolding of every Clerk Word document: named styles (Clerk's, or a reference document's), the outline's
 * multi-level list numbering attached to the Heading 1–6 styles, a numbered and a bulleted list, page setup, the
 * running header with an optional watermark, the footer, document properties, and byte-identical output. The
 * {@link Painter} fills it with a composed document's blocks.
 */
final class WordDocument {
    /** US Letter, one-inch margins. */
    private static final int PAGE_WIDTH = 12240;
    private static final int PAGE_HEIGHT = 15840;
    private static final int MARGIN = 1440;
    private static final int HEADER_DISTANCE = 708;
    /** Where heading text, body text and list text start: the outline's text column. */
    static final int TEXT_INDENT = 720;
    /** How far each list level steps in. */
    static final int LIST_STEP = 360;
    /** The levels of a Word list (w:ilvl 0 to 8). */
    static final int LIST_LEVELS = 9;

    private final XWPFDocument doc;
    private final int textWidth;
    private BigInteger outlineNum;
    private BigInteger numberedAbstract;
    private BigInteger bulletNum;
    private final java.util.Set<String> customStyles = new java.util.HashSet<>();

    /** The document properties shown in Word's File > Info. */
    record Properties(String title, String subject, String creator, String keywords, String language,
                      LocalDate created, LocalDate modified) {
    }

    private WordDocument(XWPFDocument doc) {
        this.doc = doc;
        this.textWidth = textWidth(sectPr(doc));
    }

    /**
     * A new document: Clerk's styles and page, or those of the template in {@code options}.
     *
     * @param language the document language, a BCP 47 tag
     * @param outline  the numbering of each outline level, outermost first; levels past its end repeat its last
     */
    static WordDocument create(DocxOptions options, String language, List<Numbering> outline)
            throws TemplateException {
        if (outline.isEmpty()) {
            throw new IllegalArgumentException("outline: needs at least one level");
        }
        XWPFDocument doc = options.template() == null ? blank() : Templates.open(options.template());
        WordDocument word = new WordDocument(doc);
        word.installStyles(language);
        word.installNumbering(outline);
        return word;
    }

    private static XWPFDocument blank() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setGutter(BigInteger.ZERO);
        CTSettings settings = doc.getSettings().getCTSettings();
        settings.addNewDefaultTabStop().setVal(BigInteger.valueOf(720));
        // Without this Word opens the file in compatibility mode, as if written by Word 2007.
        CTCompatSetting mode = settings.addNewCompat().addNewCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri("http://schemas.microsoft.com/office/word");
        mode.setVal("15");
        return doc;
    }

    private static CTSectPr sectPr(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private static int textWidth(CTSectPr sect) {
        int width = PAGE_WIDTH;
        int left = MARGIN;
        int right = MARGIN;
        if (sect.isSetPgSz() && sect.getPgSz().isSetW()) {
            width = twips(sect.getPgSz().getW());
        }
        if (sect.isSetPgMar()) {
            left = twips(sect.getPgMar().getLeft());
            right = twips(sect.getPgMar().getRight());
        }
        int text = width - left - right;
        return text > 1440 ? text : PAGE_WIDTH - 2 * MARGIN;
    }

    private static int twips(Object value) {
        if (value == null) {
            return 0;
        }
        try {
            return new BigInteger(value.toString()).intValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The width between the margins, in twentieths of a point. */
    int textWidth() {
        return textWidth;
    }

    /** The POI document, for the painter's blocks. */
    XWPFDocument poi() {
        return doc;
    }

    // ---- styles and numbering ------------------------------------------------------------------------------

    private void installStyles(String language) {
        CTStyles ours = clerkStyles();
        XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
        boolean blank = styles.getCtStyles() == null || styles.getNumberOfStyles() == 0;
        if (blank) {
            styles.setStyles(ours);
        } else {
            if (!styles.getCtStyles().isSetDocDefaults()) {
                styles.getCtStyles().setDocDefaults(ours.getDocDefaults());
            }
            for (CTStyle style : ours.getStyleArray()) {
                if (!styles.styleExist(style.getStyleId())) {
                    styles.addStyle(new XWPFStyle((CTStyle) style.copy(), styles));
                }
            }
        }
        CTStyles ct = styles.getCtStyles();
        CTRPr defaults = ct.isSetDocDefaults() && ct.getDocDefaults().isSetRPrDefault()
                && ct.getDocDefaults().getRPrDefault().isSetRPr()
                ? ct.getDocDefaults().getRPrDefault().getRPr()
                : ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTLanguage lang = defaults.sizeOfLangArray() > 0 ? defaults.getLangArray(0) : defaults.addNewLang();
        lang.setVal(language);
        if (Languages.isRightToLeft(language)) {
            lang.setBidi(language);
        }
        // The header's right tab stop sits at the right margin of this page setup.
        CTStyle header = style(Style.HEADER);
        if (header != null && blank) {
            CTPPrGeneral ppr = header.getPPr();
            for (CTTabStop tab : ppr.getTabs().getTabArray()) {
                if (tab.getVal() == STTabJc.RIGHT) {
                    tab.setPos(BigInteger.valueOf(textWidth));
                }
            }
        }
    }

    /** Clerk's styles, parsed once; each document gets a copy. */
    private static final CTStyles CLERK_STYLES = parseClerkStyles();

    private static CTStyles clerkStyles() {
        return (CTStyles) CLERK_STYLES.copy();
    }

    private static CTStyles parseClerkStyles() {
        try (InputStream in = WordDocument.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml is missing from the classpath");
            }
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml is not valid", e);
        }
    }

    private void installNumbering(List<Numbering> outline) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        outlineNum = addList(numbering, outlineList(outline, nextAbstractId(numbering)));
        for (int level = 0; level < Style.HEADING_LEVELS; level++) {
            attach(Style.heading(level), outlineNum, level);
        }
        CTAbstractNum numbered = numberedList(nextAbstractId(numbering));
        BigInteger numberedNum = addList(numbering, numbered);
        numberedAbstract = numbered.getAbstractNumId();
        attach(Style.LIST_NUMBER, numberedNum, 0);
        bulletNum = addList(numbering, bulletList(nextAbstractId(numbering)));
        attach(Style.LIST_BULLET, bulletNum, 0);
        attach(Style.LIST_BULLET_2, bulletNum, 1);
    }

    private static BigInteger nextAbstractId(XWPFNumbering numbering) {
        BigInteger max = BigInteger.valueOf(-1);
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            max = max.max(a.getCTAbstractNum().getAbstractNumId());
        }
        return max.add(BigInteger.ONE);
    }

    private static BigInteger addList(XWPFNumbering numbering, CTAbstractNum list) {
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
        BigInteger numId = nextNumId(numbering);
        numbering.addNum(abstractId, numId);
        return numId;
    }

    private static BigInteger nextNumId(XWPFNumbering numbering) {
        BigInteger numId = BigInteger.ONE;
        while (numbering.numExist(numId)) {
            numId = numId.add(BigInteger.ONE);
        }
        return numId;
    }

    /**
     * The id of the character style that marks values of {@code field} ("Clerk owners" for {@code owners}), added
     * to the document the first time it is used. It sets nothing, so the text looks as its paragraph makes it look;
     * it lets a reader of the edited document tell which field each value belongs to.
     */
    String valueStyle(String field) {
        String id = "Clerk" + Character.toUpperCase(field.charAt(0)) + field.substring(1).replaceAll("[^A-Za-z0-9]", "");
        return customStyle(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.CHARACTER, id,
                VALUE_STYLE_PREFIX + field, "DefaultParagraphFont", false);
    }

    /**
     * The id of a style of Clerk's that sets nothing itself ({@code basedOn} gives its look), added to the document
     * the first time it is used: the value styles, and the form's paragraph styles that name a field. With
     * {@code quickFormat} it shows in Word's style gallery, for a clerk to apply by name.
     */
    String customStyle(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.Enum type, String id,
                       String name, String basedOn, boolean quickFormat) {
        if (customStyles.add(id) && !doc.getStyles().styleExist(id)) {
            CTStyle s = doc.getStyles().getCtStyles().addNewStyle();
            s.setType(type);
            s.setCustomStyle(Boolean.TRUE);
            s.setStyleId(id);
            s.addNewName().setVal(name);
            s.addNewBasedOn().setVal(basedOn);
            s.addNewUiPriority().setVal(BigInteger.valueOf(99));
            if (quickFormat) {
                s.addNewQFormat();
            }
        }
        return id;
    }

    /**
     * How a table's style applies (Word's "table style options"): to a header row when {@code headerRow}, never to
     * a last row, first or last column, nor in bands.
     */
    static void look(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr pr, boolean headerRow) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook look = pr.addNewTblLook();
        look.setVal(headerRow ? new byte[] {0x06, 0x20} : new byte[] {0x04, 0x00});
        look.setFirstRow(headerRow ? "1" : "0");
        look.setLastRow("0");
        look.setFirstColumn("0");
        look.setLastColumn("0");
        look.setNoHBand("1");
        look.setNoVBand("1");
    }

    /** The start of the name of every style that marks a field's value. */
    static final String VALUE_STYLE_PREFIX = "Clerk ";

    /**
     * The style as it stands in the document's styles part. (POI's {@code XWPFStyle} of a style added with
     * {@code addStyle} wraps the object that was copied in, not the copy, so changes to it would be lost.)
     */
    private CTStyle style(Style style) {
        for (CTStyle s : doc.getStyles().getCtStyles().getStyleList()) {
            if (style.id().equals(s.getStyleId())) {
                return s;
            }
        }
        return null;
    }

    private void attach(Style style, BigInteger numId, int level) {
        CTStyle s = style(style);
        CTPPrGeneral ppr = s.isSetPPr() ? s.getPPr() : s.addNewPPr();
        CTNumPr numPr = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
        if (level > 0) {
            (numPr.isSetIlvl() ? numPr.getIlvl() : numPr.addNewIlvl()).setVal(BigInteger.valueOf(level));
        } else if (numPr.isSetIlvl()) {
            numPr.unsetIlvl();
        }
        (numPr.isSetNumId() ? numPr.getNumId() : numPr.addNewNumId()).setVal(numId);
    }

    /** The list that numbers the outline's headings through the Heading 1–6 styles. */
    BigInteger outlineNum() {
        return outlineNum;
    }

    /** The list of bullets: level 0 for a list of its own, deeper levels for lists nested in one. */
    BigInteger bulletNum() {
        return bulletNum;
    }

    /**
     * A new numbered list ("1)", "2)", ...) that starts at {@code start}. Lists that share a definition continue each
     * other's count in Word, so each list is a new instance whose first level restarts.
     */
    BigInteger newNumberedList(int start) {
        XWPFNumbering numbering = doc.getNumbering();
        BigInteger numId = nextNumId(numbering);
        CTNum num = CTNum.Factory.newInstance();
        num.setNumId(numId);
        num.addNewAbstractNumId().setVal(numberedAbstract);
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return numbering.addNum(new org.apache.poi.xwpf.usermodel.XWPFNum(num, numbering));
    }

    /**
     * The outline: "I.", "A.", "1." by default. Each label hangs left of the text column; levels 0–5 are linked to
     * Heading 1–6, so a clerk who inserts a heading in Word sees the rest renumber.
     */
    private static CTAbstractNum outlineList(List<Numbering> outline, BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        list.addNewMultiLevelType().setVal(STMultiLevelType.MULTILEVEL);
        list.addNewName().setVal("Clerk Outline");
        for (int level = 0; level < LIST_LEVELS; level++) {
            Numbering style = outline.get(Math.min(level, outline.size() - 1));
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format(style));
            if (level < Style.HEADING_LEVELS) {
                lvl.addNewPStyle().setVal(Style.heading(level).id());
            }
            lvl.addNewSuff().setVal(STLevelSuffix.TAB);
            lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            // I. hangs at the margin, A. a quarter inch in, both with their text at the text column; deeper levels
            // step in from there.
            int numberAt = level == 0 ? 0 : level == 1 ? TEXT_INDENT / 2 : TEXT_INDENT + (level - 2) * LIST_STEP;
            int textAt = level <= 1 ? TEXT_INDENT : numberAt + LIST_STEP;
            indent(lvl, numberAt, textAt);
        }
        return list;
    }

    /** "1)", "2)" at the first level, with a dash bullet for the entries of a list nested in one. */
    private static CTAbstractNum numberedList(BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        list.addNewMultiLevelType().setVal(STMultiLevelType.HYBRID_MULTILEVEL);
        list.addNewName().setVal("Clerk Numbered List");
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(level == 0 ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewPStyle().setVal(level == 0 ? Style.LIST_NUMBER.id() : Style.LIST_BULLET_2.id());
            lvl.addNewSuff().setVal(STLevelSuffix.TAB);
            lvl.addNewLvlText().setVal(level == 0 ? "%1)" : "–");
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            indent(lvl, listTextAt(level) - LIST_STEP, listTextAt(level));
        }
        return list;
    }

    /** Bullets, stepping in a level at a time. */
    private static CTAbstractNum bulletList(BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        list.addNewMultiLevelType().setVal(STMultiLevelType.HYBRID_MULTILEVEL);
        list.addNewName().setVal("Clerk Bullets");
        String[] bullets = {"•", "–", "◦"};
        for (int level = 0; level < LIST_LEVELS; level++) {
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewPStyle().setVal((level == 0 ? Style.LIST_BULLET : Style.LIST_BULLET_2).id());
            lvl.addNewSuff().setVal(STLevelSuffix.TAB);
            lvl.addNewLvlText().setVal(bullets[level % bullets.length]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            indent(lvl, listTextAt(level) - LIST_STEP, listTextAt(level));
        }
        return list;
    }

    /** Where the text of an entry of a list {@code level} levels deep starts. */
    static int listTextAt(int level) {
        return TEXT_INDENT + LIST_STEP * (level + 1);
    }

    private static void indent(CTLvl lvl, int numberAt, int textAt) {
        CTPPrGeneral ppr = lvl.addNewPPr();
        ppr.addNewTabs().addNewTab().setVal(STTabJc.NUM);
        ppr.getTabs().getTabArray(0).setPos(BigInteger.valueOf(textAt));
        ppr.addNewInd().setLeft(BigInteger.valueOf(textAt));
        ppr.getInd().setHanging(BigInteger.valueOf(textAt - numberAt));
    }

    private static STNumberFormat.Enum format(Numbering style) {
        return switch (style) {
            case UPPER_ROMAN -> STNumberFormat.UPPER_ROMAN;
            case LOWER_ROMAN -> STNumberFormat.LOWER_ROMAN;
            case UPPER_LETTER -> STNumberFormat.UPPER_LETTER;
            case LOWER_LETTER -> STNumberFormat.LOWER_LETTER;
            case DECIMAL -> STNumberFormat.DECIMAL;
        };
    }

    // ---- content ---------------------------------------------------------------------------------------------

    /** A new paragraph at the end of the body. */
    XWPFParagraph paragraph(Style style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style.id());
        return p;
    }

    /** Puts {@code p} in list {@code numId} at {@code level}; list 0 takes it out of its style's list. */
    static void number(XWPFParagraph p, BigInteger numId, int level) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTNumPr numPr = ppr.isSetNumPr() ? ppr.getNumPr() : ppr.addNewNumPr();
        (numPr.isSetIlvl() ? numPr.getIlvl() : numPr.addNewIlvl()).setVal(BigInteger.valueOf(level));
        (numPr.isSetNumId() ? numPr.getNumId() : numPr.addNewNumId()).setVal(numId);
    }

    /** A new table at the end of the body. */
    CTTbl table() {
        return doc.getDocument().getBody().addNewTbl();
    }

    // ---- header, footer, watermark ---------------------------------------------------------------------------

    /**
     * The running header line, in the Header style, for the painter to fill. A template's own header is kept and
     * the line is added under its letterhead.
     */
    XWPFParagraph headerLine() {
        XWPFHeader header = defaultHeader();
        XWPFParagraph line = header.createParagraph();
        line.setStyle(Style.HEADER.id());
        return line;
    }

    /** A light grey diagonal {@code text} across every page. */
    void watermark(String text) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        XWPFHeader header = defaultHeader();
        Watermark.add(header.getParagraphs().get(0), text, 1);
        if (policy != null && policy.getFirstPageHeader() != null && policy.getFirstPageHeader() != header) {
            XWPFHeader first = policy.getFirstPageHeader();
            Watermark.add(first.getParagraphs().isEmpty() ? first.createParagraph() : first.getParagraphs().get(0),
                    text, 2);
        }
    }

    private XWPFHeader defaultHeader() {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        XWPFHeader header = policy == null ? null : policy.getDefaultHeader();
        if (header == null) {
            header = doc.createHeader(HeaderFooterType.DEFAULT);
            new ArrayList<>(header.getParagraphs()).forEach(header::removeParagraph);
        }
        return header;
    }

    /** Whether the footer already counts pages: a template's footer with its own PAGE field. */
    boolean footerHasPageNumbers() {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        XWPFFooter footer = policy == null ? null : policy.getDefaultFooter();
        return footer != null && hasPageField(footer);
    }

    /** A new line in the footer, in the Footer style, for the painter to fill; a template's footer is kept. */
    XWPFParagraph footerLine() {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        XWPFFooter footer = policy == null ? null : policy.getDefaultFooter();
        if (footer == null) {
            footer = doc.createFooter(HeaderFooterType.DEFAULT);
            new ArrayList<>(footer.getParagraphs()).forEach(footer::removeParagraph);
        }
        XWPFParagraph line = footer.createParagraph();
        line.setStyle(Style.FOOTER.id());
        return line;
    }

    private static final Pattern PAGE_FIELD = Pattern.compile("(instrText[^>]*>|instr=\")\\s*PAGE\\b");

    private static boolean hasPageField(XWPFHeaderFooter part) {
        return PAGE_FIELD.matcher(part._getHdrFtr().xmlText()).find();
    }

    /** A complex field (begin, instruction, separator, cached result, end), which Word and LibreOffice update. */
    static void field(XWPFParagraph p, String instruction, String cached) {
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR instr = p.getCTP().addNewR();
        CTText text = instr.addNewInstrText();
        text.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.getCTP().addNewR().addNewT().setStringValue(cached);
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    // ---- properties and output -------------------------------------------------------------------------------

    /** Sets the document properties; dates come from the document, never from the clock. */
    void properties(Properties p) {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(p.title());
        core.setSubjectProperty(p.subject());
        core.setCreator(p.creator());
        core.setKeywords(p.keywords());
        core.setLastModifiedByUser(p.creator());
        core.setCreated(Optional.of(instant(p.created())));
        core.setModified(Optional.of(instant(p.modified())));
        PackageProperties underlying = core.getUnderlyingProperties();
        underlying.setLanguageProperty(p.language());
        props.getExtendedProperties().getUnderlyingProperties().setApplication("Clerk");
        props.getExtendedProperties().getUnderlyingProperties().setCompany(p.creator());
    }

    private static Date instant(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Writes the .docx; every zip entry carries {@code entryDate}, so equal documents are equal bytes. */
    void write(OutputStream out, LocalDate entryDate, DocxOptions.Record record) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        doc.write(raw);
        doc.close();
        byte[] bytes = record == null ? raw.toByteArray() : Records.embed(raw.toByteArray(), record);
        StableZip.copy(new ByteArrayInputStream(bytes), out, entryDate.atStartOfDay());
    }
}
