package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaSmokeTest {
    @Test
    void seedValidates() {
        byte[] docx = Fixtures.render(Fixtures.body(), Fixtures.seedMeeting());
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
    }
}
