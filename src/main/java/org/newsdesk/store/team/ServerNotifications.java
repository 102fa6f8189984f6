package org.newsdesk.store.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A connection that listens for the team library's notifications (PostgreSQL LISTEN/NOTIFY): "newsdesk_changes"
 * after every committed change, "newsdesk_presence" when someone opens or leaves an article.
 */
public final class ServerNotifications implements AutoCloseable {
    public static final String CHANGES = "newsdesk_changes";
    public static final String PRESENCE = "newsdesk_presence";

    private final Connection connection;
    private final PGConnection pg;

    public ServerNotifications(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true); // LISTEN takes effect at once, not at a commit
        this.pg = connection.unwrap(PGConnection.class);
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN " + CHANGES);
            st.execute("LISTEN " + PRESENCE);
        }
    }

    /** The channels notified within {@code millis} (empty when none were); throws when the connection is lost. */
    public List<String> await(int millis) throws SQLException {
        PGNotification[] got = pg.getNotifications(millis);
        List<String> channels = new ArrayList<>();
        if (got != null) {
            for (PGNotification n : got) {
                if (!channels.contains(n.getName())) {
                    channels.add(n.getName());
                }
            }
        }
        if (channels.isEmpty() && !connection.isValid(0)) {
            throw new SQLException("The connection to the team library was lost.", "08006");
        }
        return channels;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a dead connection: nothing left to release
        }
    }
}
