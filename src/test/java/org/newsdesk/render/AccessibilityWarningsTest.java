package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

class AccessibilityWarningsTest {
    private static final Messages ENGLISH = Messages.english();

    private static Article article(String headline, Block... blocks) {
        return Article.draft(headline, Language.ENGLISH, Instant.EPOCH).withBody(Document.of(blocks));
    }

    @Test
    void theSamplesAndAPictureWithAltTextAndPlainLinksWarnOfNothing() {
        assertThat(AccessibilityWarnings.of(SampleArticles.english())).isEmpty();
        assertThat(AccessibilityWarnings.of(SampleArticles.french())).isEmpty();
        assertThat(AccessibilityWarnings.of(article("Pumps",
                Block.image(new ImageRef("a", "", "", "A blue pump", null)),
                Block.paragraph(TextRun.plain("See "), TextRun.link("the council's report", "https://example.org/r"),
                        TextRun.plain(" for more"))))).isEmpty();
    }

    @Test
    void aPictureWithoutAltTextIsNamedByItsPlaceAndCaption() {
        assertThat(AccessibilityWarnings.of(article("Pumps",
                Block.image(new ImageRef("a", "", "", "A blue pump", null)),
                Block.image(new ImageRef("b", "At the station", "", "  ", null)))).stream().map(ENGLISH::text))
                .containsExactly("\"Pumps\": picture 2 (\"At the station\") has no alt text; readers who cannot see it"
                        + " learn nothing from it. Add alt text in the picture's details.");
    }

    @Test
    void vagueLinkWordsInAnyOfTheThreeLanguagesWarnAcrossStyledRuns() {
        assertThat(AccessibilityWarnings.of(article("Report",
                Block.paragraph(TextRun.plain("The report is "),
                        new TextRun("click ", java.util.Set.of(Mark.BOLD), "https://example.org/r"),
                        TextRun.link("here", "https://example.org/r"), TextRun.plain(".")),
                Block.bullet(0, "x").withRuns(java.util.List.of(TextRun.link("Lire la suite…", "https://example.org/f"))),
                Block.quote("y").withRuns(java.util.List.of(TextRun.link("اضغط هنا", "https://example.org/a")))))
                .stream().map(ENGLISH::text)).hasSize(3).allSatisfy(w -> assertThat(w).contains("does not say where it leads"))
                .anySatisfy(w -> assertThat(w).contains("\"click here\""));
    }

    @Test
    void aPageWithoutHeadlineHasNoMainHeading() {
        assertThat(AccessibilityWarnings.of(article("", Block.paragraph("Text"))).stream().map(ENGLISH::text)).singleElement()
                .asString().contains("has no headline");
    }
}
