package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;
import org.newsdesk.codec.NativeArticleReader;

/** Newsdesk's own .json article files: the article comes back with its id, status and times. */
public final class NativeJsonImporter implements ArticleImporter {
    private final NativeArticleReader reader;

    public NativeJsonImporter(NativeArticleReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean accepts(Path file) {
        return TextFiles.extension(file).equals("json");
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        var read = reader.read(file);
        return List.of(new ImportedArticle(read.article(), true, List.of(), read.translation()));
    }
}
