package org.newsdesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.Revision;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.Slugs;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.TagUsage;
import org.newsdesk.store.Database;

/**
 * Writing and finding articles: create, autosave, save with a revision, tag, trash, search. Every method
 * is one transaction; call it off the FX thread.
 */
public final class ArticleService {
    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final CurrentUser user;
    private final ArticleWriter writer;
    private final org.newsdesk.store.TranslationStore translations;

    ArticleService(Database db, Stores stores, Clock clock, CurrentUser user, ArticleWriter writer) {
        this(db, stores, clock, user, writer, null);
    }

    ArticleService(Database db, Stores stores, Clock clock, CurrentUser user, ArticleWriter writer,
                   org.newsdesk.store.TranslationStore translations) {
        this.translations = translations;
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.user = user;
        this.writer = writer;
    }

    /** Stamps are kept to the millisecond: what the store keeps, so a stored article equals the one returned. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Stores a new article as a draft with its first revision. */
    public Article create(Article draft) {
        Instant now = now();
        Article fresh = draft.withStatus(ArticleStatus.DRAFT).withStored(0, now, now);
        return db.write(c -> insertWithHistory(c, fresh, "Created"));
    }

    Article insertWithHistory(java.sql.Connection c, Article article, String note) throws java.sql.SQLException {
        return insertWithHistory(c, article, note, 1);
    }

    private Article insertWithHistory(java.sql.Connection c, Article article, String note, long version)
            throws java.sql.SQLException {
        return insertWithHistory(c, article, note, version, stores.articles().prepare(article));
    }

    private Article insertWithHistory(java.sql.Connection c, Article article, String note, long version,
                                      org.newsdesk.store.ArticleStore.Prepared prepared) throws java.sql.SQLException {
        Article stored = stores.articles().insert(c, article, version, prepared);
        String author = user.get().name();
        int revision = stores.revisions().addInitial(c, stored, author, note, stored.createdAt()).number();
        stores.history().record(c, stored.id(),
                new StatusChange(null, stored.status(), author, stored.createdAt(), note, revision));
        return stored;
    }

    /**
     * Saves what the user sees, without a revision (autosave). Refused as a conflict on a stale copy, and on a
     * copy with another status (the status changes only through {@link WorkflowService}). Comment anchors
     * follow the new text.
     */
    public Article autosave(Article article) {
        Article prepared = followHeadline(article);
        return db.write(c -> writer.saveContent(c, prepared, now()));
    }

    /** Saves and records a revision with {@code note} (Ctrl+S, the CLI's edit). */
    public Article save(Article article, String note) {
        Article prepared = followHeadline(article);
        return db.write(c -> {
            Instant now = now();
            Article stored = writer.saveContent(c, prepared, now);
            stores.revisions().add(c, stored, user.get().name(), note, now);
            return stored;
        });
    }

    /** Records a revision of the stored article as it is now (after autosaves), if it changed since the last one. */
    public Article checkpoint(UUID id, String note) {
        return db.write(c -> {
            Article stored = stores.articles().get(c, id);
            int last = stores.revisions().count(c, id);
            boolean changed = last == 0 || stores.revisions().find(c, id, last)
                    .map(r -> !r.snapshot().sameContentAs(stored)).orElse(true);
            if (changed || (note != null && !note.isBlank())) {
                stores.revisions().add(c, stored, user.get().name(), note, now());
            }
            return stored;
        });
    }

    /** While a draft, the slug follows the headline; once reviewed it stays put, so links keep working. */
    private static Article followHeadline(Article a) {
        if (a.status() == ArticleStatus.DRAFT && !a.headline().isBlank()) {
            String wanted = Slugs.fromHeadline(a.headline());
            if (!a.slug().equals(wanted) && !a.slug().matches(java.util.regex.Pattern.quote(wanted) + "-\\d+")) {
                return a.withSlug(wanted);
            }
        }
        return a;
    }

    public Article get(UUID id) {
        return db.read(c -> stores.articles().get(c, id));
    }

