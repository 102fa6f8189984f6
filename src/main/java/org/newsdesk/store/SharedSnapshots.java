package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;

/**
 * A revision taken of the article as stored (the first one of every new or imported article, each Ctrl+S, each
 * workflow step) does not copy it: its snapshot is NULL and means "the article row, at the revision's version".
 * Before the row changes, {@link #detach} writes the snapshot out, packed. An import thus writes each text once,
 * and a library keeps one full copy per article plus its older revisions.
 *
 * <p>A trigger ({@code article_keeps_shared_revisions}) refuses any update of a row some revision still shares, so
 * a new code path that forgets to detach fails loudly instead of rewriting history.
 */
final class SharedSnapshots {
    private final JsonCodec json;

    SharedSnapshots(JsonCodec json) {
        this.json = json;
    }

    /** Interface for reading the article as it is stored now (only called when a revision shares it). */
    interface Current {
        Article get() throws SQLException;
    }

    /** Gives every revision that shares the article's row its own packed copy, before the row changes. */
    void detach(Connection c, UUID articleId, Current current) throws SQLException {
        List<Long> shared = new ArrayList<>(1);
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM revision WHERE article_id = ? AND snapshot IS NULL")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shared.add(rs.getLong(1));
                }
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        byte[] snapshot = Packed.pack(json.writeArticle(current.get()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE revision SET snapshot = ? WHERE rowid = ?")) {
            for (long rowid : shared) {
                ps.setBytes(1, snapshot);
                ps.setLong(2, rowid);
                ps.executeUpdate();
            }
        }
    }
}
