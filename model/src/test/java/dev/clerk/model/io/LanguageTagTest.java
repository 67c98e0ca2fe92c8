package dev.clerk.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.Attendee;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema's pattern for language tags and the records' own check agree: a tag a file may carry is one a record
 * takes, and a malformed one gets the same message from both.
 */
class LanguageTagTest {
    private static String meeting(String tag) {
        return "date: 2024-01-10\nattendees:\n  - name: Rana Haddad\n    lang: \"" + tag + "\"\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ar", "he", "yue", "en-US", "es-419", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901",
            "en-US-u-ca-gregory", "ar-EG-x-clerk"})
    void acceptsWellFormedTags(String tag) throws Exception {
        assertThat(ModelReader.parseMeeting("m.yaml", meeting(tag)).value().attendees().get(0).lang()).isEqualTo(tag);
        assertThat(new Attendee("Rana Haddad", tag, null, null, null, null).lang()).isEqualTo(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "english", "e", "es-", "en--US", "en-a", "en-US-US", "x-clerk", "12", "ar EG"})
    void rejectsMalformedTagsWithOneMessage(String tag) {
        assertThatThrownBy(() -> ModelReader.parseMeeting("m.yaml", meeting(tag))).isInstanceOf(InputException.class)
                .hasMessage("m.yaml:4:11: attendees[0].lang: '" + tag + "' is not a language tag such as en-US");
        assertThatThrownBy(() -> new Attendee("Rana Haddad", tag, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lang: '" + tag + "' is not a language tag such as en-US");
    }
}
