package dev.clerk.render.docx;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.InputSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Golden files under {@code src/test/resources/golden}: a missing or differing one writes the actual output under
 * {@code target/golden-actual/} and fails naming that path, so updating a golden file is a reviewed copy.
 */
final class Golden {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Path ACTUAL = Path.of("target", "golden-actual");

    private Golden() {
    }

    static void assertMatches(String name, String actualXml) {
        Path golden = GOLDEN.resolve(name);
        if (!Files.isRegularFile(golden)) {
            throw new AssertionError("no golden file " + golden + "; the actual output is in " + writeActual(name, actualXml)
                    + " (review it and copy it to " + golden + ")");
        }
        String expected;
        try {
            expected = Files.readString(golden, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diff diff = DiffBuilder.compare(expected).withTest(actualXml).ignoreElementContentWhitespace().ignoreComments()
                .checkForSimilar().build();
        if (diff.hasDifferences()) {
            throw new AssertionError(golden + " differs from the output, which is in " + writeActual(name, actualXml)
                    + ": " + diff.getDifferences().iterator().next());
        }
    }

    private static Path writeActual(String name, String xml) {
        Path out = ACTUAL.resolve(name);
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code xml} indented two spaces a level, for reading and reviewing diffs. */
    static String pretty(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            var doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString().replaceAll("(?m)^[ \t]*\r?\n", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
