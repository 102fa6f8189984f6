package org.newsdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.i18n.Message;
import org.newsdesk.importer.ArticleImporter;
import org.newsdesk.importer.BundleImporter;
import org.newsdesk.importer.DocxImporter;
import org.newsdesk.importer.HtmlImporter;
import org.newsdesk.importer.ImportDefaults;
import org.newsdesk.importer.ImportedArticle;
import org.newsdesk.importer.LanguageDetection;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.model.KnownLanguages;
import org.newsdesk.importer.MarkdownImporter;
import org.newsdesk.importer.NativeJsonImporter;
import org.newsdesk.importer.PlainTextImporter;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;

/**
 * Brings files into the library. Every file is read and checked first; only when all of them are good
 * are their articles stored, in one transaction: a bad file in a batch changes nothing.
 */
public final class ImportService {
    private final ArticleService articles;
    private final List<ArticleImporter> importers;
    private final Clock clock;
    /** Built on the first import that needs it, never at start-up. */
    private final LanguageDetection detection = new LanguageDetection(KnownLanguages.ALL);

    ImportService(ArticleService articles, NativeArticleReader nativeReader, BundleChecker bundles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
        this.importers = List.of(new MarkdownImporter(), new PlainTextImporter(), new NativeJsonImporter(nativeReader),
                new DocxImporter(), new BundleImporter(bundles, nativeReader), new HtmlImporter());
    }

    /** The file endings that can be imported, for file choosers and messages. */
    public List<String> supportedExtensions() {
        return List.of("md", "markdown", "txt", "json", "docx", "zip", "html", "htm");
    }

    /** Reads and stores {@code files}; files that do not state their language are in {@code defaultLanguage}. */
    public List<Article> importFiles(List<Path> files, Language defaultLanguage) {
        return store(read(files, new ImportOptions(java.util.Optional.of(defaultLanguage), WebPictures.DROP)));
    }

    /**
     * Reads and checks every file, without storing anything: each article with its language (stated by the file,
     * given in {@code options}, or detected from its text) and what was left out of it. Throws BadInputException
     * naming the first file that cannot be imported at all.
     */
    public ImportPlan read(List<Path> files, ImportOptions options) {
        if (files.isEmpty()) {
            throw new BadInputException(Message.of("error.import.noFiles"));
        }
        articles.requireWritable();
        Language fallback = options.language().orElse(Language.ENGLISH);
        ImportDefaults defaults = new ImportDefaults(fallback, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                options.webPictures());
        List<ImportPlan.Item> items = new ArrayList<>();
        for (Path file : files) {
            for (ImportedArticle read : importerFor(file).read(file, defaults)) {
                items.add(languageOf(file, read, options));
            }
        }
        return new ImportPlan(items);
    }

    /** Stores the plan's articles, all or nothing, in one transaction. */
    public List<Article> store(ImportPlan plan) {
        articles.requireWritable();
        return articles.insertAll(plan.items().stream().map(ImportPlan.Item::article).toList());
    }

    private ImportPlan.Item languageOf(Path file, ImportedArticle read, ImportOptions options) {
        if (read.languageStated()) {
            return new ImportPlan.Item(file, read, read.article().language(), LanguageSource.STATED);
        }
        if (options.language().isPresent()) {
            return new ImportPlan.Item(file, read, options.language().get(), LanguageSource.GIVEN);
        }
        Article a = read.article();
        String text = String.join("\n", a.headline(), a.standfirst(), a.body().plainText());
        return detection.detect(text)
                .map(l -> new ImportPlan.Item(file, read, l, LanguageSource.DETECTED))
                .orElseGet(() -> new ImportPlan.Item(file, read, Language.ENGLISH, LanguageSource.ASSUMED));
    }

    /**
     * Stores articles that were read elsewhere (another newsroom system's export, a feed, a generated archive),
     * all or nothing, exactly as {@link #importFiles} stores the articles of files: one transaction for the
     * whole list, so a large archive comes in without paying a commit per article.
     */
    public List<Article> importArticles(List<ImportedArticle> imported) {
        if (imported.isEmpty()) {
            return List.of();
        }
        articles.requireWritable();
        return articles.insertAll(imported);
    }

    /** A body from a .md or .txt file, for the CLI's --body-file. */
    public org.newsdesk.model.Document readBody(Path file) {
        String ext = org.newsdesk.importer.TextFiles.extension(file);
        String text = org.newsdesk.importer.TextFiles.readUtf8(file);
        return switch (ext) {
            case "md", "markdown" -> new org.newsdesk.importer.MarkdownConverter().convert(text).body();
            case "txt" -> org.newsdesk.model.Document.ofPlainText(text);
            default -> throw new BadInputException(Message.of("error.import.bodyType", file.toString()));
        };
    }

    private ArticleImporter importerFor(Path file) {
        return importers.stream().filter(i -> i.accepts(file)).findFirst()
                .orElseThrow(() -> new BadInputException(Message.of("error.import.unsupportedType", file.toString(),
                        String.join(", ", supportedExtensions().stream().map(e -> "." + e).toList()))));
    }
}
