package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import java.io.IOException;

/**
 * A TrueType or OpenType font (Identity-H, subset and embedded) whose CIDSet lists every glyph slot of the font.
 *
 * <p>OpenPDF's CIDSet lists only the glyphs the text used (and none at all for CFF fonts). Its subsets keep every glyph slot of the original font
 * (with empty outlines for the unused ones) and map CIDs to glyphs one to one, and veraPDF's PDF/UA-1 rule
 * 7.21.4.2-2 then expects every one of those CIDs in the CIDSet, while PDF/A-1 (6.3.5) requires a CIDSet for every
 * subset. A CIDSet covering all slots satisfies both. This class lives in OpenPDF's package because the method
 * that writes the font is package-private there; it is Clerk's code, not OpenPDF's.
 */
public final class FullCidSetFont extends TrueTypeFontUnicode {
    private transient PdfWriter writer;

    private FullCidSetFont(String name, byte[] data) throws DocumentException, IOException {
        super(name, BaseFont.IDENTITY_H, true, data, false);
        setIncludeCidSet(false); // the CIDSet is written by getFontDescriptor below instead
    }

    /**
     * Reads a font from {@code data}; {@code name} is its file name, with ",N" for the N-th font of a collection.
     *
     * @throws IOException when the data is not a TrueType or OpenType font that OpenPDF can embed
     */
    public static BaseFont create(String name, byte[] data) throws IOException {
        try {
            return new FullCidSetFont(name, data);
        } catch (DocumentException | ExceptionConverter e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        this.writer = writer;
        try {
            super.writeFont(writer, ref, params);
        } finally {
            this.writer = null;
        }
    }

    @Override
    protected PdfDictionary getFontDescriptor(PdfIndirectReference fontStream, String subsetPrefix,
                                              PdfIndirectReference cidset) {
        PdfDictionary descriptor = super.getFontDescriptor(fontStream, subsetPrefix, null);
        if (writer != null) {
            try {
                byte[] bits = new byte[(numGlyphs() + 7) / 8];
                for (int g = 0; g < numGlyphs(); g++) {
                    bits[g / 8] |= (byte) (0x80 >> (g % 8));
                }
                PdfStream stream = new PdfStream(bits);
                stream.flateCompress(compressionLevel);
                descriptor.put(PdfName.CIDSET, writer.addToBody(stream).getIndirectReference());
            } catch (IOException e) {
                throw new ExceptionConverter(e);
            }
        }
        return descriptor;
    }

    private int numGlyphs() throws IOException {
        int[] maxp = tables.get("maxp");
        rf.seek(maxp[0] + 4);
        return rf.readUnsignedShort();
    }
}
