package org.newsdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import org.newsdesk.codec.BundleChecker;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.codec.NativeArticleReader;
import org.newsdesk.codec.ReviewPackageReader;
import org.newsdesk.codec.ReviewPackageWriter;
import org.newsdesk.codec.ZipLimits;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.AssetReferences;
import org.newsdesk.store.AssetStore;
import org.newsdesk.store.CommentStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.LibraryOpener;
import org.newsdesk.store.RevisionStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.StatusHistoryStore;

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
    private final JsonCodec json;

    private Library(Database database, Clock clock, CurrentUser user) {
        this.database = database;
        this.json = new JsonCodec();
        Stores stores = new Stores(new ArticleStore(json), new RevisionStore(json), new StatusHistoryStore(),
                new SettingsStore(), new CommentStore(), new AssetStore());
        LibraryClock libraryClock = new LibraryClock(clock);
        ArticleWriter writer = new ArticleWriter(stores, new TokenEditFinder());
        BundleChecker bundles = new BundleChecker(json, ZipLimits.DEFAULT);
        this.articles = new ArticleService(database, stores, clock, user, writer);
        this.checklist = new ChecklistService(database, stores, user);
        this.workflow = new WorkflowService(database, stores, writer, checklist, libraryClock, user);
        this.comments = new CommentService(database, stores, libraryClock, user);
        this.history = new HistoryService(database, stores, writer, libraryClock, user);
        this.diffs = new DiffService(database, stores, workflow);
        this.reviews = new ReviewService(database, stores, writer, new ReviewPackageWriter(json),
                new ReviewPackageReader(json), libraryClock, user);
        this.imports = new ImportService(articles, new NativeArticleReader(json), bundles, clock);
        this.settings = new SettingsService(database, stores.settings());
        this.exports = new ExportService(database, stores, articles, settings, json, bundles);
        this.images = new ImageService(database, stores.assets(), new AssetReferences(json), libraryClock);
        this.preview = new PreviewService(exports::renderer, images);
    }

    public static Library open(Path file, Clock clock, CurrentUser user) {
        return open(file, clock, user, org.newsdesk.model.MigrationProgress.NONE);
    }

    /**
     * Opens the library; a library in an older format is upgraded first, reporting to {@code progress} (called on
     * this thread, only during an upgrade: open off the FX thread and hand the figures over).
     */
    public static Library open(Path file, Clock clock, CurrentUser user, org.newsdesk.model.MigrationProgress progress) {
        return new Library(new LibraryOpener().open(file, progress), clock, user);
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

    public JsonCodec json() {
        return json;
    }

    public Database database() {
        return database;
    }

    /** Problems found by a full integrity check; empty when the library is sound. */
    public java.util.List<String> check() {
        return database.read(c -> new org.newsdesk.store.IntegrityCheck(json).run(c));
    }

    @Override
    public void close() {
        database.close();
    }
}
