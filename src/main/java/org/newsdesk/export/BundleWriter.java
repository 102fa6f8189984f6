package org.newsdesk.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleWriter;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.ResolvedImage;

/**
 * Writes the upload bundle: one zip with manifest.json and, per article, {@code articles/<slug>/} holding
 * index.html, article.json (native), ninjs.json and the article's images. Same articles and assets, same
 * bytes. The zip appears at the destination complete or not at all.
 */
public final class BundleWriter {
    private static final Instant NO_TIME = Instant.parse("1980-01-01T00:00:00Z"); // the earliest zip time

    private final JsonCodec codec;
    private final HtmlRenderer renderer;
    private final NativeArticleWriter nativeWriter;
    private final NinjsWriter ninjsWriter;
    private final String generator;

    /** @param generator what made the bundle, e.g. "Newsdesk 0.1.0", recorded in the manifest */
    public BundleWriter(JsonCodec codec, HtmlRenderer renderer, String generator) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.nativeWriter = new NativeArticleWriter(codec);
        this.ninjsWriter = new NinjsWriter(codec, renderer);
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    public void write(List<Article> articles, AssetSource assets, Path destination) {
        write(articles, assets, destination, BundleProgress.none());
    }

    /**
     * Writes the bundle, reporting each file written. Interrupting the thread cancels the export: a
     * {@link java.util.concurrent.CancellationException} is thrown and nothing is left at the destination.
     */
    public void write(List<Article> articles, AssetSource assets, Path destination, BundleProgress progress) {
        if (articles.isEmpty()) {
            throw new BadInputException("There are no articles to put in the bundle.");
        }
        Path folder = destination.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("The folder for " + destination + " does not exist.");
        }
        List<BundleLayout.Placement> placements = BundleLayout.place(articles);
        Instant newest = newestChange(articles);
        Map<String, Supplier<byte[]>> entries = entries(placements, assets);
        try {
            AtomicFileWriter.write(destination, out -> {
                try (DeterministicZip zip = new DeterministicZip(out, LocalDateTime.ofInstant(newest, ZoneOffset.UTC))) {
                    int total = entries.size() + 1;
                    try (RenderAhead<Map.Entry<String, Supplier<byte[]>>> ahead =
                                 new RenderAhead<>(List.copyOf(entries.entrySet()), entry -> entry.getValue().get())) {
                        ahead.forEach((entry, bytes) -> {
                            stopIfCancelled();
                            zip.add(entry.getKey(), bytes);
                            progress.filesWritten(zip.count(), total);
                        });
                    }
                    // "manifest.json" sorts after every "articles/…" entry, so it can list them all.
                    zip.add(BundleManifest.NAME, BundleManifest.build(codec.mapper(), generator, newest, placements, zip.written()));
                    progress.filesWritten(total, total);
                }
            });
        } catch (IOException e) {
            throw WriteErrors.translate(e, destination);
        }
    }

    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The bundle export was cancelled.");
        }
    }

    /** Every file but the manifest, sorted by path; images are read only when their entry is written. */
    private Map<String, Supplier<byte[]>> entries(List<BundleLayout.Placement> placements, AssetSource assets) {
        Map<String, Supplier<byte[]>> entries = new TreeMap<>();
        for (BundleLayout.Placement placement : placements) {
            Article article = placement.article();
            Map<String, AssetFile> images = images(article, assets);
            ImageResolver resolver = assetId -> Optional.ofNullable(images.get(assetId)).map(file -> new ResolvedImage(
                    BundleLayout.imagePath(assetId, file.extension()), file.asset().width(), file.asset().height()));
            entries.put(placement.path("index.html"), () -> utf8(renderer.page(article, resolver)));
            entries.put(placement.path("article.json"), () -> utf8(nativeWriter.write(article)));
            entries.put(placement.path("ninjs.json"), () -> utf8(ninjsWriter.write(article, resolver,
                    featuredRenditions(article, images))));
            images.forEach((assetId, file) ->
                    entries.put(placement.path(BundleLayout.imagePath(assetId, file.extension())), file::bytes));
        }
        return entries;
    }

    /** The body's pictures and the featured image that the library has. */
    private static Map<String, AssetFile> images(Article article, AssetSource assets) {
        List<String> ids = new ArrayList<>(article.body().imageAssetIds());
        if (article.featuredImage() != null && !ids.contains(article.featuredImage())) {
            ids.add(article.featuredImage());
        }
        Map<String, AssetFile> found = new TreeMap<>();
        for (String id : ids) {
            assets.find(id).ifPresent(file -> found.put(id, file));
        }
        return found;
    }

    /** Inside a bundle the picture has no absolute address (ninjs requires one for href), so none is given. */
    private static List<ImageRendition> featuredRenditions(Article article, Map<String, AssetFile> images) {
        AssetFile file = article.featuredImage() == null ? null : images.get(article.featuredImage());
        if (file == null) {
            return List.of();
        }
        return List.of(new ImageRendition("original", null, file.asset().mimeType(), file.asset().width(),
                file.asset().height(), file.bytes().length));
    }

    private static Instant newestChange(List<Article> articles) {
        return articles.stream()
                .map(a -> a.updatedAt() != null ? a.updatedAt() : a.createdAt())
                .filter(Objects::nonNull)
                .filter(t -> t.isAfter(NO_TIME))
                .max(Instant::compareTo)
                .orElse(NO_TIME);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
