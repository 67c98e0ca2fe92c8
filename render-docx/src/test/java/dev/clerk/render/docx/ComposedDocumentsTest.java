package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.Compositions;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document composed from the worked example and the fixtures (minutes, agendas, task lists, minutes forms): it
 * validates, is the same bytes twice, says exactly what the composed document says in the same order, and Word
 * numbers its items and lists as the document's labels.
 */
class ComposedDocumentsTest {
    static List<Compositions.Case> cases() {
        List<Compositions.Case> all = new ArrayList<>(Compositions.all());
        all.addAll(Compositions.forms());
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void paintsEveryComposedDocumentWhole(Compositions.Case c) throws Exception {
        byte[] docx = Fixtures.render(c.document());
        assertThat(OoxmlSchemas.problems(docx)).as(c.name()).isEmpty();
        assertThat(Fixtures.render(c.document())).as("same bytes twice").isEqualTo(docx);
        WordNumberingTest.assertWordNumbersAsTheDocument(c.document(), docx);
        try (XWPFDocument word = Fixtures.open(docx)) {
            assertThat(TreeText.paragraphs(word)).containsExactlyElementsOf(TreeText.paragraphs(c.document()));
            assertThat(TreeText.cells(word)).containsExactlyElementsOf(TreeText.cells(c.document()));
        }
    }
}
