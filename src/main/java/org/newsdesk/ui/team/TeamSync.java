package org.newsdesk.ui.team;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.Presence;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.TeamUnreachableException;
import org.newsdesk.service.ChangeWatch;
import org.newsdesk.service.SyncProgress;
import org.newsdesk.service.SyncService;

/**
 * Keeps an open team library in step while the window is open, on a thread of its own (network waits never hold up
 * the library thread or the FX thread): a sync right after each local save, another when the server announces a
 * colleague's change (LISTEN/NOTIFY), a retry every few seconds while offline or while changes wait, and the
 * "is editing" marks. Its state is FX properties for the status bar; results are handed to the FX thread.
 */
public final class TeamSync implements AutoCloseable {
    /** What the status bar shows. */
    public enum State { CONNECTING, SYNCED, SYNCING, OFFLINE, FAILED }

    static final int TICK_SECONDS = 5;
    static final int PRESENCE_SECONDS = 30;

    private final SyncService sync;
    private final String password;
    private final Executor fx;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsdesk-sync");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CONNECTING);
    private final AtomicBoolean queued = new AtomicBoolean();
    private Consumer<SyncResult> onSynced = r -> { };
    private Consumer<List<Presence>> onPresence = p -> { };
    private volatile UUID editing;
    private volatile boolean online;
    private volatile boolean closed;
    private volatile ChangeWatch watch;

    private final org.newsdesk.i18n.Messages t;

    public TeamSync(org.newsdesk.i18n.Messages t, SyncService sync, String password, Executor fx) {
        this.t = t;
        text.set(t.get("sync.connecting"));
        this.sync = sync;
        this.password = password;
        this.fx = fx;
    }

    /** Called on the FX thread after every sync that went through. */
    public void setOnSynced(Consumer<SyncResult> onSynced) {
        this.onSynced = onSynced;
    }

    /** Called on the FX thread with who else has which article open. */
    public void setOnPresence(Consumer<List<Presence>> onPresence) {
        this.onPresence = onPresence;
    }

    /** Starts listening and syncing; the listening starts on the sync thread (it reads the library's address). */
    public void start() {
        submit(this::listen);
        worker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        worker.scheduleWithFixedDelay(this::updatePresence, PRESENCE_SECONDS, PRESENCE_SECONDS, TimeUnit.SECONDS);
        requestSync();
    }

    private void listen() {
        if (closed) {
            return;
        }
        try {
            watch = sync.watch(password, new ChangeWatch.Listener() {
                @Override
                public void connected() {
                    requestSync();
                    updatePresence();
                }

                @Override
                public void changed() {
                    requestSync();
                }

                @Override
                public void presenceChanged() {
                    updatePresence();
                }

                @Override
                public void lost(NewsdeskException why) {
                    online = false;
                    showOffline();
                }
            });
        } catch (NewsdeskException notListening) { // the library's address unreadable: offline, as a lost watch is
            online = false;
            showOffline();
        }
    }

    /** Something was saved here: push it now. */
    public void localChange() {
        requestSync();
    }

    /** The article open in the window (null: none), for colleagues' "is editing" marks. */
    public void setEditing(UUID articleId) {
        editing = articleId;
        submit(this::updatePresence);
    }

    /** Runs a sync soon; requests made while one is queued are folded into it. */
    public void requestSync() {
        if (!closed && queued.compareAndSet(false, true)) {
            submit(this::runSync);
        }
    }

    private void submit(Runnable work) {
        try {
            if (!closed) {
                worker.execute(work);
            }
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing: nothing more to sync
        }
    }

    private void runSync() {
        queued.set(false);
        if (closed) {
            return;
        }
        fx.execute(() -> {
            if (state.get() != State.OFFLINE) {
                state.set(State.SYNCING);
            }
        });
        try {
            SyncResult result = sync.sync(password, SyncProgress.NONE);
            online = true;
            fx.execute(() -> {
                state.set(State.SYNCED);
                text.set(t.get("sync.synced"));
                onSynced.accept(result);
            });
        } catch (TeamUnreachableException e) {
            online = false;
            showOffline();
        } catch (RuntimeException e) {
            String why = e instanceof NewsdeskException ? e.getMessage() : e.toString();
            fx.execute(() -> {
                state.set(State.FAILED);
                text.set(t.get("sync.failed", why));
            });
        }
    }

    private void showOffline() {
        int waiting = sync.waiting();
        fx.execute(() -> {
            state.set(State.OFFLINE);
            text.set(t.get("sync.offline", waiting));
        });
    }

    private void tick() {
        if (!online || sync.waiting() > 0) {
            requestSync();
        }
    }

    private void updatePresence() {
        if (closed || !online && watch == null) {
            return;
        }
        try {
            List<Presence> others = sync.presence(password, editing);
            fx.execute(() -> onPresence.accept(others));
        } catch (NewsdeskException e) {
            // offline: the marks wait for the connection; the sync state says so already
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Stops listening, says goodbye to the colleagues' marks, and waits briefly for a running sync. */
    @Override
    public void close() {
        closed = true;
        if (watch != null) {
            watch.close();
        }
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
            if (watch != null) { // started on the sync thread while this closed
                watch.close();
            }
            if (online) {
                sync.presence(password, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NewsdeskException e) {
            // offline: the mark goes stale by itself
        }
    }
}
