package org.newsdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.NameMention;
import java.util.function.BooleanSupplier;
import org.newsdesk.codec.BundleCheck;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleWriter;
import org.newsdesk.export.AssetFile;
import org.newsdesk.export.AssetSource;
import org.newsdesk.export.BundleWriter;
import org.newsdesk.export.MarkdownWriter;
import org.newsdesk.export.NinjsWriter;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.Embargo;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.BadInputException;
import org.newsdesk.render.AccessibilityWarnings;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.PageAlternates;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.TranslationSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.render.Templates;
import org.newsdesk.store.Database;

/**
 * Exports articles as HTML pages, CMS fragments, native JSON, ninjs or an upload bundle, and checks bundles.
 * Every export is written to temporary files beside its destination and renamed at the end: a failure or a
 * cancel leaves nothing half-written. Call it off the FX thread; it reports progress and stops when the
 * {@code cancelled} flag turns true or the thread is interrupted (then a CancellationException is thrown).
 */
public final class ExportService {
    /** Recorded in each bundle's manifest. */
    public static final String GENERATOR = "Newsdesk 0.1.0";

    private final Database db;
    private final Stores stores;
    private final ArticleService articles;
    private final SettingsService settings;
    private final JsonCodec json;
    private final BundleVerification verification;
    private final TranslationTracker translations;
    private final Function<Article, List<NameMention>> mentions;
    private Templates templates;
    private String templatesFolder;

    ExportService(Database db, Stores stores, ArticleService articles, SettingsService settings, JsonCodec json,
                  BundleChecker bundles, TranslationTracker translations,
                  Function<Article, List<NameMention>> mentions) {
        this.translations = translations;
        this.mentions = mentions;
        this.db = db;
        this.stores = stores;
        this.articles = articles;
        this.settings = settings;
        this.json = json;
        this.verification = new BundleVerification(bundles);
    }

