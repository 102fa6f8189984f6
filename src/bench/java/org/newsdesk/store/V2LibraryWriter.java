package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;

/**
 * Writes a library in format 2, row for row as releases before format 6 stored it (body as JSON and as text, an
 * external-content FTS5 index, every revision a full JSON snapshot), so the migration benchmark can upgrade a
 * large one (the additive V3…V5 steps run first). Benchmark code only (src/bench); the migration test uses a file that release really made.
 */
public final class V2LibraryWriter {
    private V2LibraryWriter() {
    }

    /** Writes {@code count} articles, each with its first revision and its creation step. */
    public static void write(Path file, int count, IntFunction<Article> articles) throws SQLException {
        JsonCodec json = new JsonCodec();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            Migrations.migrate(c, 2);
            Map<String, Long> tagIds = new HashMap<>();
            try (Statement st = c.createStatement();
                 PreparedStatement article = c.prepareStatement("INSERT INTO article (seq, id, slug, lang, translation_group,"
                         + " headline, standfirst, dateline, article_date, byline, body_json, body_text, tags_text,"
                         + " featured_asset, embargo, status, version, created_at, updated_at)"
                         + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement fts = c.prepareStatement("INSERT INTO article_fts (rowid, headline, standfirst,"
                         + " body_text, tags_text) VALUES (?,?,?,?,?)");
                 PreparedStatement tag = c.prepareStatement("INSERT INTO tag (id, name) VALUES (?, ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?)");
                 PreparedStatement revision = c.prepareStatement("INSERT INTO revision (article_id, number, author,"
                         + " created_at, note, status, snapshot) VALUES (?, 1, 'Benchmark', ?, 'Imported', ?, ?)");
                 PreparedStatement step = c.prepareStatement("INSERT INTO status_change (article_id, from_status,"
                         + " to_status, author, at, note, revision) VALUES (?, NULL, ?, 'Benchmark', ?, 'Imported', 1)")) {
                st.execute("BEGIN");
                for (int i = 0; i < count; i++) {
                    Article given = articles.apply(i);
                    Article a = given.withStored(1, given.createdAt(), given.updatedAt());
                    String id = a.id().toString();
                    String tags = String.join(ArticleStore.TAG_SEPARATOR, a.tags());
                    String body = a.body().plainText();
                    article.setLong(1, i + 1);
                    article.setString(2, id);
                    article.setString(3, a.slug() + "-" + (i + 1)); // free in its language, as the store makes it
                    article.setString(4, a.language().tag());
                    article.setString(5, a.translationGroup().toString());
                    article.setString(6, a.headline());
                    article.setString(7, a.standfirst());
                    article.setString(8, a.dateline());
                    article.setString(9, Times.format(a.date()));
                    article.setString(10, a.byline());
                    article.setString(11, json.writeDocument(a.body()));
                    article.setString(12, body);
                    article.setString(13, tags);
                    article.setString(14, a.featuredImage());
                    article.setString(15, Times.format(a.embargo()));
                    article.setString(16, a.status().label());
                    article.setLong(17, 1);
                    article.setString(18, Times.format(a.createdAt()));
                    article.setString(19, Times.format(a.updatedAt()));
                    article.executeUpdate();
                    fts.setLong(1, i + 1);
                    fts.setString(2, a.headline());
                    fts.setString(3, a.standfirst());
                    fts.setString(4, body);
                    fts.setString(5, tags);
                    fts.executeUpdate();
                    for (String name : a.tags()) {
                        Long tagId = tagIds.get(name.toLowerCase(java.util.Locale.ROOT));
                        if (tagId == null) {
                            tagId = (long) tagIds.size() + 1;
                            tagIds.put(name.toLowerCase(java.util.Locale.ROOT), tagId);
                            tag.setLong(1, tagId);
                            tag.setString(2, name);
                            tag.executeUpdate();
                        }
                        link.setString(1, id);
                        link.setLong(2, tagId);
                        link.executeUpdate();
                    }
                    revision.setString(1, id);
                    revision.setString(2, Times.format(a.createdAt()));
                    revision.setString(3, a.status().label());
                    revision.setString(4, json.writeArticle(a));
                    revision.executeUpdate();
                    step.setString(1, id);
                    step.setString(2, a.status().label());
                    step.setString(3, Times.format(a.createdAt()));
                    step.executeUpdate();
                    if ((i + 1) % 5_000 == 0) {
                        st.execute("COMMIT");
                        st.execute("BEGIN");
                    }
                }
                st.execute("COMMIT");
            }
        }
    }
}
