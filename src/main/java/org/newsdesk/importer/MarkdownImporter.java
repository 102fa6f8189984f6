package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.newsdesk.model.Article;

/**
 * .md and .markdown files: optional front matter, the first "# " heading as the headline, and pictures by
 * relative path brought along (see {@link LocalImages}).
 */
public final class MarkdownImporter implements ArticleImporter {
    private static final Set<String> EXTENSIONS = Set.of("md", "markdown");
    private final MarkdownConverter converter = new MarkdownConverter();
    private final LocalImages localImages;

    public MarkdownImporter(LocalImages localImages) {
        this.localImages = localImages;
    }

    public MarkdownImporter() {
        this(new LocalImages());
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(TextFiles.extension(file));
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        ImportedFigures figures = new ImportedFigures();
        MarkdownConverter.Pictures pictures = (destination, alt, title, link) -> localImages.load(file, destination)
                .map(image -> figures.figure(image, title, alt, link));
        Article article = parse(TextFiles.readUtf8(file), file, defaults, pictures);
        return List.of(ImportedArticle.fresh(article, figures.images()));
    }

    /** Also used for the bundled sample articles: pictures keep only their alt text. */
    public Article parse(String text, Path file, ImportDefaults defaults) {
        return parse(text, file, defaults, MarkdownConverter.Pictures.NONE);
    }

    private Article parse(String text, Path file, ImportDefaults defaults, MarkdownConverter.Pictures pictures) {
        FrontMatter front = FrontMatter.parse(text);
        MarkdownConverter.Result result = converter.convert(front.rest(), pictures);
        String headline = result.headline().isEmpty() ? TextFiles.titleFromName(file) : result.headline();
        Article article = Article.draft(headline, defaults.language(), defaults.now()).withBody(result.body());
        return front.applyTo(article, file);
    }
}
