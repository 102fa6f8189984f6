package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Comment;

/** A version 1 library with comments upgrades to version 2 with every comment given its own UUID. */
class ReviewMigrationTest {
    @TempDir
    Path dir;

    @Test
    void commentsFromVersionOneGetDistinctUuids() throws Exception {
        Path file = dir.resolve("v1.newsdesk");
        String article = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            Migrations.migrate(c, 1);
            st.execute("INSERT INTO article (seq, id, slug, lang, translation_group, body_json, created_at, updated_at)"
                    + " VALUES (1, '" + article + "', 'a', 'en', '" + article + "', '{\"blocks\":[]}',"
                    + " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
            for (int i = 0; i < 3; i++) {
                st.execute("INSERT INTO comment (article_id, author, created_at, body) VALUES ('" + article
                        + "', 'Eva', '2026-01-01T00:00:00.000Z', 'note " + i + "')");
            }
        }
        try (Database db = new LibraryOpener().open(file)) {
            List<Comment> comments = db.read(c -> new CommentStore().list(c, UUID.fromString(article)));
            assertThat(comments).hasSize(3);
            assertThat(comments).extracting(Comment::id).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id.version()).isEqualTo(4));
            assertThat(comments).extracting(Comment::number).containsExactly(1, 2, 3);
        }
    }
}
