package org.newsdesk.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.model.Article;
import org.newsdesk.model.Slugs;

/**
 * Where each article goes inside a bundle: {@code articles/<slug>/}. Names are built only from
 * [a-z0-9-] so no entry can climb out of the archive (zip-slip), and they are unique even when an English
 * and a French article share a slug.
 */
final class BundleLayout {
    static final String IMAGES = "images/";
    private static final Pattern SAFE_ASSET_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    record Placement(Article article, String folder) {
        String path(String file) {
            return folder + file;
        }
    }

    private BundleLayout() {
    }

    /** Articles in a fixed order (slug, language, id) with a unique folder each. */
    static List<Placement> place(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((Article a) -> safeSlug(a.slug()))
                .thenComparing(a -> a.language().tag())
                .thenComparing(a -> a.id().toString()));
        Set<String> taken = new HashSet<>();
        List<Placement> placements = new ArrayList<>();
        for (Article article : sorted) {
            String slug = safeSlug(article.slug());
            String name = slug;
            if (!taken.add(name)) {
                name = slug + "-" + article.language().tag().toLowerCase(Locale.ROOT);
                if (!taken.add(name)) {
                    name = slug + "-" + article.id();
                    taken.add(name);
                }
            }
            placements.add(new Placement(article, "articles/" + name + "/"));
        }
        return placements;
    }

    /** The image's file name inside an article folder, relative to index.html. */
    static String imagePath(String assetId, String extension) {
        String base = SAFE_ASSET_ID.matcher(assetId).matches() ? assetId : sha256Hex(assetId);
        return IMAGES + base + "." + extension;
    }

    private static String safeSlug(String slug) {
        return Slugs.isValid(slug) ? slug : Slugs.fromHeadline(slug);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
