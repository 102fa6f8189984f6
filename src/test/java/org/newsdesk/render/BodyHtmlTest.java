package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.TextRun;

class BodyHtmlTest {
    private static final String ARABIC = "\u0645\u0631\u062d\u0628\u0627";
    private final BodyHtml body = new BodyHtml(SampleArticles.images());

    private String ltr(Block... blocks) {
        return body.render(List.of(blocks), Direction.LTR);
    }

    @Test
    void aTableHasItsCaptionHeaderRowAndBody() {
        Block table = new Block(BlockType.TABLE, 0, Direction.AUTO, List.of(TextRun.plain("Visits")), null,
                org.newsdesk.model.Table.of(true, List.of("City", "Date"), List.of("Tangier", "4 <April>")));
        assertThat(ltr(table)).isEqualTo("<table>\n<caption>Visits</caption>\n<thead>\n"
                + "<tr><th scope=\"col\">City</th><th scope=\"col\">Date</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>Tangier</td><td>4 &lt;April&gt;</td></tr>\n</tbody>\n</table>\n");
        assertThat(ltr(Block.table(org.newsdesk.model.Table.of(false, List.of("a", "b")))))
                .isEqualTo("<table>\n<tbody>\n<tr><td>a</td><td>b</td></tr>\n</tbody>\n</table>\n");
    }

    @Test
    void notesLinkBothWaysWithOneIdEach() {
        List<Block> blocks = new java.util.ArrayList<>(List.of(
                Block.paragraph(TextRun.plain("Said"), org.newsdesk.model.Notes.reference(1), TextRun.plain(" twice"),
                        org.newsdesk.model.Notes.reference(1), TextRun.plain("."))));
        blocks.addAll(org.newsdesk.model.Notes.section(org.newsdesk.model.Language.ENGLISH,
                List.of(List.of(TextRun.plain("Source."))), Direction.AUTO));
        String html = body.render(blocks, Direction.LTR);
        assertThat(html).contains("<p>Said<a href=\"#note-1\" id=\"note-ref-1\"><sup>1</sup></a> twice"
                        + "<a href=\"#note-1\"><sup>1</sup></a>.</p>")
                .contains("<h2>Notes</h2>")
                .contains("<li id=\"note-1\">Source. <a href=\"#note-ref-1\">↩</a></li>");
    }

    @Test
    void paragraphsAndHeadings() {
        assertThat(ltr(Block.paragraph("One"), Block.heading(2, "Two"), Block.heading(3, "Three"), Block.heading(4, "Four")))
                .isEqualTo("<p>One</p>\n<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>\n");
    }

    @Test
    void headingsNeverSkipALevelBelowTheHeadline() {
        assertThat(ltr(Block.heading(4, "Four"), Block.paragraph("x"), Block.heading(4, "Four again"),
                Block.heading(2, "Two"), Block.heading(4, "Four after two"), Block.heading(3, "Three")))
                .isEqualTo("<h2>Four</h2>\n<p>x</p>\n<h3>Four again</h3>\n<h2>Two</h2>\n<h3>Four after two</h3>\n"
                        + "<h3>Three</h3>\n");
    }

    @Test
    void blankTextBlocksAreLeftOut() {
        assertThat(ltr(Block.paragraph(""), Block.paragraph("  "), Block.heading(2, ""), Block.paragraph("x"), Block.bullet(0, " ")))
                .isEqualTo("<p>x</p>\n");
    }

    @Test
    void nestedListsFollowDepth() {
        assertThat(ltr(Block.bullet(0, "a"), Block.bullet(1, "a.1"), Block.bullet(1, "a.2"), Block.bullet(0, "b")))
                .isEqualTo("<ul>\n<li>a\n<ul>\n<li>a.1</li>\n<li>a.2</li>\n</ul>\n</li>\n<li>b</li>\n</ul>\n");
    }

    @Test
    void depthRisesAtMostOneLevelPerItem() {
        assertThat(ltr(Block.bullet(3, "starts deep"), Block.bullet(5, "jumps")))
                .isEqualTo("<ul>\n<li>starts deep\n<ul>\n<li>jumps</li>\n</ul>\n</li>\n</ul>\n");
    }

    @Test
    void changingListKindAtOneDepthStartsANewList() {
        assertThat(ltr(Block.bullet(0, "a"), Block.numbered(0, "1"), Block.numbered(1, "1.1"), Block.bullet(1, "1.b")))
                .isEqualTo("<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>1\n<ol>\n<li>1.1</li>\n</ol>\n<ul>\n<li>1.b</li>\n</ul>\n</li>\n</ol>\n");
    }

    @Test
    void aParagraphBetweenItemsEndsTheList() {
        assertThat(ltr(Block.numbered(0, "1"), Block.paragraph("p"), Block.numbered(0, "again")))
                .isEqualTo("<ol>\n<li>1</li>\n</ol>\n<p>p</p>\n<ol>\n<li>again</li>\n</ol>\n");
    }

    @Test
    void consecutiveQuotesShareOneBlockquote() {
        assertThat(ltr(Block.quote("one"), Block.quote("two"), Block.paragraph("after")))
                .isEqualTo("<blockquote>\n<p>one</p>\n<p>two</p>\n</blockquote>\n<p>after</p>\n");
    }

