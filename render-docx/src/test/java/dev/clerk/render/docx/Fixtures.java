package dev.clerk.render.docx;

import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.doc.Document;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The worked example composed, rendering to bytes, and reading what was rendered. */
final class Fixtures {
    static final Path EXAMPLE = Path.of("..", "examples", "swtpic");

    static final LocalDate SEED_DATE = LocalDate.of(2017, 3, 27);
    static final LocalDate MAY_22 = LocalDate.of(2017, 5, 22);

    private Fixtures() {
    }

    static Committee example() {
        try {
            return CommitteeFolder.read(EXAMPLE);
        } catch (InputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static Meeting meeting(Committee c, LocalDate date) {
        return c.meetings().stream().filter(m -> m.date().equals(date)).findFirst().orElseThrow();
    }

    /** The minutes of the worked example's March 27, 2017 meeting (the seed), composed. */
    static Document seedMinutes() {
        Committee c = example();
        return MinutesComposer.compose(c, meeting(c, SEED_DATE));
    }

    /** The agenda of the worked example's May 22, 2017 meeting, composed. */
    static Document may22Agenda() {
        Committee c = example();
        return AgendaComposer.compose(Agenda.of(c, meeting(c, MAY_22)));
    }

    static byte[] render(Document doc) {
        return render(DocxOptions.defaults(), doc);
    }

    static byte[] render(DocxOptions options, Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxRenderer(options).render(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every body paragraph in {@code styleId}, in order. */
    static List<String> texts(XWPFDocument doc, String styleId) {
        return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    /** The text of a zip part. */
    static String part(byte[] docx, String name) {
        byte[] bytes = OoxmlSchemas.parts(docx).get(name);
        if (bytes == null) {
            throw new AssertionError("no part " + name + " in " + OoxmlSchemas.parts(docx).keySet());
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Path target(String... more) {
        Path p = Path.of("target", more);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
