package dev.clerk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The languages that names, items and paragraphs declare, and what the records keep of them. */
class DeclaredLanguageTest {
    private static AgendaItem item(String lang, List<String> narrative, List<String> languages) {
        return new AgendaItem("Public comment", lang, null, null, null, null, narrative, languages, List.of(),
                List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    @Test
    void aParagraphsOwnLanguageWinsOverTheItems() {
        AgendaItem item = item("es", List.of("Una vecina habló.", "The clerk read a letter."), List.of("", "en"));
        assertThat(item.narrativeLanguage(0)).isEqualTo("es");
        assertThat(item.narrativeLanguage(1)).isEqualTo("en");
        assertThat(item(null, List.of("Jane Doe spoke."), List.of()).narrativeLanguage(0)).isNull();
    }

    @Test
    void keepsNoLanguagesWhenNoParagraphDeclaresOne() {
        assertThat(item(null, List.of("a", "b"), List.of("", " ")).narrativeLanguages()).isEmpty();
        assertThat(item(null, List.of("a", "b"), List.of("", " es ")).narrativeLanguages()).containsExactly("", "es");
        assertThat(AgendaItem.titled("Budget").narrativeLanguages()).isEmpty();
        assertThat(AgendaItem.titled("Budget").lang()).isNull();
    }

    @Test
    void rejectsLanguagesThatDoNotMatchTheParagraphs() {
        assertThatThrownBy(() -> item(null, List.of("a", "b"), List.of("es")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("narrativeLanguages: 1 languages for 2 paragraphs of narrative");
        assertThatThrownBy(() -> item(null, List.of("a", "b"), List.of("", "es_ES")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("narrative[1].lang: 'es_ES' is not a language tag such as en-US");
        assertThatThrownBy(() -> item("spanish", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang: 'spanish' is not a language tag such as en-US");
        assertThatThrownBy(() -> item(null, List.of("a"), List.of()).narrativeLanguage(1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("narrative has 1 paragraphs, not 2");
    }

    @Test
    void checksLanguageTagsWithTheSchemasPattern() throws Exception {
        for (String schema : List.of("meeting.schema.json", "committee.schema.json")) {
            com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(java.nio.file.Path.of("..", "schema", schema).toFile());
            assertThat(tree.at("/$defs/language/pattern").asText()).as(schema).isEqualTo(Checks.LANGUAGE_TAG.pattern());
        }
    }

    @Test
    void aPersonDeclaresTheLanguageOfTheName() {
        assertThat(new Person("ليلى حداد", "ar", null, null, null, null, null, null).lang()).isEqualTo("ar");
        assertThat(new Person("Noa Levi", null, Role.MEMBER, null, null, null, null).lang()).isNull();
        assertThatThrownBy(() -> new Person("Noa Levi", "hebrew", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang: 'hebrew' is not a language tag such as en-US");
    }

    @Test
    void checksTheBodysLanguageAsStrictlyAsTheOthers() {
        assertThat(body(null).language()).isEqualTo("en-US");
        assertThat(body(" ").language()).isEqualTo("en-US");
        assertThat(body(" es-419 ").language()).isEqualTo("es-419");
        for (String tag : List.of("en_US", "english", "es-", "12")) {
            assertThatThrownBy(() -> body(tag)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("language: '" + tag + "' is not a language tag such as en-US");
        }
    }

    private static Body body(String language) {
        return new Body("Parks Board", null, null, null, language, List.of(), null, List.of(), null);
    }
}
