package org.newsdesk.service;

import java.sql.SQLException;
import java.util.List;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.store.team.ServerErrors;
import org.newsdesk.store.team.ServerNotifications;
import org.newsdesk.store.team.TeamConnector;

/**
 * Listens to the team library on a thread of its own while online: tells its listener when a colleague's change
 * was committed (so a pull brings it within moments) and when presence marks changed. When the connection drops it
 * says so and tries again every few seconds until closed.
 */
public final class ChangeWatch implements AutoCloseable {
    /** Called on the watch's thread. */
    public interface Listener {
        void connected();

        void changed();

        void presenceChanged();

        void lost(NewsdeskException why);
    }

    static final int RETRY_MS = 3000;
    private final Thread thread;
    private volatile boolean closed;
    private volatile ServerNotifications current;

    private ChangeWatch(TeamConnector connector, TeamAddress address, String password, Listener listener) {
        thread = new Thread(() -> run(connector, address, password, listener), "newsdesk-team-watch");
        thread.setDaemon(true);
    }

    static ChangeWatch start(TeamConnector connector, TeamAddress address, String password, Listener listener) {
        ChangeWatch watch = new ChangeWatch(connector, address, password, listener);
        watch.thread.start();
        return watch;
    }

    private void run(TeamConnector connector, TeamAddress address, String password, Listener listener) {
        while (!closed) {
            try (ServerNotifications n = listen(connector, address, password)) {
                current = n;
                listener.connected();
                while (!closed) {
                    List<String> channels = n.await(500);
                    if (channels.contains(ServerNotifications.CHANGES)) {
                        listener.changed();
                    }
                    if (channels.contains(ServerNotifications.PRESENCE)) {
                        listener.presenceChanged();
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    listener.lost(new ServerErrors(address).translate(e));
                }
            } catch (NewsdeskException e) {
                if (!closed) {
                    listener.lost(e);
                }
            }
            pause();
        }
    }

    private static ServerNotifications listen(TeamConnector connector, TeamAddress address, String password)
            throws SQLException {
        return new ServerNotifications(connector.connect(address, password));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        ServerNotifications n = current;
        if (n != null) {
            n.close();
        }
        thread.interrupt();
    }
}
