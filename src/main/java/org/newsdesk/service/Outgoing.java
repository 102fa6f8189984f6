package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.store.AssetStore.StoredAsset;
import org.newsdesk.store.SyncStore;
import org.newsdesk.store.SyncStore.OutboxEntry;
import org.newsdesk.store.team.ServerStore.RevisionKey;

/**
 * One local change on its way to the server, with what it carries, read in one local transaction. The thing may be
 * gone by now (an emptied trash, a removed picture): then it carries nothing and is simply marked done.
 */
record Outgoing(OutboxEntry entry, UUID articleId, Article article, SyncStore.Base base, Revision revision,
                SyncStore.LocalStep step, RevisionKey stepRevision, Comment comment, StoredAsset asset) {

    static List<Outgoing> collect(Connection c, SyncStore sync, Stores stores, List<OutboxEntry> entries)
            throws SQLException {
        List<Outgoing> out = new ArrayList<>(entries.size());
        for (OutboxEntry e : entries) {
            out.add(switch (e.kind()) {
                case "asset" -> new Outgoing(e, null, null, null, null, null, null, null,
                        stores.assets().find(c, e.key()).orElse(null));
                case "article" -> {
                    UUID id = UUID.fromString(e.key());
                    yield new Outgoing(e, id, stores.articles().find(c, id).orElse(null), sync.base(c, id).orElse(null),
                            null, null, null, null, null);
                }
                case "revision" -> {
                    String[] parts = e.key().split("/");
                    UUID id = UUID.fromString(parts[0]);
                    yield new Outgoing(e, id, null, null, stores.revisions().find(c, id, Integer.parseInt(parts[1]))
                            .orElse(null), null, null, null, null);
                }
                case "step" -> {
                    var step = sync.step(c, Long.parseLong(e.key())).orElse(null);
                    RevisionKey rev = null;
                    if (step != null && step.step().revision() > 0) {
                        rev = stores.revisions().find(c, step.articleId(), step.step().revision())
                                .map(r -> new RevisionKey(r.author(), r.createdAt())).orElse(null);
                    }
                    yield new Outgoing(e, step == null ? null : step.articleId(), null, null, null, step, rev, null, null);
                }
                case "comment" -> {
                    Comment comment = stores.comments().find(c, UUID.fromString(e.key())).orElse(null);
                    yield new Outgoing(e, comment == null ? null : comment.articleId(), null, null, null, null, null,
                            comment, null);
                }
                default -> new Outgoing(e, null, null, null, null, null, null, null, null);
            });
        }
        return out;
    }

    /** Whether the thing still exists here (else there is nothing to send). */
    boolean carriesSomething() {
        return article != null || revision != null || step != null || comment != null || asset != null;
    }

    /** For messages: what this change is about, at the start of a sentence. */
    Message describe() {
        return switch (entry.kind()) {
            case "article" -> Message.of("error.sync.item.article", article == null ? entry.key() : article.headline());
            case "step" -> step == null ? Message.of("error.sync.item.someStep")
                    : Message.of("error.sync.item.step", step.step().to().label());
            case "comment" -> Message.of("error.sync.item.comment");
            case "revision" -> Message.of("error.sync.item.revision");
            default -> Message.of("error.sync.item.picture");
        };
    }
}
