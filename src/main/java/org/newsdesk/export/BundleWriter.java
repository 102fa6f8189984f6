package org.newsdesk.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleWriter;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.ImageFormat;
import org.newsdesk.image.RenditionMaker;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageAlternates;
import org.newsdesk.render.ResolvedImage;

/**
 * Writes the upload bundle: one zip with manifest.json and, per article, {@code articles/<slug>/} holding
 * index.html, article.json (native), ninjs.json and the article's images: each original with its copies 1600,
 * 800 and 400 pixels wide (those smaller than it). Same articles and assets, same bytes. The zip appears at the
 * destination complete or not at all.
 */
public final class BundleWriter {
    private static final Instant NO_TIME = Instant.parse("1980-01-01T00:00:00Z"); // the earliest zip time

    private final JsonCodec codec;
    private final HtmlRenderer renderer;
    private final NativeArticleWriter nativeWriter;
    private final NinjsWriter ninjsWriter;
    private final String generator;
    private final java.util.function.Function<Article, PageAlternates> sets;

    /** @param generator what made the bundle, e.g. "Newsdesk 0.1.0", recorded in the manifest */
    public BundleWriter(JsonCodec codec, HtmlRenderer renderer, String generator) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.nativeWriter = new NativeArticleWriter(codec);
        this.ninjsWriter = new NinjsWriter(codec, renderer);
        this.generator = Objects.requireNonNull(generator, "generator");
        this.sets = a -> PageAlternates.NONE;
    }

    private BundleWriter(BundleWriter base, java.util.function.Function<Article, PageAlternates> sets) {
        this.codec = base.codec;
        this.renderer = base.renderer;
        this.nativeWriter = base.nativeWriter;
        this.ninjsWriter = base.ninjsWriter;
        this.generator = base.generator;
        this.sets = sets;
    }

    /**
     * A writer that puts the members of each translation set in one folder, links them in their pages and ninjs,
     * and lists the sets in the manifest.
     */
    public BundleWriter withTranslationSets(java.util.function.Function<Article, PageAlternates> alternates) {
        return new BundleWriter(this, alternates);
    }

    public void write(List<Article> articles, AssetSource assets, Path destination) {
        write(articles, assets, destination, BundleProgress.none());
    }

    /**
     * Writes the bundle, reporting progress: first each picture's resized copies are made, then each file is
     * written. Interrupting the thread cancels the export: a {@link java.util.concurrent.CancellationException}
     * is thrown and nothing is left at the destination.
     */
    public void write(List<Article> articles, AssetSource assets, Path destination, BundleProgress progress) {
        if (articles.isEmpty()) {
            throw new BadInputException(Message.of("error.export.noArticles"));
        }
        Path folder = destination.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException(Message.of("error.export.noFolderFor", destination.toString()));
        }
        List<BundleLayout.Placement> placements = BundleLayout.place(articles, a -> setFolder(sets.apply(a)));
        Instant newest = newestChange(articles);
        Map<BundleLayout.Placement, Map<String, AssetFile>> pictures = new LinkedHashMap<>();
        Map<String, AssetFile> distinct = new TreeMap<>();
        for (BundleLayout.Placement placement : placements) {
            Map<String, AssetFile> images = images(placement.article(), assets);
            pictures.put(placement, images);
            distinct.putAll(images);
        }
        try (RenditionFiles renditions = new RenditionFiles()) {
            int total = distinct.size() + plannedFiles(pictures) + 1;
            RenditionPrepass.run(distinct, renditions, made -> {
                stopIfCancelled();
                progress.filesWritten(made, total);
            });
            Map<String, Supplier<byte[]>> entries = entries(pictures, renditions);
            Map<String, List<BundleManifest.Picture>> listed = listedPictures(pictures, renditions);
            int before = distinct.size();
            int written = before + entries.size() + 1; // exact now: a picture that could not be resized has no copies
            AtomicFileWriter.write(destination, out -> {
                try (DeterministicZip zip = new DeterministicZip(out, LocalDateTime.ofInstant(newest, ZoneOffset.UTC))) {
                    try (RenderAhead<Map.Entry<String, Supplier<byte[]>>> ahead =
                                 new RenderAhead<>(List.copyOf(entries.entrySet()), entry -> entry.getValue().get())) {
                        ahead.forEach((entry, bytes) -> {
                            stopIfCancelled();
                            zip.add(entry.getKey(), bytes);
                            progress.filesWritten(before + zip.count(), written);
                        });
                    }
                    // "manifest.json" sorts after every "articles/…" entry, so it can list them all.
                    zip.add(BundleManifest.NAME, BundleManifest.build(codec.mapper(), generator, newest, placements,
                            listed, zip.written(), sets));
                    progress.filesWritten(written, written);
                }
            });
        } catch (IOException e) {
            throw WriteErrors.translate(e, destination);
        }
    }

    /** "set-" and the slug of the set's x-default member: one folder per set, named after its source. */
    static String setFolder(PageAlternates alternates) {
        return alternates.defaultMember().map(m -> "set-" + ArticleFileNames.safeName(m.slug()) + "-"
                + alternates.set().group().toString().substring(0, 8)).orElse(null);
    }

    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The bundle export was cancelled.");
        }
    }

    /** Files the bundle will hold besides the manifest, counting the copies each picture should get. */
    private static int plannedFiles(Map<BundleLayout.Placement, Map<String, AssetFile>> pictures) {
        int files = 0;
        for (Map<String, AssetFile> images : pictures.values()) {
            files += 3;
            for (AssetFile file : images.values()) {
                files += 1 + ImageFormat.ofMimeType(file.asset().mimeType())
                        .map(format -> RenditionMaker.widthsFor(format, file.asset().width()).size()).orElse(0);
            }
        }
        return files;
    }

    /**
     * Every file but the manifest, sorted by path. Pictures are read from the library only when their entry is
     * written, resized copies from their temporary files.
     */
    private Map<String, Supplier<byte[]>> entries(Map<BundleLayout.Placement, Map<String, AssetFile>> pictures,
                                                  RenditionFiles renditions) {
        Map<String, Supplier<byte[]>> entries = new TreeMap<>();
        pictures.forEach((placement, images) -> {
            Article article = placement.article();
            ImageResolver resolver = assetId -> Optional.ofNullable(images.get(assetId))
                    .map(file -> resolved(assetId, file, renditions.made(assetId)));
            PageAlternates alternates = sets.apply(article);
            entries.put(placement.path("index.html"), () -> utf8(renderer.page(article, resolver, alternates)));
            entries.put(placement.path("article.json"), () -> utf8(nativeWriter.write(article)));
            entries.put(placement.path("ninjs.json"), () -> utf8(ninjsWriter.write(article, resolver, alternates)));
            images.forEach((assetId, file) -> {
                entries.put(placement.path(BundleLayout.imagePath(assetId, file.extension())), file::bytes);
                for (RenditionFile rendition : renditions.made(assetId)) {
                    entries.put(placement.path(rendition.relativePath(assetId)), () -> renditions.read(rendition));
                }
            });
        });
        return entries;
    }

    /** The picture as the page refers to it: the original, with its smaller copies for srcset. */
    public static ResolvedImage resolved(String assetId, AssetFile file, List<RenditionFile> copies) {
        List<ResolvedImage.Source> sources = copies.stream().map(copy -> new ResolvedImage.Source(
                copy.relativePath(assetId), copy.width(), copy.height(), copy.mimeType(), copy.size())).toList();
        return new ResolvedImage(BundleLayout.imagePath(assetId, file.extension()), file.asset().width(),
                file.asset().height(), sources, file.asset().mimeType(), file.asset().size());
    }

    /** For the manifest: each article's pictures with their copies. */
    private static Map<String, List<BundleManifest.Picture>> listedPictures(
            Map<BundleLayout.Placement, Map<String, AssetFile>> pictures, RenditionFiles renditions) {
        Map<String, List<BundleManifest.Picture>> listed = new TreeMap<>();
        pictures.forEach((placement, images) -> listed.put(placement.folder(), images.entrySet().stream()
                .map(image -> new BundleManifest.Picture(image.getKey(),
                        BundleLayout.imagePath(image.getKey(), image.getValue().extension()),
                        image.getValue().asset().width(), image.getValue().asset().height(),
                        renditions.made(image.getKey()))).toList()));
        return listed;
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
