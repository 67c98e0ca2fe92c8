package dev.clerk.render.docx;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference committee of the worked example, and rendering to bytes. */
final class Fixtures {
    static final Path EXAMPLE = Path.of("..", "examples", "swtpic");

    private Fixtures() {
    }

    static Body body() {
        try {
            return ModelReader.readBody(EXAMPLE.resolve("committee.yaml"));
        } catch (InputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static Meeting seedMeeting() {
        try {
            return ModelReader.readMeeting(EXAMPLE.resolve("meetings/2017-03-27.yaml"));
        } catch (InputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static byte[] render(Body body, Meeting meeting) {
        return render(DocxOptions.defaults(), body, meeting);
    }

    static byte[] render(DocxOptions options, Body body, Meeting meeting) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxMinutesRenderer(options).render(body, meeting, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
