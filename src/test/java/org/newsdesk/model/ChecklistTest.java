package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistTest {
    private final Checklist checklist = new Checklist();

    private static Article good() {
        return Article.draft("Heritage classrooms open", Language.of("en"), Instant.EPOCH)
                .withStandfirst("Forty schools in six countries.")
                .withTags(List.of("Education"))
                .withBody(Document.of(Block.paragraph(TextRun.plain("Read "), TextRun.link("the report", "https://example.org")),
                        Block.image(new ImageRef("a".repeat(64), "Pupils", "J. Doe", "Pupils at a desk", null))));
    }

    @Test
    void aCompleteArticlePassesEveryRule() {
        ChecklistResult r = checklist.evaluate(good(), 0, ChecklistSettings.ALL_ON);
        assertThat(r.passed()).isTrue();
        assertThat(r.items()).hasSize(ChecklistRule.values().length)
                .allSatisfy(i -> assertThat(i.outcome()).isEqualTo(ChecklistItem.Outcome.PASSED));
    }

    @Test
    void eachFailingRuleIsListedInWords() {
        Article bad = good().withHeadline("x".repeat(111)).withStandfirst(" ").withTags(List.of())
                .withBody(Document.of(Block.paragraph(""), Block.paragraph(TextRun.link(" ", "https://example.org/x")),
                        Block.image(new ImageRef("b".repeat(64), "", "", "", null)),
                        Block.image(new ImageRef("c".repeat(64), "", "AFP", "", null))));
        ChecklistResult r = checklist.evaluate(bad, 2, ChecklistSettings.ALL_ON);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).extracting(ChecklistItem::rule).containsExactly(ChecklistRule.HEADLINE_LENGTH,
                ChecklistRule.STANDFIRST, ChecklistRule.TAGS, ChecklistRule.IMAGE_TEXT, ChecklistRule.COMMENTS_RESOLVED,
                ChecklistRule.NO_EMPTY_PARAGRAPHS, ChecklistRule.LINK_TEXT);
        assertThat(r.failures()).extracting(ChecklistItem::problem).containsExactly(
                "The headline is 111 characters long, more than 110.",
                "The article has no standfirst.",
                "The article has no tags.",
                "Image 1 (block 3) has no alt text or credit; image 2 (block 4) has no alt text.",
                "2 comments are not resolved.",
                "Blocks 1, 2 are empty.",
                "A link has no text: https://example.org/x.");
        assertThat(r.problems()).startsWith("The headline is 111 characters long, more than 110; the article has no")
                .endsWith("https://example.org/x.");
    }

    @Test
    void headlineLengthCountsWhatAReaderSeesAndTheLimitIsInclusive() {
        String accented = "e\u0301".repeat(110); // 110 letters, 220 chars
        assertThat(checklist.evaluate(good().withHeadline(accented), 0, ChecklistSettings.ALL_ON).passed()).isTrue();
        assertThat(checklist.evaluate(good().withHeadline("").withSlug("x"), 0, ChecklistSettings.ALL_ON).failures())
                .extracting(ChecklistItem::rule).containsExactly(ChecklistRule.HEADLINE);
    }

    @Test
    void aRuleSwitchedOffIsReportedOffAndDoesNotBlock() {
        ChecklistSettings settings = ChecklistSettings.ALL_ON.with(ChecklistRule.TAGS, false)
                .with(ChecklistRule.COMMENTS_RESOLVED, false);
        ChecklistResult r = checklist.evaluate(good().withTags(List.of()), 3, settings);
        assertThat(r.passed()).isTrue();
        assertThat(r.items()).filteredOn(i -> i.outcome() == ChecklistItem.Outcome.OFF)
                .extracting(ChecklistItem::rule).containsExactly(ChecklistRule.TAGS, ChecklistRule.COMMENTS_RESOLVED);
        assertThat(settings.with(ChecklistRule.TAGS, true).isEnabled(ChecklistRule.TAGS)).isTrue();
    }
}
