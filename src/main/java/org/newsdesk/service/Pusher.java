package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.store.SyncStore;
import org.newsdesk.store.team.ServerStore;
import org.newsdesk.store.team.ServerStore.ServerRow;

/**
 * Sends one local change inside the push's server transaction and notes the result in a {@link PushOutcome}.
 * A change whose article the server does not have yet waits for the next push; everything else is idempotent:
 * the same change sent twice (a push cut after the server committed) is recognised and not applied twice.
 */
final class Pusher {
    private final ServerStore server;
    private final Connection c;
    private final String me;
    private final PushOutcome outcome;
    private final org.newsdesk.codec.JsonCodec json;

    Pusher(ServerStore server, org.newsdesk.codec.JsonCodec json, Connection c, String me, PushOutcome outcome) {
        this.json = json;
        this.server = server;
        this.c = c;
        this.me = me;
        this.outcome = outcome;
    }

    void push(Outgoing item) throws SQLException {
        if (!item.carriesSomething()) {
            outcome.nothingToSend(item);
            return;
        }
        switch (item.entry().kind()) {
            case "asset" -> {
                server.insertAsset(c, item.asset().asset(), item.asset().bytes());
                outcome.accepted(item);
            }
            case "article" -> pushArticle(item);
            case "revision" -> {
                if (server.row(c, item.articleId()).isPresent()) {
                    server.insertRevision(c, item.revision());
                    outcome.accepted(item);
                }
            }
            case "step" -> pushStep(item);
            case "comment" -> {
                if (server.row(c, item.articleId()).isPresent()) {
                    server.pushComment(c, item.comment(), me);
                    outcome.accepted(item);
                }
            }
            default -> outcome.nothingToSend(item);
        }
    }

    private void pushArticle(Outgoing item) throws SQLException {
        Article a = item.article();
        String changeId = item.entry().changeId();
        SyncStore.Base base = item.base();
        if (base != null && a.sameTextAs(json.readArticle(base.json()))) {
            outcome.nothingToSend(item); // only the status moved here: steps travel on their own
            return;
        }
        String content = null;
        long version = -1;
        if (base == null) {
            if (server.insert(c, a, changeId)) {
                ServerRow row = server.row(c, a.id()).orElseThrow();
                version = row.version();
                content = row.content();
            }
        } else {
            OptionalLong written = server.update(c, a, changeId, base.serverVersion());
            if (written.isPresent()) {
                version = written.getAsLong();
                content = server.row(c, a.id()).orElseThrow().content();
            }
        }
        if (version < 0) {
            Optional<ServerRow> row = server.row(c, a.id());
            if (row.isEmpty()) {
                return; // gone from the server meanwhile: nothing to build on; stays waiting
            }
            ServerRow r = row.get();
            if (ServerStore.sameChange(r.lastChange(), changeId)) { // our own earlier push, cut before we noted it
                version = r.version();
                content = r.content();
            } else if (base != null && r.version() == base.serverVersion()) {
                // nobody else wrote it, yet the update touched nothing: row-level security keeps this login out
                outcome.keepMineAsCopy(a.id(), r, Message.of("error.sync.rowLocked", me, a.headline(),
                        r.status().label()));
                return;
            } else {
                return; // someone else saved first: the pull that follows merges the two
            }
        }
        outcome.newBase(a.id(), new SyncStore.Base(version, content));
        outcome.accepted(item);
    }

    private void pushStep(Outgoing item) throws SQLException {
        var local = item.step();
        Optional<ServerRow> row = server.row(c, item.articleId());
        if (row.isEmpty()) {
            return; // the article is not on the server yet: the step waits for it
        }
        if (server.hasStep(c, item.articleId(), local.step())) {
            outcome.accepted(item);
            return;
        }
        if (!local.step().author().equals(me)) {
            outcome.refuse(item, Message.of("error.sync.someoneElsesStep", local.step().author()));
            outcome.fixStatus(item.articleId(), row.get(), server.steps(c, item.articleId()));
            return;
        }
        server.takeStep(c, item.articleId(), local.step(), item.stepRevision());
        outcome.accepted(item);
    }
}
