package org.newsdesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.SearchOrder;
import org.newsdesk.store.BenchFts;

/**
 * The yardstick: the same texts in one plain FTS5 table (same columns, tokenizer and prefix indexes as the
 * library's index, plus status and language as UNINDEXED columns for filters), in its own file, with SQLite's
 * default settings, one reused insert statement and the idiomatic queries: {@code ORDER BY rank} with the
 * library's bm25 weights, or {@code ORDER BY rowid DESC}. Filters: the tag as a phrase in the tags column of
 * the MATCH, status and language as plain comparisons on the UNINDEXED columns.
 */
final class BareFts implements AutoCloseable {
    static final String BM25 = "bm25(10.0, 4.0, 1.0, 6.0)";

    private final Connection c;
    private final PreparedStatement insert;

    /** @param prefixIndexes false for the plainest table (no prefix indexes), used for the import figure only */
    BareFts(Path file, boolean prefixIndexes) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE t USING fts5(headline, standfirst, body_text, tags_text,"
                    + " status UNINDEXED, lang UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'"
                    + (prefixIndexes ? ", prefix = '2 3'" : "") + ")");
        }
        insert = c.prepareStatement("INSERT INTO t (rowid, headline, standfirst, body_text, tags_text, status, lang)"
                + " VALUES (?,?,?,?,?,?,?)");
    }

    /** One row ready for the bare table (texts computed before the clock starts). */
    record Row(long rowid, String headline, String standfirst, String body, String tags, String status, String lang) {
        static Row of(long rowid, Article a) {
            return new Row(rowid, a.headline(), a.standfirst(), a.body().plainText(),
                    String.join(BenchFts.tagSeparator(), a.tags()), a.status().label(), a.language().tag());
        }
    }

    void insertAll(List<Row> rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN");
            for (Row r : rows) {
                insert.setLong(1, r.rowid);
                insert.setString(2, r.headline);
                insert.setString(3, r.standfirst);
                insert.setString(4, r.body);
                insert.setString(5, r.tags);
                insert.setString(6, r.status);
                insert.setString(7, r.lang);
                insert.executeUpdate();
            }
            st.execute("COMMIT");
        }
    }

    /** Top {@code limit} rowids with snippets; {@code status}, {@code tag} and {@code lang} may be null. */
    List<Long> search(String userText, SearchOrder order, String status, String tag, String lang, int limit)
            throws SQLException {
        String match = BenchFts.bareMatch(userText);
        if (tag != null) {
            match = "(" + match + ") AND tags_text : \"" + tag.replace("\"", "\"\"") + "\"";
        }
        StringBuilder sql = new StringBuilder("SELECT rowid, headline, tags_text, status, lang,"
                + " snippet(t, -1, char(2), char(3), '…', 24) FROM t WHERE t MATCH ?");
        List<String> params = new ArrayList<>(List.of(match));
        if (order == SearchOrder.RELEVANCE) {
            sql.append(" AND rank MATCH '").append(BM25).append("'");
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status);
        }
        if (lang != null) {
            sql.append(" AND lang = ?");
            params.add(lang);
        }
        sql.append(order == SearchOrder.RELEVANCE ? " ORDER BY rank" : " ORDER BY rowid DESC").append(" LIMIT ").append(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                    rs.getString(2);
                    rs.getString(3);
                    rs.getString(6);
                }
            }
            return out;
        }
    }

    /** How many articles the app's MATCH expression for {@code userText} finds. */
    int count(String userText) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM t WHERE t MATCH ?")) {
            ps.setString(1, BenchFts.bareMatch(userText));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    String sqliteVersion() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        c.close();
    }
}
