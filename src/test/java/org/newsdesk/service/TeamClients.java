package org.newsdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.SyncResult;
import org.newsdesk.testing.TestPostgres;

/**
 * A team library on the shared test server with its people, each on a laptop of their own: a local library joined
 * to the team, synced with the login's password.
 */
final class TeamClients implements AutoCloseable {
    final TestPostgres.Team team;
    private final Path dir;
    private final List<Client> clients = new ArrayList<>();

    TeamClients(Path dir) {
        this.dir = dir;
        this.team = TestPostgres.shared().newTeam();
    }

    /** One person's laptop. */
    final class Client {
        final TestPostgres.Member member;
        final Library library;

        Client(TestPostgres.Member member, Library library) {
            this.member = member;
            this.library = library;
        }

        SyncResult sync() {
            return library.sync().sync(member.password(), SyncProgress.NONE);
        }

        String login() {
            return member.login();
        }
    }

    Client join(String name, Role role) {
        return join(team.addUser(name, role));
    }

    Client join(TestPostgres.Member member) {
        return join(member, org.newsdesk.model.PictureFetching.ALL);
    }

    Client join(TestPostgres.Member member, org.newsdesk.model.PictureFetching pictures) {
        Path file = dir.resolve(member.login() + ".newsdesk");
        Library library = new TeamService(Clock.systemUTC()).join(member.address(), member.password(), file, null,
                pictures, SyncProgress.NONE).library();
        Client c = new Client(member, library);
        clients.add(c);
        return c;
    }

    /** A draft that passes the pre-publish checklist. */
    static Article draft(String headline) {
        return Article.draft(headline, Language.of("en"), Instant.EPOCH)
                .withStandfirst("Forty schools in six countries.")
                .withTags(List.of("Education"))
                .withBody(Document.of(Block.paragraph("The quick brown fox jumps over the lazy dog."),
                        Block.paragraph("Pupils study monuments near their schools.")));
    }

    @Override
    public void close() {
        clients.forEach(c -> c.library.close());
        team.close();
    }
}
