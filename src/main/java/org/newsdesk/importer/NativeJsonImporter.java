package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;
import org.newsdesk.codec.NativeArticleFormat;

/** Newsdesk's own .json article files: the article comes back with its id, status and times. */
public final class NativeJsonImporter implements ArticleImporter {
    private final NativeArticleFormat format;

    public NativeJsonImporter(NativeArticleFormat format) {
        this.format = format;
    }

    @Override
    public boolean accepts(Path file) {
        return TextFiles.extension(file).equals("json");
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        NativeArticleFormat.File parsed = format.read(TextFiles.readUtf8(file), file.toString());
        return List.of(new ImportedArticle(parsed.article(), true));
    }
}
