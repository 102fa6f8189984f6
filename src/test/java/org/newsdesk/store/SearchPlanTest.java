package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchOrder;

/**
 * Keeps search plans cheap on large libraries (see the library benchmark): no sort of all matches, status, tag and
 * language checked inside the full-text index (hidden tokens), the article table read by rowid for the rows returned
 * (and, with a date filter, for each match), never scanned.
 */
class SearchPlanTest {
    @TempDir
    Path dir;

    static Stream<ArticleFilter> searches() {
        ArticleFilter text = ArticleFilter.text("festival").withLimit(20);
        ArticleFilter filtered = text.withStatus(ArticleStatus.PUBLISHED).withTag("Culture")
                .withLanguage(Language.of("fr"));
        ArticleFilter dated = filtered.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
        return Stream.of(SearchOrder.RELEVANCE, SearchOrder.NEWEST)
                .flatMap(o -> Stream.of(text.withOrder(o), filtered.withOrder(o), dated.withOrder(o),
                        ArticleFilter.text("").withStatus(ArticleStatus.DRAFT).withOrder(o)));
    }

    @ParameterizedTest
    @MethodSource("searches")
    void searchNeverSortsAllMatchesAndFiltersInsideTheIndex(ArticleFilter filter) throws SQLException {
        try (Database db = new LibraryOpener().open(dir.resolve("plan.newsdesk"))) {
            List<Object> params = new ArrayList<>();
            List<String> plan = db.read(c -> plan(c, filter, params));
            assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
            assertThat(plan).anyMatch(step -> step.startsWith("SCAN article_fts VIRTUAL TABLE"));
            assertThat(plan).noneMatch(step -> step.contains("LIST SUBQUERY"));
            assertThat(plan).noneMatch(step -> step.matches("SCAN (a|f|article)\\b.*"));
            long articleReads = plan.stream().filter(step -> step.contains("USING INTEGER PRIMARY KEY")).count();
            assertThat(articleReads).as("article rows read: the results, plus each match only with dates")
                    .isEqualTo(filter.from() != null ? 2 : 1);
            assertThat((String) params.get(0)).as("filters are hidden tokens in the MATCH")
                    .contains(filter.status() == null ? "" : SearchIndex.statusToken(filter.status()))
                    .contains(filter.language() == null ? "" : SearchIndex.languageToken(filter.language()))
                    .endsWith("NOT " + FtsQuery.quote(SearchIndex.TRASHED));
        }
    }

    private static List<String> plan(Connection c, ArticleFilter filter, List<Object> params) throws SQLException {
        String sql = ArticleStore.searchSql(filter, params);
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<String> steps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
            return steps;
        }
    }
}
