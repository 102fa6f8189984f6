package org.newsdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.codec.ReviewPackageReader;
import org.newsdesk.codec.ReviewPackageWriter;
import org.newsdesk.codec.ZipLimits;
import org.newsdesk.i18n.Message;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.AssetReferences;
import org.newsdesk.store.AssetStore;
import org.newsdesk.store.CommentStore;
import org.newsdesk.spelling.LanguageToolSpellers;
import org.newsdesk.spelling.Speller;
import org.newsdesk.store.Database;
import org.newsdesk.store.DictionaryStore;
import org.newsdesk.store.NameStore;
import org.newsdesk.store.LibraryOpener;
import org.newsdesk.store.RevisionStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.StatusHistoryStore;
import org.newsdesk.store.TranslationStore;

/**
 * An open library and the services that work on it: what the GUI and the CLI both start from.
 * Close it when done; the library file is then a single, self-contained file again.
 */
public final class Library implements AutoCloseable {
    private final Database database;
    private final ArticleService articles;
    private final ImportService imports;
    private final PreviewService preview;
    private final ChecklistService checklist;
    private final WorkflowService workflow;
    private final CommentService comments;
    private final HistoryService history;
    private final DiffService diffs;
    private final ReviewService reviews;
    private final SettingsService settings;
    private final ExportService exports;
    private final ImageService images;
    private final SyncService sync;
    private final TranslationService translations;
    private final JsonCodec json;
    private final SpellingService spelling;
    private final NamesService names;

    private Library(Database database, Clock clock, CurrentUser localUser, Speller speller) {
        this.database = database;
        TeamUser user = new TeamUser(localUser); // in a team library the server says who acts, with which role
        this.json = new JsonCodec();
        Stores stores = new Stores(new ArticleStore(json), new RevisionStore(json), new StatusHistoryStore(),
                new SettingsStore(), new CommentStore(), new AssetStore());
        LibraryClock libraryClock = new LibraryClock(clock);
        ArticleWriter writer = new ArticleWriter(stores, new TokenEditFinder());
        BundleChecker bundles = new BundleChecker(json, ZipLimits.DEFAULT);
        TranslationStore translationStore = new TranslationStore(json);
        this.articles = new ArticleService(database, stores, clock, user, writer, translationStore);
        TranslationTracker tracker = new TranslationTracker(stores, translationStore);
        NameStore nameStore = new NameStore();
        this.checklist = new ChecklistService(database, stores, user, tracker, nameStore);
        this.workflow = new WorkflowService(database, stores, writer, checklist, libraryClock, user);
        this.comments = new CommentService(database, stores, libraryClock, user);
        this.history = new HistoryService(database, stores, writer, libraryClock, user);
        this.diffs = new DiffService(database, stores, workflow);
        this.translations = new TranslationService(database, stores, tracker, articles, writer, workflow, user);
        this.reviews = new ReviewService(database, stores, writer, new ReviewPackageWriter(json),
                new ReviewPackageReader(json), libraryClock, user, translationStore);
        this.imports = new ImportService(articles, new NativeArticleReader(json), bundles, clock);
        this.settings = new SettingsService(database, stores.settings());
        this.names = new NamesService(database, nameStore, articles, clock);
        this.exports = new ExportService(database, stores, articles, settings, json, bundles, tracker, names::mentions);
        this.images = new ImageService(database, stores.assets(), new AssetReferences(json), libraryClock);
        this.preview = new PreviewService(exports::renderer, images);
        this.sync = new SyncService(database, stores, articles, writer, libraryClock, json, user);
        this.spelling = new SpellingService(database, new DictionaryStore(), nameStore, stores.settings(), speller,
                articles, clock, user);
    }

    /** Opens a library with spelling loaded on first use by this library's own LanguageTool spellers. */
    public static Library open(Path file, Clock clock, CurrentUser user) {
        return open(file, clock, user, new LanguageToolSpellers());
    }

    /** Opens a library that checks spelling with {@code speller} (one per process is enough: it is thread-safe). */
    public static Library open(Path file, Clock clock, CurrentUser user, Speller speller) {
        return open(file, clock, user, speller, org.newsdesk.model.MigrationProgress.NONE);
    }

    /**
     * Opens the library; a library in an older format is upgraded first, reporting to {@code progress} (called on
     * this thread, only during an upgrade: open off the FX thread and hand the figures over).
     */
    public static Library open(Path file, Clock clock, CurrentUser user, Speller speller,
            org.newsdesk.model.MigrationProgress progress) {
        return new Library(new LibraryOpener().open(file, progress), clock, user, speller);
    }

    /** Spelling: checks, the library's dictionary, grammar rules on or off. */
    public SpellingService spelling() {
        return spelling;
    }

    /** Agreed names of people and organisations. */
    public NamesService names() {
        return names;
    }

    public Path file() {
        return database.file();
    }

    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    public ArticleService articles() {
        return articles;
    }

    public ImportService imports() {
        return imports;
    }

    public PreviewService preview() {
        return preview;
    }

    /** Review steps: submit, approve, request changes, publish…; timeline; what is waiting for me. */
    public WorkflowService workflow() {
        return workflow;
    }

    /** The pre-publish checklist and its per-library settings. */
    public ChecklistService checklist() {
        return checklist;
    }

    /** Review comments anchored to the body's text. */
    public CommentService comments() {
        return comments;
    }

    /** Word-level diffs between revisions, the current text, and the text last submitted. */
    public DiffService diffs() {
        return diffs;
    }

    /** Review by file: export a review package, import (merge) one. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Revisions and workflow steps; restoring a revision; settling import conflicts. */
    public HistoryService history() {
        return history;
    }

    /** Translation sets: translate, link, outdated blocks, publish a set. */
    public TranslationService translations() {
        return translations;
    }

    public SettingsService settings() {
        return settings;
    }

    public ExportService exports() {
        return exports;
    }

    /** Pictures: adding, finding, screen copies, removing unused ones. */
    public ImageService images() {
        return images;
    }

    /** The team library this one is the working copy of, if any: sync, status, presence. */
    public SyncService sync() {
        return sync;
    }

    public JsonCodec json() {
        return json;
    }

    public Database database() {
        return database;
    }

    /** Problems found by a full integrity check; empty when the library is sound. */
    public java.util.List<Message> check() {
        return database.read(c -> new org.newsdesk.store.IntegrityCheck(json).run(c));
    }

    @Override
    public void close() {
        sync.close();
        database.close();
    }
}
