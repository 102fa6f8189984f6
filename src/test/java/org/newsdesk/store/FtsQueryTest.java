package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void wordsBecomeQuotedPrefixTermsAndPhrasesStayPhrases() {
        assertThat(FtsQuery.from("edu minister")).isEqualTo("\"edu\"* AND \"minister\"*");
        assertThat(FtsQuery.from("\"heritage classrooms\" 2026")).isEqualTo("\"heritage classrooms\" AND \"2026\"*");
    }

    @Test
    void ftsOperatorsAndPunctuationCannotBreakTheQuery() {
        assertThat(FtsQuery.from("NEAR( AND * OR -x \"")).isEqualTo("\"NEAR\"* AND \"AND\"* AND \"OR\"* AND \"x\"");
        assertThat(FtsQuery.from("  !!! ")).isEmpty();
    }
}
