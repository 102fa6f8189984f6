package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;

/**
 * The full-text index, {@code article_fts}: a contentless FTS5 table (the text lives once, in {@code article})
 * fed with text folded by {@link SearchText}, so Arabic and French match as people type them. Its rowid is the
 * article's {@code seq}, renumbered on every save, so walking rowids backwards lists the newest change first.
 *
 * <p>A fifth column, {@code filters}, holds hidden tokens for the article's language, status and tags
 * ({@code ǂlangǂar}, {@code ǂstatusǂpublished}, {@code ǂtagǂ12}), and {@code ǂtrashed} for an article in the
 * trash. A search adds the filters to its MATCH and excludes the trash with {@code NOT}, so
 * FTS5 itself walks only the articles that pass the filters instead of SQLite checking every text match against
 * the article table. They begin with ǂ, a letter nobody types ({@link FtsQuery} drops it from queries), so no word
 * or prefix a person searches for can match them; the column's bm25 weight is 0.
 */
final class SearchIndex {
    /** Marks the hidden filter tokens. */
    static final char HIDDEN = '\u01C2';
    /** Relevance: bm25 with a word in the headline counting most, then tags, standfirst, body; filters not at all. */
    static final String RANK = "bm25(10.0, 4.0, 1.0, 6.0, 0.0)";

    private SearchIndex() {
    }

    /** The token of articles in the trash: searches exclude them with {@code NOT}. */
    static final String TRASHED = HIDDEN + "trashed";

    /** An article's text columns folded for the index: work for any core, no connection needed. */
    record Texts(String headline, String standfirst, String body, String tags) {
        static Texts of(Article a) {
            return new Texts(SearchText.indexText(a.headline()), SearchText.indexText(a.standfirst()),
                    SearchText.indexText(a.body().plainText()), SearchText.indexText(String.join(" ", a.tags())));
        }
    }

    /** Adds the article as row {@code seq}. */
    static void insert(Connection c, long seq, Article a, List<Long> tagIds, boolean trashed) throws SQLException {
        insert(c, seq, Texts.of(a), filterTokens(a.language(), a.status(), tagIds, trashed));
    }

    static void insert(Connection c, long seq, Texts texts, String filters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_fts (rowid, headline, standfirst, body_text,"
                + " tags_text, filters) VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, texts.headline());
            ps.setString(3, texts.standfirst());
            ps.setString(4, texts.body());
            ps.setString(5, texts.tags());
            ps.setString(6, filters);
            ps.executeUpdate();
        }
    }

    /** Removes row {@code seq} (a contentless-delete table needs only the rowid). */
    static void delete(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_fts WHERE rowid = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    static String filterTokens(Language language, ArticleStatus status, List<Long> tagIds, boolean trashed) {
        List<String> tokens = new ArrayList<>(languageTokens(language));
        tokens.add(statusToken(status));
        for (long id : tagIds) {
            tokens.add(tagToken(id));
        }
        if (trashed) {
            tokens.add(TRASHED);
        }
        return String.join(" ", tokens);
    }

    /** "fr-CA" is indexed as both ǂlangǂfr and ǂlangǂfrǂca, so a filter on "fr" finds it and one on "fr-CA" too. */
    static List<String> languageTokens(Language language) {
        String[] subtags = language.tag().toLowerCase(Locale.ROOT).split("-");
        List<String> tokens = new ArrayList<>(subtags.length);
        StringBuilder sb = new StringBuilder().append(HIDDEN).append("lang");
        for (String subtag : subtags) {
            sb.append(HIDDEN).append(alnum(subtag));
            tokens.add(sb.toString());
        }
        return tokens;
    }

    /** The token of the language filter itself: the filter "fr" matches fr and every fr-… */
    static String languageToken(Language language) {
        List<String> tokens = languageTokens(language);
        return tokens.get(tokens.size() - 1);
    }

    static String statusToken(ArticleStatus status) {
        return HIDDEN + "status" + HIDDEN + alnum(status.label());
    }

    static String tagToken(long tagId) {
        return HIDDEN + "tag" + HIDDEN + tagId;
    }

    private static String alnum(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(Character.isLetterOrDigit(ch) ? ch : HIDDEN);
        }
        return sb.toString();
    }
}