    /** The ids of the selected articles: given ids in their order (duplicates dropped), else newest change first. */
    public List<UUID> select(ExportSelection selection) {
        if (!selection.ids().isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(selection.ids()));
        }
        ArticleFilter filter = ArticleFilter.all().withStatus(selection.status()).withTag(selection.tag());
        return articles.search(filter).stream().map(hit -> hit.article().id()).toList();
    }

    public ExportResult export(ExportRequest request) {
        return export(request, ExportProgress.none(), () -> false);
    }

    public ExportResult export(ExportRequest request, ExportProgress progress, BooleanSupplier cancelled) {
        ExportCancellation cancellation = new ExportCancellation(cancelled);
        List<UUID> ids = select(request.selection());
        if (ids.isEmpty()) {
            throw new BadInputException(Message.of("error.export.noMatch", request.selection().describe()));
        }
        List<Article> selected = articles.getAll(ids);
        Map<UUID, TranslationSet> sets = sets(selected, request.completeSetsOnly(), cancellation);
        if (request.completeSetsOnly()) {
            selected = selected.stream().filter(a -> sets.get(a.id()).isComplete()).toList();
            if (selected.isEmpty()) {
                throw new BadInputException(Message.of("error.export.noCompleteSet", ids.size()));
            }
        }
        Set<UUID> exported = selected.stream().map(Article::id).collect(Collectors.toSet());
        Function<Article, PageAlternates> alternates = a -> PageAlternates.of(sets.get(a.id()),
                m -> exported.contains(m.articleId()) || m.status() == ArticleStatus.PUBLISHED);
        Instant now = articles.now();
        for (Article article : selected) { // before anything is written: an embargo breach is refused whole
            Embargo.checkReleasable(article, now, request.allowEmbargoed());
        }
        cancellation.check();
        // Native JSON is no page; every other format is read as HTML somewhere.
        List<Message> warnings = request.format() == ExportFormat.JSON ? List.of()
                : selected.stream().flatMap(a -> AccessibilityWarnings.of(a).stream()).toList();
        return write(request, selected, alternates, progress, cancellation).withWarnings(warnings);
    }

    private ExportResult write(ExportRequest request, List<Article> selected,
                               Function<Article, PageAlternates> alternates, ExportProgress progress,
                               ExportCancellation cancellation) {
        HtmlRenderer renderer = renderer();
        if (request.format() == ExportFormat.BUNDLE) {
            return writeBundle(selected, request.out(), renderer, progress, cancellation, alternates);
        }
        ArticleFilesExport files = new ArticleFilesExport(assets(), cancellation, progress);
        return switch (request.format()) {
            case HTML -> files.write(selected, request.format(), request.out(),
                    (article, images) -> renderer.page(article, images, alternates.apply(article)));
            case FRAGMENT -> files.write(selected, request.format(), request.out(), renderer::fragment);
            case NINJS -> {
                NinjsWriter ninjs = new NinjsWriter(json, renderer);
                yield files.write(selected, request.format(), request.out(),
                        (article, images) -> ninjs.write(article, images, alternates.apply(article)));
            }
            case JSON -> {
                NativeArticleWriter writer = new NativeArticleWriter(json);
                yield files.write(selected, request.format(), request.out(), (article, images) -> writer.write(article,
                        request.withRevisions() ? articles.revisionsWithSnapshots(article.id()) : List.of(),
                        db.read(c -> translations.store().find(c, article.id())).orElse(null)));
            }
            case MARKDOWN -> files.write(selected, request.format(), request.out(), new MarkdownWriter()::write);
            case BUNDLE -> throw new IllegalStateException("handled above");
        };
    }

    /** Checks a bundle against its manifest: every file present, sizes and SHA-256 equal, nothing extra. */
    public BundleCheck verify(Path bundle) {
        return verification.verify(bundle);
    }

    /** The renderer with this library's site settings: the preview should use it too, so both show the same. */
    public HtmlRenderer renderer() {
        return new HtmlRenderer(templates(), settings.pageOptions(), json, mentions);
    }

    /**
     * The translation sets of the articles that share one (all of them when only complete sets go out), read once
     * per set in one transaction; articles alone in their set are looked up with one query per 500 and skipped.
     */
    private Map<UUID, TranslationSet> sets(List<Article> selected, boolean everyOne, ExportCancellation cancellation) {
        return db.read(c -> {
            Map<UUID, UUID> shared = translations.store().sharedGroups(c,
                    selected.stream().map(Article::id).toList());
            Map<UUID, TranslationSet> byGroup = new HashMap<>();
            Map<UUID, TranslationSet> out = new HashMap<>();
            for (Article a : selected) {
                if (!everyOne && !shared.containsKey(a.id())) {
                    continue;
                }
                cancellation.check();
                TranslationSet set = byGroup.get(a.translationGroup());
                if (set == null) {
                    set = translations.set(c, a);
                    byGroup.put(a.translationGroup(), set);
                }
                out.put(a.id(), set);
            }
            return out;
        });
    }

    private ExportResult writeBundle(List<Article> selected, Path out, HtmlRenderer renderer, ExportProgress progress,
                                     ExportCancellation cancellation, Function<Article, PageAlternates> alternates) {
        if (Files.isDirectory(out)) {
            throw new BadInputException(Message.of("error.export.bundleIsFolder", out.toString()));
        }
        new BundleWriter(json, renderer, GENERATOR).withTranslationSets(alternates).write(selected, assets(), out,
                (done, total) -> {
            cancellation.check();
            progress.report(done, total);
        });
        try {
            return new ExportResult(List.of(out), selected.size(), Files.size(out));
        } catch (java.io.IOException e) {
            return new ExportResult(List.of(out), selected.size(), 0);
        }
    }

    /**
     * Pictures come from the library's asset table: their descriptions when the export is planned, their bytes
     * only as the files that hold them are written, so a large export never holds every photo in memory.
     */
    private AssetSource assets() {
        return assetId -> db.read(c -> stores.assets().describe(c, assetId))
                .map(asset -> new AssetFile(asset, () -> db.read(c -> stores.assets().bytes(c, assetId))
                        .orElseThrow(() -> new BadInputException(Message.of("error.export.pictureRemoved", assetId)))));
    }

    /**
     * Compiled on first use (most commands that open a library never render), again only when the library's
     * templates folder setting changes.
     */
    private synchronized Templates templates() {
        String folder = settings.get(SettingsService.Setting.TEMPLATES_FOLDER).orElse("");
        if (templates == null || !folder.equals(templatesFolder)) {
            templates = folder.isEmpty() ? Templates.builtIn() : new Templates(Path.of(folder));
            templatesFolder = folder;
        }
        return templates;
    }
}
