package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.newsdesk.importer.webpage.WebPageReader;

/**
 * .html and .htm files, including whole pages saved from a website ("page.html" with its "page_files" folder): only
 * the article comes in, found as Firefox's Reader View finds it, never the site's navigation, sidebars, share buttons,
 * comments or forms; headline, standfirst, byline, date, language and direction come from the page's own tags. The
 * body goes through the same cleaning as pasted HTML, so nothing from the page can run. See {@link WebPageReader}.
 */
public final class HtmlImporter implements ArticleImporter {
    private static final Set<String> EXTENSIONS = Set.of("html", "htm");
    private final WebPageReader reader;

    public HtmlImporter(LocalImages localImages) {
        this.reader = new WebPageReader(localImages);
    }

    public HtmlImporter() {
        this(new LocalImages());
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(TextFiles.extension(file));
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        return List.of(reader.read(file, defaults));
    }
}
