package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Language;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.SearchOrder;
import org.newsdesk.model.Slugs;
import org.newsdesk.model.TagUsage;

/**
 * Articles, their tags and their full-text index entry. Every method works inside the caller's
 * transaction ({@link Database#write}), so a service can save an article and its revision as one unit.
 */
public final class ArticleStore {
    private static final String ARTICLE_COLUMNS = "a.id, a.slug, a.lang, a.translation_group, a.headline, a.standfirst,"
            + " a.dateline, a.article_date, a.byline, a.body_json, a.tags_text, a.featured_asset, a.embargo, a.status,"
            + " a.version, a.created_at, a.updated_at";
    private static final String SUMMARY_COLUMNS = "a.id, a.slug, a.lang, a.headline, a.status, a.article_date,"
            + " a.updated_at, a.tags_text, a.embargo";
    /** Relevance: bm25 with a word in the headline counting most, then tags, standfirst, body. */
    private static final String RANK = "bm25(10.0, 4.0, 1.0, 6.0)";
    /** Separates tag names in tags_text: a character no one types, so names may hold commas. */
    static final String TAG_SEPARATOR = "\u001f";

    private final JsonCodec json;
    private final TagStore tags = new TagStore();

    public ArticleStore(JsonCodec json) {
        this.json = json;
    }

    /**
     * Stores a new article (version 0) with its own created/updated times, and returns it as stored:
     * version 1, canonical tags, a slug free in its language.
     */
    public Article insert(Connection c, Article article) throws SQLException {
        return insert(c, article, 1);
    }

    /**
     * Stores a new article as {@code storedVersion}: an article re-imported from a file or bundle keeps the
     * version it had, so exporting it again gives the same bytes.
     */
    public Article insert(Connection c, Article article, long storedVersion) throws SQLException {
        if (article.version() != 0 || storedVersion < 1) {
            throw new IllegalArgumentException("insert takes an unsaved article (version 0) and stores version 1 or more");
        }
        String slug = freeSlug(c, article.language(), article.slug(), article.id());
        List<String> canonicalTags = tags.canonical(c, article.tags());
        long seq = nextSeq(c);
        Article stored = article.withSlug(slug).withTags(canonicalTags)
                .withStored(storedVersion, article.createdAt(), article.updatedAt());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (seq, id, slug, lang, translation_group,"
                + " headline, standfirst, dateline, article_date, byline, body_json, body_text, tags_text,"
                + " featured_asset, embargo, status, version, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, stored.id().toString());
            bindContent(ps, 3, stored);
            ps.setString(18, Times.format(stored.createdAt()));
            ps.setString(19, Times.format(stored.updatedAt()));
            ps.executeUpdate();
        }
        tags.link(c, stored.id(), canonicalTags);
        indexInsert(c, seq, stored);
        return stored;
    }

