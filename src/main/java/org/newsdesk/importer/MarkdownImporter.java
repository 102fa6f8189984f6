package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.newsdesk.model.Article;

/** .md and .markdown files: optional front matter, the first "# " heading as the headline. */
public final class MarkdownImporter implements ArticleImporter {
    private static final Set<String> EXTENSIONS = Set.of("md", "markdown");
    private final MarkdownConverter converter = new MarkdownConverter();

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(TextFiles.extension(file));
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        return List.of(ImportedArticle.fresh(parse(TextFiles.readUtf8(file), file, defaults)));
    }

    /** Also used for the bundled sample articles. */
    public Article parse(String text, Path file, ImportDefaults defaults) {
        FrontMatter front = FrontMatter.parse(text);
        MarkdownConverter.Result result = converter.convert(front.rest());
        String headline = result.headline().isEmpty() ? TextFiles.titleFromName(file) : result.headline();
        Article article = Article.draft(headline, defaults.language(), defaults.now()).withBody(result.body());
        return front.applyTo(article, file);
    }
}
