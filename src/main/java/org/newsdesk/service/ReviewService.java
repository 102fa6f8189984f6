package org.newsdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import org.newsdesk.codec.ReviewPackageReader;
import org.newsdesk.codec.ReviewPackageWriter;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.ReviewImportResult;
import org.newsdesk.model.ReviewPackage;
import org.newsdesk.store.Database;

/**
 * Review by file, for people who do not share a library: "Send for review" writes one JSON package (the article,
 * its revisions, comments and workflow steps); importing a package merges it (see {@link ReviewMerger}: comments
 * and steps are united, text edits on both sides are kept side by side as a conflict revision, never overwritten).
 */
public final class ReviewService {
    private final Database db;
    private final Stores stores;
    private final org.newsdesk.store.TranslationStore translations;
    private final ReviewMerger merger;
    private final ReviewPackageWriter packageWriter;
    private final ReviewPackageReader packageReader;
    private final LibraryClock clock;
    private final CurrentUser user;

    ReviewService(Database db, Stores stores, ArticleWriter writer, ReviewPackageWriter packageWriter,
                  ReviewPackageReader packageReader, LibraryClock clock, CurrentUser user) {
        this(db, stores, writer, packageWriter, packageReader, clock, user, null);
    }

    ReviewService(Database db, Stores stores, ArticleWriter writer, ReviewPackageWriter packageWriter,
                  ReviewPackageReader packageReader, LibraryClock clock, CurrentUser user,
                  org.newsdesk.store.TranslationStore translations) {
        this.translations = translations;
        this.db = db;
        this.stores = stores;
        this.merger = new ReviewMerger(stores, writer);
        this.packageWriter = packageWriter;
        this.packageReader = packageReader;
        this.clock = clock;
        this.user = user;
    }

    /**
     * The package for an article. If the text changed since its last revision (autosaves), a revision "Sent for
     * review" is recorded first, so the package's text is always one of its revisions: the other side can then
     * recognise it as common ground when the package comes back.
     */
    public ReviewPackage buildPackage(UUID id) {
        if (db.isReadOnly()) { // nothing can be recorded: send the text as it is
            return db.read(c -> new ReviewPackage(stores.articles().get(c, id), stores.revisions().all(c, id),
                    stores.comments().list(c, id), stores.history().list(c, id), user.get().name(), clock.now(),
                    link(c, id)));
        }
        return db.write(c -> {
            Article article = stores.articles().get(c, id);
            Instant now = clock.now();
            int last = stores.revisions().count(c, id);
            boolean recorded = last > 0 && stores.revisions().find(c, id, last)
                    .map(r -> r.snapshot().sameTextAs(article)).orElse(false);
            if (!recorded) {
                stores.revisions().add(c, article, user.get().name(), "Sent for review", now);
            }
            return new ReviewPackage(article, stores.revisions().all(c, id), stores.comments().list(c, id),
                    stores.history().list(c, id), user.get().name(), now, link(c, id));
        });
    }

    /** Writes the article's package to {@code out} (whole or not at all). Returns the file written. */
    public Path exportPackage(UUID id, Path out) {
        String json = packageWriter.write(buildPackage(id));
        writeAtomically(out, json);
        return out;
    }

    /** Reads a package file (checking it whole first), for a GUI that shows it before merging. */
    public ReviewPackage readPackage(Path file) {
        return packageReader.read(file);
    }

    /** Reads a package file and merges it into this library in one transaction; a bad file changes nothing. */
    public ReviewImportResult importPackage(Path file) {
        return importPackage(readPackage(file));
    }

    /** Merges a package already read (e.g. by a GUI that showed it first). */
    public ReviewImportResult importPackage(ReviewPackage p) {
        return db.write(c -> {
            ReviewImportResult result = merger.merge(c, p, clock.now());
            restoreLink(c, p);
            return result;
        });
    }

    private org.newsdesk.model.TranslationLink link(java.sql.Connection c, UUID id) throws java.sql.SQLException {
        return translations == null ? null : translations.find(c, id).orElse(null);
    }

    /**
     * A translation keeps the link this library has; one it lacks (the package came from another library) is taken
     * from the package when the source is here, in the same set.
     */
    private void restoreLink(java.sql.Connection c, ReviewPackage p) throws java.sql.SQLException {
        var link = p.translation();
        if (link == null || translations == null || translations.find(c, link.articleId()).isPresent()) {
            return;
        }
        var here = stores.articles().find(c, link.articleId());
        var source = stores.articles().find(c, link.sourceId());
        if (here.isPresent() && source.isPresent()
                && here.get().translationGroup().equals(source.get().translationGroup())) {
            translations.put(c, link);
        }
    }

    private static void writeAtomically(Path out, String text) {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        try {
            if (Files.isDirectory(target)) {
                throw new BadInputException(Message.of("error.review.isFolder", target.toString()));
            }
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".review", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new NewsdeskException(Message.of("error.review.cannotWrite", target.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
