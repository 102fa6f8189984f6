package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Comment;
import org.newsdesk.model.ConflictMark;
import org.newsdesk.model.ReviewImportResult;
import org.newsdesk.model.ReviewImportResult.TextOutcome;
import org.newsdesk.model.ReviewPackage;
import org.newsdesk.model.Revision;
import org.newsdesk.model.StatusChange;

/**
 * Merges a review package into this library inside one transaction. Nothing is ever silently overwritten:
 * <ul>
 * <li>Text: a three-way decision against the common revision (the latest revision both sides have, known by
 *     author, time and text; an open conflict revision does not count, as nobody has settled it yet). If only the
 *     other side changed the text, theirs is taken with their revisions; if only this side did, ours stays; if
 *     both did, ours stays and theirs becomes a revision marked as an open conflict.</li>
 * <li>Workflow steps: the union (a step is the same step when from, to, who, when and note agree), new ones
 *     placed by time; the status becomes that of the last step when the package brought new steps.</li>
 * <li>Comments: the union by id; of two resolved states the later change wins; new comments' anchors are
 *     carried from the other side's text to the text here.</li>
 * </ul>
 */
final class ReviewMerger {
    private final Stores stores;
    private final ArticleWriter writer;

    ReviewMerger(Stores stores, ArticleWriter writer) {
        this.stores = stores;
        this.writer = writer;
    }

    ReviewImportResult merge(Connection c, ReviewPackage p, Instant now) throws SQLException {
        Optional<Article> local = stores.articles().find(c, p.article().id());
        return local.isEmpty() ? insertNew(c, p) : mergeInto(c, local.get(), p, now);
    }

    /** The article is new here: everything comes in as it is. */
    private ReviewImportResult insertNew(Connection c, ReviewPackage p) throws SQLException {
        Article in = p.article();
        Article stored = stores.articles().insert(c, in.withStored(0, in.createdAt(), in.updatedAt()));
        Map<Integer, Integer> numbers = new HashMap<>();
        for (Revision r : p.revisions()) {
            numbers.put(r.number(), stores.revisions().append(c, r).number());
        }
        for (StatusChange step : p.statusHistory()) {
            stores.history().record(c, stored.id(), step.withRevision(numbers.getOrDefault(step.revision(), 0)));
        }
        for (Comment comment : p.comments()) {
            stores.comments().insert(c, comment);
        }
        return new ReviewImportResult(stored.id(), TextOutcome.NEW, 0, p.revisions().size(), p.comments().size(), 0,
                p.statusHistory().size(), stored.status());
    }

    private ReviewImportResult mergeInto(Connection c, Article local, ReviewPackage p, Instant now) throws SQLException {
        Article in = p.article();
        List<Revision> ours = stores.revisions().all(c, local.id());
        Map<Integer, Integer> numbers = matchRevisions(ours, p.revisions());
        Revision common = commonRevision(ours, p.revisions(), numbers);

        boolean oursChanged = common == null || !local.sameTextAs(common.snapshot());
        boolean theirsChanged = common == null || !in.sameTextAs(common.snapshot());
        TextOutcome outcome;
        Article text = local;
        int conflictRevision = 0;
        int revisionsAdded = 0;
        if (local.sameTextAs(in)) {
            outcome = TextOutcome.SAME;
        } else if (!theirsChanged) {
            outcome = TextOutcome.KEPT;
        } else if (!oursChanged) {
            outcome = TextOutcome.TAKEN;
            for (Revision r : p.revisions()) {
                if (!numbers.containsKey(r.number()) && (common == null || r.number() > incomingNumberOf(common, numbers))) {
                    numbers.put(r.number(), stores.revisions().append(c, r).number());
                    revisionsAdded++;
                }
            }
            text = local.withTextOf(in);
        } else {
            outcome = TextOutcome.CONFLICT;
            Revision theirs = lastWithText(p.revisions(), in).orElseGet(() ->
                    new Revision(0, p.exportedBy().isEmpty() ? "review package" : p.exportedBy(),
                            p.exportedAt() == null ? now : p.exportedAt(), "Text from review package", in));
            Revision stored = stores.revisions().append(c, new Revision(0, theirs.author(), theirs.createdAt(),
                    conflictNote(theirs), theirs.snapshot(), ConflictMark.OPEN));
            conflictRevision = stored.number();
            revisionsAdded++;
        }

        List<StatusChange> steps = stores.history().list(c, local.id());
        int stepsAdded = mergeSteps(steps, p.statusHistory(), numbers);
        ArticleStatus status = stepsAdded > 0 ? steps.get(steps.size() - 1).to() : local.status();
        if (stepsAdded > 0) {
            stores.history().replaceAll(c, local.id(), steps);
        }
        Article merged = text.withStatus(status);
        if (!merged.sameContentAs(local) || merged.status() != local.status()) {
            merged = writer.saveWithStatus(c, merged, now); // existing comments' anchors follow the text
        }

        int[] comments = mergeComments(c, p, merged.body().plainText());
        return new ReviewImportResult(local.id(), outcome, conflictRevision, revisionsAdded, comments[0], comments[1],
                stepsAdded, merged.status());
    }

