package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Revision;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.SearchHit;

/**
 * A library made by a release before format 6 (library-v2.newsdesk, format 2: made with that release's command line: three
 * articles in Arabic, French and English imported from Markdown, one with a picture, tagged, edited, submitted,
 * commented) upgrades in place: every text, revision, step, comment and picture is still there, Arabic search works,
 * the integrity check passes, and the upgrade reported its progress.
 */
class SearchAndStorageMigrationTest {
    private static final UUID AR = UUID.fromString("f2c773a9-0e8b-45f3-b1e8-064069b9bed2");
    private static final UUID FR = UUID.fromString("38618172-a242-458c-b49e-02161918924e");
    private static final UUID EN = UUID.fromString("d3139f9f-c263-4081-bb86-83fa5a04cb3d");
    private static final String PICTURE = "a3528f2df14fb4aa33f9891688e29b3e221317a7a9a6c0ba493b0e2fd593de82";

    @TempDir
    Path dir;
    Path file;
    final JsonCodec json = new JsonCodec();

    @BeforeEach
    void copyTheOldLibrary() throws Exception {
        file = dir.resolve("library.newsdesk");
        try (InputStream in = getClass().getResourceAsStream("library-v2.newsdesk")) {
            Files.copy(in, file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrations.userVersion(c)).isEqualTo(2);
        }
    }

    @Test
    void everythingSurvivesAndArabicSearchWorksAfterTheUpgrade() throws Exception {
        List<String> before = facts();
        List<long[]> reports = new ArrayList<>();
        List<Message> phases = new ArrayList<>();
        try (Database db = new LibraryOpener().open(file, (phase, done, total) -> {
            phases.add(phase);
            reports.add(new long[] {done, total});
        })) {
            ArticleStore articles = new ArticleStore(json);
            RevisionStore revisions = new RevisionStore(json);
            db.read(c -> {
                Article ar = articles.get(c, AR);
                assertThat(ar.headline()).isEqualTo("أكّد المدير العامّ للإيسيسكو دعم المخطوطات الإسلامية");
                assertThat(ar.tags()).containsExactly("Culture", "Manuscripts");
                assertThat(ar.body().imageAssetIds()).containsExactly(PICTURE);
                assertThat(articles.get(c, FR).status()).isEqualTo(ArticleStatus.IN_REVIEW);
                assertThat(articles.get(c, EN).standfirst()).isEqualTo("Forty schools open heritage classrooms this autumn.");
                // every revision keeps its own text; the last one of the Arabic article now shares its row
                List<Revision> arRevisions = revisions.all(c, AR);
                assertThat(arRevisions).extracting(Revision::note).containsExactly("Imported", "Tags +Culture +Manuscripts",
                        "Headline");
                assertThat(arRevisions.get(0).snapshot().headline()).isEqualTo("أكّد المدير العامّ للإيسيسكو دعم المخطوطات");
                assertThat(arRevisions.get(0).snapshot().tags()).isEmpty();
                assertThat(arRevisions.get(2).snapshot()).isEqualTo(ar);
                assertThat(revisions.list(c, EN)).extracting(RevisionInfo::number).containsExactly(1, 2, 3);
                assertThat(new StatusHistoryStore().list(c, EN)).hasSize(2);
                assertThat(new CommentStore().list(c, AR)).singleElement()
                        .satisfies(x -> assertThat(x.quote()).isEqualTo("بوزير الثقافة"));
                byte[] png = new AssetStore().bytes(c, PICTURE).orElseThrow();
                assertThat(HexFormat.of().formatHex(sha256(png))).isEqualTo(PICTURE);
                assertThat(new IntegrityCheck(json).run(c)).isEmpty();
                List<SearchHit> hits = articles.search(c, ArticleFilter.text("مخطوطات"));
                assertThat(hits).extracting(h -> h.article().id()).containsExactly(AR);
                assertThat(articles.search(c, ArticleFilter.text("education").withTag("culture")))
                        .extracting(h -> h.article().id()).containsExactly(FR);
                assertThat(articles.search(c, ArticleFilter.text("").withStatus(ArticleStatus.IN_REVIEW)))
                        .extracting(h -> h.article().id()).containsExactlyInAnyOrder(FR, EN);
                return null;
            });
            try (Statement st = rawConnection(db).createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM revision WHERE snapshot IS NULL")) {
                assertThat(rs.getInt(1)).as("the Arabic article's last revision shares its row").isEqualTo(1);
            }
        }
        assertThat(phases).contains(SearchAndStorageMigration.ARTICLES, SearchAndStorageMigration.PICTURES);
        assertThat(reports.get(reports.size() - 1)).satisfiesAnyOf(
                r -> assertThat(r[0]).isEqualTo(r[1]), r -> assertThat(r[1]).isZero());
        for (int i = 0; i < reports.size(); i++) {
            if (phases.get(i).equals(SearchAndStorageMigration.ARTICLES)) {
                assertThat(reports.get(i)[1]).isEqualTo(3);
                assertThat(reports.get(i)[0]).isBetween(0L, 3L);
            }
        }
        assertThat(facts()).as("same rows, revisions, steps and comments as before").isEqualTo(before);
    }

