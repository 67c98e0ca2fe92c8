package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inside a packet with an untagged attachment the generated parts stay tagged; the packet claims neither PDF/A nor
 * PDF/UA (see {@link PacketConformanceTest} for packets that do).
 */
class PacketTagsTest {
    @TempDir
    static java.nio.file.Path dir;

    @BeforeAll
    static void attachments() throws Exception {
        PacketBuilderTest.folder = dir;
        PacketBuilderTest.attachments();
    }

    @Test
    void generatedPartsAreTaggedAndAttachmentsAreParts() throws Exception {
        byte[] pdf = PacketBuilderTest.build(PacketBuilderTest.input(PacketBuilderTest.REPORT));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            // With pages that are not PDF/A in it the packet cannot be PDF/A-1 anyway, so it has object streams.
            assertThat(d.getVersion()).isEqualTo(1.5f);
            List<String> parts = new ArrayList<>();
            PDStructureElement document = (PDStructureElement) d.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            assertThat(document.getStructureType()).isEqualTo("Document");
            for (Object kid : document.getKids()) {
                PDStructureElement part = (PDStructureElement) kid;
                parts.add(part.getStructureType() + " " + Pdfs.flat(part.getTitle()));
            }
            assertThat(parts).containsExactly("Part Agenda", "Part Draft minutes of March 27, 2017",
                    "Part Open action items for the meeting of May 22, 2017", "Part Annual report (sample)");
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).doesNotContain("pdfaid", "pdfuaid");
        }
    }
}
