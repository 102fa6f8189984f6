package org.newsdesk.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.export.ArticleFileNames;
import org.newsdesk.export.AssetFile;
import org.newsdesk.export.AssetSource;
import org.newsdesk.export.BundleWriter;
import org.newsdesk.export.ImageFiles;
import org.newsdesk.export.RenderAhead;
import org.newsdesk.export.RenditionFile;
import org.newsdesk.export.RenditionFiles;
import org.newsdesk.export.StagedFiles;
import org.newsdesk.export.WriteErrors;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.render.ImageResolver;

/**
 * Writes one file per article (html, fragment, json, ninjs) into a folder, or a single article to a file,
 * with the pictures the files show under images/. All files appear at the end together, or none do.
 */
final class ArticleFilesExport {

    /** Renders one article in the export's format; pictures are found through the resolver. */
    @FunctionalInterface
    interface Render {
        String render(Article article, ImageResolver images);
    }

    private final AssetSource assets;
    private final ExportCancellation cancellation;
    private final ExportProgress progress;

    ArticleFilesExport(AssetSource assets, ExportCancellation cancellation, ExportProgress progress) {
        this.assets = assets;
        this.cancellation = cancellation;
        this.progress = progress;
    }

    ExportResult write(List<Article> articles, ExportFormat format, Path out, Render render) {
        Path target = out.toAbsolutePath().normalize();
        boolean singleFile = articles.size() == 1 && namesAFile(target);
        if (!singleFile && Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException(Message.of("error.export.outIsAFile", out.toString(), articles.size()));
        }
        Path folder = singleFile ? target.getParent() : target;
        List<ArticleFileNames.Named> named = ArticleFileNames.assign(articles);
        Map<String, Optional<AssetFile>> images = new ConcurrentHashMap<>(); // filled by the rendering threads
        List<Path> written = new ArrayList<>(named.size());
        long[] bytes = {0};
        try (RenditionFiles renditions = new RenditionFiles();
             StagedFiles files = new StagedFiles(folder);
             RenderAhead<ArticleFileNames.Named> ahead = new RenderAhead<>(named, item -> render.render(item.article(),
                     format.showsImages() ? resolver(images, renditions) : ImageResolver.none())
                     .getBytes(StandardCharsets.UTF_8))) {
            ahead.forEach((item, content) -> {
                cancellation.check();
                String name = singleFile ? target.getFileName().toString() : item.name() + format.suffix();
                written.add(files.stage(name, content));
                bytes[0] += content.length;
                progress.report(written.size(), named.size());
            });
            bytes[0] += stageImages(files, images, renditions);
            cancellation.check();
            files.commit();
        } catch (IOException e) {
            throw WriteErrors.translate(e, out);
        }
        return new ExportResult(written, articles.size(), bytes[0]);
    }

    /** An existing file, or a new name with an extension ("story.html"); anything else is taken as a folder. */
    private static boolean namesAFile(Path target) {
        if (Files.exists(target)) {
            return !Files.isDirectory(target);
        }
        return target.getFileName().toString().indexOf('.') > 0;
    }

    /**
     * Finds each picture once per export and remembers it, so it is written once however many use it; its
     * resized copies are made the first time a page shows it, for the page's srcset.
     */
    private ImageResolver resolver(Map<String, Optional<AssetFile>> images, RenditionFiles renditions) {
        return assetId -> images.computeIfAbsent(assetId, assets::find)
                .map(file -> BundleWriter.resolved(assetId, file, renditions.of(assetId, file)));
    }

    /** Each original, read from the library one at a time, and its resized copies. */
    private static long stageImages(StagedFiles files, Map<String, Optional<AssetFile>> images,
                                    RenditionFiles renditions) {
        long bytes = 0;
        for (Map.Entry<String, Optional<AssetFile>> image : new java.util.TreeMap<>(images).entrySet()) {
            if (image.getValue().isPresent()) {
                AssetFile file = image.getValue().get();
                byte[] original = file.bytes();
                files.stage(ImageFiles.relativePath(image.getKey(), file), original);
                bytes += original.length;
                for (RenditionFile copy : renditions.made(image.getKey())) {
                    files.stage(copy.relativePath(image.getKey()), renditions.read(copy));
                    bytes += copy.size();
                }
            }
        }
        return bytes;
    }
}
