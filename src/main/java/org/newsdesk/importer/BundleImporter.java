package org.newsdesk.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.codec.BundleCheck;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.BundleFormat;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.ImageInspector;
import org.newsdesk.image.PictureRefusal;
import org.newsdesk.image.ValidImage;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;

/**
 * A Newsdesk bundle (.zip): the manifest's checksums are verified first, then every
 * articles/&lt;folder&gt;/article.json is read as a native file, so articles come back with their identity, and
 * with the originals of their pictures from the folder's images/ (checked like any picture added; the resized
 * copies are left behind, exports make them again).
 */
public final class BundleImporter implements ArticleImporter {
    /** images/&lt;sha256&gt;.&lt;ext&gt; in an article folder: an original, never a "-800" copy. */
    private static final Pattern ORIGINAL = Pattern.compile("(articles/[^/]+/)images/([0-9a-f]{64})\\.[a-z]{3,4}");
    /** Pictures are held in memory until stored with their articles; past this, split the bundle. */
    private static final long MAX_PICTURE_BYTES = 1024L * 1024 * 1024;

    private final BundleChecker checker;
    private final NativeArticleReader reader;
    private final ImageInspector inspector;

    public BundleImporter(BundleChecker checker, NativeArticleReader reader, ImageInspector inspector) {
        this.checker = checker;
        this.reader = reader;
        this.inspector = inspector;
    }

    public BundleImporter(BundleChecker checker, NativeArticleReader reader) {
        this(checker, reader, new ImageInspector());
    }

    @Override
    public boolean accepts(Path file) {
        return TextFiles.extension(file).equals("zip");
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        BundleCheck check = checker.check(file, path -> BundleFormat.isArticleFile(path) || ORIGINAL.matcher(path).matches());
        if (!check.good()) {
            throw new BadInputException(check.refusal());
        }
        Map<String, Map<String, byte[]>> pictures = pictures(check.kept(), file);
        List<ImportedArticle> articles = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : check.kept().entrySet()) {
            if (!BundleFormat.isArticleFile(entry.getKey())) {
                continue;
            }
            Article article = article(file, entry.getKey(), entry.getValue());
            String folder = entry.getKey().substring(0, entry.getKey().length() - BundleFormat.ARTICLE_FILE.length());
            List<ImportWarning> warnings = new ArrayList<>();
            articles.add(new ImportedArticle(article, true,
                    images(article, pictures.getOrDefault(folder, Map.of()), file, folder, warnings), true, warnings));
        }
        if (articles.isEmpty()) {
            throw new BadInputException(Message.of("error.import.emptyBundle", file.toString()));
        }
        return articles;
    }

    private Article article(Path file, String entry, byte[] bytes) {
        // the reader's sentences name the bundle and the entry ("news.zip: a/article.json has no …")
        return reader.read(new String(bytes, StandardCharsets.UTF_8),
                Message.of("error.import.bundleEntry", file.toString(), entry)).article();
    }

    /** Originals by article folder, then by asset id. */
    private static Map<String, Map<String, byte[]>> pictures(Map<String, byte[]> kept, Path file) {
        Map<String, Map<String, byte[]>> byFolder = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, byte[]> entry : kept.entrySet()) {
            Matcher m = ORIGINAL.matcher(entry.getKey());
            if (m.matches()) {
                total += entry.getValue().length;
                if (total > MAX_PICTURE_BYTES) {
                    throw new BadInputException(Message.of("error.import.tooManyPictures", file.toString(),
                            MAX_PICTURE_BYTES / (1024 * 1024)));
                }
                byFolder.computeIfAbsent(m.group(1), f -> new LinkedHashMap<>()).put(m.group(2), entry.getValue());
            }
        }
        return byFolder;
    }

    /**
     * The pictures the article shows that its folder holds, each checked and matching the name it goes by; one that
     * is missing, damaged or not the picture its name says is left out with a warning (its figure keeps its words).
     */
    private List<ValidImage> images(Article article, Map<String, byte[]> inFolder, Path file, String folder,
                                    List<ImportWarning> warnings) {
        List<String> ids = new ArrayList<>(article.body().imageAssetIds());
        if (article.featuredImage() != null && !ids.contains(article.featuredImage())) {
            ids.add(article.featuredImage());
        }
        List<ValidImage> images = new ArrayList<>();
        for (String id : ids) {
            String name = folder + "images/" + id;
            byte[] bytes = inFolder.get(id);
            if (bytes == null) {
                warnings.add(new ImportWarning(file, name, Message.of("warning.import.notInBundle")));
                continue;
            }
            ValidImage image;
            try {
                image = inspector.inspect(bytes, ImportWarning.IT);
            } catch (PictureRefusal e) {
                warnings.add(new ImportWarning(file, name, ImportWarning.reason(e)));
                continue;
            }
            if (!image.sha256().equals(id)) {
                warnings.add(new ImportWarning(file, name, Message.of("warning.import.wrongDigest")));
                continue;
            }
            images.add(image);
        }
        return images;
    }
}
