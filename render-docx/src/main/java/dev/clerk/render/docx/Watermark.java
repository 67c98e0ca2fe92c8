package dev.clerk.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * A light grey diagonal text watermark ("DRAFT"), drawn the way Word draws its own: a VML WordArt shape in the
 * header, behind the text, centred on the page. POI's {@code createWatermark} draws it opaque black and adds
 * first- and even-page headers the document does not use, so Clerk writes the shape itself.
 */
final class Watermark {
    private static final String RUN = """
            <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
            xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><w:pict>\
            <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" \
            path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>\
            <v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>\
            <v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>\
            <v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>\
            <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" \
            o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>\
            <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>\
            <o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>\
            <v:shape id="ClerkWatermark%d" o:spid="_x0000_s%d" type="#_x0000_t136" \
            style="position:absolute;margin-left:0;margin-top:0;width:441pt;height:147pt;rotation:315;\
            z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;\
            mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" \
            fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".5"/>\
            <v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="%s"/>\
            <w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>""";

    private Watermark() {
    }

    /** Adds the watermark shape with the given shape number (unique within the document). */
    static void add(XWPFParagraph headerParagraph, String text, int number) {
        // set() copies the shape into a new run: the parsed shape serves every document with the same word.
        headerParagraph.getCTP().addNewR().set(SHAPES.computeIfAbsent(number + "\u0000" + text,
                key -> parse(text, number)));
    }

    private static final java.util.Map<String, CTR> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    private static CTR parse(String text, int number) {
        String xml = RUN.formatted(number, 2048 + number, escape(text));
        try {
            XmlOptions options = new XmlOptions();
            // Parse the run's content, not a document holding a run.
            options.setLoadReplaceDocumentElement(null);
            return CTR.Factory.parse(xml, options);
        } catch (XmlException e) {
            throw new IllegalStateException("watermark shape is not well-formed", e);
        }
    }

    private static String escape(String s) {
        return Runs.xmlSafe(s).replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
    }
}
