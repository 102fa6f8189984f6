package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.model.AgreedName;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameSpelling;

/** The library's agreed names: a row per person or organisation, its spelling per language, known variants. */
public final class NameStore {

    public long create(Connection c, NameKind kind, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agreed_name (kind, added_at) VALUES (?, ?) RETURNING id")) {
            ps.setString(1, kind.key());
            ps.setString(2, Times.format(at));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sets the name's spelling in the spelling's language (replacing an earlier one) and adds its variants. */
    public void putSpelling(Connection c, long nameId, NameSpelling spelling) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agreed_name_spelling (name_id, lang, spelling)"
                + " VALUES (?, ?, ?) ON CONFLICT (name_id, lang) DO UPDATE SET spelling = excluded.spelling")) {
            ps.setLong(1, nameId);
            ps.setString(2, spelling.language());
            ps.setString(3, spelling.name());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agreed_name_variant (name_id, lang, variant)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (String variant : spelling.variants()) {
                ps.setLong(1, nameId);
                ps.setString(2, spelling.language());
                ps.setString(3, variant);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The name whose agreed spelling, in any language, is {@code spelling}. */
    public Optional<Long> findBySpelling(Connection c, String spelling) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name_id FROM agreed_name_spelling WHERE spelling = ? ORDER BY name_id LIMIT 1")) {
            ps.setString(1, spelling);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public boolean delete(Connection c, long nameId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM agreed_name WHERE id = ?")) {
            ps.setLong(1, nameId);
            return ps.executeUpdate() == 1;
        }
    }

    /** Every agreed name, oldest first. */
    public List<AgreedName> list(Connection c) throws SQLException {
        Map<Long, NameKind> kinds = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind FROM agreed_name ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                kinds.put(rs.getLong(1), NameKind.parse(rs.getString(2)));
            }
        }
        Map<Long, Map<String, String>> spellings = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name_id, lang, spelling FROM agreed_name_spelling");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                spellings.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        Map<Long, Map<String, List<String>>> variants = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name_id, lang, variant FROM agreed_name_variant ORDER BY name_id, lang, variant");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                variants.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        List<AgreedName> out = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            Map<String, String> byLang = spellings.getOrDefault(id, Map.of());
            if (byLang.isEmpty()) {
                return;
            }
            List<NameSpelling> list = new ArrayList<>();
            byLang.forEach((lang, name) -> list.add(new NameSpelling(lang, name,
                    variants.getOrDefault(id, Map.of()).getOrDefault(lang, List.of()))));
            out.add(new AgreedName(id, kind, list));
        });
        return out;
    }
}
