package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.SearchOrder;
import org.newsdesk.testing.TestLibrary;

/**
 * Searching as a new user types, through the real store: the five Arabic searches of issue 13 that found nothing,
 * letter by letter, with the original words marked in the snippet; French elisions; filters on top.
 */
class ArabicAndFrenchSearchTest {
    private static final String ARABIC_BODY = "أكّد المدير العامّ للإيسيسكو، الدكتور أحمد، خلال لقائه بوزير الثقافة"
            + " الأذربيجاني، أهمية حماية المخطوطات في العالم الإسلامي وترميمها.";

    @TempDir
    Path dir;
    Library library;
    ArticleService articles;
    Article arabic;
    Article otherArabic;
    Article english;
    Article french;

    @BeforeEach
    void open() {
        library = TestLibrary.open(dir.resolve("lib.newsdesk"));
        articles = library.articles();
        arabic = create("الإيسيسكو تدعم صون التراث", "ar", ARABIC_BODY);
        otherArabic = create("مهرجان الموسيقى في الرباط", "ar", "افتتح المهرجان أمس بحضور جمهور كبير من الشباب.");
        english = create("Heritage classrooms", "en", "Ahmed and the manuscripts of the Islamic world.");
        french = create("L’éducation pour tous", "fr", "L’Organisation a présenté aujourd’hui son programme d’éducation.");
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Article create(String headline, String lang, String body) {
        return articles.create(Article.draft(headline, Language.of(lang), Instant.EPOCH)
                .withBody(Document.ofPlainText(body)));
    }

    /** The issue's five searches, and every prefix of two letters or more on the way to them. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({"احمد, أحمد", "مخطوطات, المخطوطات", "اكد, أكّد", "ثقافه, الثقافة", "اسلامي, الإسلامي"})
    void theIssuesSearchesFindTheArticleAsTheyAreTyped(String typed, String written) {
        for (int n = 2; n <= typed.length(); n++) {
            String soFar = typed.substring(0, n);
            List<SearchHit> hits = articles.search(ArticleFilter.text(soFar));
            assertThat(hits).as("typing \"%s\"", soFar).extracting(h -> h.article().id()).containsExactly(arabic.id());
        }
        SearchHit hit = articles.search(ArticleFilter.text(typed)).get(0);
        assertThat(hit.snippet("[", "]")).as("the original word, marked").contains("[" + written)
                .doesNotContain("[" + typed + "]");
    }

    @Test
    void theWholeAttachedWordIsMarkedWithItsShaddaInTheSnippet() {
        SearchHit hit = articles.search(ArticleFilter.text("اكد")).get(0);
        assertThat(hit.snippet("[", "]")).startsWith("[أكّد] المدير العامّ للإيسيسكو");
        SearchHit both = articles.search(ArticleFilter.text("مدير ثقافه")).get(0);
        assertThat(both.snippet("[", "]")).contains("[المدير]").contains("[الثقافة]");
    }

    @Test
    void aHamzaOnItsCarrierIsMarkedAsTheIndexKeepsIt() {
        // the index keeps ؤ and ئ as written (only alef's hamza forms are normalised): the snippet must agree,
        // marking المسؤول for "مسؤ" but not مسودة, which FTS5 does not match either
        Article memo = create("مذكرة", "ar", "قدّم المسؤول مسودة التقرير إلى اللجنة.");
        List<SearchHit> hits = articles.search(ArticleFilter.text("مسؤ"));
        assertThat(hits).extracting(h -> h.article().id()).containsExactly(memo.id());
        assertThat(hits.get(0).snippet("[", "]")).contains("[المسؤول]").doesNotContain("[مسودة]");
    }

    @Test
    void aPhraseFindsTheWordsInARowWhateverTheirArticle() {
        assertThat(articles.search(ArticleFilter.text("\"وزير الثقافه\""))).isEmpty(); // بوزير: ب is not stemmed
        assertThat(articles.search(ArticleFilter.text("\"المدير العام\""))).extracting(h -> h.article().id())
                .containsExactly(arabic.id());
        assertThat(articles.search(ArticleFilter.text("\"مدير عام\""))).extracting(h -> h.article().id())
                .containsExactly(arabic.id());
        assertThat(articles.search(ArticleFilter.text("\"العام المدير\""))).isEmpty();
    }

    @Test
    void differentWordsDoNotMatch() {
        assertThat(articles.search(ArticleFilter.text("سلام"))).isEmpty(); // not الإسلامي
        assertThat(articles.search(ArticleFilter.text("وزارة"))).isEmpty(); // not بوزير
        assertThat(articles.search(ArticleFilter.text("مهرجان"))).extracting(h -> h.article().id())
                .containsExactly(otherArabic.id());
    }

    @Test
    void frenchElisionsAndTypographicApostrophesNeverStopAMatch() {
        for (String typed : List.of("education", "éducation", "l’éducation", "l'education", "educ", "organisation",
                "aujourd")) {
            assertThat(articles.search(ArticleFilter.text(typed))).as(typed).extracting(h -> h.article().id())
                    .contains(french.id());
        }
        SearchHit hit = articles.search(ArticleFilter.text("education")).get(0);
        assertThat(hit.snippet("[", "]")).contains("d’[éducation]");
    }

    @Test
    void filtersStillApplyAndTheTrashStaysOut() {
        ArticleFilter ahmed = ArticleFilter.text("احمد");
        assertThat(articles.search(ahmed.withLanguage(Language.of("en")))).isEmpty();
        assertThat(articles.search(ahmed.withLanguage(Language.of("ar")))).hasSize(1);
        assertThat(articles.search(ahmed.withStatus(ArticleStatus.PUBLISHED))).isEmpty();
        assertThat(articles.search(ahmed.withStatus(ArticleStatus.DRAFT).withOrder(SearchOrder.NEWEST))).hasSize(1);
        articles.trash(arabic.id());
        assertThat(articles.search(ahmed)).isEmpty();
        articles.restore(arabic.id());
        assertThat(articles.search(ahmed)).hasSize(1);
    }

    @Test
    void aRegionalLanguageTagPassesItsLanguagesFilter() {
        Article canadian = create("Rentrée scolaire", "fr-CA", "Les écoles rouvrent.");
        assertThat(articles.search(ArticleFilter.text("ecoles").withLanguage(Language.of("fr"))))
                .extracting(h -> h.article().id()).containsExactly(canadian.id());
        assertThat(articles.search(ArticleFilter.text("").withLanguage(Language.of("fr-CA"))))
                .extracting(h -> h.article().id()).containsExactly(canadian.id());
        assertThat(articles.search(ArticleFilter.text("").withLanguage(Language.of("fr")))).hasSize(2);
    }

    @Test
    void anEditedArticleIsFoundByItsNewWordsOnly() {
        Article edited = articles.save(articles.get(otherArabic.id())
                .withBody(Document.ofPlainText("أعلنت وزارة التربية عن برنامج جديد.")), "Rewrite");
        assertThat(articles.search(ArticleFilter.text("مهرجان"))).extracting(h -> h.article().id())
                .containsExactly(edited.id()); // still in its headline
        assertThat(articles.search(ArticleFilter.text("جمهور"))).isEmpty();
        assertThat(articles.search(ArticleFilter.text("تربيه"))).extracting(h -> h.article().id())
                .containsExactly(edited.id());
    }
}
