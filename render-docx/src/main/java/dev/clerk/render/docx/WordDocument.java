package dev.clerk.render.docx;

import dev.clerk.model.NumberingStyle;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTCompatSetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The scaffolding of every Clerk Word document: named styles (Clerk's, or a reference document's), the agenda's
 * multi-level list numbering attached to the Heading 1–3 styles, a numbered follow-up list, page setup, a running
 * header with an optional DRAFT watermark, a "Page X of Y" footer, document properties, tables whose header row
 * repeats, and byte-identical output. The minutes, agenda and task-list renderers fill it with content.
 */
final class WordDocument {
    /** US Letter, one-inch margins. */
    private static final int PAGE_WIDTH = 12240;
    private static final int PAGE_HEIGHT = 15840;
    private static final int MARGIN = 1440;
    private static final int HEADER_DISTANCE = 708;
    /** Where heading text, body text and list text start: the outline's text column. */
    static final int TEXT_INDENT = 720;

    private final XWPFDocument doc;
    private final int textWidth;

    /**
     * What the scaffolding needs to know.
     *
     * @param language the document language, a BCP 47 tag
     * @param outline  the numbering style of each agenda level, outermost first
     */
    record Setup(String language, List<NumberingStyle> outline) {
        Setup {
            outline = List.copyOf(outline);
            if (outline.isEmpty()) {
                throw new IllegalArgumentException("outline: needs at least one numbering style");
            }
        }
    }

    /** The document properties shown in Word's File > Info. */
    record Properties(String title, String subject, String creator, String keywords, String language,
                      LocalDate created, LocalDate modified) {
    }

    private WordDocument(XWPFDocument doc) {
        this.doc = doc;
        CTSectPr sect = sectPr(doc);
        this.textWidth = textWidth(sect);
    }

    /** A new document: Clerk's styles and page, or those of the template in {@code options}. */
    static WordDocument create(DocxOptions options, Setup setup) throws TemplateException {
        XWPFDocument doc = options.template() == null ? blank() : Templates.open(options.template());
        WordDocument word = new WordDocument(doc);
        word.installStyles(setup.language());
        word.installNumbering(setup.outline());
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
        var lang = defaults.sizeOfLangArray() > 0 ? defaults.getLangArray(0) : defaults.addNewLang();
        lang.setVal(language);
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

    private static CTStyles clerkStyles() {
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

    private void installNumbering(List<NumberingStyle> outline) {
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        BigInteger outlineNum = addList(numbering, outlineList(outline, nextAbstractId(numbering)));
        for (int level = 0; level < 3; level++) {
            attach(Style.heading(level), outlineNum, level);
        }
        BigInteger followUps = addList(numbering, followUpList(nextAbstractId(numbering)));
        attach(Style.FOLLOW_UP, followUps, 0);
        attach(Style.PROPOSED_ITEM, followUps, 1);
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
        BigInteger numId = BigInteger.ONE;
        while (numbering.numExist(numId)) {
            numId = numId.add(BigInteger.ONE);
        }
        numbering.addNum(abstractId, numId);
        return numId;
    }

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

    /**
     * The agenda outline: "I.", "A.", "1." by default. Each label hangs left of the text column; levels 0–2 are
     * linked to Heading 1–3, so a clerk who inserts a heading in Word sees the rest renumber.
     */
    private static CTAbstractNum outlineList(List<NumberingStyle> outline, BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        list.addNewMultiLevelType().setVal(STMultiLevelType.MULTILEVEL);
        list.addNewName().setVal("Clerk Agenda Outline");
        for (int level = 0; level < 9; level++) {
            NumberingStyle style = outline.get(Math.min(level, outline.size() - 1));
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format(style));
            if (level < 3) {
                lvl.addNewPStyle().setVal(Style.heading(level).id());
            }
            lvl.addNewSuff().setVal(STLevelSuffix.TAB);
            lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            // I. hangs at the margin, A. a quarter inch in, both with their text at the text column; deeper levels
            // step in from there.
            int numberAt = level == 0 ? 0 : level == 1 ? TEXT_INDENT / 2 : TEXT_INDENT + (level - 2) * 360;
            int textAt = level <= 1 ? TEXT_INDENT : numberAt + 360;
            CTPPrGeneral ppr = lvl.addNewPPr();
            ppr.addNewTabs().addNewTab().setVal(STTabJc.NUM);
            ppr.getTabs().getTabArray(0).setPos(BigInteger.valueOf(textAt));
            ppr.addNewInd().setLeft(BigInteger.valueOf(textAt));
            ppr.getInd().setHanging(BigInteger.valueOf(textAt - numberAt));
        }
        return list;
    }

    /** "1)", "2)" for follow-ups, with a dash bullet for the items under one. */
    private static CTAbstractNum followUpList(BigInteger id) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        list.addNewMultiLevelType().setVal(STMultiLevelType.HYBRID_MULTILEVEL);
        list.addNewName().setVal("Clerk Follow-ups");
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = list.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(level == 0 ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewPStyle().setVal(level == 0 ? Style.FOLLOW_UP.id() : Style.PROPOSED_ITEM.id());
            lvl.addNewSuff().setVal(STLevelSuffix.TAB);
            lvl.addNewLvlText().setVal(level == 0 ? "%1)" : "–");
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            int textAt = TEXT_INDENT + 360 * (level + 1);
            CTPPrGeneral ppr = lvl.addNewPPr();
            ppr.addNewTabs().addNewTab().setVal(STTabJc.NUM);
            ppr.getTabs().getTabArray(0).setPos(BigInteger.valueOf(textAt));
            ppr.addNewInd().setLeft(BigInteger.valueOf(textAt));
            ppr.getInd().setHanging(BigInteger.valueOf(360));
        }
        return list;
    }

