package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The schema check itself: it must catch what Word would reject, and accept markup-compatibility extensions. */
class OoxmlSchemasTest {
    private static final byte[] SEED = Fixtures.render(Samples.sampler());
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

    @Test
    void reportsAnElementOutOfOrder() {
        String document = Fixtures.part(SEED, "word/document.xml").replaceFirst(
                "<w:pPr><w:pStyle w:val=\"Letterhead\"/></w:pPr>", "<w:pPr><w:jc w:val=\"left\"/><w:pStyle w:val=\"Letterhead\"/></w:pPr>");
        assertThat(OoxmlSchemas.problems(replace("word/document.xml", document)))
                .singleElement().asString().startsWith("word/document.xml: ").contains("pStyle");
    }

    @Test
    void reportsAnUnknownValue() {
        String styles = Fixtures.part(SEED, "word/styles.xml").replaceFirst("w:type=\"paragraph\"", "w:type=\"poem\"");
        assertThat(OoxmlSchemas.problems(replace("word/styles.xml", styles)))
                .singleElement().asString().startsWith("word/styles.xml: ").contains("poem");
    }

    @Test
    void reportsABadContentType() {
        String types = Fixtures.part(SEED, "[Content_Types].xml").replaceFirst("ContentType=\"[^\"]+\"",
                "ContentType=\"not a media type\"");
        assertThat(OoxmlSchemas.problems(replace("[Content_Types].xml", types))).isNotEmpty()
                .allMatch(p -> p.startsWith("[Content_Types].xml: ") && p.contains("'not a media type'"));
    }

    @Test
    void acceptsIgnorableExtensionsAndAlternateContent() {
        String document = Fixtures.part(SEED, "word/document.xml")
                .replaceFirst("<w:document ", "<w:document xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                        + "xmlns:w14=\"" + W14 + "\" mc:Ignorable=\"w14\" ")
                .replaceFirst("<w:p>", "<w:p w14:paraId=\"1A2B3C4D\">")
                .replaceFirst("<w:body>", "<w:body><mc:AlternateContent><mc:Choice Requires=\"w14\"><w14:unknown/>"
                        + "</mc:Choice><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>");
        assertThat(OoxmlSchemas.problems(replace("word/document.xml", document))).isEmpty();
        String notIgnorable = document.replace("mc:Ignorable=\"w14\" ", "");
        assertThat(OoxmlSchemas.problems(replace("word/document.xml", notIgnorable))).isNotEmpty();
    }

    private static byte[] replace(String name, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : OoxmlSchemas.parts(SEED).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getKey().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
