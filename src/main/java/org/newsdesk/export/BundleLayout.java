package org.newsdesk.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.model.Article;

/**
 * Where each article goes inside a bundle: {@code articles/<name>/}, named by {@link ArticleFileNames}, so
 * no entry can climb out of the archive (zip-slip) and names stay unique when two languages share a slug.
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
        return place(articles, a -> null);
    }

    /**
     * As {@link #place(List)}, the members of a translation set together under {@code articles/<set folder>/}.
     *
     * @param setFolder an article's set folder name (already safe), or null when it is in no set
     */
    static List<Placement> place(List<Article> articles, java.util.function.Function<Article, String> setFolder) {
        return ArticleFileNames.assign(articles).stream()
                .map(named -> {
                    String set = setFolder.apply(named.article());
                    return new Placement(named.article(), "articles/" + (set == null ? "" : set + "/")
                            + named.name() + "/");
                })
                .toList();
    }

    /** The image's file name inside an article folder, relative to index.html. */
    static String imagePath(String assetId, String extension) {
        String base = SAFE_ASSET_ID.matcher(assetId).matches() ? assetId : sha256Hex(assetId);
        return IMAGES + base + "." + extension;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
