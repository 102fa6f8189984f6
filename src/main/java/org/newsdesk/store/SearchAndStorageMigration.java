package org.newsdesk.store;

import org.newsdesk.i18n.Message;
import org.newsdesk.model.MigrationProgress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;

/**
 * Library format 6 (after V1…V5): search that folds Arabic and French, and about half the file.
 * <ul>
 *   <li>the search index becomes contentless, fed with folded text ({@link SearchText}) plus hidden filter tokens
 *   ({@link SearchIndex}); every article is indexed again;</li>
 *   <li>an article's body is stored once, packed ({@link Packed}): no {@code body_text} beside {@code body_json};</li>
 *   <li>revision snapshots are packed, and the last one shares the article's row when it is the same article
 *   ({@link SharedSnapshots});</li>
 *   <li>pictures move from a WITHOUT ROWID table to a rowid table with their bytes in parts ({@link AssetStore}).</li>
 * </ul>
 * Runs in one transaction (an interrupted upgrade leaves the library as V5 left it, a file the release before reads)
 * and reports its progress per article and per picture. The triggers earlier steps put on the rebuilt tables (V3's
 * sync outbox) are created again on the new ones.
 */
final class SearchAndStorageMigration implements Migrations.Step {
    static final Message ARTICLES = Message.of("upgrade.phase.articles");
    static final Message PICTURES = Message.of("upgrade.phase.pictures");
    private static final int REPORT_EVERY = 250;

    private static final List<String> SCHEMA = List.of("""
            CREATE TABLE article_v3 (
                seq               INTEGER PRIMARY KEY,
                id                TEXT    NOT NULL UNIQUE,
                lang              TEXT    NOT NULL,
                status            TEXT    NOT NULL DEFAULT 'draft',
                deleted_at        TEXT,
                version           INTEGER NOT NULL DEFAULT 1,
                article_date      TEXT,
                created_at        TEXT    NOT NULL,
                updated_at        TEXT    NOT NULL,
                embargo           TEXT,
                slug              TEXT    NOT NULL,
                translation_group TEXT    NOT NULL,
                featured_asset    TEXT,
                tags_text         TEXT    NOT NULL DEFAULT '',
                headline          TEXT    NOT NULL DEFAULT '',
                dateline          TEXT    NOT NULL DEFAULT '',
                byline            TEXT    NOT NULL DEFAULT '',
                standfirst        TEXT    NOT NULL DEFAULT '',
                body              BLOB    NOT NULL,
                UNIQUE (lang, slug)
            )""", """
            CREATE TABLE revision_v3 (
                article_id TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                number     INTEGER NOT NULL,
                author     TEXT    NOT NULL,
                created_at TEXT    NOT NULL,
                note       TEXT    NOT NULL DEFAULT '',
                status     TEXT    NOT NULL,
                conflict   TEXT,
                version    INTEGER NOT NULL,
                snapshot   BLOB,
                PRIMARY KEY (article_id, number)
            )""", """
            CREATE TABLE asset_v3 (
                id         INTEGER PRIMARY KEY,
                sha256     TEXT    NOT NULL UNIQUE,
                mime_type  TEXT    NOT NULL,
                width      INTEGER NOT NULL,
                height     INTEGER NOT NULL,
                size       INTEGER NOT NULL,
                created_at TEXT    NOT NULL
            )""", """
            CREATE TABLE asset_part (
                asset_id INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
                part     INTEGER NOT NULL,
                bytes    BLOB    NOT NULL,
                PRIMARY KEY (asset_id, part)
            )""",
            "DROP TABLE article_fts", """
            CREATE VIRTUAL TABLE article_fts USING fts5 (
                headline, standfirst, body_text, tags_text, filters,
                content = '', contentless_delete = 1,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3'
            )""",
            "INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 16777216)");

