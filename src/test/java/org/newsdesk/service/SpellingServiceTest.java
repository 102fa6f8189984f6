package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameSpelling;
import org.newsdesk.model.PlacedText;
import org.newsdesk.model.TextPlace;
import org.newsdesk.testing.SharedSpellers;
import org.newsdesk.testing.TestLibrary;

class SpellingServiceTest {
    @TempDir
    Path dir;
    private Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.newsdesk"), new TestLibrary.TickingClock(Instant.EPOCH),
                () -> new org.newsdesk.model.User("Eva", org.newsdesk.model.Role.EDITOR), SharedSpellers.get());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static List<String> words(List<Mistake> mistakes) {
        return mistakes.stream().map(Mistake::word).toList();
    }

    @Test
    void mistakesAreFoundInHeadlineStandfirstAndBodyWithTheirPlace() {
        Article a = Article.draft("Minister recieves delegation", Language.ENGLISH, Instant.EPOCH)
                .withStandfirst("A visit to the capitol of culture, with speechs.")
                .withBody(Document.of(Block.paragraph("All well here."), Block.paragraph("The comittee met.")));
        List<Mistake> found = library.spelling().check(a);
        assertThat(words(found)).containsExactly("recieves", "speechs", "comittee");
        Mistake last = found.get(2);
        assertThat(last.place()).isEqualTo(TextPlace.body(1));
        assertThat("The comittee met.".substring(last.start(), last.end())).isEqualTo("comittee");
        assertThat(last.suggestions()).contains("committee").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void wordsAddedToTheLibraryDictionaryAreNoLongerFlaggedForAnyone() {
        Article a = Article.draft("Karimov visits ICESCO", Language.ENGLISH, Instant.EPOCH);
        assertThat(words(library.spelling().check(a))).containsExactly("Karimov", "ICESCO");
        assertThat(library.spelling().addWords(List.of("Karimov", "ICESCO"), Language.ENGLISH)).isEqualTo(2);
        assertThat(library.spelling().check(a)).isEmpty();
        // the dictionary is per language: the same word in a French article is still checked
        assertThat(words(library.spelling().check(a.withLanguage(Language.of("fr")).withHeadline("Karimov arrive"))))
                .containsExactly("Karimov");
        assertThat(library.spelling().removeWords(List.of("Karimov"), Language.ENGLISH)).isEqualTo(1);
        assertThat(words(library.spelling().check(a))).containsExactly("Karimov");
    }

    @Test
    void aSessionChecksOnlyTheParagraphThatChangedAndAppliesNewWordsWithoutChecking() {
        List<PlacedText> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            texts.add(new PlacedText(TextPlace.body(i), "Paragraph " + i + " says the comittee met again.", "en"));
        }
        SpellingSession session = library.spelling().session();
        assertThat(session.check(texts)).hasSize(30);
        assertThat(session.checkedLast()).isEqualTo(30);

        texts.set(7, new PlacedText(TextPlace.body(7), "Paragraph 7 says the committee met again.", "en"));
        List<Mistake> after = session.check(texts);
        assertThat(session.checkedLast()).isEqualTo(1);
        assertThat(after).hasSize(29).noneMatch(m -> m.place().equals(TextPlace.body(7)));

        library.spelling().addWords(List.of("comittee"), Language.ENGLISH);
        session.update(library.spelling().context());
        assertThat(session.check(texts)).isEmpty();
        assertThat(session.checkedLast()).isZero();
    }

    @Test
    void anEditorSessionLeavesSuggestionsUntilTheyAreAskedFor() {
        List<PlacedText> texts = List.of(new PlacedText(TextPlace.HEADLINE, "The comittee met", "en"));
        SpellingSession session = library.spelling().session();

        Mistake flagged = session.check(texts).get(0);

        assertThat(flagged.word()).isEqualTo("comittee");
        assertThat(flagged.suggestions()).isEmpty();
        assertThat(session.suggest("comittee", "en")).contains("committee").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void ignoredWordsStayIgnoredInTheSessionOnly() {
        List<PlacedText> texts = List.of(new PlacedText(TextPlace.HEADLINE, "Tashkent hosts Samarkandia", "en"));
        SpellingSession session = library.spelling().session();
        session.ignore("Samarkandia");
        assertThat(words(session.check(texts))).doesNotContain("Samarkandia");
        assertThat(words(library.spelling().session().check(texts))).contains("Samarkandia");
    }

    @Test
    void eachParagraphIsCheckedInItsOwnScriptsLanguage() {
        Article english = Article.draft("Visit", Language.ENGLISH, Instant.EPOCH).withBody(Document.of(
                Block.paragraph("The comittee met."), Block.paragraph("أكد المدير على أهمية التعاون الثقافى.")));
        List<Mistake> found = library.spelling().check(english);
        assertThat(found).extracting(Mistake::word).containsExactly("comittee", "الثقافى");
        assertThat(found).extracting(Mistake::language).containsExactly("en", "ar");

        Article french = Article.draft("Le comité a recu la délégation", Language.of("fr"), Instant.EPOCH);
        assertThat(library.spelling().check(french)).extracting(Mistake::word).containsExactly("recu");
    }

    @Test
    void agreedNamesAreNotSpellingMistakesButTheirVariantsAreFlagged() {
        library.names().add(new NameSpelling("en", "Salim M. AlMalik", List.of("Salem Al Malik")), NameKind.PERSON, null);
        Article a = Article.draft("Salim M. AlMalik opens the forum", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("Salem Al Malik thanked the hosts.")));
        List<Mistake> found = library.spelling().check(a);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Mistake.Kind.NAME);
        assertThat(found.get(0).word()).isEqualTo("Salem Al Malik");
        assertThat(found.get(0).suggestions()).containsExactly("Salim M. AlMalik");
    }

    @Test
    void grammarAndStyleRulesAreOffUntilTheLibrarySwitchesThemOn() {
        Article a = Article.draft("He go to the meeting every day", Language.ENGLISH, Instant.EPOCH);
        assertThat(library.spelling().check(a)).isEmpty();
        library.settings().set(SettingsService.Setting.SPELLING_GRAMMAR, "on");
        assertThat(library.spelling().grammarEnabled()).isTrue();
        List<Mistake> found = library.spelling().check(a);
        assertThat(found).isNotEmpty().allMatch(m -> m.kind() == Mistake.Kind.GRAMMAR);
        assertThat(found.get(0).word()).isEqualTo("go");
    }
}
