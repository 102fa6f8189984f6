package org.newsdesk.store.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.newsdesk.model.TeamAddress;

/**
 * Opens connections to a team library's PostgreSQL server. TLS is used when the server offers it (the driver's
 * {@code sslmode=prefer}); {@code ?sslmode=verify-full} in the address insists on a verified certificate.
 */
public final class TeamConnector {
    /** Seconds to wait for a server that does not answer before calling it unreachable. */
    private static final int CONNECT_TIMEOUT_S = 5;

    public Connection connect(TeamAddress address, String password) {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "Newsdesk");
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("sslmode", "prefer");
        address.params().forEach(props::setProperty);
        String host = address.host().contains(":") && !address.host().startsWith("[") ? "[" + address.host() + "]"
                : address.host();
        try {
            Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + address.port() + "/"
                    + address.database(), props);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new ServerErrors(address).translate(e);
        }
    }
}
