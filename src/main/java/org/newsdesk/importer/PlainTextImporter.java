package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.Document;

/** .txt files: the first non-blank line is the headline, blank lines separate paragraphs. */
public final class PlainTextImporter implements ArticleImporter {

    @Override
    public boolean accepts(Path file) {
        return TextFiles.extension(file).equals("txt");
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        String text = TextFiles.readUtf8(file).strip();
        int newline = text.indexOf('\n');
        String headline = (newline < 0 ? text : text.substring(0, newline)).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1);
        Article article = Article.draft(headline, defaults.language(), defaults.now())
                .withBody(Document.ofPlainText(body));
        return List.of(ImportedArticle.fresh(article));
    }
}
