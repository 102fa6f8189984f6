package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.Language;
import org.newsdesk.model.Revision;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.model.TranslationState;
import org.newsdesk.store.Migrations;
import org.newsdesk.testing.TestLibrary;

/**
 * A library made by the release before format 6 (library-v5.newsdesk, written with that release's command line: an
 * English article edited and submitted, with a comment; its French translation, edited; an Arabic article; two
 * dictionary words; an agreed name in English and Arabic) upgrades in place, and sync, translations, spelling and
 * names keep working on the rebuilt tables: packed bodies, revisions sharing the article row, the contentless index.
 */
class PreviousReleaseLibraryTest {
    private static final UUID EN = UUID.fromString("c80c5a83-f90d-4149-93d0-d8151f24754c");
    private static final UUID FR = UUID.fromString("856dc41d-1b08-4035-a905-6670ca31acb6");
    private static final UUID AR = UUID.fromString("343c14a8-132d-4d19-82a6-50402a1ffe5a");

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyTheOldLibrary() throws Exception {
        file = dir.resolve("library.newsdesk");
        try (InputStream in = getClass().getResourceAsStream("/org/newsdesk/store/library-v5.newsdesk")) {
            Files.copy(in, file);
        }
        assertThat(sql("PRAGMA user_version")).isEqualTo("5");
    }

    @Test
    void translationsSpellingAndNamesSurviveTheUpgradeAndKeepWorking() {
        try (Library library = TestLibrary.open(file)) {
            assertThat(sql("PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.latestVersion()));
            ArticleService articles = library.articles();
            assertThat(articles.get(EN).status()).isEqualTo(ArticleStatus.IN_REVIEW);
            assertThat(articles.get(FR).body().plainText()).contains("la restauration des manuscrits");
            assertThat(articles.revisionsWithSnapshots(FR)).extracting(Revision::note)
                    .containsExactly("Translated from en", "Traduit");
            assertThat(articles.revision(FR, 1).snapshot().headline()).isEqualTo("ICESCO and Azerbaijan agree to protect manuscripts");

            // the translation set and its per-block links came through
            List<TranslationMember> set = library.translations().set(EN).present();
            assertThat(set).extracting(TranslationMember::articleId).containsExactlyInAnyOrder(EN, FR);
            assertThat(set).filteredOn(m -> m.articleId().equals(FR)).singleElement()
                    .satisfies(m -> assertThat(m.state()).isEqualTo(TranslationState.UP_TO_DATE));

            // spelling dictionary and agreed names
            assertThat(library.spelling().dictionary()).contains(new DictionaryWord("en", "AlMalik"),
                    new DictionaryWord("en", "ICESCO"));
            assertThat(library.names().list()).singleElement()
                    .satisfies(n -> assertThat(n.spellings()).hasSize(2));

            // search on the re-built index, in each language, filters included
            assertThat(articles.search(ArticleFilter.text("manuscrits"))).extracting(h -> h.article().id())
                    .containsExactly(FR);
            assertThat(articles.search(ArticleFilter.text("مخطوطات"))).extracting(h -> h.article().id())
                    .containsExactly(AR);
            assertThat(articles.search(ArticleFilter.text("manus").withLanguage(Language.of("en"))))
                    .extracting(h -> h.article().id()).containsExactly(EN);

            // unlinking moves the French article out of its set: its last revision shared the row and keeps its text
            library.translations().unlink(FR);
            assertThat(library.translations().set(FR).present()).extracting(TranslationMember::articleId)
                    .containsExactly(FR);
            assertThat(articles.revision(FR, 2).snapshot().headline())
                    .isEqualTo("L’ICESCO et l’Azerbaïdjan protègent les manuscrits");
            library.translations().link(EN, List.of(FR));
            assertThat(library.translations().set(EN).present()).hasSize(2);
            assertThat(sql("SELECT count(*) FROM revision WHERE article_id = '" + FR + "' AND snapshot IS NULL"))
                    .as("no revision shares a row that changed").isEqualTo("0");
        }
    }

    @Test
    void aTeamLibraryKeepsItsOutboxTriggersAndTheUpgradeQueuesNothingToPush() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE sync_control SET team = 1");
        }
        try (Library library = TestLibrary.open(file)) {
            assertThat(sql("SELECT count(*) FROM sync_outbox")).as("the upgrade is not a change to push").isEqualTo("0");
            assertThat(triggers()).contains("sync_article_added", "sync_article_changed", "sync_revision_added",
                    "sync_asset_added", "sync_step_added", "sync_comment_added", "sync_comment_state");

            Article ar = library.articles().get(AR);
            library.articles().save(ar.withHeadline("الإيسيسكو وأذربيجان تحميان المخطوطات النادرة"), "Headline");
            Article created = library.articles().create(Article.draft("New", Language.of("en"), ar.createdAt()));
            assertThat(outbox()).contains("article " + AR, "revision " + AR + "/2", "article " + created.id(),
                    "revision " + created.id() + "/1");
        }
    }

    @Test
    void aBackupOfTheUpgradedLibraryIsCheckedAndRestorable() {
        try (Library library = TestLibrary.open(file)) {
            library.articles().save(library.articles().get(EN).withStandfirst("A meeting in Baku."), "Standfirst");
        }
        BackupService backups = new BackupService(java.time.Clock.systemUTC());
        BackupService.Backup backup = backups.backup(file, dir.resolve("copy.newsdesk"), p -> { });
        assertThat(backup.articles()).isEqualTo(3);
        backups.restore(backup.file(), file);
        try (Library library = TestLibrary.open(file)) {
            assertThat(library.articles().get(EN).standfirst()).isEqualTo("A meeting in Baku.");
            assertThat(library.articles().search(ArticleFilter.text("baku"))).extracting(h -> h.article().id())
                    .containsExactly(EN);
        }
    }

    private String sql(String query) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> triggers() throws Exception {
        return rows("SELECT name FROM sqlite_master WHERE type = 'trigger'");
    }

    private List<String> outbox() throws Exception {
        return rows("SELECT kind || ' ' || key FROM sync_outbox");
    }

    private List<String> rows(String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
