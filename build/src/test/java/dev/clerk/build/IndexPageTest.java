package dev.clerk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/** The index page of an output folder, parsed back with the JDK's XML parser (the page is polyglot HTML5). */
class IndexPageTest {
    private static final Set<DocumentKind> KINDS = Set.of(DocumentKind.MINUTES_PDF, DocumentKind.MINUTES_DOCX,
            DocumentKind.AGENDA_DOCX, DocumentKind.TASKS_CSV);

    @TempDir
    Path tmp;

    @Test
    void listsMeetingsNewestFirstWithALinkToEveryDocumentThatExists() throws Exception {
        BuildPlan plan = BuildPlan.of(Path.of("../examples/swtpic"), KINDS);
        String html = IndexPage.html(plan, name -> name.equals("2017-03-27-minutes.docx") ? OptionalLong.empty()
                : OptionalLong.of(2048));
        assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-US\"");
        Document doc = parse(html);
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new Xhtml());
        assertThat(x.evaluate("/h:html/h:head/h:title", doc))
                .isEqualTo("Sex Work and Trafficking Policy Impact Committee (SWTPIC): meetings and documents");
        assertThat(x.evaluate("/h:html/h:head/h:meta/@charset", doc)).isEqualTo("utf-8");
        assertThat(texts(x, doc, "//h:h1|//h:h2")).containsExactly(
                "Sex Work and Trafficking Policy Impact Committee (SWTPIC)", "Meetings", "Open tasks as of March 27, 2017");
        assertThat(texts(x, doc, "//h:thead//h:th[@scope='col']")).containsExactly("Date", "Meeting", "Minutes", "Agenda");
        assertThat(texts(x, doc, "//h:tbody/h:tr/h:th[@scope='row']")).containsExactly("May 22, 2017", "March 27, 2017");
        assertThat(texts(x, doc, "//h:tbody/h:tr/h:td[1]"))
                .containsExactly("Regular meeting (agenda)", "Regular meeting (draft minutes)");
        assertThat(texts(x, doc, "//h:a/@href")).containsExactly("2017-05-22-agenda.docx", "2017-03-27-minutes.pdf",
                "2017-03-27-agenda.docx", "tasks.csv");
        assertThat(texts(x, doc, "//h:a")).containsExactly("Agenda of May 22, 2017 (Word, 2 KB)",
                "Minutes of March 27, 2017 (PDF, 2 KB)", "Agenda of March 27, 2017 (Word, 2 KB)",
                "Open tasks as of March 27, 2017 (CSV, 2 KB)");
        assertThat(texts(x, doc, "//h:tbody/h:tr[1]/h:td[2]")).containsExactly("none yet");
        // Nothing is loaded from elsewhere.
        assertThat(((NodeList) x.evaluate("//*[@src]|//h:link|//h:script", doc, XPathConstants.NODESET)).getLength())
                .isZero();
    }

    @Test
    void escapesTheCommitteesText() throws Exception {
        Path dir = tmp.resolve("c");
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), "name: \"Parks & <Rec> \\\"Board\\\"\"\nlanguage: fr-CA\n");
        Files.writeString(dir.resolve("meetings/2020-01-02-special.yaml"),
                "date: 2020-01-02\ntitle: \"Budget <hearing> & 'vote'\"\nattendees:\n  - name: Ann Lee\n");
        BuildPlan plan = BuildPlan.of(dir, KINDS);
        assertThat(plan.problems()).isEmpty();
        String html = IndexPage.html(plan, name -> OptionalLong.of(10));
        assertThat(html).contains("<title>Parks &amp; &lt;Rec&gt; &quot;Board&quot;: meetings and documents</title>")
                .contains("<td>Budget &lt;hearing&gt; &amp; &#39;vote&#39; (draft minutes)</td>")
                .contains("href=\"2020-01-02-special-minutes.pdf\"");
        Document doc = parse(html);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("fr-CA");
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new Xhtml());
        assertThat(x.evaluate("//h:h1", doc)).isEqualTo("Parks & <Rec> \"Board\"");
    }

    @Test
    void isCheckedByTheParser() {
        // The check itself must be able to fail: an unescaped ampersand is refused.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("<html><p>A & B</p></html>"))
                .isInstanceOf(SAXParseException.class);
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(XPath x, Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) x.evaluate(path, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static final class Xhtml implements javax.xml.namespace.NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return "h".equals(prefix) ? "http://www.w3.org/1999/xhtml" : null;
        }

        @Override
        public String getPrefix(String uri) {
            return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String uri) {
            return null;
        }
    }

}
