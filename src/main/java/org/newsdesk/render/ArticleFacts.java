package org.newsdesk.render;

import java.net.URI;
import java.util.List;
import org.newsdesk.model.Article;

/**
 * What the page head, Open Graph tags and JSON-LD all say about an article, worked out once so the three
 * can never disagree.
 *
 * @param name         the headline, or the slug for a draft without one
 * @param title        the {@code <title>}: the name, then the site name
 * @param canonicalUrl absolute URL of the article, or null when no site base URL is set
 * @param imageUrl     absolute URL of the featured image, or null when it has none a crawler could fetch
 */
record ArticleFacts(Article article, String name, String title, String canonicalUrl, String imageUrl, String siteName) {

    static ArticleFacts of(Article article, PageOptions options, ImageResolver images) {
        String name = article.headline().isBlank() ? article.slug() : article.headline().strip();
        String title = options.siteName() == null ? name : name + " – " + options.siteName();
        String canonical = options.canonicalUrl(article.slug()).orElse(null);
        return new ArticleFacts(article, name, title, canonical, imageUrl(article, canonical, images), options.siteName());
    }

    /**
     * The largest smaller copy, if any: share cards show a picture about 1200 pixels wide, and a crawler
     * should not fetch a 12-megapixel original for it.
     */
    private static String shareSize(ResolvedImage image) {
        List<ResolvedImage.Source> sources = image.sources();
        return sources.isEmpty() ? image.src() : sources.get(sources.size() - 1).src();
    }

    /** Crawlers need an absolute URL: a relative image path is resolved against the canonical URL, if any. */
    private static String imageUrl(Article article, String canonical, ImageResolver images) {
        if (article.featuredImage() == null) {
            return null;
        }
        String src = images.resolve(article.featuredImage()).map(ArticleFacts::shareSize)
                .flatMap(SafeUrls::imageSource).orElse(null);
        if (src == null) {
            return null;
        }
        if (SafeUrls.isAbsoluteWeb(src)) {
            return src;
        }
        if (canonical == null || URI.create(src).getScheme() != null) {
            return null; // file: and data: mean nothing to a crawler
        }
        String resolved = URI.create(canonical).resolve(src).toString();
        return SafeUrls.isAbsoluteWeb(resolved) ? resolved : null;
    }
}
