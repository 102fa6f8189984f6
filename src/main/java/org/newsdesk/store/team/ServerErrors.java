package org.newsdesk.store.team;

import java.sql.SQLException;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.model.TeamUnreachableException;

/** Turns PostgreSQL's SQLSTATEs into one sentence a user can act on. */
public final class ServerErrors {
    private final TeamAddress address;

    public ServerErrors(TeamAddress address) {
        this.address = address;
    }

    public NewsdeskException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = address.where();
        if (String.valueOf(e.getMessage()).contains("no password was provided")) {
            return new BadInputException(Message.of("error.team.needsPassword", where, address.user()), e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || (state.isEmpty() && e.getCause() instanceof java.io.IOException)) {
            return new TeamUnreachableException(Message.of("error.team.unreachable", where, firstLine(e)), e);
        }
        if (state.startsWith("28")) {
            return new BadInputException(Message.of("error.team.loginRefused", where, address.user()), e);
        }
        if (state.equals("3D000")) {
            return new BadInputException(Message.of("error.team.noDatabase", address.database(),
                    address.host() + ":" + address.port()), e);
        }
        if (state.equals("42501")) {
            return new ConflictException(Message.of("error.team.refused", ServerSentences.of(firstLine(e))), e);
        }
        return new NewsdeskException(Message.of("error.team.serverError", where, firstLine(e)), e);
    }

    /** The server's own sentence, without the driver's "ERROR:" and context lines. */
    public static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        m = m.replaceFirst("^ERROR: ", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
