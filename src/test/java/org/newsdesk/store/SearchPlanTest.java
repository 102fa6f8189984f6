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
 * Keeps search plans cheap on large libraries (see the library benchmark): no sort of all matches, filters
 * checked against the small article_search index, the article row read for returned rows only.
 */
class SearchPlanTest {
    @TempDir
    Path dir;

    static Stream<ArticleFilter> searches() {
        ArticleFilter text = ArticleFilter.text("festival").withLimit(20);
        ArticleFilter filtered = text.withStatus(ArticleStatus.PUBLISHED).withTag("Culture")
                .withLanguage(Language.of("fr")).withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
        return Stream.of(SearchOrder.RELEVANCE, SearchOrder.NEWEST)
                .flatMap(o -> Stream.of(text.withOrder(o), filtered.withOrder(o)));
    }

    @ParameterizedTest
    @MethodSource("searches")
    void searchNeverSortsAllMatchesAndFiltersOnTheSmallIndex(ArticleFilter filter) throws SQLException {
        try (Database db = new LibraryOpener().open(dir.resolve("plan.newsdesk"))) {
            List<String> plan = db.read(c -> plan(c, filter));
            assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
            assertThat(plan).anyMatch(step -> step.contains("COVERING INDEX article_search"));
            assertThat(plan).anyMatch(step -> step.startsWith("SCAN article_fts VIRTUAL TABLE"));
            assertThat(plan).noneMatch(step -> step.contains("LIST SUBQUERY"));
        }
    }

    private static List<String> plan(Connection c, ArticleFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
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
