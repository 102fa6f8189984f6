package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "fr-CA", "zh-Hant-TW", "es-419", "ar-EG"})
    void acceptsWellFormedTags(String tag) {
        assertThat(Language.of(tag).tag()).isEqualToIgnoringCase(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "english", "e", "en_US", "xx", "fr--CA", "123"})
    void refusesInvalidTagsWithAClearMessage(String tag) {
        assertThatThrownBy(() -> Language.of(tag))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("language")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("language"));
    }

    @Test
    void knowsWhichLanguagesAreWrittenRightToLeft() {
        assertThat(Language.of("ar").isRightToLeft()).isTrue();
        assertThat(Language.of("ar-MA").isRightToLeft()).isTrue();
        assertThat(Language.of("fr").isRightToLeft()).isFalse();
    }

    @Test
    void canonicalCase() {
        assertThat(Language.of("FR-ca").tag()).isEqualTo("fr-CA");
    }
}
