package org.newsdesk.render;

import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.TextRun;

/** An article written by an attacker: every field tries to break out of its context and run script. */
final class HostileContent {
    static final String HEADLINE = "<script>alert(1)</script> \"Quoted\" & 'apostrophes' </title><script>alert(0)</script>";
    static final String STANDFIRST = "\"><script>alert(2)</script><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(2)\">";
    static final String BYLINE = "</script><script>alert(3)</script><!--";
    static final String EVIL_ASSET = "evil";
    static final String PHOTO = SampleArticles.PHOTO;
    static final List<String> BAD_LINKS = List.of(
            "javascript:alert(6)", "JaVaScRiPt:alert(7)", "  javascript:alert(8)", "java\tscript:alert(9)",
            "data:text/html,<script>alert(10)</script>", "vbscript:msgbox(11)", "/relative/path", "http:no-host",
            "&#106;avascript:alert(12)");

    private HostileContent() {
    }

    static Article article() {
        List<TextRun> runs = new java.util.ArrayList<>();
        runs.add(TextRun.plain("<img src=x onerror=alert(5)> text \u0000\u0007\uFFFE\uD800 "));
        for (String bad : BAD_LINKS) {
            runs.add(TextRun.link("bad link " + runs.size(), bad));
            runs.add(TextRun.plain(" "));
        }
        runs.add(TextRun.link("quote breaker", "https://example.org/\"><script>alert(13)</script>"));
        runs.add(TextRun.plain(" "));
        runs.add(TextRun.link("spaces", " https://example.org/a path/{x}|y^z?q=\"1\"&r=50%&s=%41 "));
        runs.add(TextRun.plain(" "));
        runs.add(TextRun.link("arabic path", "https://example.org/\u0645\u064a\u0627\u0647"));
        Document body = Document.of(
                new Block(org.newsdesk.model.BlockType.PARAGRAPH, 0, null, runs, null),
                Block.heading(2, "</h2><script>alert(14)</script>"),
                Block.bullet(0, "<li onclick=alert(15)>"),
                Block.quote("</blockquote><script>alert(16)</script>"),
                Block.image(new ImageRef(PHOTO, "<script>alert(17)</script>", "\"credit\" <b>",
                        "\" onerror=\"alert(18)", "javascript:alert(19)")),
                Block.image(new ImageRef(EVIL_ASSET, "evil src", "", "", null)));
        return SampleArticles.article("55555555-5555-5555-5555-555555555555", "en", HEADLINE, STANDFIRST,
                "<!-- GENEVA", BYLINE, body, List.of("</script>", "\"onmouseover=\"alert(20)", "<b>tag</b>"))
                .withFeaturedImage(EVIL_ASSET);
    }

    /** The sample photo resolves normally; the evil asset resolves to a script URL. */
    static ImageResolver images() {
        return assetId -> EVIL_ASSET.equals(assetId)
                ? Optional.of(ResolvedImage.of("javascript:alert(21)"))
                : SampleArticles.images().resolve(assetId);
    }
}
