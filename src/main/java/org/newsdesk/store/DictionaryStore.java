package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.model.DictionaryWord;

/** The library's own spelling dictionary: words that are right although LanguageTool does not know them. */
public final class DictionaryStore {

    /** Adds a word; false when it was there already. */
    public boolean add(Connection c, DictionaryWord word, String addedBy, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dictionary_word (lang, word, added_by, added_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (lang, word) DO NOTHING")) {
            ps.setString(1, word.language());
            ps.setString(2, word.word());
            ps.setString(3, addedBy == null ? "" : addedBy);
            ps.setString(4, Times.format(at));
            return ps.executeUpdate() == 1;
        }
    }

    /** Removes a word; false when it was not there. */
    public boolean remove(Connection c, DictionaryWord word) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM dictionary_word WHERE lang = ? AND word = ?")) {
            ps.setString(1, word.language());
            ps.setString(2, word.word());
            return ps.executeUpdate() == 1;
        }
    }

    /** Every word, by language and then word. */
    public List<DictionaryWord> list(Connection c) throws SQLException {
        List<DictionaryWord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT lang, word FROM dictionary_word ORDER BY lang, word");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DictionaryWord(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** The words of one language. */
    public Set<String> words(Connection c, String language) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT word FROM dictionary_word WHERE lang = ?")) {
            ps.setString(1, language);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