    /** After the copy: the new tables take the old names, with their indexes and the guard trigger. */
    private static final List<String> SWAP = List.of(
            "DROP TABLE article",
            "ALTER TABLE article_v3 RENAME TO article",
            "DROP TABLE revision",
            "ALTER TABLE revision_v3 RENAME TO revision",
            "DROP TABLE asset",
            "ALTER TABLE asset_v3 RENAME TO asset",
            // status, language, tags and the trash are tokens in the search index, which lists them newest first:
            // the indexes that served those filters (and a tag's articles) go, each was one more write per article
            "CREATE INDEX article_date ON article (article_date)",
            "CREATE INDEX article_group ON article (translation_group)",
            "DROP INDEX article_tag_by_tag", """
            CREATE TRIGGER article_keeps_shared_revisions
            BEFORE UPDATE OF slug, lang, translation_group, headline, standfirst, dateline, article_date, byline, body,
                tags_text, featured_asset, embargo, status, version, created_at, updated_at ON article
            WHEN EXISTS (SELECT 1 FROM revision WHERE article_id = OLD.id AND snapshot IS NULL)
            BEGIN
                SELECT RAISE(ABORT, 'a revision still shares this article row; store its snapshot first');
            END""");

    private final JsonCodec json = new JsonCodec();

    @Override
    public void apply(Connection c, MigrationProgress progress) throws SQLException {
        List<String> triggers = triggersOnRebuiltTables(c);
        try (Statement st = c.createStatement()) {
            for (String sql : SCHEMA) {
                st.execute(sql);
            }
        }
        copyArticles(c, progress);
        copyPictures(c, progress);
        try (Statement st = c.createStatement()) {
            for (String sql : SWAP) {
                st.execute(sql);
            }
            // dropping a table drops its triggers: those of earlier steps (V3's sync outbox) are made again on the new
            // tables, after the copy, so the upgrade itself queues nothing to push
            for (String sql : triggers) {
                st.execute(sql);
            }
        }
    }

