package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;

class InlineHtmlTest {

    @Test
    void everyMarkHasItsElement() {
        assertThat(InlineHtml.render(List.of(TextRun.of("b", Mark.BOLD), TextRun.of("i", Mark.ITALIC),
                TextRun.of("u", Mark.UNDERLINE), TextRun.of("s", Mark.STRIKETHROUGH),
                TextRun.of("sup", Mark.SUPERSCRIPT), TextRun.of("sub", Mark.SUBSCRIPT))))
                .isEqualTo("<strong>b</strong><em>i</em><u>u</u><s>s</s><sup>sup</sup><sub>sub</sub>");
    }

    @Test
    void sharedMarksStayOpenAcrossRuns() {
        assertThat(InlineHtml.render(List.of(TextRun.of("bold ", Mark.BOLD), TextRun.of("both", Mark.BOLD, Mark.ITALIC),
                TextRun.of(" bold", Mark.BOLD))))
                .isEqualTo("<strong>bold <em>both</em> bold</strong>");
    }

    @Test
    void linkIsOutermostAndSpansDifferentlyStyledRuns() {
        String href = "https://example.org/?a=1&b=2";
        assertThat(InlineHtml.render(List.of(new TextRun("plain ", Set.of(), href),
                new TextRun("bold", Set.of(Mark.BOLD), href), TextRun.plain(" after"))))
                .isEqualTo("<a href=\"https://example.org/?a=1&amp;b=2\">plain <strong>bold</strong></a> after");
    }

    @Test
    void neighbouringDifferentLinksAreSeparateAnchors() {
        assertThat(InlineHtml.render(List.of(TextRun.link("one", "https://a.example/"), TextRun.link("two", "https://b.example/"))))
                .isEqualTo("<a href=\"https://a.example/\">one</a><a href=\"https://b.example/\">two</a>");
    }

    @Test
    void unsafeLinkKeepsItsTextAndMarks() {
        assertThat(InlineHtml.render(List.of(new TextRun("click", Set.of(Mark.ITALIC), "javascript:alert(1)"))))
                .isEqualTo("<em>click</em>");
    }

    @Test
    void lineBreaksAndEscaping() {
        assertThat(InlineHtml.render(List.of(TextRun.plain("a < b & c > \"d\"\r\nnext\rlast"))))
                .isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot;<br>next<br>last");
    }
}