    @Test
    void dirOnlyWhereDirectionDiffersFromWhatIsInherited() {
        assertThat(ltr(Block.paragraph("English"), Block.paragraph(ARABIC),
                new Block(BlockType.PARAGRAPH, 0, Direction.RTL, List.of(TextRun.plain("forced")), null)))
                .isEqualTo("<p>English</p>\n<p dir=\"rtl\">" + ARABIC + "</p>\n<p dir=\"rtl\">forced</p>\n");
        assertThat(body.render(List.of(Block.paragraph(ARABIC), Block.paragraph("English")), Direction.RTL))
                .isEqualTo("<p>" + ARABIC + "</p>\n<p dir=\"ltr\">English</p>\n");
    }

    @Test
    void nestedListItemsCompareWithTheirParentItem() {
        // An Arabic list in an English page: the list itself turns RTL, an English child under an Arabic item
        // turns back, and the Arabic grandchild's list inherits from that English item.
        assertThat(ltr(Block.bullet(0, ARABIC), Block.bullet(1, "English"), Block.bullet(2, ARABIC)))
                .isEqualTo("<ul dir=\"rtl\">\n<li>" + ARABIC + "\n<ul dir=\"ltr\">\n<li>English\n"
                        + "<ul dir=\"rtl\">\n<li>" + ARABIC + "</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n");
    }

    @Test
    void figureWithLinkCaptionAndCredit() {
        ImageRef ref = new ImageRef(SampleArticles.PHOTO, "A pump.", "Photo: Ann", "A blue pump", "https://example.org/p");
        assertThat(ltr(Block.image(ref))).isEqualTo("<figure>\n<a href=\"https://example.org/p\"><img src=\"images/"
                + SampleArticles.PHOTO + ".jpg\" width=\"1200\" height=\"800\" alt=\"A blue pump\" loading=\"lazy\"></a>\n"
                + "<figcaption>A pump. <span class=\"credit\">Photo: Ann</span></figcaption>\n</figure>\n");
    }

    @Test
    void smallerCopiesGoInSrcsetSmallestFirstAndUnsafeOnesAreLeftOut() {
        BodyHtml sized = new BodyHtml(id -> Optional.of(new ResolvedImage("images/a.jpg", 2000, 1500, List.of(
                new ResolvedImage.Source("images/a-1600.jpg", 1600), new ResolvedImage.Source("javascript:alert(1)", 900),
                new ResolvedImage.Source("images/a,b.jpg", 700), new ResolvedImage.Source("images/a-400.jpg", 400)))));
        assertThat(sized.render(List.of(Block.image(new ImageRef("a", "", "", "Alt", null))), Direction.LTR))
                .isEqualTo("<figure>\n<img src=\"images/a.jpg\" width=\"2000\" height=\"1500\" srcset=\"images/a-400.jpg"
                        + " 400w, images/a-1600.jpg 1600w, images/a.jpg 2000w\" sizes=\"" + FigureHtml.SIZES
                        + "\" alt=\"Alt\" loading=\"lazy\">\n</figure>\n");
    }

    @Test
    void figureWithoutCaptionOrSize() {
        BodyHtml unsized = new BodyHtml(id -> Optional.of(ResolvedImage.of("https://cdn.example.org/" + id + ".png")));
        assertThat(unsized.render(List.of(Block.image(new ImageRef("x", "", "Credit only", "", null))), Direction.LTR))
                .isEqualTo("<figure>\n<img src=\"https://cdn.example.org/x.png\" alt=\"\" loading=\"lazy\">\n"
                        + "<figcaption><span class=\"credit\">Credit only</span></figcaption>\n</figure>\n");
    }

    @Test
    void aLinkedPictureWithoutAltTextIsNamedByItsCaptionElseItsAddress() {
        BodyHtml unsized = new BodyHtml(id -> Optional.of(ResolvedImage.of("images/" + id + ".png")));
        assertThat(unsized.render(List.of(Block.image(new ImageRef("x", "The poster", "", "", "https://example.org/p"))),
                Direction.LTR)).contains("<a href=\"https://example.org/p\"><img src=\"images/x.png\" alt=\"The poster\"");
        assertThat(unsized.render(List.of(Block.image(new ImageRef("x", "", "", " ", "https://example.org/p"))),
                Direction.LTR)).contains("alt=\"https://example.org/p\"");
    }

    @Test
    void missingImageKeepsItsWordsOrDisappears() {
        assertThat(ltr(Block.image(new ImageRef("unknown", "", "", "What it showed", null))))
                .isEqualTo("<figure class=\"image-missing\">\n<figcaption>What it showed</figcaption>\n</figure>\n");
        assertThat(ltr(Block.image(new ImageRef("unknown", "", "", "", null)))).isEmpty();
    }

    @Test
    void imageCaptionDirectionDecidesTheFigureDirection() {
        assertThat(body.render(List.of(Block.image(new ImageRef("unknown", "English caption", "", "", null))), Direction.RTL))
                .startsWith("<figure class=\"image-missing\" dir=\"ltr\">");
    }
}
