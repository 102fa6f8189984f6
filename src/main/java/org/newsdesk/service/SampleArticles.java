package org.newsdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.importer.ImportDefaults;
import org.newsdesk.importer.ImportedArticle;
import org.newsdesk.importer.MarkdownImporter;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;

/** The three press releases (English, French, Arabic) a new default library starts with. */
public final class SampleArticles {
    /** The last one stored is listed first, and the window opens it on a first start: English. */
    private static final List<String> FILES = List.of("ar-manuscripts.md", "fr-festival-tanger.md",
            "en-heritage-schools.md");

    private SampleArticles() {
    }

    public static List<Article> seed(Library library, Clock clock) {
        MarkdownImporter markdown = new MarkdownImporter();
        ImportDefaults defaults = new ImportDefaults(Language.ENGLISH, clock.instant());
        List<ImportedArticle> articles = new ArrayList<>();
        for (String name : FILES) {
            articles.add(ImportedArticle.fresh(markdown.parse(load(name), Path.of(name), defaults)));
        }
        return library.articles().insertAll(articles);
    }

    private static String load(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
