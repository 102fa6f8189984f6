package org.newsdesk.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.ValidationException;

/**
 * Site-wide settings of a rendered page.
 *
 * @param siteBaseUrl where articles live online, e.g. {@code https://news.example.org/articles/}; the canonical
 *                    URL is this plus the slug. Null when the site is not known: no canonical URL is written.
 * @param siteName    the publisher's name for the page title, Open Graph and JSON-LD; null for none
 */
public record PageOptions(String siteBaseUrl, String siteName) {

    public PageOptions {
        siteBaseUrl = siteBaseUrl == null || siteBaseUrl.isBlank() ? null : siteBaseUrl.strip();
        siteName = siteName == null || siteName.isBlank() ? null : siteName.strip();
        if (siteBaseUrl != null) {
            if (!SafeUrls.isAbsoluteWeb(siteBaseUrl) || siteBaseUrl.contains("?") || siteBaseUrl.contains("#")) {
                throw new ValidationException("siteBaseUrl", Message.of("error.render.siteBaseUrl", siteBaseUrl));
            }
            siteBaseUrl = siteBaseUrl.endsWith("/") ? siteBaseUrl : siteBaseUrl + "/";
        }
    }

    public static PageOptions none() {
        return new PageOptions(null, null);
    }

    /** The article's canonical address, when the site's base URL is known. */
    public Optional<String> canonicalUrl(String slug) {
        if (siteBaseUrl == null) {
            return Optional.empty();
        }
        // Slugs are ASCII already; encoding only guards against a hand-edited one.
        return Optional.of(siteBaseUrl + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /**
     * A file the article's page refers to by a relative path ("images/….jpg"), as a web address: resolved
     * against the canonical URL, as a browser resolves it on the published page. Empty without a site base URL.
     */
    public Optional<String> absolute(String slug, String relativePath) {
        return canonicalUrl(slug).map(canonical -> java.net.URI.create(canonical).resolve(relativePath).toString())
                .filter(SafeUrls::isAbsoluteWeb);
    }
}