    /**
     * Saves changes on top of {@code article.version()}. If the stored version moved on (another window or
     * process saved first) nothing is written and a {@link ConflictException} says so.
     */
    public Article update(Connection c, Article article, Instant now) throws SQLException {
        StoredRow row = storedRow(c, article.id())
                .orElseThrow(() -> new NotFoundException("No article with id " + article.id() + "."));
        if (row.version != article.version()) {
            throw new ConflictException("The article \"" + article.headline() + "\" was changed elsewhere (version "
                    + row.version + ", this copy is version " + article.version() + "); nothing was overwritten.");
        }
        String slug = freeSlug(c, article.language(), article.slug(), article.id());
        List<String> canonicalTags = tags.canonical(c, article.tags());
        Article stored = article.withSlug(slug).withTags(canonicalTags)
                .withStored(row.version + 1, article.createdAt(), now);
        indexDelete(c, row);
        long seq = nextSeq(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET slug=?, lang=?, translation_group=?,"
                + " headline=?, standfirst=?, dateline=?, article_date=?, byline=?, body_json=?, body_text=?,"
                + " tags_text=?, featured_asset=?, embargo=?, status=?, version=?, updated_at=?, seq=?"
                + " WHERE id=? AND version=?")) {
            bindContent(ps, 1, stored);
            ps.setString(16, Times.format(now));
            ps.setLong(17, seq);
            ps.setString(18, stored.id().toString());
            ps.setLong(19, row.version);
            if (ps.executeUpdate() != 1) {
                throw new ConflictException("The article \"" + article.headline() + "\" was changed elsewhere.");
            }
        }
        tags.link(c, stored.id(), canonicalTags);
        indexInsert(c, seq, stored);
        return stored;
    }

    /** Binds slug … version (15 parameters) starting at {@code i}. */
    private void bindContent(PreparedStatement ps, int i, Article a) throws SQLException {
        ps.setString(i, a.slug());
        ps.setString(i + 1, a.language().tag());
        ps.setString(i + 2, a.translationGroup().toString());
        ps.setString(i + 3, a.headline());
        ps.setString(i + 4, a.standfirst());
        ps.setString(i + 5, a.dateline());
        ps.setString(i + 6, Times.format(a.date()));
        ps.setString(i + 7, a.byline());
        ps.setString(i + 8, json.writeDocument(a.body()));
        ps.setString(i + 9, a.body().plainText());
        ps.setString(i + 10, String.join(TAG_SEPARATOR, a.tags()));
        ps.setString(i + 11, a.featuredImage());
        ps.setString(i + 12, Times.format(a.embargo()));
        ps.setString(i + 13, a.status().label());
        ps.setLong(i + 14, a.version());
    }

    public Optional<Article> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM article a WHERE a.id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readArticle(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The articles with these ids, in the order given: read in batches of {@value #BATCH} ids, the bodies then
     * decoded in parallel. Throws NotFoundException naming the first id that is not there.
     */
    public List<Article> getAll(Connection c, List<UUID> ids) throws SQLException {
        java.util.Map<String, ArticleRow> rows = new java.util.HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM article a WHERE a.id IN ("
                    + marks + ")")) {
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i).toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ArticleRow row = ArticleRow.read(rs);
                        rows.put(row.id(), row);
                    }
                }
            }
        }
        List<ArticleRow> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            ArticleRow row = rows.get(id.toString());
            if (row == null) {
                throw new NotFoundException("No article with id " + id + ".");
            }
            ordered.add(row);
        }
        return ordered.parallelStream().map(row -> row.decode(json)).toList();
    }

    /** Ids per query: well under SQLite's limit of bound parameters. */
    private static final int BATCH = 500;

    public Article get(Connection c, UUID id) throws SQLException {
        return find(c, id).orElseThrow(() -> new NotFoundException("No article with id " + id + "."));
    }

    /** Finds an article by full id or by a unique prefix of at least 4 characters (what people copy from lists). */
    public Optional<UUID> resolveId(Connection c, String idOrPrefix) throws SQLException {
        String key = idOrPrefix.trim().toLowerCase(java.util.Locale.ROOT);
        if (key.length() < 4 || !key.matches("[0-9a-f-]+")) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE id >= ? AND id < ? LIMIT 2")) {
            ps.setString(1, key);
            ps.setString(2, key + "\uffff");
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UUID first = UUID.fromString(rs.getString(1));
                if (rs.next()) {
                    throw new org.newsdesk.model.BadInputException("The id prefix \"" + idOrPrefix
                            + "\" matches more than one article; give more characters.");
                }
                return Optional.of(first);
            }
        }
    }

    /** Moves an article to the trash: kept (and indexed), restorable, out of lists and search. */
    public void trash(Connection c, UUID id, Instant now) throws SQLException {
        StoredRow row = storedRow(c, id).orElseThrow(() -> new NotFoundException("No article with id " + id + "."));
        if (row.deleted) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET deleted_at = ? WHERE id = ?")) {
            ps.setString(1, Times.format(now));
            ps.setString(2, id.toString());
            ps.executeUpdate();
        }
    }

    public void restore(Connection c, UUID id) throws SQLException {
        StoredRow row = storedRow(c, id).orElseThrow(() -> new NotFoundException("No article with id " + id + "."));
        if (!row.deleted) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET deleted_at = NULL WHERE id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }

    /** Deletes every trashed article for good, with its revisions, comments and history. */
    public int emptyTrash(Connection c) throws SQLException {
        List<ArticleSummary> trashed = trashed(c);
        for (ArticleSummary s : trashed) {
            indexDelete(c, storedRow(c, s.id()).orElseThrow());
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE deleted_at IS NOT NULL")) {
            ps.executeUpdate();
        }
        return trashed.size();
    }

    public List<ArticleSummary> trashed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + " FROM article a WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC")) {
            return readSummaries(ps);
        }
    }

    public boolean isTrashed(Connection c, UUID id) throws SQLException {
        return storedRow(c, id).map(r -> r.deleted).orElse(false);
    }

    /** Sets the status (the workflow service decides whether the step is allowed). */
    public Article setStatus(Connection c, Article article, ArticleStatus status, Instant now) throws SQLException {
        return update(c, article.withStatus(status), now);
    }

    /**
     * Articles (not trashed) in {@code status}, newest change first; with {@code writer}, only those whose first
     * workflow step (their creation) was taken by that person.
     */
    public List<ArticleSummary> inStatus(Connection c, ArticleStatus status, String writer) throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.deleted_at IS NULL AND a.status = ?"
                + (writer == null ? "" : " AND (SELECT s.author FROM status_change s WHERE s.article_id = a.id"
                + " ORDER BY s.id LIMIT 1) = ?")
                + " ORDER BY a.seq DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status.label());
            if (writer != null) {
                ps.setString(2, writer);
            }
            return readSummaries(ps);
        }
    }

    /** Lists or searches articles, newest change first or best match first. */
    public List<SearchHit> search(Connection c, ArticleFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(searchSql(filter, params))) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<SearchHit> hits = new ArrayList<>();
                while (rs.next()) {
                    hits.add(new SearchHit(readSummary(rs), rs.getString("snippet")));
                }
                return hits;
            }
        }
    }

    /** The search statement for {@code filter}; its parameters are added to {@code params}. */
    static String searchSql(ArticleFilter filter, List<Object> params) {
        String match = FtsQuery.from(filter.text());
        StringBuilder sql = new StringBuilder();
        if (match.isEmpty()) {
            sql.append("SELECT ").append(SUMMARY_COLUMNS).append(", '' AS snippet FROM article a WHERE a.deleted_at IS NULL");
            appendFilters(sql, params, filter, "a");
            sql.append(" ORDER BY a.seq DESC");
            appendLimit(sql, filter);
        } else {
            // The inner query finds the matches in order and checks the filters against article_search, a
            // small index holding every filtered column, so a match the filters reject costs an index probe,
            // not a read of its 10 KB article row; snippet() runs for the rows it returns only. The outer query
            // then reads the article rows of those few. Relevance orders by the FTS5 rank (bm25 with our
            // weights), which FTS5 sorts itself: ORDER BY bm25(...) made SQLite sort every match, snippet and
            // all, in a temporary b-tree. Newest first walks the index's rowids (seq) backwards, no sort.
            boolean relevance = filter.order() == SearchOrder.RELEVANCE;
            sql.append("SELECT ").append(SUMMARY_COLUMNS).append(", m.snippet FROM (SELECT article_fts.rowid AS seq,")
                    .append(relevance ? " article_fts.rank AS rank," : "")
                    .append(" snippet(article_fts, -1, char(2), char(3), '…', 24) AS snippet")
                    .append(" FROM article_fts JOIN article f INDEXED BY article_search ON f.seq = article_fts.rowid")
                    .append(" WHERE article_fts MATCH ?");
            params.add(filter.tag() == null ? match : FtsQuery.withTag(match, filter.tag()));
            if (relevance) {
                sql.append(" AND article_fts.rank MATCH '").append(RANK).append('\'');
            }
            sql.append(" AND f.deleted_at IS NULL");
            appendFilters(sql, params, filter, "f");
            sql.append(relevance ? " ORDER BY article_fts.rank" : " ORDER BY article_fts.rowid DESC");
            appendLimit(sql, filter);
            sql.append(") m JOIN article a ON a.seq = m.seq ORDER BY ").append(relevance ? "m.rank" : "m.seq DESC");
        }
        return sql.toString();
    }

    private static void appendLimit(StringBuilder sql, ArticleFilter filter) {
        if (filter.limit() != Integer.MAX_VALUE) {
            sql.append(" LIMIT ").append(filter.limit());
        }
    }

    /** The filter conditions on the article table aliased {@code t}. */
    private static void appendFilters(StringBuilder sql, List<Object> params, ArticleFilter f, String t) {
        if (f.status() != null) {
            sql.append(" AND ").append(t).append(".status = ?");
            params.add(f.status().label());
        }
        if (f.language() != null) {
            sql.append(" AND (").append(t).append(".lang = ? OR ").append(t).append(".lang LIKE ?)");
            params.add(f.language().tag());
            params.add(f.language().tag() + "-%");
        }
        if (f.tag() != null) {
            // EXISTS, one primary-key probe per candidate row, not "a.id IN (SELECT …)": that built a list of
            // every article carrying the tag (40% of the library for a desk's main tag) on each search.
            sql.append(" AND EXISTS (SELECT 1 FROM article_tag at WHERE at.article_id = ").append(t).append(".id"
                    + " AND at.tag_id = (SELECT tg.id FROM tag tg WHERE tg.name = ?))");
            params.add(f.tag());
        }
        if (f.from() != null) {
            sql.append(" AND ").append(t).append(".article_date >= ?");
            params.add(f.from().toString());
        }
        if (f.to() != null) {
            sql.append(" AND ").append(t).append(".article_date <= ?");
            params.add(f.to().toString());
        }
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article WHERE deleted_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }

    public List<TagUsage> tagUsage(Connection c) throws SQLException {
        return tags.usage(c);
    }

    public TagStore tags() {
        return tags;
    }

    /** Rewrites the tags_text and index of every article carrying {@code tagId} after a rename or merge. */
    void reindexTagged(Connection c, List<UUID> ids) throws SQLException {
        for (UUID id : ids) {
            StoredRow row = storedRow(c, id).orElseThrow();
            List<String> current = tags.namesOf(c, id);
            indexDelete(c, row);
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET tags_text = ? WHERE id = ?")) {
                ps.setString(1, String.join(TAG_SEPARATOR, current));
                ps.setString(2, id.toString());
                ps.executeUpdate();
            }
            indexInsert(c, row.seq, get(c, id));
        }
    }

    private String freeSlug(Connection c, Language lang, String wanted, UUID id) throws SQLException {
        String base = Slugs.isValid(wanted) ? wanted : Slugs.fromHeadline(wanted);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE lang = ? AND slug = ? AND id <> ?")) {
            for (int n = 1; ; n++) {
                String candidate = Slugs.numbered(base, n);
                ps.setString(1, lang.tag());
                ps.setString(2, candidate);
                ps.setString(3, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return candidate;
                    }
                }
            }
        }
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) + 1 FROM article");
             ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }

    private record StoredRow(long seq, long version, boolean deleted, String headline, String standfirst,
                             String bodyText, String tagsText) {
    }

    private static Optional<StoredRow> storedRow(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, version, deleted_at IS NOT NULL, headline,"
                + " standfirst, body_text, tags_text FROM article WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
    }

    private static void indexInsert(Connection c, long seq, Article a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_fts (rowid, headline, standfirst, body_text, tags_text) VALUES (?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, a.headline());
            ps.setString(3, a.standfirst());
            ps.setString(4, a.body().plainText());
            ps.setString(5, String.join(TAG_SEPARATOR, a.tags()));
            ps.executeUpdate();
        }
    }

    /** External-content FTS5 needs the old values to remove an entry. */
    private static void indexDelete(Connection c, StoredRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_fts (article_fts, rowid, headline,"
                + " standfirst, body_text, tags_text) VALUES ('delete',?,?,?,?,?)")) {
            ps.setLong(1, row.seq);
            ps.setString(2, row.headline);
            ps.setString(3, row.standfirst);
            ps.setString(4, row.bodyText);
            ps.setString(5, row.tagsText);
            ps.executeUpdate();
        }
    }

    private Article readArticle(ResultSet rs) throws SQLException {
        return ArticleRow.read(rs).decode(json);
    }

    static List<String> splitTags(String tagsText) {
        return tagsText == null || tagsText.isEmpty() ? List.of() : List.of(tagsText.split(TAG_SEPARATOR));
    }

    private static List<ArticleSummary> readSummaries(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<ArticleSummary> out = new ArrayList<>();
            while (rs.next()) {
                out.add(readSummary(rs));
            }
            return out;
        }
    }

    private static ArticleSummary readSummary(ResultSet rs) throws SQLException {
        return new ArticleSummary(
                UUID.fromString(rs.getString("id")),
                rs.getString("slug"),
                Language.of(rs.getString("lang")),
                rs.getString("headline"),
                ArticleStatus.parse(rs.getString("status")),
                Times.parseDate(rs.getString("article_date")),
                Times.parse(rs.getString("updated_at")),
                rs.getString("tags_text").replace(TAG_SEPARATOR, ", "),
                Times.parseOffset(rs.getString("embargo")));
    }
}