    /** Incoming revision number → local number, for revisions both sides have (same author, time and text). */
    private static Map<Integer, Integer> matchRevisions(List<Revision> ours, List<Revision> theirs) {
        Map<Integer, Integer> numbers = new HashMap<>();
        for (Revision t : theirs) {
            for (Revision o : ours) {
                if (o.author().equals(t.author()) && o.createdAt().equals(t.createdAt())
                        && o.snapshot().sameTextAs(t.snapshot())) {
                    numbers.put(t.number(), o.number());
                    break;
                }
            }
        }
        return numbers;
    }

    /** The latest shared revision that no side still holds as an open conflict, or null. */
    private static Revision commonRevision(List<Revision> ours, List<Revision> theirs, Map<Integer, Integer> numbers) {
        Revision best = null;
        for (Revision t : theirs) {
            Integer localNumber = numbers.get(t.number());
            if (localNumber == null || t.conflict() == ConflictMark.OPEN) {
                continue;
            }
            Revision o = ours.stream().filter(r -> r.number() == localNumber).findFirst().orElseThrow();
            if (o.conflict() != ConflictMark.OPEN && (best == null || o.number() > best.number())) {
                best = o;
            }
        }
        return best;
    }

    private static int incomingNumberOf(Revision localCommon, Map<Integer, Integer> numbers) {
        return numbers.entrySet().stream().filter(e -> e.getValue() == localCommon.number())
                .mapToInt(Map.Entry::getKey).max().orElse(0);
    }

    private static Optional<Revision> lastWithText(List<Revision> revisions, Article text) {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).snapshot().sameTextAs(text)) {
                return Optional.of(revisions.get(i));
            }
        }
        return Optional.empty();
    }

    private static String conflictNote(Revision theirs) {
        return "Conflict: text from " + theirs.author() + "'s review package, changed on both sides"
                + (theirs.note().isEmpty() ? "" : " (" + theirs.note() + ")");
    }

    /** Adds the incoming steps not already here, each after the local steps that happened no later than it. */
    private static int mergeSteps(List<StatusChange> steps, List<StatusChange> incoming, Map<Integer, Integer> numbers) {
        int added = 0;
        for (StatusChange step : incoming) {
            if (steps.stream().anyMatch(s -> s.sameStepAs(step))) {
                continue;
            }
            int at = steps.size();
            while (at > 0 && steps.get(at - 1).at().isAfter(step.at())) {
                at--;
            }
            steps.add(at, step.withRevision(numbers.getOrDefault(step.revision(), 0)));
            added++;
        }
        return added;
    }

    /** Returns {added, updated}. */
    private int[] mergeComments(Connection c, ReviewPackage p, String textHere) throws SQLException {
        String theirText = p.article().body().plainText();
        int added = 0;
        int updated = 0;
        for (Comment incoming : p.comments()) {
            Optional<Comment> here = stores.comments().find(c, incoming.id());
            if (here.isPresent()) {
                if (here.get().stateIsOlderThan(incoming)) {
                    stores.comments().updateState(c, here.get().withResolved(incoming.resolved(),
                            incoming.stateChangedBy(), incoming.stateChangedAt()));
                    updated++;
                }
                continue;
            }
            Anchor anchor = theirText.equals(textHere) ? incoming.anchor()
                    : writer.follow(incoming.anchor(), theirText, textHere);
            stores.comments().insert(c, incoming.withAnchor(anchor));
            added++;
        }
        return new int[] {added, updated};
    }
}
