package org.newsdesk.service;

import java.time.Instant;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleHistory;
import org.newsdesk.model.ConflictMark;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.Revision;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.store.Database;

/**
 * An article's past: its revisions and workflow steps, restoring an old revision (as a new revision: history is
 * never rewritten), and settling conflicts left by review-package imports.
 */
public final class HistoryService {
    private final Database db;
    private final Stores stores;
    private final ArticleWriter writer;
    private final LibraryClock clock;
    private final CurrentUser user;

    HistoryService(Database db, Stores stores, ArticleWriter writer, LibraryClock clock, CurrentUser user) {
        this.db = db;
        this.stores = stores;
        this.writer = writer;
        this.clock = clock;
        this.user = user;
    }

    /** Revisions (oldest first) and workflow steps (in time order). */
    public ArticleHistory history(UUID id) {
        return db.read(c -> {
            stores.articles().get(c, id);
            return new ArticleHistory(stores.revisions().list(c, id), stores.history().list(c, id));
        });
    }

    /**
     * Makes the content of revision {@code number} (headline, standfirst, body, tags, dates, byline, language,
     * image, embargo) the current content, recorded as a new revision "Restored revision N". The status stays;
     * comments follow the text. Restoring an open conflict revision settles it.
     *
     * @return the article as stored after the restore
     */
    public Article restore(UUID id, int number) {
        return db.write(c -> {
            Article current = stores.articles().get(c, id);
            Revision old = stores.revisions().find(c, id, number).orElseThrow(() ->
                    new NotFoundException(Message.of("error.article.noSuchRevision", id.toString(), number)));
            Article restored = current.withTextOf(old.snapshot());
            Instant now = clock.now();
            Article stored = writer.saveContent(c, restored, now);
            stores.revisions().add(c, stored, user.get().name(), "Restored revision " + number, now);
            if (old.conflict() == ConflictMark.OPEN) {
                stores.revisions().setConflict(c, id, number, ConflictMark.RESOLVED);
            }
            return stored;
        });
    }

    /**
     * Marks conflict revision {@code number} as settled without restoring it (the user kept, or merged by hand
     * into, the current text). Later imports then count it as seen.
     */
    public RevisionInfo resolveConflict(UUID id, int number) {
        return db.write(c -> {
            Revision revision = stores.revisions().find(c, id, number).orElseThrow(() ->
                    new NotFoundException(Message.of("error.article.noSuchRevision", id.toString(), number)));
            if (revision.conflict() == null) {
                throw new org.newsdesk.model.BadInputException(Message.of("error.history.notAConflict", number));
            }
            stores.revisions().setConflict(c, id, number, ConflictMark.RESOLVED);
            return new Revision(number, revision.author(), revision.createdAt(), revision.note(), revision.snapshot(),
                    ConflictMark.RESOLVED).info();
        });
    }
}
