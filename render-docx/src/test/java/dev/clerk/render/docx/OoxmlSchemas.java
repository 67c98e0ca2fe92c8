package dev.clerk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Validates every XML part of a .docx: WordprocessingML, DrawingML, VML and the extended properties against the
 * ECMA-376 schemas compiled into poi-ooxml-full; the package parts ([Content_Types].xml, relationships, core
 * properties) against the Open Packaging Conventions schemas of ECMA-376 Part 2 (transcribed under {@code opc/}).
 * Markup compatibility (ECMA-376 Part 3) is applied first, as a consumer does: ignorable namespaces are dropped and
 * {@code mc:AlternateContent} is replaced by its fallback.
 */
final class OoxmlSchemas {
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final SchemaTypeSystem OOXML = DocumentDocument.type.getTypeSystem();
    private static final Map<String, String> OPC = Map.of(
            "http://schemas.openxmlformats.org/package/2006/content-types", "opc-contentTypes.xsd",
            "http://schemas.openxmlformats.org/package/2006/relationships", "opc-relationships.xsd",
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "opc-coreProperties.xsd");
    /** The namespaces a strict ECMA-376 consumer understands; markup in others must be ignorable. */
    private static final Set<String> UNDERSTOOD = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://schemas.openxmlformats.org/drawingml/2006/main",
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "http://schemas.openxmlformats.org/drawingml/2006/picture",
            "http://schemas.openxmlformats.org/officeDocument/2006/math",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
            "urn:schemas-microsoft-com:vml", "urn:schemas-microsoft-com:office:office",
            "urn:schemas-microsoft-com:office:word", "http://www.w3.org/XML/1998/namespace",
            XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, MC,
            "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/", "http://purl.org/dc/dcmitype/");

    private OoxmlSchemas() {
    }

    /** The parts of {@code docx} by name, in zip order. */
    static Map<String, byte[]> parts(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** Every schema violation in every XML part, as "part: message"; empty when the document is valid. */
    static List<String> problems(byte[] docx) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> parts = parts(docx);
        if (parts.isEmpty()) {
            problems.add("not a zip package");
        }
        int validated = 0;
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                continue;
            }
            validated++;
            try {
                Document dom = parse(part.getValue());
                applyMarkupCompatibility(dom.getDocumentElement());
                Element root = dom.getDocumentElement();
                String schema = OPC.get(root.getNamespaceURI());
                if (schema != null) {
                    validateOpc(name, dom, schema, problems);
                } else {
                    validateOoxml(name, dom, problems);
                }
            } catch (Exception e) {
                problems.add(name + ": " + e);
            }
        }
        if (validated == 0) {
            problems.add("no XML parts");
        }
        return problems;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static void validateOoxml(String name, Document dom, List<String> problems) throws Exception {
        Element root = dom.getDocumentElement();
        QName qname = new QName(root.getNamespaceURI(), root.getLocalName());
        SchemaType type = OOXML.findDocumentType(qname);
        if (type == null) {
            problems.add(name + ": no ECMA-376 schema for the root element " + qname);
            return;
        }
        XmlObject xml = OOXML.parse(dom, type, new XmlOptions());
        List<XmlError> errors = new ArrayList<>();
        if (!xml.validate(new XmlOptions().setErrorListener(errors))) {
            for (XmlError e : errors) {
                String where = e.getCursorLocation() == null ? "" : " (at " + e.getCursorLocation().getName() + ")";
                problems.add(name + ": " + e.getMessage() + where);
            }
            if (errors.isEmpty()) {
                problems.add(name + ": invalid");
            }
        }
    }

    private static void validateOpc(String name, Document dom, String xsd, List<String> problems) throws Exception {
        URL url = OoxmlSchemas.class.getResource("/opc/" + xsd);
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        Validator v = schema.newValidator();
        List<String> found = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                found.add(name + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                found.add(name + ": " + e.getMessage());
            }
        });
        v.validate(new DOMSource(dom));
        problems.addAll(found);
    }

    /**
     * ECMA-376 Part 3 processing: drops elements and attributes in ignorable namespaces, replaces
     * {@code mc:AlternateContent} by the first choice whose namespaces are understood or else by its fallback, and
     * removes the {@code mc:} attributes themselves.
     */
    static void applyMarkupCompatibility(Element e) {
        Set<String> ignorable = new HashSet<>();
        String declared = e.getAttributeNS(MC, "Ignorable");
        for (String prefix : declared.isBlank() ? new String[0] : declared.trim().split("\\s+")) {
            String ns = e.lookupNamespaceURI(prefix);
            if (ns != null && !UNDERSTOOD.contains(ns)) {
                ignorable.add(ns);
            }
        }
        strip(e, ignorable);
    }

    private static void strip(Element e, Set<String> inherited) {
        Set<String> ignorable = new HashSet<>(inherited);
        String declared = e.getAttributeNS(MC, "Ignorable");
        for (String prefix : declared.isBlank() ? new String[0] : declared.trim().split("\\s+")) {
            String ns = e.lookupNamespaceURI(prefix);
            if (ns != null && !UNDERSTOOD.contains(ns)) {
                ignorable.add(ns);
            }
        }
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String ns = a.getNamespaceURI();
            if (MC.equals(ns) || ns != null && ignorable.contains(ns)) {
                drop.add(a);
            }
        }
        drop.forEach(e::removeAttributeNode);
        List<Node> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            children.add(n);
        }
        for (Node n : children) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String ns = child.getNamespaceURI();
            if (MC.equals(ns) && "AlternateContent".equals(child.getLocalName())) {
                Element chosen = choose(child);
                if (chosen != null) {
                    List<Node> content = new ArrayList<>();
                    for (Node c = chosen.getFirstChild(); c != null; c = c.getNextSibling()) {
                        content.add(c);
                    }
                    for (Node c : content) {
                        e.insertBefore(c, child);
                        if (c instanceof Element ce) {
                            strip(ce, ignorable);
                        }
                    }
                }
                e.removeChild(child);
            } else if (ns != null && ignorable.contains(ns)) {
                e.removeChild(child);
            } else {
                strip(child, ignorable);
            }
        }
    }

    private static Element choose(Element alternate) {
        Element fallback = null;
        for (Node n = alternate.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && MC.equals(c.getNamespaceURI())) {
                if ("Choice".equals(c.getLocalName())) {
                    boolean understood = true;
                    for (String prefix : c.getAttribute("Requires").trim().split("\\s+")) {
                        String ns = c.lookupNamespaceURI(prefix);
                        understood &= ns != null && UNDERSTOOD.contains(ns);
                    }
                    if (understood) {
                        return c;
                    }
                } else if ("Fallback".equals(c.getLocalName())) {
                    fallback = c;
                }
            }
        }
        return fallback;
    }
}
