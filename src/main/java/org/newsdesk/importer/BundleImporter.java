package org.newsdesk.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.codec.BundleCheck;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.BundleFormat;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.model.BadInputException;

/**
 * A Newsdesk bundle (.zip): the manifest's checksums are verified first, then every
 * articles/&lt;folder&gt;/article.json is read as a native file, so articles come back with their identity.
 */
public final class BundleImporter implements ArticleImporter {
    private final BundleChecker checker;
    private final NativeArticleReader reader;

    public BundleImporter(BundleChecker checker, NativeArticleReader reader) {
        this.checker = checker;
        this.reader = reader;
    }

    @Override
    public boolean accepts(Path file) {
        return TextFiles.extension(file).equals("zip");
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        BundleCheck check = checker.check(file, BundleFormat::isArticleFile);
        if (!check.good()) {
            throw new BadInputException(check.refusal());
        }
        List<ImportedArticle> articles = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : check.kept().entrySet()) {
            String json = new String(entry.getValue(), StandardCharsets.UTF_8);
            try {
                articles.add(new ImportedArticle(reader.read(json).article(), true));
            } catch (BadInputException e) {
                // the reader says "The file …" of a string; name the bundle and the entry instead
                throw new BadInputException(e.getMessage().replaceFirst("^The file", java.util.regex.Matcher
                        .quoteReplacement(file + ": " + entry.getKey())), e);
            }
        }
        if (articles.isEmpty()) {
            throw new BadInputException(file + " is a bundle without articles; nothing was imported.");
        }
        return articles;
    }
}