    /** The articles with these ids, in the same order, read in one transaction: one consistent state. */
    public List<Article> getAll(List<UUID> ids) {
        return db.read(c -> stores.articles().getAll(c, ids));
    }

    /** Accepts a full id or a unique prefix of one (at least 4 characters). */
    public UUID resolve(String idOrPrefix) {
        try {
            return UUID.fromString(idOrPrefix.trim());
        } catch (IllegalArgumentException notAFullId) {
            return db.read(c -> stores.articles().resolveId(c, idOrPrefix))
                    .orElseThrow(() -> new NotFoundException(Message.of("error.article.noSuchId", idOrPrefix)));
        }
    }

    public List<SearchHit> search(ArticleFilter filter) {
        return db.read(c -> stores.articles().search(c, filter));
    }

    public int count() {
        return db.read(c -> stores.articles().count(c));
    }

    /** Adds and removes tags (ignoring case) and records a revision saying which. */
    public Article tag(UUID id, List<String> add, List<String> remove) {
        return db.write(c -> {
            Article current = stores.articles().get(c, id);
            List<String> tags = new ArrayList<>(current.tags());
            tags.removeIf(t -> remove.stream().anyMatch(r -> r.strip().equalsIgnoreCase(t)));
            tags.addAll(add);
            Instant now = now();
            Article stored = writer.saveContent(c, current.withTags(tags), now);
            List<String> words = new ArrayList<>();
            add.forEach(t -> words.add("+" + t.strip()));
            remove.forEach(t -> words.add("-" + t.strip()));
            stores.revisions().add(c, stored, user.get().name(), "Tags " + String.join(" ", words), now);
            return stored;
        });
    }

    public List<TagUsage> tags() {
        return db.read(c -> stores.articles().tagUsage(c));
    }

    /**
     * Renames a tag on every article that has it. Renaming onto an existing tag merges the two. Each article
     * changed gets a new version, so a window still showing the old tags cannot silently write them back.
     */
    public int renameTag(String from, String to) {
        String target = to == null ? "" : to.strip();
        if (target.isEmpty()) {
            throw new org.newsdesk.model.ValidationException("tag", Message.of("error.tag.empty"));
        }
        return retag(from, tags -> {
            tags.removeIf(t -> t.equalsIgnoreCase(from));
            tags.add(target);
        }, "Tag \"" + from + "\" renamed to \"" + target + "\"", target);
    }

    /** Removes a tag from every article and from the library. */
    public int deleteTag(String name) {
        return retag(name, tags -> tags.removeIf(t -> t.equalsIgnoreCase(name)), "Tag \"" + name + "\" removed", null);
    }

    private int retag(String name, java.util.function.Consumer<List<String>> change, String note, String renamedTo) {
        return db.write(c -> {
            List<UUID> ids = stores.articles().tags().articlesWith(c, name);
            Instant now = now();
            if (renamedTo != null && renamedTo.equalsIgnoreCase(name)) {
                stores.articles().tags().respell(c, name, renamedTo); // only the spelling changes
            }
            for (UUID id : ids) {
                Article a = stores.articles().get(c, id);
                List<String> tags = new ArrayList<>(a.tags());
                change.accept(tags);
                Article stored = writer.saveContent(c, a.withTags(tags), now);
                stores.revisions().add(c, stored, user.get().name(), note, now);
            }
            stores.articles().tags().deleteUnused(c, renamedTo);
            return ids.size();
        });
    }

    /** A new draft with the same content, headline marked as a copy. */
    public Article duplicate(UUID id) {
        Article source = get(id);
        Instant now = now();
        String headline = source.headline().isBlank() ? "" : source.headline() + " (copy)";
        return create(source.copyAsNew(now).withHeadline(headline).withSlug(null)
                .withTranslationGroup(UUID.randomUUID()));
    }

    public void trash(UUID id) {
        db.write(c -> {
            stores.articles().trash(c, id, now());
            return null;
        });
    }

    public void restore(UUID id) {
        db.write(c -> {
            stores.articles().restore(c, id);
            return null;
        });
    }

    public int emptyTrash() {
        return db.write(c -> stores.articles().emptyTrash(c));
    }