    /** The CREATE statements of the triggers on the tables this step rebuilds (article, revision, asset). */
    private static List<String> triggersOnRebuiltTables(Connection c) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master"
                + " WHERE type = 'trigger' AND tbl_name IN ('article', 'revision', 'asset') AND sql IS NOT NULL"
                + " ORDER BY rowid")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void copyArticles(Connection c, MigrationProgress progress) throws SQLException {
        long total = count(c, "article");
        progress.report(ARTICLES, 0, total);
        long done = 0;
        TagStore tags = new TagStore();
        try (PreparedStatement read = c.prepareStatement("SELECT seq, id, slug, lang, translation_group, headline,"
                + " standfirst, dateline, article_date, byline, body_json, tags_text, featured_asset, embargo, status,"
                + " version, created_at, updated_at, deleted_at FROM article ORDER BY seq");
             PreparedStatement write = c.prepareStatement("INSERT INTO article_v3 (seq, id, slug, lang, translation_group,"
                     + " headline, standfirst, dateline, article_date, byline, body, tags_text, featured_asset, embargo,"
                     + " status, version, created_at, updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong("seq");
                byte[] body = Packed.pack(rs.getString("body_json"));
                ArticleRow row = new ArticleRow(rs.getString("id"), rs.getString("slug"), rs.getString("lang"),
                        rs.getString("translation_group"), rs.getString("headline"), rs.getString("standfirst"),
                        rs.getString("dateline"), rs.getString("article_date"), rs.getString("byline"), body,
                        rs.getString("tags_text"), rs.getString("featured_asset"), rs.getString("embargo"),
                        rs.getString("status"), rs.getLong("version"), rs.getString("created_at"),
                        rs.getString("updated_at"));
                write.setLong(1, seq);
                for (int i = 2; i <= 19; i++) {
                    write.setObject(i, i == 11 ? body : rs.getObject(i));
                }
                write.executeUpdate();
                Article article = decodeOrEmpty(row);
                SearchIndex.insert(c, seq, article, tags.idsOf(c, article.id()), rs.getString("deleted_at") != null);
                copyRevisions(c, article);
                if (++done % REPORT_EVERY == 0) {
                    progress.report(ARTICLES, done, total);
                }
            }
        }
        progress.report(ARTICLES, total, total);
    }

    /** Packs the article's revisions; the last one shares the row when it holds the same article. */
    private void copyRevisions(Connection c, Article current) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT number, author, created_at, note, status, snapshot,"
                + " conflict FROM revision WHERE article_id = ? ORDER BY number DESC");
             PreparedStatement write = c.prepareStatement("INSERT INTO revision_v3 (article_id, number, author,"
                     + " created_at, note, status, conflict, version, snapshot) VALUES (?,?,?,?,?,?,?,?,?)")) {
            read.setString(1, current.id().toString());
            boolean last = true;
            String currentJson = null;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString("snapshot");
                    long version = versionOf(text);
                    // the last revision shares the row when it is that article, written the same way
                    boolean shared = false;
                    if (last && version == current.version()) {
                        currentJson = currentJson == null ? json.writeArticle(current) : currentJson;
                        shared = currentJson.equals(text) || current.equals(readOrNull(text));
                    }
                    last = false;
                    write.setString(1, current.id().toString());
                    write.setInt(2, rs.getInt("number"));
                    write.setString(3, rs.getString("author"));
                    write.setString(4, rs.getString("created_at"));
                    write.setString(5, rs.getString("note"));
                    write.setString(6, rs.getString("status"));
                    write.setString(7, rs.getString("conflict"));
                    write.setLong(8, version);
                    write.setBytes(9, shared ? null : Packed.pack(text));
                    write.executeUpdate();
                }
            }
        }
    }

    /**
     * The article; one whose body cannot be read (the integrity check reports it) keeps its row as it was and is
     * indexed without its body, rather than stopping the upgrade of the whole library.
     */
    private Article decodeOrEmpty(ArticleRow row) {
        try {
            return row.decode(json);
        } catch (RuntimeException unreadable) {
            return new ArticleRow(row.id(), row.slug(), row.lang(), row.translationGroup(), row.headline(),
                    row.standfirst(), row.dateline(), row.date(), row.byline(), Packed.pack("{\"blocks\":[]}"),
                    row.tagsText(), row.featuredAsset(), row.embargo(), row.status(), row.version(), row.createdAt(),
                    row.updatedAt()).decode(json);
        }
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("(?<!\\\\)\"version\"\\s*:\\s*(\\d+)");

    /**
     * The article version a snapshot holds, read from its JSON without parsing it all (the only unescaped
     * "version" key is the article's own); 0 when there is none.
     */
    private static long versionOf(String snapshot) {
        java.util.regex.Matcher m = VERSION.matcher(snapshot == null ? "" : snapshot);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private Article readOrNull(String snapshot) {
        try {
            return json.readArticle(snapshot);
        } catch (RuntimeException unreadable) {
            return null; // kept as it is, packed; never shared
        }
    }

    private static void copyPictures(Connection c, MigrationProgress progress) throws SQLException {
        long total = count(c, "asset");
        if (total == 0) {
            return;
        }
        progress.report(PICTURES, 0, total);
        long done = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT sha256 FROM asset ORDER BY created_at, sha256");
             ResultSet rs = read.executeQuery();
             PreparedStatement meta = c.prepareStatement("INSERT INTO asset_v3 (sha256, mime_type, width, height, size,"
                     + " created_at) SELECT sha256, mime_type, width, height, size, created_at FROM asset WHERE sha256 = ?"
                     + " RETURNING id");
             PreparedStatement data = c.prepareStatement("SELECT data FROM asset WHERE sha256 = ?");
             PreparedStatement part = c.prepareStatement("INSERT INTO asset_part (asset_id, part, bytes) VALUES (?,?,?)")) {
            while (rs.next()) {
                String sha = rs.getString(1);
                long id;
                meta.setString(1, sha);
                try (ResultSet m = meta.executeQuery()) {
                    m.next();
                    id = m.getLong(1);
                }
                byte[] bytes;
                data.setString(1, sha); // one picture in memory at a time
                try (ResultSet d = data.executeQuery()) {
                    d.next();
                    bytes = d.getBytes(1);
                }
                for (int n = 0, from = 0; from < bytes.length || n == 0; n++, from += AssetStore.PART_SIZE) {
                    part.setLong(1, id);
                    part.setInt(2, n);
                    part.setBytes(3, java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + AssetStore.PART_SIZE)));
                    part.executeUpdate();
                }
                progress.report(PICTURES, ++done, total);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }
}
