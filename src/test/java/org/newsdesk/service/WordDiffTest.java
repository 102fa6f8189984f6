package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.DiffSegment;

class WordDiffTest {

    private static String show(List<DiffSegment> segments) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            switch (s.kind()) {
                case EQUAL -> sb.append(s.text());
                case DELETED -> sb.append("[-").append(s.text()).append("-]");
                case INSERTED -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }

    @Test
    void wordsNotCharactersAreCompared() {
        assertThat(show(WordDiff.segments("Schools open today.", "Schools reopen today."))).isEqualTo(
                "Schools [-open-]{+reopen+} today.");
    }

    @Test
    void neighbouringChangesReadAsOne() {
        assertThat(show(WordDiff.segments("The quick brown fox.", "The slow red fox."))).isEqualTo(
                "The [-quick brown-]{+slow red+} fox.");
    }

    @Test
    void insertionsAndDeletionsStandAlone() {
        assertThat(show(WordDiff.segments("One two.", "One and two."))).isEqualTo("One {+and +}two.");
        assertThat(show(WordDiff.segments("One and two.", "One two."))).isEqualTo("One [-and -]two.");
        assertThat(show(WordDiff.segments("", "New."))).isEqualTo("{+New.+}");
    }

    @Test
    void arabicWordsDiffLikeAnyOther() {
        assertThat(show(WordDiff.segments("وقع الوزير الاتفاقية", "وقع الرئيس الاتفاقية"))).isEqualTo(
                "وقع [-الوزير-]{+الرئيس+} الاتفاقية");
    }
}
