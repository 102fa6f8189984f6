package org.newsdesk.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.store.SyncStore;
import org.newsdesk.store.SyncStore.OutboxEntry;
import org.newsdesk.store.team.ServerStore.ServerRow;
import org.newsdesk.store.team.ServerStore.ServerStep;

/** What the server did with each pushed change; recorded locally once the server committed. */
final class PushOutcome {
    /** The server's state of an article whose status must be set back here (a refused step). */
    record ServerState(ServerRow row, List<ServerStep> steps) {
    }

    private final List<OutboxEntry> done = new ArrayList<>();
    private final List<Outgoing> refused = new ArrayList<>();
    private final List<Message> refusals = new ArrayList<>();
    private final Map<UUID, SyncStore.Base> newBases = new HashMap<>();
    private final Map<UUID, ServerRow> takeTheirs = new LinkedHashMap<>();
    private final Map<UUID, ServerState> fixStatus = new LinkedHashMap<>();
    private int accepted;

    /** Sent and stored by the server (or already there: a retried push). */
    void accepted(Outgoing item) {
        done.add(item.entry());
        accepted++;
    }

    /** Nothing to send (the thing is gone here). */
    void nothingToSend(Outgoing item) {
        done.add(item.entry());
    }

    void newBase(UUID articleId, SyncStore.Base base) {
        newBases.put(articleId, base);
    }

    /** The server refused the change for good: it is dropped here, with one sentence saying why. */
    void refuse(Outgoing item, Message why) {
        refused.add(item);
        refusals.add(Message.of("error.sync.refused", item.describe(), why));
    }

    /** The server will not take this side's text (row-level security): theirs is taken, this side's kept as a copy. */
    void keepMineAsCopy(UUID articleId, ServerRow theirs, Message why) {
        takeTheirs.put(articleId, theirs);
        refusals.add(why);
    }

    void fixStatus(UUID articleId, ServerRow row, List<ServerStep> steps) {
        if (row != null) {
            fixStatus.put(articleId, new ServerState(row, steps));
        }
    }

    List<OutboxEntry> done() {
        return done;
    }

    List<Outgoing> refused() {
        return refused;
    }

    Map<UUID, SyncStore.Base> newBases() {
        return newBases;
    }

    Map<UUID, ServerRow> takeTheirs() {
        return takeTheirs;
    }

    Map<UUID, ServerState> statusFixes() {
        return fixStatus;
    }

    int accepted() {
        return accepted;
    }

    int conflicts() {
        return takeTheirs.size();
    }

    List<Message> refusals() {
        return refusals;
    }
}