    private static STNumberFormat.Enum format(NumberingStyle style) {
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

    /** A new paragraph holding {@code text}. */
    XWPFParagraph paragraph(Style style, String text) {
        XWPFParagraph p = paragraph(style);
        Runs.text(p, text);
        return p;
    }

    /** A numbered agenda heading: the number comes from the heading style's list, never from the text. */
    XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = paragraph(Style.heading(level), text);
        if (level > 2) {
            // Heading 3 carries level 2 of the outline; deeper items keep their own level on the paragraph.
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            CTNumPr numPr = ppr.addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.valueOf(Math.min(level, 8)));
            numPr.addNewNumId().setVal(style(Style.HEADING_1).getPPr().getNumPr().getNumId().getVal());
        }
        return p;
    }

    /**
     * A table as wide as the text column, in the Clerk Table style, whose first row is a header row repeated at the
     * top of every page; rows never split across pages.
     *
     * @param widths the relative width of each column
     * @param header the header cells
     * @param rows   the body rows, one cell text per column
     */
    void table(int[] widths, List<String> header, List<List<String>> rows) {
        CTTbl tbl = doc.getDocument().getBody().addNewTbl();
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal(Style.TABLE.id());
        pr.addNewTblW().setType(STTblWidth.PCT);
        pr.getTblW().setW(BigInteger.valueOf(5000));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var look = pr.addNewTblLook();
        look.setVal(new byte[] {0x06, 0x20});
        look.setFirstRow("1");
        look.setLastRow("0");
        look.setFirstColumn("0");
        look.setLastColumn("0");
        look.setNoHBand("1");
        look.setNoVBand("1");
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int[] twips = new int[widths.length];
        var grid = tbl.addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            twips[i] = textWidth * widths[i] / total;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[i]));
        }
        row(tbl, twips, header, true);
        for (List<String> cells : rows) {
            row(tbl, twips, cells, false);
        }
    }

    private void row(CTTbl tbl, int[] twips, List<String> cells, boolean header) {
        if (cells.size() != twips.length) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells for " + twips.length + " columns");
        }
        CTRow row = tbl.addNewTr();
        var trPr = row.addNewTrPr();
        trPr.addNewCantSplit();
        if (header) {
            trPr.addNewTblHeader();
        }
        for (int i = 0; i < cells.size(); i++) {
            CTTc tc = row.addNewTc();
            var w = tc.addNewTcPr().addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips[i]));
            XWPFParagraph p = new XWPFParagraph(tc.addNewP(), doc);
            p.setStyle((header ? Style.TABLE_HEADING : Style.TABLE_TEXT).id());
            Runs.text(p, cells.get(i));
        }
    }

    // ---- header, footer, watermark ---------------------------------------------------------------------------

    /**
     * The running header ("Body [tab] Minutes of March 27, 2017 · DRAFT"), the "Page X of Y" footer, and for a draft
     * a light grey diagonal watermark on every page. A template's own header and footer are kept: the running
     * header line is added under its letterhead, the page numbers only when its footer has none.
     */
    void headerAndFooter(String left, String right, String watermark) {
        XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
        XWPFHeader header = policy == null ? null : policy.getDefaultHeader();
        if (header == null) {
            header = doc.createHeader(HeaderFooterType.DEFAULT);
            new ArrayList<>(header.getParagraphs()).forEach(header::removeParagraph);
        }
        XWPFParagraph line = header.createParagraph();
        line.setStyle(Style.HEADER.id());
        Runs.text(line, left);
        line.createRun().addTab();
        Runs.text(line, right);
        if (watermark != null) {
            Watermark.add(header.getParagraphs().get(0), watermark, 1);
            if (policy != null && policy.getFirstPageHeader() != null && policy.getFirstPageHeader() != header) {
                XWPFHeader first = policy.getFirstPageHeader();
                Watermark.add(first.getParagraphs().isEmpty() ? first.createParagraph() : first.getParagraphs().get(0),
                        watermark, 2);
            }
        }
        XWPFFooter footer = policy == null ? null : policy.getDefaultFooter();
        if (footer == null) {
            footer = doc.createFooter(HeaderFooterType.DEFAULT);
            new ArrayList<>(footer.getParagraphs()).forEach(footer::removeParagraph);
        } else if (hasPageField(footer)) {
            return;
        }
        XWPFParagraph pages = footer.createParagraph();
        pages.setStyle(Style.FOOTER.id());
        Runs.text(pages, "Page ");
        field(pages, "PAGE", "1");
        Runs.text(pages, " of ");
        field(pages, "NUMPAGES", "1");
    }

    private static final java.util.regex.Pattern PAGE_FIELD =
            java.util.regex.Pattern.compile("(instrText[^>]*>|instr=\")\\s*PAGE\\b");

    private static boolean hasPageField(XWPFHeaderFooter part) {
        return PAGE_FIELD.matcher(part._getHdrFtr().xmlText()).find();
    }

    /** A complex field (begin, instruction, separator, cached result, end), which Word and LibreOffice update. */
    private static void field(XWPFParagraph p, String instruction, String cached) {
        fieldChar(p, STFldCharType.BEGIN);
        CTR instr = p.getCTP().addNewR();
        CTText text = instr.addNewInstrText();
        text.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
        p.getCTP().addNewR().addNewT().setStringValue(cached);
        fieldChar(p, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        CTFldChar c = p.getCTP().addNewR().addNewFldChar();
        c.setFldCharType(type);
    }

    // ---- properties and output -------------------------------------------------------------------------------

    /** Sets the document properties; dates come from the model, never from the clock. */
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
    void write(OutputStream out, LocalDate entryDate) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        doc.write(raw);
        doc.close();
        StableZip.copy(new ByteArrayInputStream(raw.toByteArray()), out, entryDate.atStartOfDay());
    }
}
