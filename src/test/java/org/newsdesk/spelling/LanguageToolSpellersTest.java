package org.newsdesk.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.SharedSpellers;

class LanguageToolSpellersTest {
    private final LanguageToolSpellers spellers = SharedSpellers.get();

    private List<String> misspelt(String text, String lang) {
        return spellers.misspelt(text, lang).stream().map(WordSpan::word).toList();
    }

    @Test
    void englishMistakesAreFoundWithTheirPlaceAndSuggestions() {
        String text = "The Director-General recieved the delegation's visit at https://example.org/page on 12 May.";
        List<WordSpan> found = spellers.misspelt(text, "en");
        assertThat(found).extracting(WordSpan::word).containsExactly("recieved");
        WordSpan w = found.get(0);
        assertThat(text.substring(w.start(), w.end())).isEqualTo("recieved");
        assertThat(spellers.suggest("recieved", "en", 5)).startsWith("received").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void frenchElisionsAndTypographicApostrophesAreCheckedWithoutTheArticle() {
        assertThat(misspelt("L’organisation a recu la délégation d'experts et l'éducation.", "fr"))
                .containsExactly("recu");
        assertThat(spellers.suggest("recu", "fr", 5)).contains("reçu");
    }

    @Test
    void arabicWordsAreCheckedWithAndWithoutVowelMarks() {
        String text = "أكّد المدير العامّ على أهمية التعاون الثقافى مع المنظمات الدولية.";
        List<WordSpan> found = spellers.misspelt(text, "ar");
        assertThat(found).extracting(WordSpan::word).containsExactly("الثقافى");
        assertThat(spellers.suggest("الثقافى", "ar", 5)).contains("الثقافي");
    }

    @Test
    void languagesWithoutADictionaryAreNotChecked() {
        assertThat(spellers.supports("es")).isFalse();
        assertThat(spellers.misspelt("Esto es un textto", "es")).isEmpty();
        assertThat(spellers.supports("fr-CA")).isTrue();
    }
}
