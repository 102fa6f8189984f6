package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.AlignedRow;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockLink;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.RowState;
import org.newsdesk.model.TranslationLink;
import org.newsdesk.model.TranslationReport;
import org.newsdesk.model.TranslationSet;
import org.newsdesk.model.TranslationUnit;
import org.newsdesk.model.Workflow;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.store.Database;

/**
 * Translation sets: translate an article, link and unlink articles, how each translation stands against its source
 * (block by block), mark blocks as updated, approve and publish a whole set. Every method is one transaction; a
 * refused step (one article per language, one set per article) changes nothing.
 */
public final class TranslationService {
    private final Database db;
    private final Stores stores;
    private final TranslationTracker tracker;
    private final ArticleService articles;
    private final ArticleWriter writer;
    private final WorkflowService workflow;
    private final CurrentUser user;

    TranslationService(Database db, Stores stores, TranslationTracker tracker, ArticleService articles,
                       ArticleWriter writer, WorkflowService workflow, CurrentUser user) {
        this.db = db;
        this.stores = stores;
        this.tracker = tracker;
        this.articles = articles;
        this.writer = writer;
        this.workflow = workflow;
        this.user = user;
    }

    /**
     * Creates the translation of {@code sourceId} into {@code to}: same set, date, tags, pictures, byline; headline,
     * standfirst and body copied block by block (same block ids) as the starting text, each not yet translated.
     */
    public Article translate(UUID sourceId, Language to) {
        articles.requireWritable();
        return db.write(c -> {
            Article source = stores.articles().get(c, sourceId);
            if (source.language().equals(to)) {
                throw new ConflictException(Message.of("error.translation.alreadyInLanguage", source.headline(),
                        LanguageNames.of(to)));
            }
            for (Article member : tracker.members(c, source)) {
                if (member.language().equals(to)) {
                    throw new ConflictException(Message.of("error.translation.setHasLanguage", LanguageNames.of(to),
                            member.id().toString()));
                }
            }
            Instant now = articles.now();
            UUID id = UUID.randomUUID();
            Article draft = new Article(id, null, to, source.translationGroup(), source.headline(), source.standfirst(),
                    source.dateline(), source.date(), source.byline(), source.body(), source.tags(),
                    source.featuredImage(), source.embargo(), ArticleStatus.DRAFT, 0, now, now);
            Article stored = articles.insertWithHistory(c, draft, "Translated from " + source.language().tag());
            List<BlockLink> links = new ArrayList<>();
            for (TranslationUnit u : TranslationUnit.of(source)) {
                links.add(new BlockLink(u.id(), u.id(), u.text(), false));
            }
            tracker.store().put(c, new TranslationLink(stored.id(), source.id(), links));
            return stored;
        });
    }

    /** The article's set: every expected language, with each member's id, status and state. */
    public TranslationSet set(UUID articleId) {
        return db.read(c -> tracker.set(c, stores.articles().get(c, articleId)));
    }

    /** The sets of these articles (one read for a whole list). */
    public Map<UUID, TranslationSet> sets(Collection<UUID> articleIds) {
        return db.read(c -> {
            Map<UUID, TranslationSet> out = new HashMap<>();
            Map<UUID, TranslationSet> byGroup = new HashMap<>();
            for (UUID id : articleIds) {
                Article a = stores.articles().get(c, id);
                TranslationSet set = byGroup.get(a.translationGroup());
                if (set == null) {
                    set = tracker.set(c, a);
                    byGroup.put(a.translationGroup(), set);
                }
                out.put(id, set);
            }
            return out;
        });
    }

    /**
     * Language badges for a library list: for each of these articles that shares a set, its set's languages (the
     * article's own marked), outdated translations marked. Articles alone in their set get none.
     */
    public Map<UUID, List<org.newsdesk.model.LanguageBadge>> badges(Collection<UUID> articleIds) {
        return db.read(c -> {
            Map<UUID, UUID> groups = tracker.store().sharedGroups(c, articleIds);
            Map<UUID, TranslationSet> sets = new HashMap<>();
            Map<UUID, List<org.newsdesk.model.LanguageBadge>> out = new HashMap<>();
            for (Map.Entry<UUID, UUID> e : groups.entrySet()) {
                TranslationSet set = sets.get(e.getValue());
                if (set == null) {
                    set = tracker.set(c, stores.articles().get(c, e.getKey()));
                    sets.put(e.getValue(), set);
                }
                List<org.newsdesk.model.LanguageBadge> badges = new ArrayList<>();
                for (var m : set.present()) {
                    badges.add(new org.newsdesk.model.LanguageBadge(m.language(),
                            m.state() == org.newsdesk.model.TranslationState.OUTDATED, m.articleId().equals(e.getKey())));
                }
                out.put(e.getKey(), badges);
            }
            return out;
        });
    }

