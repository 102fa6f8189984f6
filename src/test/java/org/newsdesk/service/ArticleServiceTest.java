package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.testing.TestLibrary;

class ArticleServiceTest {
    @TempDir
    Path dir;
    Library library;
    ArticleService articles;

    @BeforeEach
    void open() {
        library = TestLibrary.open(dir.resolve("lib.newsdesk"));
        articles = library.articles();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Article create(String headline, String lang, String body, String... tags) {
        return articles.create(Article.draft(headline, Language.of(lang), Instant.EPOCH)
                .withBody(Document.ofPlainText(body)).withTags(List.of(tags)));
    }

    @Test
    void createdArticleReadsBackExactlyWithVersionOneAndARevision() {
        Article created = create("Heritage classrooms open", "en", "Forty schools.\n\nSix countries.", "Education");
        Article read = articles.get(created.id());
        assertThat(read).isEqualTo(created);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.slug()).isEqualTo("heritage-classrooms-open");
        assertThat(read.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.revisions(created.id())).extracting(RevisionInfo::author).containsExactly("Test Writer");
        assertThat(articles.statusHistory(created.id())).singleElement()
                .satisfies(s -> assertThat(s.to()).isEqualTo(ArticleStatus.DRAFT));
    }

    @Test
    void savingAStaleCopyIsAConflictAndChangesNothing() {
        Article original = create("Original", "en", "Body.");
        Article mine = original.withHeadline("Mine");
        Article theirs = articles.save(original.withHeadline("Theirs"), "their edit");
        assertThatThrownBy(() -> articles.autosave(mine)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed elsewhere");
        assertThatThrownBy(() -> articles.save(mine, "x")).isInstanceOf(ConflictException.class);
        assertThat(articles.get(original.id())).isEqualTo(theirs);
        assertThat(articles.revisions(original.id())).hasSize(2);
    }

    @Test
    void autosaveStoresWithoutRevisionAndSaveRecordsOne() {
        Article a = create("Draft", "en", "One.");
        Article autosaved = articles.autosave(a.withBody(Document.ofPlainText("One. Two.")));
        assertThat(autosaved.version()).isEqualTo(2);
        assertThat(articles.revisions(a.id())).hasSize(1);
        Article saved = articles.save(autosaved.withHeadline("Final draft"), "ready");
        assertThat(articles.revisions(a.id())).hasSize(2).last()
                .satisfies(r -> assertThat(r.note()).isEqualTo("ready"));
        assertThat(articles.revision(a.id(), 2).snapshot()).isEqualTo(saved);
        assertThat(articles.revision(a.id(), 1).snapshot().headline()).isEqualTo("Draft");
    }

    @Test
    void slugIsUniquePerLanguageAndFollowsTheHeadlineWhileDraft() {
        Article en1 = create("Festival news", "en", "");
        Article en2 = create("Festival news", "en", "");
        Article fr = create("Festival news", "fr", "");
        assertThat(List.of(en1.slug(), en2.slug(), fr.slug()))
                .containsExactly("festival-news", "festival-news-2", "festival-news");
        Article renamed = articles.autosave(en2.withHeadline("Festival programme"));
        assertThat(renamed.slug()).isEqualTo("festival-programme");
    }

    @Test
    void tagsAreCaseInsensitiveUniqueAndKeepTheirFirstSpelling() {
        Article a = create("One", "en", "", "Education");
        Article b = create("Two", "en", "", "education", "Arts");
        assertThat(b.tags()).containsExactly("Arts", "Education");
        Article tagged = articles.tag(a.id(), List.of("ARTS", "Heritage"), List.of("EDUCATION"));
        assertThat(tagged.tags()).containsExactly("Arts", "Heritage");
        assertThat(articles.tags()).extracting(t -> t.name() + "=" + t.articles())
                .containsExactly("Arts=2", "Education=1", "Heritage=1");
    }

    @Test
    void searchFindsPrefixesIgnoresDiacriticsAndWorksInArabicAndFrench() {
        Article en = create("Heritage classrooms", "en", "Education for pupils in forty schools.");
        Article fr = create("Festival à Tánger", "fr", "Les traducteurs se réunissent à Tánger en été.");
        Article ar = create("رقمنة المخطوطات", "ar", "أعلن المجلس الدولي للثقافة والتعليم اليوم في عمّان.");
        assertThat(ids("edu")).containsExactly(en.id().toString());
        assertThat(ids("Tanger")).containsExactly(fr.id().toString());
        assertThat(ids("ete")).containsExactly(fr.id().toString());
        assertThat(ids("المخطوطات")).containsExactly(ar.id().toString());
        assertThat(ids("المجلس الدولي")).containsExactly(ar.id().toString());
        assertThat(ids("\"forty schools\"")).containsExactly(en.id().toString());
        assertThat(ids("\"schools forty\"")).isEmpty();
    }

    @Test
    void searchRanksHeadlineMatchesFirstAndHighlightsTheWords() {
        Article body = create("Annual report", "en", "The budget mentions the festival once among many other words.");
        Article head = create("Festival opens", "en", "Music and theatre.");
        var hits = articles.search(org.newsdesk.model.ArticleFilter.text("festival"));
        assertThat(hits).extracting(h -> h.article().id()).containsExactly(head.id(), body.id());
        assertThat(hits.get(1).snippet("[", "]")).contains("[festival]");
    }

    @Test
    void searchCombinesWithStatusTagLanguageAndDateFilters() {
        Article a = articles.autosave(create("Culture week", "en", "Culture everywhere.", "Culture")
                .withDate(LocalDate.of(2026, 5, 1)));
        create("Culture day", "fr", "Culture partout.", "Culture");
        create("Culture night", "en", "Culture at night.", "Night");
        var filter = org.newsdesk.model.ArticleFilter.text("culture").withTag("culture")
                .withLanguage(Language.of("en")).withStatus(ArticleStatus.DRAFT)
                .withDates(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
        assertThat(articles.search(filter)).extracting(h -> h.article().id()).containsExactly(a.id());
        assertThat(articles.search(filter.withDates(LocalDate.of(2026, 6, 1), null))).isEmpty();
    }

    @Test
    void aTagFilterKeepsExactTagsAndSnippetsFromTheText() {
        Article culture = create("Open doors week", "en", "The heritage schools open their doors.", "Culture");
        create("Heritage policy", "en", "Heritage laws change.", "Culture policy");
        create("Heritage night", "en", "Heritage at night.", "Night");
        for (var order : org.newsdesk.model.SearchOrder.values()) {
            var hits = articles.search(org.newsdesk.model.ArticleFilter.text("heritage").withTag("culture")
                    .withOrder(order));
            assertThat(hits).as(order.name()).extracting(h -> h.article().id()).containsExactly(culture.id());
            assertThat(hits.get(0).snippet("[", "]")).as(order.name()).contains("[heritage]").doesNotContain("Culture");
        }
        assertThat(articles.search(org.newsdesk.model.ArticleFilter.text("heritage").withTag("?!")))
                .as("a tag without words narrows nothing and matches no article").isEmpty();
    }

    @Test
    void newestFirstOrdersByLastChange() {
        Article first = create("Alpha news", "en", "");
        Article second = create("Beta news", "en", "");
        articles.autosave(first.withStandfirst("touched"));
        var hits = articles.search(org.newsdesk.model.ArticleFilter.text("news")
                .withOrder(org.newsdesk.model.SearchOrder.NEWEST));
        assertThat(hits).extracting(h -> h.article().id()).containsExactly(first.id(), second.id());
    }

    @Test
    void trashedArticlesLeaveListsAndSearchAndComeBackOnRestore() {
        Article a = create("Trash me", "en", "Unique wording zebra.");
        articles.trash(a.id());
        assertThat(ids("zebra")).isEmpty();
        assertThat(articles.trashed()).extracting(s -> s.id()).containsExactly(a.id());
        articles.restore(a.id());
        assertThat(ids("zebra")).containsExactly(a.id().toString());
        articles.trash(a.id());
        assertThat(articles.emptyTrash()).isEqualTo(1);
        assertThat(library.check()).isEmpty();
    }

    @Test
    void aFreshLibraryPassesTheIntegrityCheck() {
        create("One", "en", "Body", "Tag");
        assertThat(library.check()).isEmpty();
    }

    @Test
    void bodyFormattingSurvivesStorage() {
        Document body = Document.of(Block.heading(2, "Programme"), Block.bullet(0, "One"), Block.bullet(1, "Nested"),
                Block.quote("Quoted"), Block.numbered(0, "First"));
        Article a = articles.create(Article.draft("Doc", Language.ENGLISH, Instant.EPOCH).withBody(body));
        assertThat(articles.get(a.id()).body()).isEqualTo(body);
    }

    private List<String> ids(String query) {
        return articles.search(org.newsdesk.model.ArticleFilter.text(query)).stream()
                .map(h -> h.article().id().toString()).toList();
    }
}
