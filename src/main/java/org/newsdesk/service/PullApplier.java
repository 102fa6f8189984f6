package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.ThreeWayMerge;
import org.newsdesk.store.SyncStore;
import org.newsdesk.store.team.ServerStore.PulledArticle;
import org.newsdesk.store.team.ServerStore.ServerRow;
import org.newsdesk.store.team.ServerStore.ServerStep;

/**
 * Writes what the server sent into the local library, inside one local transaction per page (the caller turns the
 * outbox triggers off meanwhile, so none of it is pushed back). An article nobody changed here takes the server's
 * text; one changed on both sides is merged field by field, or, when both changed the same field, takes the server's
 * text and keeps this side's as a new draft "(conflict copy)" that the next push sends. Revisions, comments and steps
 * are united (the same one is recognised by author and time).
 */
final class PullApplier {
    static final String COPY_SUFFIX = " (conflict copy)";

    /** What one page did here. */
    record PageResult(int articles, int pictures, int conflicts, Set<UUID> changed) {
        PageResult withPictures(int n) {
            return new PageResult(articles, n, conflicts, changed);
        }

        /** Adds the articles deleted here because the team library purged them from its trash. */
        PageResult withPurged(Set<UUID> purged) {
            Set<UUID> all = new HashSet<>(changed);
            all.addAll(purged);
            return new PageResult(articles + purged.size(), pictures, conflicts, all);
        }
    }

    private final Stores stores;
    private final SyncStore sync;
    private final ArticleService articles;
    private final ArticleWriter writer;
    private final JsonCodec json;
    private final ThreeWayMerge merge = new ThreeWayMerge();

    PullApplier(Stores stores, SyncStore sync, ArticleService articles, ArticleWriter writer, JsonCodec json) {
        this.stores = stores;
        this.sync = sync;
        this.articles = articles;
        this.writer = writer;
        this.json = json;
    }

    PageResult applyPage(Connection c, List<PulledArticle> page, Instant now) throws SQLException {
        int conflicts = 0;
        Set<UUID> changed = new HashSet<>();
        for (PulledArticle s : page) {
            Optional<Article> local = stores.articles().find(c, s.article().id());
            int outcome = local.isEmpty() ? insertNew(c, s) : apply(c, local.get(), s, now);
            if (outcome == CONFLICT) {
                conflicts++;
            }
            if (outcome != UNCHANGED | followTrash(c, s, now)) {
                changed.add(s.article().id());
            }
            sync.putBase(c, s.article().id(), new SyncStore.Base(s.version(), s.content()));
        }
        return new PageResult(changed.size(), 0, conflicts, changed);
    }

    /**
     * Puts the article in or out of the trash as the server has it, unless a move made here waits to be pushed
     * (the server rules on it then). True when it moved.
     */
    private boolean followTrash(Connection c, PulledArticle s, Instant now) throws SQLException {
        UUID id = s.article().id();
        if (!stores.articles().exists(c, id) || stores.articles().isTrashed(c, id) == s.trashed()
                || sync.isWaiting(c, "trash", id.toString())) {
            return false;
        }
        if (s.trashed()) {
            stores.articles().trash(c, id, now);
        } else {
            stores.articles().restore(c, id);
        }
        return true;
    }

    private static final int UNCHANGED = 0;
    private static final int CHANGED = 1;
    private static final int CONFLICT = 2;

    private int insertNew(Connection c, PulledArticle s) throws SQLException {
        Article in = s.article();
        stores.articles().insert(c, in.withStored(0, in.createdAt(), in.updatedAt()));
        addRevisions(c, in.id(), s.revisions());
        for (ServerStep step : s.steps()) {
            stores.history().record(c, in.id(), local(c, in.id(), step));
        }
        addComments(c, s, in.body().plainText());
        return CHANGED;
    }

    /** Brings an article that exists here up to the server's state: UNCHANGED, CHANGED or CONFLICT (a copy made). */
    private int apply(Connection c, Article here, PulledArticle s, Instant now) throws SQLException {
        UUID id = here.id();
        Article theirs = s.article();
        boolean waiting = sync.isWaiting(c, "article", id.toString());
        Article text = here.withTextOf(theirs);
        boolean conflict = false;
        if (waiting) {
            Article base = sync.base(c, id).map(b -> json.readArticle(b.json())).orElse(null);
            ThreeWayMerge.Result r = base == null
                    ? (here.sameTextAs(theirs) ? new ThreeWayMerge.Result(ThreeWayMerge.Outcome.THEIRS, text, List.of())
                    : new ThreeWayMerge.Result(ThreeWayMerge.Outcome.CONFLICT, null, List.of("text")))
                    : merge.merge(base, here, theirs);
            switch (r.outcome()) {
                case OURS -> text = here;
                case MERGED -> text = r.article();
                case THEIRS -> sync.forget(c, "article", id.toString());
                case CONFLICT -> {
                    keepAsCopy(c, here, "Conflict copy: " + String.join(", ", r.conflictingFields())
                            + " changed here and on the team library");
                    sync.forget(c, "article", id.toString());
                    conflict = true;
                }
            }
        }
        int added = addRevisions(c, id, s.revisions());
        List<SyncStore.LocalStep> waitingSteps = sync.waitingSteps(c, id);
        added += addSteps(c, id, s.steps());
        ArticleStatus status = waitingSteps.isEmpty() ? theirs.status()
                : waitingSteps.get(waitingSteps.size() - 1).step().to();
        Article current = stores.articles().get(c, id); // the steps above do not change it, but stay exact
        Article wanted = text.withStatus(status).withStored(current.version(), current.createdAt(), current.updatedAt());
        if (!wanted.sameContentAs(current) || wanted.status() != current.status()) {
            writer.saveWithStatus(c, wanted, now);
            added++;
        }
        added += addComments(c, s, stores.articles().get(c, id).body().plainText());
        return conflict ? CONFLICT : added > 0 ? CHANGED : UNCHANGED;
    }

