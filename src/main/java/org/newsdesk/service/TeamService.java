package org.newsdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.Role;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.model.User;
import org.newsdesk.store.team.ServerErrors;
import org.newsdesk.store.team.ServerSchema;
import org.newsdesk.store.team.ServerStore;
import org.newsdesk.store.team.ServerUsers;
import org.newsdesk.store.team.TeamConnector;

/**
 * Setting up a team library and joining it: {@link #init} (the database's owner creates the schema and the two
 * groups), {@link #addUser} (a login in one group), {@link #join} (a new local library that copies the team's).
 */
public final class TeamService {
    private final TeamConnector connector = new TeamConnector();
    private final ServerSchema schema = new ServerSchema();
    private final ServerUsers users = new ServerUsers();
    private final Clock clock;

    public TeamService(Clock clock) {
        this.clock = clock;
    }

    /** What init did: the schema version found before (0: a new team library) and now. */
    public record InitResult(int before, int after) {
    }

    /** Creates the team library's schema and groups in an empty database (or upgrades an older Newsdesk schema). */
    public InitResult init(TeamAddress owner, String password) {
        return onServer(owner, password, c -> {
            int before = schema.init(c, owner);
            c.commit();
            return new InitResult(before, ServerSchema.latestVersion());
        });
    }

    /** Creates a login in the role's group; with a null password, a generated one, returned. */
    public String addUser(TeamAddress owner, String ownerPassword, String name, Role role, String password) {
        String chosen = password == null ? generatedPassword() : password.strip();
        if (chosen.length() < 8) {
            throw new BadInputException(Message.of("error.team.shortPassword", 8));
        }
        onServer(owner, ownerPassword, c -> {
            schema.checkCompatible(c, owner);
            users.add(c, name, role, chosen);
            c.commit();
            return null;
        });
        return chosen;
    }

    public List<org.newsdesk.model.TeamMember> members(TeamAddress address, String password) {
        return onServer(address, password, c -> {
            List<org.newsdesk.model.TeamMember> list = users.list(c);
            c.rollback();
            return list;
        });
    }

    /**
     * Joins the team library at {@code address} into a new local library at {@code file}: copies every article with
     * its revisions, comments and workflow steps, and every picture. A join
     * cut short leaves a library that the next sync completes.
     */
    public JoinResult join(TeamAddress address, String password, Path file, CurrentUser fallback,
                           SyncProgress progress) {
        if (address.user().isEmpty()) {
            throw new BadInputException(Message.of("error.team.sayWhoJoins", address.where()));
        }
        if (Files.exists(file) && size(file) > 0) {
            throw new BadInputException(Message.of("error.team.joinFileExists", file.toString()));
        }
        Role role = onServer(address, password, c -> {
            schema.checkCompatible(c, address);
            Role r = new ServerStore(new org.newsdesk.codec.JsonCodec()).myRole(c);
            c.rollback();
            if (r == null) {
                throw new ConflictException(Message.of("error.team.notAMember", address.user(), address.where()));
            }
            return r;
        });
        Library library = Library.open(file, clock, fallback == null ? () -> new User(address.user(), role) : fallback);
        try {
            library.sync().becomeTeam(address, role);
            SyncResult result = library.sync().sync(password, progress);
            return new JoinResult(library, result);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    /** A joined library (open; the caller closes it) and what the first sync brought. */
    public record JoinResult(Library library, SyncResult sync) {
    }

    private interface ServerWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T onServer(TeamAddress address, String password, ServerWork<T> work) {
        try (Connection c = connector.connect(address, password)) {
            try {
                return work.run(c);
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone; the server rolled back
                }
                if (e instanceof SQLException se) {
                    throw new ServerErrors(address).translate(se);
                }
                throw (RuntimeException) e;
            }
        } catch (SQLException e) {
            throw new ServerErrors(address).translate(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new NewsdeskException(Message.of("error.file.cannotRead", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): read off a screen and typed once. */
    static String generatedPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
