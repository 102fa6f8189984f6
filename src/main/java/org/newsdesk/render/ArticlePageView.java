package org.newsdesk.render;

import java.util.List;

/**
 * Everything article.mustache can show. Plain text fields are escaped by the template engine
 * ({@code {{name}}}); only {@link #bodyHtml}, {@link #jsonLd} and {@link #stylesheet} are ready-made and
 * go into triple-mustache slots, and all three come from this package, never from raw content.
 */
public record ArticlePageView(
        String lang,
        String dir,
        String title,
        String shareTitle,
        String description,
        String canonicalUrl,
        String siteName,
        String ogLocale,
        String imageUrl,
        String twitterCard,
        String publishedDate,
        String modifiedTime,
        String headline,
        String standfirst,
        String dateline,
        String dateIso,
        String dateText,
        boolean hasDateline,
        String byline,
        List<String> tags,
        boolean hasTags,
        String bodyHtml,
        String jsonLd,
        String stylesheet,
        List<PageAlternates.AlternateLink> alternates,
        List<String> ogLocaleAlternates) {
}