    /** Stores {@code mine} as a new draft that the next push sends (the outbox triggers are on for it). */
    private void keepAsCopy(Connection c, Article mine, String note) throws SQLException {
        sync.setApplying(c, false);
        try {
            Article copy = mine.copyAsNew(mine.updatedAt()).withSlug(null).withHeadline(mine.headline() + COPY_SUFFIX)
                    .withTranslationGroup(UUID.randomUUID());
            articles.insertWithHistory(c, copy.withStored(0, articles.now(), articles.now()), note);
        } finally {
            sync.setApplying(c, true);
        }
    }

    private int addRevisions(Connection c, UUID id, List<Revision> revisions) throws SQLException {
        List<Revision> sorted = new ArrayList<>(revisions);
        sorted.sort(Comparator.comparing(Revision::createdAt));
        int added = 0;
        for (Revision r : sorted) {
            if (sync.revisionNumber(c, id, r.author(), r.createdAt()).isEmpty()) {
                stores.revisions().append(c, r);
                added++;
            }
        }
        return added;
    }

    /** Adds the server's steps this library does not have, in the server's order. */
    private int addSteps(Connection c, UUID id, List<ServerStep> steps) throws SQLException {
        List<StatusChange> here = stores.history().list(c, id);
        int added = 0;
        for (ServerStep step : steps) {
            if (here.stream().noneMatch(h -> h.sameStepAs(step.step()))) {
                stores.history().record(c, id, local(c, id, step));
                added++;
            }
        }
        return added;
    }

    private StatusChange local(Connection c, UUID id, ServerStep step) throws SQLException {
        int number = step.revision() == null ? 0
                : sync.revisionNumber(c, id, step.revision().author(), step.revision().at()).orElse(0);
        return step.step().withRevision(number);
    }

    private int addComments(Connection c, PulledArticle s, String textHere) throws SQLException {
        String theirText = s.article().body().plainText();
        int added = 0;
        for (Comment incoming : s.comments()) {
            Optional<Comment> existing = stores.comments().find(c, incoming.id());
            if (existing.isPresent()) {
                if (existing.get().stateIsOlderThan(incoming)) {
                    stores.comments().updateState(c, existing.get().withResolved(incoming.resolved(),
                            incoming.stateChangedBy(), incoming.stateChangedAt()));
                    added++;
                }
                continue;
            }
            if (incoming.parent() != null && stores.comments().find(c, incoming.parent()).isEmpty()) {
                continue; // its thread's first comment is not here (cannot happen: parents come first)
            }
            Anchor anchor = theirText.equals(textHere) ? incoming.anchor()
                    : writer.follow(incoming.anchor(), theirText, textHere);
            stores.comments().insert(c, incoming.withAnchor(anchor));
            added++;
        }
        return added;
    }

    // ---- after a push ---------------------------------------------------------------------------------------------

    /** Records locally what the server committed; returns the articles whose text or status changed here. */
    Set<UUID> afterPush(Connection c, PushOutcome outcome, Instant now) throws SQLException {
        Set<UUID> changed = new HashSet<>();
        for (var entry : outcome.done()) {
            sync.done(c, entry);
        }
        for (var e : outcome.newBases().entrySet()) {
            sync.putBase(c, e.getKey(), e.getValue());
        }
        for (Outgoing refused : outcome.refused()) {
            sync.forget(c, refused.entry().kind(), refused.entry().key());
            if (refused.step() != null) {
                sync.deleteStep(c, refused.step().rowId());
            }
        }
        sync.setApplying(c, true);
        for (var e : outcome.takeTheirs().entrySet()) {
            Optional<Article> here = stores.articles().find(c, e.getKey());
            ServerRow row = e.getValue();
            if (here.isPresent()) {
                keepAsCopy(c, here.get(), "Conflict copy: the team library did not take these changes while the"
                        + " article was " + row.status().label());
                Article theirs = json.readArticle(row.content());
                Article h = here.get();
                writer.saveWithStatus(c, h.withTextOf(theirs).withStatus(row.status()), now);
                changed.add(h.id());
            }
            sync.putBase(c, e.getKey(), new SyncStore.Base(row.version(), row.content()));
            sync.forget(c, "article", e.getKey().toString());
        }
        for (var e : outcome.statusFixes().entrySet()) {
            UUID id = e.getKey();
            Optional<Article> here = stores.articles().find(c, id);
            if (here.isEmpty()) {
                continue;
            }
            List<SyncStore.LocalStep> waitingSteps = sync.waitingSteps(c, id);
            addSteps(c, id, e.getValue().steps());
            ArticleStatus status = waitingSteps.isEmpty() ? e.getValue().row().status()
                    : waitingSteps.get(waitingSteps.size() - 1).step().to();
            if (here.get().status() != status) {
                writer.saveWithStatus(c, here.get().withStatus(status), now);
                changed.add(id);
            }
        }
        sync.setApplying(c, false);
        return changed;
    }
}