    @Test
    void anUpgradeInterruptedHalfWayLeavesTheOldLibraryAsItWas() throws Exception {
        List<String> before = facts();
        assertThatThrownBy(() -> new LibraryOpener().open(file, (phase, done, total) -> {
            if (phase.equals(SearchAndStorageMigration.ARTICLES) && done == total) {
                throw new IllegalStateException("power cut");
            }
        })).hasMessageContaining("power cut");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // the additive steps before format 6 (V3 sync … V5 spelling and names) each committed on their own; the
            // format-6 step rolled back whole: the file is what the previous release makes and reads
            assertThat(Migrations.userVersion(c)).isEqualTo(Migrations.latestVersion() - 1);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('article') WHERE name = 'body_json'")) {
                assertThat(rs.getInt(1)).as("the old article table is still there").isEqualTo(1);
            }
        }
        assertThat(facts()).isEqualTo(before);
        try (Database db = new LibraryOpener().open(file)) { // and the next start upgrades it
            String headline = db.read(c -> new ArticleStore(json).get(c, EN).headline());
            assertThat(headline).isEqualTo("Heritage classrooms open in forty schools");
        }
    }

    @Test
    void anUnreadableBodyDoesNotStopTheUpgradeAndTheCheckReportsIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE article SET body_json = '{broken' WHERE id = '" + EN + "'");
        }
        try (Database db = new LibraryOpener().open(file)) {
            List<String> problems = db.read(c -> new IntegrityCheck(json).run(c)).stream()
                    .map(Messages.english()::text).toList();
            assertThat(problems).singleElement()
                    .satisfies(p -> assertThat(p).contains(EN.toString()).contains("unreadable body"));
            List<SearchHit> hits = db.read(c -> new ArticleStore(json).search(c, ArticleFilter.text("heritage")));
            assertThat(hits).as("indexed by its headline").extracting(h -> h.article().id()).containsExactly(EN);
        }
    }

    /** Counts and keys that must be the same before and after. */
    private List<String> facts() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : List.of("SELECT group_concat(id || ':' || version || ':' || status, ',') FROM (SELECT * FROM article ORDER BY id)",
                    "SELECT group_concat(article_id || ':' || number || ':' || note, ',') FROM (SELECT * FROM revision ORDER BY article_id, number)",
                    "SELECT group_concat(article_id || ':' || to_status, ',') FROM (SELECT * FROM status_change ORDER BY id)",
                    "SELECT group_concat(uuid || ':' || body, ',') FROM (SELECT * FROM comment ORDER BY id)",
                    "SELECT group_concat(sha256 || ':' || size, ',') FROM asset",
                    "SELECT group_concat(article_id || ':' || tag_id, ',') FROM (SELECT * FROM article_tag ORDER BY 1, 2)")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection rawConnection(Database db) {
        return db.read(c -> c);
    }
}
