package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleDiff;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.RevisionRef;
import org.newsdesk.store.Database;

/**
 * Word-level diffs between versions of an article, as structured values ({@link ArticleDiff}: metadata changes,
 * then every block with equal / inserted / deleted segments) that a GUI renders and the CLI prints.
 */
public final class DiffService {
    private final Database db;
    private final Stores stores;
    private final WorkflowService workflow;
    private final ArticleDiffer differ = new ArticleDiffer();

    DiffService(Database db, Stores stores, WorkflowService workflow) {
        this.db = db;
        this.stores = stores;
        this.workflow = workflow;
    }

    /** Changes from version {@code from} to version {@code to} (a revision number, the current text, or "submitted"). */
    public ArticleDiff diff(UUID id, RevisionRef from, RevisionRef to) {
        return db.read(c -> differ.compare(version(c, id, from), version(c, id, to), label(c, id, from), label(c, id, to)));
    }

    /** "Changes since submitted": from the revision recorded at the last submission for review to the current text. */
    public ArticleDiff sinceSubmitted(UUID id) {
        return diff(id, RevisionRef.SUBMITTED, RevisionRef.CURRENT);
    }

    /** Compares two article values, e.g. the stored text and the editor's unsaved one. */
    public ArticleDiff compare(Article before, Article after, String fromLabel, String toLabel) {
        return differ.compare(before, after, fromLabel, toLabel);
    }

    private Article version(Connection c, UUID id, RevisionRef ref) throws SQLException {
        return switch (ref.kind()) {
            case CURRENT -> stores.articles().get(c, id);
            case NUMBER -> revision(c, id, ref.number());
            case SUBMITTED -> revision(c, id, submitted(c, id));
        };
    }

    private String label(Connection c, UUID id, RevisionRef ref) throws SQLException {
        return ref.kind() == RevisionRef.Kind.SUBMITTED ? "revision " + submitted(c, id) + " (submitted)" : ref.toString();
    }

    private int submitted(Connection c, UUID id) throws SQLException {
        stores.articles().get(c, id);
        return workflow.submittedRevision(c, id).orElseThrow(() ->
                new BadInputException(Message.of("error.diff.notSubmitted")));
    }

    private Article revision(Connection c, UUID id, int number) throws SQLException {
        stores.articles().get(c, id);
        return stores.revisions().find(c, id, number).orElseThrow(() ->
                new NotFoundException(Message.of("error.article.noSuchRevision", id.toString(), number))).snapshot();
    }
}
