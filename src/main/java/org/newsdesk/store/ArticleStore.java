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
import org.newsdesk.i18n.Message;
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
    static final String ARTICLE_COLUMNS = "a.id, a.slug, a.lang, a.translation_group, a.headline, a.standfirst,"
            + " a.dateline, a.article_date, a.byline, a.body, a.tags_text, a.featured_asset, a.embargo, a.status,"
            + " a.version, a.created_at, a.updated_at";
    private static final String SUMMARY_COLUMNS = "a.id, a.slug, a.lang, a.headline, a.status, a.article_date,"
            + " a.updated_at, a.tags_text, a.embargo";
    /** Separates tag names in tags_text: a character no one types, so names may hold commas. */
    static final String TAG_SEPARATOR = "\u001f";

    private final JsonCodec json;
    private final TagStore tags = new TagStore();
    private final SharedSnapshots snapshots;

    public ArticleStore(JsonCodec json) {
        this.json = json;
        this.snapshots = new SharedSnapshots(json);
    }

    /**
     * Stores a new article (version 0) with its own created/updated times, and returns it as stored:
     * version 1, canonical tags, a slug free in its language.
     */
    public Article insert(Connection c, Article article) throws SQLException {
        return insert(c, article, 1);
    }

    /**
     * The parts of an article's row and index entry that cost CPU but need no connection (the packed body, the
     * folded texts): an import makes them on another core while this one writes the articles before.
     */
    public record Prepared(byte[] body, SearchIndex.Texts texts) {
    }

    /** Packs and folds {@code article}'s texts; safe on any thread. */
    public Prepared prepare(Article article) {
        return new Prepared(Packed.pack(json.writeDocument(article.body())), SearchIndex.Texts.of(article));
    }

    /**
     * Stores a new article as {@code storedVersion}: an article re-imported from a file or bundle keeps the
     * version it had, so exporting it again gives the same bytes.
     */
    public Article insert(Connection c, Article article, long storedVersion) throws SQLException {
        return insert(c, article, storedVersion, prepare(article));
    }

    /**
     * As {@link #insert(Connection, Article, long)}, with the texts already {@link #prepare prepared} from an
     * article with the same headline, standfirst, body and tags.
     */
    public Article insert(Connection c, Article article, long storedVersion, Prepared prepared) throws SQLException {
        if (article.version() != 0 || storedVersion < 1) {
            throw new IllegalArgumentException("insert takes an unsaved article (version 0) and stores version 1 or more");
        }
        String wanted = Slugs.isValid(article.slug()) ? article.slug() : Slugs.fromHeadline(article.slug());
        long seq;
        boolean slugTaken;
        // the next seq and whether the slug is free, in one look
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT coalesce(max(seq), 0) + 1 FROM article),"
                + " EXISTS (SELECT 1 FROM article WHERE lang = ? AND slug = ? AND id <> ?)")) {
            ps.setString(1, article.language().tag());
            ps.setString(2, wanted);
            ps.setString(3, article.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
                slugTaken = rs.getBoolean(2);
            }
        }
        String slug = slugTaken ? freeSlug(c, article.language(), wanted, article.id()) : wanted;
        List<TagStore.Tag> storedTags = tags.canonical(c, article.tags());
        List<String> canonicalTags = storedTags.stream().map(TagStore.Tag::name).toList();
        Article stored = article.withSlug(slug).withTags(canonicalTags)
                .withStored(storedVersion, article.createdAt(), article.updatedAt());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (seq, id, slug, lang, translation_group,"
                + " headline, standfirst, dateline, article_date, byline, body, tags_text,"
                + " featured_asset, embargo, status, version, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, stored.id().toString());
            bindContent(ps, 3, stored, prepared.body());
            ps.setString(17, Times.format(stored.createdAt()));
            ps.setString(18, Times.format(stored.updatedAt()));
            ps.executeUpdate();
        }
        tags.link(c, stored.id(), storedTags, true);
        SearchIndex.insert(c, seq, prepared.texts(), SearchIndex.filterTokens(stored.language(), stored.status(),
                ids(storedTags), false));
        return stored;
    }

    /**
     * Saves changes on top of {@code article.version()}. If the stored version moved on (another window or
     * process saved first) nothing is written and a {@link ConflictException} says so.
     */
    public Article update(Connection c, Article article, Instant now) throws SQLException {
        StoredRow row = storedRow(c, article.id())
                .orElseThrow(() -> new NotFoundException(Message.of("error.article.notFound", article.id().toString())));
        if (row.version != article.version()) {
            throw new ConflictException(Message.of("error.article.changedElsewhereVersions", article.headline(),
                    row.version, article.version()));
        }
        String slug = freeSlug(c, article.language(), article.slug(), article.id());
        List<TagStore.Tag> storedTags = tags.canonical(c, article.tags());
        List<String> canonicalTags = storedTags.stream().map(TagStore.Tag::name).toList();
        Article stored = article.withSlug(slug).withTags(canonicalTags)
                .withStored(row.version + 1, article.createdAt(), now);
        snapshots.detach(c, article.id(), () -> get(c, article.id()));
        SearchIndex.delete(c, row.seq);
        long seq = nextSeq(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET slug=?, lang=?, translation_group=?,"
                + " headline=?, standfirst=?, dateline=?, article_date=?, byline=?, body=?,"
                + " tags_text=?, featured_asset=?, embargo=?, status=?, version=?, updated_at=?, seq=?"
                + " WHERE id=? AND version=?")) {
            bindContent(ps, 1, stored, Packed.pack(json.writeDocument(stored.body())));
            ps.setString(15, Times.format(now));
            ps.setLong(16, seq);
            ps.setString(17, stored.id().toString());
            ps.setLong(18, row.version);
            if (ps.executeUpdate() != 1) {
                throw new ConflictException(Message.of("error.article.changedElsewhere", article.headline()));
            }
        }
        tags.link(c, stored.id(), storedTags, false);
        SearchIndex.insert(c, seq, stored, ids(storedTags), row.deleted);
        return stored;
    }

    /** Binds slug … version (14 parameters) starting at {@code i}; the body is stored packed (see {@link Packed}). */
    private static List<Long> ids(List<TagStore.Tag> tags) {
        return tags.stream().map(TagStore.Tag::id).toList();
    }

    private void bindContent(PreparedStatement ps, int i, Article a, byte[] packedBody) throws SQLException {
        ps.setString(i, a.slug());
        ps.setString(i + 1, a.language().tag());
        ps.setString(i + 2, a.translationGroup().toString());
        ps.setString(i + 3, a.headline());
        ps.setString(i + 4, a.standfirst());
        ps.setString(i + 5, a.dateline());
        ps.setString(i + 6, Times.format(a.date()));
        ps.setString(i + 7, a.byline());
        ps.setBytes(i + 8, packedBody);
        ps.setString(i + 9, String.join(TAG_SEPARATOR, a.tags()));
        ps.setString(i + 10, a.featuredImage());
        ps.setString(i + 11, Times.format(a.embargo()));
        ps.setString(i + 12, a.status().label());
        ps.setLong(i + 13, a.version());
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
                throw new NotFoundException(Message.of("error.article.notFound", id.toString()));
            }
            ordered.add(row);
        }
        return ordered.parallelStream().map(row -> row.decode(json)).toList();
    }

    /** Ids per query: well under SQLite's limit of bound parameters. */
    private static final int BATCH = 500;

    public Article get(Connection c, UUID id) throws SQLException {
        return find(c, id).orElseThrow(() -> new NotFoundException(Message.of("error.article.notFound", id.toString())));
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
                    throw new org.newsdesk.model.BadInputException(Message.of("error.article.ambiguousPrefix", idOrPrefix));
                }
                return Optional.of(first);
            }
        }
    }

    /** Moves an article to the trash: kept (and indexed), restorable, out of lists and search. */
    public void trash(Connection c, UUID id, Instant now) throws SQLException {
        StoredRow row = storedRow(c, id).orElseThrow(() -> new NotFoundException(
                Message.of("error.article.notFound", id.toString())));
        if (row.deleted) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET deleted_at = ? WHERE id = ?")) {
            ps.setString(1, Times.format(now));
            ps.setString(2, id.toString());
            ps.executeUpdate();
        }
        reindex(c, id, row.seq, true);
    }

    /** Indexes the article again, in or out of the trash (its hidden {@code ǂtrashed} token). */
    private void reindex(Connection c, UUID id, long seq, boolean trashed) throws SQLException {
        Article a = get(c, id);
        SearchIndex.delete(c, seq);
        SearchIndex.insert(c, seq, a, tags.idsOf(c, id), trashed);
    }

    public void restore(Connection c, UUID id) throws SQLException {
        StoredRow row = storedRow(c, id).orElseThrow(() -> new NotFoundException(
                Message.of("error.article.notFound", id.toString())));
        if (!row.deleted) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET deleted_at = NULL WHERE id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
        reindex(c, id, row.seq, false);
    }

    /** Whether the library has an article with this id (trashed or not); reads no body. */
    public boolean exists(Connection c, UUID id) throws SQLException {
        return storedRow(c, id).isPresent();
    }

    /** Deletes every trashed article for good, with its revisions, comments and history. */
    public int emptyTrash(Connection c) throws SQLException {
        List<ArticleSummary> trashed = trashed(c);
        for (ArticleSummary s : trashed) {
            SearchIndex.delete(c, storedRow(c, s.id()).orElseThrow().seq);
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
        // the status token in the index lists them newest first without reading other articles
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM article_fts JOIN article a ON a.seq = article_fts.rowid"
                + " WHERE article_fts MATCH ?"
                + (writer == null ? "" : " AND (SELECT s.author FROM status_change s WHERE s.article_id = a.id"
                + " ORDER BY s.id LIMIT 1) = ?")
                + " ORDER BY article_fts.rowid DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, FtsQuery.withFilters("", List.of(SearchIndex.statusToken(status))) + " NOT "
                    + FtsQuery.quote(SearchIndex.TRASHED));
            if (writer != null) {
                ps.setString(2, writer);
            }
            return readSummaries(ps);
        }
    }

    /** Lists or searches articles, newest change first or best match first. */
    public List<SearchHit> search(Connection c, ArticleFilter filter) throws SQLException {
        FtsQuery.Parsed query = FtsQuery.parse(filter.text());
        List<String> filterTokens = new ArrayList<>();
        if (filter.tag() != null) {
            Optional<Long> tagId = tags.idOf(c, filter.tag());
            if (tagId.isEmpty()) {
                return List.of(); // no article carries a tag the library does not have
            }
            filterTokens.add(SearchIndex.tagToken(tagId.get()));
        }
        List<Object> params = new ArrayList<>();
        String sql = searchSql(filter, query, filterTokens, params);
        Snippets snippets = new Snippets(query.terms());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<SearchHit> hits = new ArrayList<>();
                while (rs.next()) {
                    String snippet = query.isEmpty() ? ""
                            : snippets.make(rs.getString("headline"), rs.getString("standfirst"), bodyText(rs.getBytes("body")));
                    hits.add(new SearchHit(readSummary(rs), snippet));
                }
                return hits;
            }
        }
    }

    /** The body's text for a snippet; a body that cannot be read (the integrity check reports it) gives none. */
    private String bodyText(byte[] packed) {
        try {
            return json.readDocument(Packed.unpack(packed)).plainText();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /** The search statement for {@code filter}, its tag (if any) taken as tag id 1: for plan tests. */
    static String searchSql(ArticleFilter filter, List<Object> params) {
        return searchSql(filter, FtsQuery.parse(filter.text()),
                filter.tag() == null ? List.of() : List.of(SearchIndex.tagToken(1)), params);
    }

    /** The search statement for {@code filter} (tag given as its token); its parameters are added to {@code params}. */
    static String searchSql(ArticleFilter filter, FtsQuery.Parsed query, List<String> tagTokens, List<Object> params) {
        List<String> filterTokens = new ArrayList<>();
        if (filter.language() != null) {
            filterTokens.add(SearchIndex.languageToken(filter.language()));
        }
        if (filter.status() != null) {
            filterTokens.add(SearchIndex.statusToken(filter.status()));
        }
        filterTokens.addAll(tagTokens);
        String match = FtsQuery.withFilters(query.match(), filterTokens);
        StringBuilder sql = new StringBuilder();
        if (match.isEmpty()) {
            sql.append("SELECT ").append(SUMMARY_COLUMNS).append(" FROM article a WHERE a.deleted_at IS NULL");
            appendDates(sql, params, filter, "a");
            sql.append(" ORDER BY a.seq DESC");
            appendLimit(sql, filter);
        } else {
            // The inner query walks the index's matches in order. Filters and the trash are hidden tokens in the MATCH
            // (see SearchIndex), so FTS5 visits only articles that pass them and no article row is read for a match
            // (a date filter, rare with words, still checks the row). The outer query then reads the rows of the few
            // returned; snippets are cut from their text in Java (the index holds folded text only). Relevance
            // orders by the FTS5 rank (bm25 with our weights), which FTS5 sorts itself; newest first walks the
            // index's rowids (seq) backwards, no sort.
            boolean relevance = filter.order() == SearchOrder.RELEVANCE && !query.isEmpty();
            boolean dates = filter.from() != null || filter.to() != null;
            sql.append("SELECT ").append(SUMMARY_COLUMNS).append(", a.standfirst, a.body FROM (SELECT article_fts.rowid AS seq")
                    .append(relevance ? ", article_fts.rank AS rank" : "")
                    .append(" FROM article_fts")
                    .append(dates ? " JOIN article f ON f.seq = article_fts.rowid" : "")
                    .append(" WHERE article_fts MATCH ?");
            params.add("(" + match + ") NOT " + FtsQuery.quote(SearchIndex.TRASHED));
            if (relevance) {
                sql.append(" AND article_fts.rank MATCH '").append(SearchIndex.RANK).append('\'');
            }
            if (dates) {
                appendDates(sql, params, filter, "f");
            }
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

    /** The date conditions on the article table aliased {@code t} (every other filter is in the MATCH). */
    private static void appendDates(StringBuilder sql, List<Object> params, ArticleFilter f, String t) {
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

    private record StoredRow(long seq, long version, boolean deleted) {
    }

    private static Optional<StoredRow> storedRow(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, version, deleted_at IS NOT NULL FROM article"
                + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)));
            }
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
