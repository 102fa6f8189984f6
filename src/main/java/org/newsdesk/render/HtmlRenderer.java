package org.newsdesk.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.Direction;
import org.newsdesk.model.NameMention;

/**
 * The one HTML renderer: the live preview, the HTML export, the CMS fragment and the ninjs body all come
 * from here, so what an editor previews is what gets published. Same input, same bytes.
 */
public final class HtmlRenderer {
    private final Templates templates;
    private final PageOptions options;
    private final NewsArticleJsonLd jsonLd;
    private final Function<Article, List<NameMention>> mentions;

    public HtmlRenderer(Templates templates, PageOptions options, JsonCodec codec) {
        this(templates, options, codec, article -> List.of());
    }

    /** @param mentions the library's agreed names an article mentions, for JSON-LD {@code mentions} and ninjs */
    public HtmlRenderer(Templates templates, PageOptions options, JsonCodec codec,
                        Function<Article, List<NameMention>> mentions) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.options = Objects.requireNonNull(options, "options");
        this.jsonLd = new NewsArticleJsonLd(Objects.requireNonNull(codec, "codec"));
        this.mentions = Objects.requireNonNull(mentions, "mentions");
    }

    /** The agreed names the article mentions (none without a library's names list). */
    public List<NameMention> mentions(Article article) {
        return mentions.apply(article);
    }

    /** The site settings pages are rendered with: exports resolve picture addresses against them too. */
    public PageOptions pageOptions() {
        return options;
    }

    /** A complete, standalone HTML5 page (styles inlined) for the article. */
    public String page(Article article, ImageResolver images) {
        return page(article, images, PageAlternates.NONE);
    }

    /** A page that also links the other languages of its translation set. */
    public String page(Article article, ImageResolver images, PageAlternates alternates) {
        ArticleFacts facts = ArticleFacts.of(article, options, images);
        ArticlePageView view = ArticlePageViewFactory.create(
                facts, body(article, images), jsonLd.build(facts, alternates, options, mentions(article)),
                templates.stylesheet(), alternates, options);
        return templates.page(view);
    }

    /** The body alone, as HTML to paste into a CMS or to put in a ninjs body. */
    public String fragment(Article article, ImageResolver images) {
        return templates.fragment(new FragmentView(article.language().tag(), direction(article), body(article, images)));
    }

    private static String body(Article article, ImageResolver images) {
        Direction page = article.language().isRightToLeft() ? Direction.RTL : Direction.LTR;
        String html = new BodyHtml(images).render(article.body().blocks(), page);
        // The templates put the body on its own line; its final newline would leave a blank one.
        return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    }

    private static String direction(Article article) {
        return article.language().isRightToLeft() ? "rtl" : "ltr";
    }
}
