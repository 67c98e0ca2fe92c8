package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Dump;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelReader;
import org.junit.jupiter.api.Test;

/**
 * A committee whose documents are in another language gets Clerk's phrases from that language's catalogue
 * ({@code messages_es.properties} here, a test resource): no code changes, and phrases the translation lacks in
 * English. Dates are written in the language's own form.
 */
class SecondLanguageTest {
    @Test
    void wordsTheMinutesFromTheCatalogueOfTheCommitteesLanguage() throws Exception {
        var body = ModelReader.parseBody("committee.yaml", "name: Comité de Vivienda\nlanguage: es\n").value();
        Meeting meeting = ModelReader.parseMeeting("2024-03-05.yaml", """
                date: 2024-03-05
                start: "18:30"
                attendees: [{name: Ana Ruiz}]
                agenda:
                  - title: Presupuesto
                    decisions: [Se aprueba el presupuesto.]
                    actions:
                      - {owners: [Ana Ruiz], task: Enviar el presupuesto., due: 2024-04-01}
                next: {date: 2024-04-02}
                """).value();
        String dump = Dump.of(MinutesComposer.compose(body, meeting));
        assertThat(dump)
                .contains("h1 title: Comité de Vivienda - 5\u00a0de\u00a0marzo\u00a0de\u00a02024 - Acta")
                .contains("field Fecha: 5 de marzo de 2024, 6:30 p. m.")
                .contains("field Estado: Borrador, pendiente de aprobación")
                .contains("attendance: **Asistentes:** Ana Ruiz")
                .contains("decision callout Decisión: Se aprueba el presupuesto.")
                .contains("action callout Acción 1: Enviar el presupuesto. (Ana Ruiz; vence el 1 de abril de 2024)")
                .contains("h2 item II.: Próxima reunión: 2\u00a0de\u00a0abril\u00a0de\u00a02024")
                .contains("| Página {0} de {1}")
                // Not translated here: English.
                .contains("h2 section: Action Items");
    }
}