    /**
     * The translation beside its source, aligned, with what changed in the source since it was translated; empty
     * when the article is not a translation of a live member of its set.
     */
    public Optional<TranslationReport> report(UUID translationId) {
        return db.read(c -> report(c, stores.articles().get(c, translationId)));
    }

    /** As {@link #report(UUID)}, for a translation as edited (perhaps not yet saved). */
    public Optional<TranslationReport> report(Article translation) {
        return db.read(c -> report(c, translation));
    }

    private Optional<TranslationReport> report(Connection c, Article translation) throws SQLException {
        return tracker.comparison(c, translation).map(x -> {
            Map<String, List<DiffSegment>> changes = new HashMap<>();
            for (AlignedRow row : x.comparison().rows()) {
                if (row.state() == RowState.OUTDATED) {
                    changes.put(row.sourceUnitId(), WordDiff.segments(row.sourceThen(), row.source().text()));
                } else if (row.state() == RowState.REMOVED_FROM_SOURCE) {
                    changes.put(row.sourceUnitId(), List.of(DiffSegment.deleted(row.sourceThen())));
                } else if (row.state() == RowState.NEW_IN_SOURCE) {
                    changes.put(row.sourceUnitId(), List.of(DiffSegment.inserted(row.source().text())));
                }
            }
            return new TranslationReport(x.source(), x.translation(), x.comparison(), changes);
        });
    }

    /** Articles of other sets join {@code id}'s set as its translations, aligned block by block by position. */
    public TranslationSet link(UUID id, List<UUID> others) {
        articles.requireWritable();
        return db.write(c -> {
            Article base = stores.articles().get(c, id);
            List<Article> members = new ArrayList<>(tracker.members(c, base));
            Map<String, Article> byLanguage = new HashMap<>();
            members.forEach(m -> byLanguage.put(m.language().tag(), m));
            byLanguage.put(base.language().tag(), base);
            List<Article> joining = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (UUID otherId : others) {
                Article other = stores.articles().get(c, otherId);
                if (other.id().equals(base.id()) || !seen.add(other.id())
                        || other.translationGroup().equals(base.translationGroup())) {
                    continue; // already in this set
                }
                if (tracker.members(c, other).size() > 1) {
                    throw new ConflictException(Message.of("error.translation.inAnotherSet", other.headline(),
                            other.id().toString()));
                }
                Article same = byLanguage.get(other.language().tag());
                if (same != null) {
                    throw new ConflictException(Message.of("error.translation.setHasLanguageCannotJoin",
                            LanguageNames.of(other.language()), same.id().toString(), other.id().toString()));
                }
                byLanguage.put(other.language().tag(), other);
                joining.add(other);
            }
            for (Article other : joining) {
                tracker.store().setGroup(c, other.id(), base.translationGroup());
                tracker.store().put(c, new TranslationLink(other.id(), base.id(), alignByPosition(base, other)));
            }
            return tracker.set(c, stores.articles().get(c, id));
        });
    }

    /** Linked articles were translated by someone already: units pair up by position and count as up to date. */
    private static List<BlockLink> alignByPosition(Article source, Article translation) {
        List<TranslationUnit> s = TranslationUnit.of(source);
        List<TranslationUnit> t = TranslationUnit.of(translation);
        List<BlockLink> out = new ArrayList<>();
        for (int i = 0; i < Math.min(s.size(), t.size()); i++) {
            out.add(new BlockLink(t.get(i).id(), s.get(i).id(), s.get(i).text(), true));
        }
        return out;
    }

    /** Takes the article out of its set; the others stay together. */
    public void unlink(UUID id) {
        articles.requireWritable();
        db.write(c -> {
            Article article = stores.articles().get(c, id);
            if (tracker.members(c, article).size() < 2) {
                throw new ConflictException(Message.of("error.translation.notLinked", article.headline()));
            }
            tracker.store().setGroup(c, id, UUID.randomUUID());
            tracker.store().delete(c, id);
            return null;
        });
    }

