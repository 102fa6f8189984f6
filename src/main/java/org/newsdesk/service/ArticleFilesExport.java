package org.newsdesk.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.export.ArticleFileNames;
import org.newsdesk.export.AssetFile;
import org.newsdesk.export.AssetSource;
import org.newsdesk.export.ImageFiles;
import org.newsdesk.export.StagedFiles;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.ResolvedImage;

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
        boolean singleFile = !Files.isDirectory(target) && articles.size() == 1;
        if (!singleFile && Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException(out + " is a file, but " + articles.size()
                    + " articles need a folder to go in; give a folder for --out.");
        }
        Path folder = singleFile ? target.getParent() : target;
        List<ArticleFileNames.Named> named = ArticleFileNames.assign(articles);
        Map<String, Optional<AssetFile>> images = new HashMap<>();
        List<Path> written = new ArrayList<>(named.size());
        long bytes = 0;
        try (StagedFiles files = new StagedFiles(folder)) {
            int done = 0;
            for (ArticleFileNames.Named item : named) {
                cancellation.check();
                ImageResolver resolver = format.showsImages() ? resolver(images) : ImageResolver.none();
                byte[] content = render.render(item.article(), resolver).getBytes(StandardCharsets.UTF_8);
                String name = singleFile ? target.getFileName().toString() : item.name() + format.suffix();
                written.add(files.stage(name, content));
                bytes += content.length;
                progress.report(++done, named.size());
            }
            bytes += stageImages(files, images);
            cancellation.check();
            files.commit();
        }
        return new ExportResult(written, articles.size(), bytes);
    }

    /** Finds each picture once per export and remembers it, so it is written once however many use it. */
    private ImageResolver resolver(Map<String, Optional<AssetFile>> images) {
        return assetId -> images.computeIfAbsent(assetId, assets::find)
                .map(file -> new ResolvedImage(ImageFiles.relativePath(assetId, file), file.asset().width(),
                        file.asset().height()));
    }

    private static long stageImages(StagedFiles files, Map<String, Optional<AssetFile>> images) {
        long bytes = 0;
        for (Map.Entry<String, Optional<AssetFile>> image : new java.util.TreeMap<>(images).entrySet()) {
            if (image.getValue().isPresent()) {
                AssetFile file = image.getValue().get();
                files.stage(ImageFiles.relativePath(image.getKey(), file), file.bytes());
                bytes += file.bytes().length;
            }
        }
        return bytes;
    }
}
