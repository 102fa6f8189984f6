package org.newsdesk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.BlockLink;
import org.newsdesk.model.TranslationLink;

/**
 * Translation sets: which articles share a set (the article's translation group) and what each translation was
 * translated from, block by block. Works inside the caller's transaction.
 */
public final class TranslationStore {
    private static final TypeReference<List<BlockLink>> BLOCKS = new TypeReference<>() { };

    private final JsonCodec json;
    private final ArticleStore articles;
    private final SharedSnapshots snapshots;

    public TranslationStore(JsonCodec json) {
        this.json = json;
        this.articles = new ArticleStore(json);
        this.snapshots = new SharedSnapshots(json);
    }

    /** Ids of the articles of a set that are not in the trash, oldest first. */
    public List<UUID> members(Connection c, UUID group) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE translation_group = ?"
                + " AND deleted_at IS NULL ORDER BY created_at, id")) {
            ps.setString(1, group.toString());
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(UUID.fromString(rs.getString(1)));
                }
            }
            return out;
        }
    }

    /** The sets (translation groups) of these articles that have more than one live member, by article id. */
    public java.util.Map<UUID, UUID> sharedGroups(Connection c, java.util.Collection<UUID> ids) throws SQLException {
        java.util.Map<UUID, UUID> out = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> batch = all.subList(from, Math.min(from + 500, all.size()));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.translation_group FROM article a"
                    + " WHERE a.id IN (" + marks + ") AND (SELECT count(*) FROM article b WHERE"
                    + " b.translation_group = a.translation_group AND b.deleted_at IS NULL) > 1")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i).toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Moves an article into another set (its version goes up, so an open copy cannot write the old set back). A
     * revision sharing the article's row gets its own copy first, as the row it shared changes.
     */
    public void setGroup(Connection c, UUID articleId, UUID group) throws SQLException {
        snapshots.detach(c, articleId, () -> articles.get(c, articleId));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE article SET translation_group = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, group.toString());
            ps.setString(2, articleId.toString());
            ps.executeUpdate();
        }
    }

    public Optional<TranslationLink> find(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_id, blocks_json FROM translation WHERE article_id = ?")) {
            ps.setString(1, articleId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TranslationLink(articleId, UUID.fromString(rs.getString(1)),
                        readBlocks(rs.getString(2))));
            }
        }
    }

    public void put(Connection c, TranslationLink link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO translation (article_id, source_id, blocks_json)"
                + " VALUES (?,?,?) ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id,"
                + " blocks_json = excluded.blocks_json")) {
            ps.setString(1, link.articleId().toString());
            ps.setString(2, link.sourceId().toString());
            ps.setString(3, json.write(link.blocks()));
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM translation WHERE article_id = ?")) {
            ps.setString(1, articleId.toString());
            ps.executeUpdate();
        }
    }

    private List<BlockLink> readBlocks(String text) {
        try {
            return json.mapper().readValue(text, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A translation's block list is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
