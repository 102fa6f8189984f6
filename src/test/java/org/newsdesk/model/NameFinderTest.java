package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    private static final AgreedName DG = new AgreedName(1, NameKind.PERSON, List.of(
            new NameSpelling("en", "Salim M. AlMalik", List.of("Salem Al Malik")),
            new NameSpelling("fr", "Salim M. AlMalik", List.of()),
            new NameSpelling("ar", "سالم بن محمد المالك", List.of("سالم المالكي"))));
    private static final AgreedName ICESCO = new AgreedName(2, NameKind.ORGANISATION, List.of(
            new NameSpelling("en", "ICESCO", List.of("ISESCO")),
            new NameSpelling("ar", "الإيسيسكو", List.of())));
    private final NameFinder finder = new NameFinder(List.of(DG, ICESCO));

    private List<String> problems(String text, String lang) {
        return finder.problems(text, lang).stream().map(NameFinder.Hit::found).toList();
    }

    @Test
    void agreedSpellingsAreNotFlagged() {
        assertThat(problems("Salim M. AlMalik, Director-General of ICESCO, spoke.", "en")).isEmpty();
    }

    @Test
    void aKnownVariantIsFlaggedWithTheAgreedSpelling() {
        List<NameFinder.Hit> hits = finder.problems("The speech by Salem Al Malik and ISESCO staff.", "en");
        assertThat(hits).extracting(NameFinder.Hit::found).containsExactly("Salem Al Malik", "ISESCO");
        assertThat(hits).extracting(NameFinder.Hit::type).containsOnly(NameFinder.Type.VARIANT);
        assertThat(hits.get(0).agreed()).isEqualTo("Salim M. AlMalik");
        assertThat(hits.get(0).start()).isEqualTo("The speech by ".length());
    }

    @Test
    void nearMissesAreFlaggedButOrdinaryWordsAreNot() {
        assertThat(problems("Salim M. AlMalick met the minister.", "en")).containsExactly("Salim M. AlMalick");
        assertThat(problems("Salim AlMalik met the minister.", "en")).containsExactly("Salim AlMalik");
        // lower-case running text is not a name, and a far-away word is not close enough
        assertThat(problems("the salim m. almalick and the Sultan of Malaka", "en")).isEmpty();
    }

    @Test
    void arabicVariantsAndVowelMarksAreHandled() {
        assertThat(problems("وقال سالم بن محمد المالك إن الإيسيسكو تعمل", "ar")).isEmpty();
        assertThat(problems("وقال سالمُ بنُ محمدٍ المالكُ", "ar")).isEmpty(); // vowel marks change nothing
        assertThat(problems("وقال سالم المالكي إن", "ar")).containsExactly("سالم المالكي");
    }

    @Test
    void aFrenchTextMayUseTheEnglishSpellingOfAName() {
        assertThat(problems("Le directeur général de l’ICESCO, Salim M. AlMalik, a déclaré", "fr")).isEmpty();
    }

    @Test
    void namesAreOfferedFromTheThirdLetterInTheTypingLanguage() {
        assertThat(finder.offers("Sa", "en")).isEmpty();
        assertThat(finder.offers("Sal", "en")).containsExactly("Salim M. AlMalik");
        assertThat(finder.offers("alma", "en")).containsExactly("Salim M. AlMalik");
        assertThat(finder.offers("ices", "en")).containsExactly("ICESCO");
        assertThat(finder.offers("سال", "ar")).containsExactly("سالم بن محمد المالك");
        assertThat(finder.offers("xyz", "en")).isEmpty();
    }

    @Test
    void wordsOfAgreedNamesCountAsSpeltRight() {
        assertThat(finder.isAgreedWord("AlMalik")).isTrue();
        assertThat(finder.isAgreedWord("ICESCO")).isTrue();
        assertThat(finder.isAgreedWord("ISESCO")).isFalse();
    }
}