    public List<ArticleSummary> trashed() {
        return db.read(c -> stores.articles().trashed(c));
    }

    public List<RevisionInfo> revisions(UUID id) {
        return db.read(c -> {
            stores.articles().get(c, id);
            return stores.revisions().list(c, id);
        });
    }

    /** Every revision with its snapshot, oldest first, read in one transaction. */
    public List<Revision> revisionsWithSnapshots(UUID id) {
        return db.read(c -> {
            List<Revision> all = new ArrayList<>();
            for (RevisionInfo info : stores.revisions().list(c, id)) {
                stores.revisions().find(c, id, info.number()).ifPresent(all::add);
            }
            return all;
        });
    }

    public Revision revision(UUID id, int number) {
        return db.read(c -> stores.revisions().find(c, id, number)).orElseThrow(() ->
                new NotFoundException(Message.of("error.article.noSuchRevision", id.toString(), number)));
    }

    public List<StatusChange> statusHistory(UUID id) {
        return db.read(c -> stores.history().list(c, id));
    }

    /**
     * Stores articles read from files, with their pictures, all or nothing. A native file's article keeps its id,
     * status and times unless the library already has that id; then it comes in as a new draft copy.
     */
    List<Article> insertAll(List<org.newsdesk.importer.ImportedArticle> imported) {
        return db.write(c -> {
            List<Article> stored = new ArrayList<>();
            PreparedAhead ahead = new PreparedAhead(imported.stream().map(i -> i.article()).toList(), stores.articles());
            for (int index = 0; index < imported.size(); index++) {
                var item = imported.get(index);
                Article a = item.article();
                Instant now = now();
                Article toInsert;
                long version = 1;
                if (!item.keepIdentity()) {
                    toInsert = a.withStatus(ArticleStatus.DRAFT).withStored(0, now, now);
                } else if (!stores.articles().exists(c, a.id())) {
                    toInsert = a.withStored(0, a.createdAt(), a.updatedAt());
                    version = Math.max(1, a.version()); // the same article, so exports of it match byte for byte
                } else {
                    toInsert = a.copyAsNew(now);
                }
                for (var image : item.images()) {
                    stores.assets().insertIfAbsent(c, image.asset(), image.bytes(), now);
                }
                Article inserted = insertWithHistory(c, toInsert, "Imported", version, ahead.get(index));
                storeComments(c, inserted, item.comments());
                stored.add(inserted);
                restoreTranslation(c, item, inserted);
            }
            return stored;
        });
    }

    /** The file's own review comments (Word's), on the words they were made on. */
    private void storeComments(java.sql.Connection c, Article article,
                               List<org.newsdesk.importer.ImportedComment> comments) throws java.sql.SQLException {
        String body = article.body().plainText();
        for (var comment : comments) {
            if (comment.text().isEmpty()) {
                continue;
            }
            org.newsdesk.model.Anchor anchor = comment.anchor().end() <= body.length() ? comment.anchor()
                    : org.newsdesk.model.Anchor.GENERAL;
            stores.comments().insert(c, org.newsdesk.model.Comment.create(article.id(), comment.author(),
                    comment.created() == null ? article.createdAt() : comment.created(), comment.text(), anchor,
                    anchor.textIn(body)));
        }
    }

    /**
     * A translation read from a native file keeps its link when it came back as itself (same id) and its source is
     * in this library, in the same set.
     */
    private void restoreTranslation(java.sql.Connection c, org.newsdesk.importer.ImportedArticle item, Article inserted)
            throws java.sql.SQLException {
        var link = item.translation();
        if (link == null || translations == null || !inserted.id().equals(link.articleId())) {
            return;
        }
        var source = stores.articles().find(c, link.sourceId());
        if (source.isPresent() && source.get().translationGroup().equals(inserted.translationGroup())) {
            translations.put(c, link);
        }
    }

    void requireWritable() {
        if (db.isReadOnly()) {
            throw new BadInputException(Message.of("error.library.readOnly", db.file().toString()));
        }
    }
}
