package org.newsdesk.store.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Role;
import org.newsdesk.model.TeamMember;

/** The people of a team library: PostgreSQL logins, each a member of one of the two groups. */
public final class ServerUsers {
    /** Creates the login with {@code password} in the role's group, allowed to connect to this database. */
    public void add(Connection c, String name, Role role, String password) throws SQLException {
        checkName(name);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new ConflictException(Message.of("error.team.loginExists", name));
                }
            }
        }
        String group = role == Role.EDITOR ? ServerSchema.EDITORS : ServerSchema.PRESS_OFFICERS;
        try (Statement st = c.createStatement()) {
            // identifiers and the password cannot be bound as parameters here: quoted by the server's own rules
            String ident = quoteIdent(c, name);
            st.execute("CREATE ROLE " + ident + " LOGIN PASSWORD " + quoteLiteral(c, password) + " IN ROLE " + group);
            st.execute("GRANT CONNECT ON DATABASE " + quoteIdent(c, c.getCatalog()) + " TO " + ident);
        }
    }

    public List<TeamMember> list(Connection c) throws SQLException {
        List<TeamMember> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT u.rolname, g.rolname FROM pg_roles u"
                + " JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid"
                + " WHERE g.rolname IN ('" + ServerSchema.EDITORS + "', '" + ServerSchema.PRESS_OFFICERS + "')"
                + " AND has_database_privilege(u.oid, current_database(), 'CONNECT') ORDER BY u.rolname")) {
            while (rs.next()) {
                out.add(new TeamMember(rs.getString(1), rs.getString(2).equals(ServerSchema.EDITORS) ? Role.EDITOR
                        : Role.PRESS_OFFICER));
            }
        }
        return out;
    }

    static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_.-]{0,62}")) {
            throw new BadInputException(Message.of("error.team.badLoginName", String.valueOf(name)));
        }
        if (name.toLowerCase(java.util.Locale.ROOT).startsWith("pg_")
                || name.toLowerCase(java.util.Locale.ROOT).startsWith("newsdesk_")) {
            throw new BadInputException(Message.of("error.team.reservedLoginName", name));
        }
    }

    private static String quoteIdent(Connection c, String s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(?)")) {
            ps.setString(1, s);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String quoteLiteral(Connection c, String s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_literal(?)")) {
            ps.setString(1, s);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
