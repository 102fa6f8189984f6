package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void englishHeadlineBecomesLowerCaseHyphenatedWords() {
        assertThat(Slugs.fromHeadline("Heritage Classrooms open in 40 schools!"))
                .isEqualTo("heritage-classrooms-open-in-40-schools");
    }

    @Test
    void frenchAccentsAndApostrophesAreFolded() {
        assertThat(Slugs.fromHeadline("Le Festival revient à Tánger : l'été des traducteurs"))
                .isEqualTo("le-festival-revient-a-tanger-lete-des-traducteurs");
    }

    @Test
    void arabicHeadlineIsTransliteratedNeverEmpty() {
        String slug = Slugs.fromHeadline("إطلاق مشروع رقمنة المخطوطات");
        assertThat(slug).isNotEmpty().matches("[a-z0-9]+(-[a-z0-9]+)*").isNotEqualTo("article");
        assertThat(slug.split("-")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void punctuationOnlyOrBlankHeadlineStillGivesASlug() {
        assertThat(Slugs.fromHeadline("!!! ???")).isEqualTo("article");
        assertThat(Slugs.fromHeadline("")).isEqualTo("article");
        assertThat(Slugs.fromHeadline(null)).isEqualTo("article");
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundary() {
        String slug = Slugs.fromHeadline("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void numberedSlugsForClashes() {
        assertThat(Slugs.numbered("festival", 1)).isEqualTo("festival");
        assertThat(Slugs.numbered("festival", 3)).isEqualTo("festival-3");
    }
}
