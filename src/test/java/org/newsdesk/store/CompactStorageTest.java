package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.NewsdeskException;

/**
 * How format 6 stores things: the body once and packed, a revision of the stored article sharing its row until the
 * row changes, pictures in parts read back as a stream.
 */
class CompactStorageTest {
    @TempDir
    Path dir;
    Database db;
    final JsonCodec json = new JsonCodec();
    final ArticleStore articles = new ArticleStore(json);
    final RevisionStore revisions = new RevisionStore(json);

    @BeforeEach
    void open() {
        db = new LibraryOpener().open(dir.resolve("lib.newsdesk"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Article draft(String headline, String body) {
        return Article.draft(headline, Language.ENGLISH, Instant.parse("2026-03-01T09:00:00Z"))
                .withBody(Document.ofPlainText(body));
    }

    @Test
    void theBodyIsStoredOncePackedAndReadsBackTheSame() throws SQLException {
        String body = "Forty schools open heritage classrooms. ".repeat(100);
        Article stored = db.write(c -> articles.insert(c, draft("Heritage", body), 1));
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT length(body) FROM article WHERE id = ?")) {
                ps.setString(1, stored.id().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("packed, far below the %d characters", body.length())
                            .isLessThan(body.length() / 4);
                }
            }
            assertThat(articles.get(c, stored.id())).isEqualTo(stored);
            return null;
        });
    }

    @Test
    void aRevisionSharesTheRowUntilTheArticleChangesThenKeepsItsOwnCopy() {
        Article first = db.write(c -> {
            Article a = articles.insert(c, draft("First headline", "First body."), 1);
            revisions.addInitial(c, a, "Amina", "Created", Instant.parse("2026-03-01T09:00:00Z"));
            return a;
        });
        assertThat(sharedSnapshots()).isEqualTo(1);
        Article second = db.write(c -> {
            Article a = articles.update(c, first.withHeadline("Second headline").withBody(Document.ofPlainText("New.")),
                    Instant.parse("2026-03-01T10:00:00Z"));
            revisions.add(c, a, "Amina", "Edited", Instant.parse("2026-03-01T10:00:00Z"));
            return a;
        });
        assertThat(sharedSnapshots()).as("revision 1 was written out, revision 2 shares the row").isEqualTo(1);
        db.read(c -> {
            assertThat(revisions.find(c, first.id(), 1).orElseThrow().snapshot()).isEqualTo(first);
            assertThat(revisions.find(c, first.id(), 2).orElseThrow().snapshot()).isEqualTo(second);
            assertThat(revisions.all(c, first.id())).extracting(r -> r.snapshot().headline())
                    .containsExactly("First headline", "Second headline");
            assertThat(new IntegrityCheck(json).run(c)).isEmpty();
            return null;
        });
    }

    @Test
    void aRevisionFromElsewhereIsStoredWholeEvenAtTheRowsVersion() {
        Article stored = db.write(c -> articles.insert(c, draft("Ours", "Our text."), 1));
        Article theirs = stored.withHeadline("Theirs"); // same id and version, other text (a review package)
        db.write(c -> revisions.append(c, new org.newsdesk.model.Revision(0, "Karim", Instant.parse("2026-03-02T09:00:00Z"),
                "Their edit", theirs, null)));
        assertThat(sharedSnapshots()).isZero();
        assertThat(db.<String>read(c -> revisions.find(c, stored.id(), 1).orElseThrow().snapshot().headline())).isEqualTo("Theirs");
    }

    @Test
    void anUpdateThatForgetsTheSharedRevisionIsRefusedNotSilentlyRewritingHistory() {
        Article stored = db.write(c -> {
            Article a = articles.insert(c, draft("Kept", "Text."), 1);
            revisions.addInitial(c, a, "Amina", "Created", Instant.parse("2026-03-01T09:00:00Z"));
            return a;
        });
        assertThatThrownBy(() -> db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE article SET headline = 'Changed behind its back' WHERE id = '" + stored.id() + "'");
            }
            return null;
        })).isInstanceOf(NewsdeskException.class);
        assertThat(db.<String>read(c -> revisions.find(c, stored.id(), 1).orElseThrow().snapshot().headline())).isEqualTo("Kept");
    }

    @Test
    void aPictureIsStoredInPartsAndStreamedBackByteForByte() throws Exception {
        byte[] photo = new byte[AssetStore.PART_SIZE * 2 + 12_345];
        new Random(7).nextBytes(photo);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(photo));
        AssetStore assets = new AssetStore();
        Asset asset = new Asset(sha, "image/jpeg", 4000, 3000, photo.length);
        assertThat(db.<Boolean>write(c -> assets.insertIfAbsent(c, asset, photo, Instant.EPOCH))).isTrue();
        assertThat(db.<Boolean>write(c -> assets.insertIfAbsent(c, asset, photo, Instant.EPOCH))).as("stored once").isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(db.<Boolean>read(c -> assets.copyTo(c, sha, out))).isTrue();
        assertThat(out.toByteArray()).isEqualTo(photo);
        assertThat(db.<Integer>read(c -> count(c, "SELECT count(*) FROM asset_part"))).isEqualTo(3);
        db.write(c -> {
            assets.delete(c, sha);
            return null;
        });
        assertThat(db.<Integer>read(c -> count(c, "SELECT count(*) FROM asset_part"))).as("parts go with the picture").isZero();
        assertThat(db.<Boolean>read(c -> assets.copyTo(c, sha, new ByteArrayOutputStream()))).isFalse();
    }

    private int sharedSnapshots() {
        return db.read(c -> count(c, "SELECT count(*) FROM revision WHERE snapshot IS NULL"));
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}
