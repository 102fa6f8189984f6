package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Article;
import org.newsdesk.model.TagUsage;

/** Tag names, unique ignoring case; the first spelling stored is the one everybody sees. */
public final class TagStore {

    /** A tag as stored: its id and the spelling everybody sees. */
    record Tag(long id, String name) {
    }

    /**
     * Creates missing tags and returns each one as stored ("education" → "Education" if that exists), duplicates
     * (ignoring case) once, in the order of {@link Article#normaliseTags}.
     */
    List<Tag> canonical(Connection c, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return List.of();
        }
        // one query for the tags the library has (most of them, most of the time), an insert for each new one
        java.util.Map<String, Tag> stored = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String marks = String.join(",", java.util.Collections.nCopies(names.size(), "?"));
        try (PreparedStatement select = c.prepareStatement("SELECT id, name FROM tag WHERE name IN (" + marks + ")")) {
            for (int i = 0; i < names.size(); i++) {
                select.setString(i + 1, names.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(2), new Tag(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        List<String> spelled = new ArrayList<>(names.size());
        for (String name : names) {
            Tag tag = stored.get(name);
            if (tag == null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO tag (name) VALUES (?)");
                     PreparedStatement id = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
                    insert.setString(1, name);
                    insert.executeUpdate();
                    id.setString(1, name);
                    try (ResultSet rs = id.executeQuery()) {
                        rs.next();
                        tag = new Tag(rs.getLong(1), name);
                    }
                }
                stored.put(name, tag);
            }
            spelled.add(tag.name());
        }
        List<Tag> out = new ArrayList<>();
        for (String name : Article.normaliseTags(spelled)) {
            out.add(stored.get(name));
        }
        return out;
    }

    /** Makes {@code tags} the article's tags; {@code fresh}: the article was just inserted and has none yet. */
    void link(Connection c, UUID articleId, List<Tag> tags, boolean fresh) throws SQLException {
        if (!fresh) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM article_tag WHERE article_id = ?")) {
                delete.setString(1, articleId.toString());
                delete.executeUpdate();
            }
        }
        // One row per INSERT, not INSERT … SELECT: with foreign keys on, SQLite wraps a multi-row insert in a
        // statement savepoint, and FTS5 writes its pending index out at every savepoint, so an import would
        // leave one tiny index segment per article and spend its time merging them.
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT OR IGNORE INTO article_tag (article_id, tag_id) VALUES (?, ?)")) {
            for (Tag tag : tags) {
                insert.setString(1, articleId.toString());
                insert.setLong(2, tag.id());
                insert.executeUpdate();
            }
        }
    }

    /** The id of the tag named {@code name} (ignoring case), if the library has it. */
    java.util.Optional<Long> idOf(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The ids of the article's tags. */
    List<Long> idsOf(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT tag_id FROM article_tag WHERE article_id = ?")) {
            ps.setString(1, articleId.toString());
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    List<String> namesOf(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id"
                + " WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE")) {
            ps.setString(1, articleId.toString());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Every tag with the number of articles (not in the trash) that carry it, by name. */
    List<TagUsage> usage(Connection c) throws SQLException {
        // one pass over article_tag, counted per tag, then joined to the names
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, coalesce(n.articles, 0) FROM tag t"
                + " LEFT JOIN (SELECT at.tag_id, count(*) AS articles FROM article_tag at"
                + " JOIN article a ON a.id = at.article_id AND a.deleted_at IS NULL GROUP BY at.tag_id) n ON n.tag_id = t.id"
                + " ORDER BY t.name COLLATE NOCASE");
             ResultSet rs = ps.executeQuery()) {
            List<TagUsage> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new TagUsage(rs.getString(1), rs.getInt(2)));
            }
            return out;
        }
    }

    /** Articles carrying the tag, trashed ones included. */
    public List<UUID> articlesWith(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT at.article_id FROM article_tag at"
                + " JOIN tag t ON t.id = at.tag_id WHERE t.name = ?")) {
            ps.setString(1, name);
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(UUID.fromString(rs.getString(1)));
                }
            }
            return out;
        }
    }

    /** Changes only the case or spelling of a tag's stored name ("unesco" to "UNESCO"). */
    public void respell(Connection c, String name, String newSpelling) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET name = ? WHERE name = ?")) {
            ps.setString(1, newSpelling);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    /** Drops tags no article carries any more, except {@code keep} (may be null). */
    public void deleteUnused(Connection c, String keep) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE id NOT IN"
                + " (SELECT tag_id FROM article_tag) AND name IS NOT ?")) {
            ps.setString(1, keep);
            ps.executeUpdate();
        }
    }

    boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