    /**
     * Marks rows of the translation, named by their source unit ids, as updated: their source revision becomes the
     * source text as it is now. A unit new in the source is copied into the translation (not yet translated); a
     * unit removed from the source loses its link.
     *
     * @return the translation as stored afterwards (a new version when a unit was copied in)
     */
    public Article markUpdated(UUID translationId, Collection<String> sourceUnitIds) {
        articles.requireWritable();
        return db.write(c -> {
            Article translation = stores.articles().get(c, translationId);
            TranslationTracker.Comparison x = tracker.comparison(c, translation).orElseThrow(() ->
                    new ConflictException(Message.of("error.translation.notATranslation", translation.headline())));
            Map<String, BlockLink> links = new java.util.LinkedHashMap<>(x.link().byBlock());
            List<Block> blocks = new ArrayList<>(translation.body().blocks());
            boolean bodyChanged = false;
            String previousTranslationUnit = null;
            for (AlignedRow row : x.comparison().rows()) {
                boolean wanted = row.sourceUnitId() != null && sourceUnitIds.contains(row.sourceUnitId());
                if (wanted && row.source() != null && row.translation() != null) {
                    links.put(row.translation().id(), new BlockLink(row.translation().id(), row.source().id(),
                            row.source().text(), true));
                } else if (wanted && row.state() == RowState.REMOVED_FROM_SOURCE) {
                    links.remove(row.translation().id());
                } else if (wanted && row.state() == RowState.NEW_IN_SOURCE && row.source().isBlock()) {
                    Block copy = copyFor(blocks, row.source().block());
                    blocks.add(insertionPoint(blocks, previousTranslationUnit), copy);
                    links.put(copy.id(), new BlockLink(copy.id(), row.source().id(), row.source().text(), false));
                    previousTranslationUnit = copy.id();
                    bodyChanged = true;
                }
                if (row.translation() != null) {
                    previousTranslationUnit = row.translation().id();
                }
            }
            Article result = translation;
            if (bodyChanged) {
                result = writer.saveContent(c, translation.withBody(new Document(blocks)), articles.now());
            }
            tracker.store().put(c, x.link().withBlocks(new ArrayList<>(links.values())));
            return result;
        });
    }

    /** Every row of the translation marked as updated. */
    public Article markAllUpdated(UUID translationId) {
        Optional<TranslationReport> report = report(translationId);
        List<String> ids = report.map(r -> r.comparison().rows().stream().map(AlignedRow::sourceUnitId)
                .filter(java.util.Objects::nonNull).toList()).orElse(List.of());
        return markUpdated(translationId, ids);
    }

    /** The source block under an id the translation does not use yet (the source's own when free). */
    private static Block copyFor(List<Block> blocks, Block source) {
        Set<String> used = new HashSet<>();
        blocks.forEach(b -> used.add(b.id()));
        return used.contains(source.id()) ? source.withId(null) : source;
    }

    private static int insertionPoint(List<Block> blocks, String afterUnitId) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(afterUnitId)) {
                return i + 1;
            }
        }
        return 0; // after the headline or standfirst, or nothing yet: the body's start
    }

    /**
     * Approves (when in review) and publishes every member of the article's set in one step, all or nothing: a
     * member still in draft, or one whose checklist fails, refuses the whole set.
     */
    public List<Article> approveAndPublishSet(UUID anyMember, String note) {
        if (user.get().role() != Role.EDITOR) {
            throw new ConflictException(Message.of("error.translation.editorOnly"));
        }
        return db.write(c -> {
            List<Article> done = new ArrayList<>();
            for (Article m : tracker.members(c, stores.articles().get(c, anyMember))) {
                Article a = m;
                if (a.status() == ArticleStatus.PUBLISHED) {
                    done.add(a);
                    continue;
                }
                if (a.status() == ArticleStatus.IN_REVIEW) {
                    a = workflow.transition(c, a.id(), -1, WorkflowAction.APPROVE, note);
                }
                if (a.status() != ArticleStatus.APPROVED) {
                    throw new ConflictException(Message.of("error.translation.memberNotReady", LanguageNames.of(a.language()),
                            a.headline(), Workflow.stateInSentence(a.status())));
                }
                done.add(workflow.transition(c, a.id(), -1, WorkflowAction.PUBLISH, note));
            }
            return done;
        });
    }
}
