package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.model.Article;

/**
 * .md and .markdown files: optional front matter, the first "# " heading as the headline, and pictures by
 * relative path brought along (see {@link LocalImages}); a picture that cannot come along is left out with a warning.
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
        List<ImportWarning> warnings = new ArrayList<>();
        MarkdownConverter.Pictures pictures = (destination, alt, title, link) -> {
            PictureLookup found = localImages.find(file, destination);
            if (found instanceof PictureLookup.Found f) {
                return Optional.of(figures.figure(f.image(), title, alt, link));
            }
            if (found instanceof PictureLookup.Unusable u) {
                warnings.add(new ImportWarning(file, u.reference(), u.reason()));
            } else if (found instanceof PictureLookup.Web w) {
                warnings.add(new ImportWarning(file, w.reference(), ImportWarning.ON_THE_WEB));
            }
            return Optional.empty(); // a web picture keeps its alt text as words
        };
        String text = TextFiles.readUtf8(file);
        Article article = parse(text, file, defaults, pictures);
        return List.of(ImportedArticle.fresh(article, figures.images(), FrontMatter.parse(text).statesLanguage(),
                warnings));
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
