package org.newsdesk.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.newsdesk.model.Article;

/** Fills an {@link ArticlePageView} from an article and the pieces already rendered for it. */
final class ArticlePageViewFactory {

    private ArticlePageViewFactory() {
    }

    static ArticlePageView create(ArticleFacts facts, String bodyHtml, String jsonLd, String stylesheet) {
        return create(facts, bodyHtml, jsonLd, stylesheet, PageAlternates.NONE, PageOptions.none());
    }

    static ArticlePageView create(ArticleFacts facts, String bodyHtml, String jsonLd, String stylesheet,
                                  PageAlternates alternates, PageOptions options) {
        Article article = facts.article();
        String dateIso = IsoTimes.date(article.date());
        return new ArticlePageView(
                article.language().tag(),
                article.language().isRightToLeft() ? "rtl" : "ltr",
                facts.title(),
                facts.name(),
                blankToNull(article.standfirst()),
                facts.canonicalUrl(),
                facts.siteName(),
                article.language().tag().replace('-', '_'),
                facts.imageUrl(),
                facts.imageUrl() == null ? "summary" : "summary_large_image",
                dateIso,
                IsoTimes.dateTime(article.updatedAt()),
                blankToNull(article.headline()),
                blankToNull(article.standfirst()),
                blankToNull(article.dateline()),
                dateIso,
                article.date() == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(article.language().locale()).format(article.date()),
                !article.dateline().isBlank() || article.date() != null,
                blankToNull(article.byline()),
                article.tags(),
                !article.tags().isEmpty(),
                bodyHtml,
                jsonLd,
                stylesheet,
                alternates.links(options),
                alternates.otherLocales(article));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
