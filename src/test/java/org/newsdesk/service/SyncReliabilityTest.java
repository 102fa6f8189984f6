package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.Role;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.TeamUnreachableException;
import org.newsdesk.testing.TestPostgres;

/** A server of its own, stopped in the middle of a sync and started again; an offline train ride. */
class SyncReliabilityTest {
    @TempDir
    Path dir;
    TestPostgres server;
    int port;
    TestPostgres.Team team;
    TestPostgres.Member sara;
    TestPostgres.Member lina;
    final List<Library> open = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        port = freePort();
        server = TestPostgres.startOwn(dir.resolve("pg"), port);
        team = server.newTeam();
        sara = team.addUser("sara", Role.PRESS_OFFICER);
        lina = team.addUser("lina", Role.PRESS_OFFICER);
    }

    @AfterEach
    void stop() {
        open.forEach(Library::close);
        server.close();
    }

    private Library join(TestPostgres.Member m) {
        Library l = new TeamService(Clock.systemUTC()).join(m.address(), m.password(), dir.resolve(m.login() + ".newsdesk"),
                null, SyncProgress.NONE).library();
        open.add(l);
        return l;
    }

    @Test
    void aServerStoppedInTheMiddleOfAPullLeavesTheFinishedPagesAndTheNextSyncCompletesIt() throws Exception {
        Library writer = join(sara);
        for (int i = 0; i < 12; i++) {
            writer.articles().create(TeamClients.draft("Story " + i));
        }
        writer.sync().sync(sara.password(), SyncProgress.NONE);
        Library reader = join(lina);
        assertThat(reader.articles().count()).isEqualTo(12);
        for (int i = 12; i < 24; i++) {
            writer.articles().create(TeamClients.draft("Story " + i));
        }
        writer.sync().sync(sara.password(), SyncProgress.NONE);

        reader.sync().setPageSize(5);
        assertThatThrownBy(() -> reader.sync().sync(lina.password(), new SyncProgress() {
            @Override
            public void pulled(int done, int total) {
                if (done == 5) {
                    stopServer();
                }
            }
        })).isInstanceOf(TeamUnreachableException.class).hasMessageContaining("cannot be reached");
        assertThat(reader.articles().count()).as("the first page is in, the one cut off is not").isEqualTo(17);
        assertThat(reader.check()).isEmpty();

        restartServer();
        SyncResult rest = reader.sync().sync(lina.password(), SyncProgress.NONE);
        assertThat(rest.pulled()).isEqualTo(7);
        assertThat(reader.articles().count()).isEqualTo(24);
    }

    @Test
    void aServerStoppedBeforeThePushCommittedLeavesBothSidesAsTheyWereAndTheNextSyncSendsIt() throws Exception {
        Library writer = join(sara);
        for (int i = 0; i < 6; i++) {
            writer.articles().create(TeamClients.draft("Story " + i));
        }
        int waiting = writer.sync().waiting();
        assertThatThrownBy(() -> writer.sync().sync(sara.password(), new SyncProgress() {
            @Override
            public void pushed(int done, int total) {
                if (done == 3) {
                    stopServer();
                }
            }
        })).isInstanceOf(TeamUnreachableException.class);
        assertThat(writer.sync().waiting()).isEqualTo(waiting);

        restartServer();
        try (var c = team.connect(sara); var rs = c.createStatement().executeQuery("SELECT count(*) FROM newsdesk.article")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing of the cut push reached the server").isZero();
        }
        SyncResult result = writer.sync().sync(sara.password(), SyncProgress.NONE);
        assertThat(result.pushed()).isEqualTo(waiting);
        assertThat(join(lina).articles().count()).isEqualTo(6);
    }

    @Test
    void twentySavesOfflineGoUpInOneSyncWhenTheServerIsBack() throws Exception {
        Library writer = join(sara);
        Library reader = join(lina);
        Article kept = writer.articles().create(TeamClients.draft("Rolling story"));
        writer.sync().sync(sara.password(), SyncProgress.NONE);
        reader.sync().sync(lina.password(), SyncProgress.NONE);

        stopServer();
        assertThatThrownBy(() -> writer.sync().sync(sara.password(), SyncProgress.NONE))
                .isInstanceOf(TeamUnreachableException.class);
        Article a = writer.articles().get(kept.id());
        for (int i = 1; i <= 15; i++) { // on the train: the same story saved fifteen times…
            a = writer.articles().autosave(a.withStandfirst("Update " + i + "."));
        }
        for (int i = 0; i < 5; i++) { // …and five new ones
            writer.articles().create(TeamClients.draft("Train story " + i));
        }
        assertThat(writer.sync().waiting()).as("fifteen saves of one article are one change to push").isEqualTo(1 + 5 * 3);

        restartServer();
        SyncResult result = writer.sync().sync(sara.password(), SyncProgress.NONE);
        assertThat(result.conflicts()).isZero();
        assertThat(writer.sync().waiting()).isZero();
        reader.sync().sync(lina.password(), SyncProgress.NONE);
        assertThat(reader.articles().get(kept.id()).standfirst()).isEqualTo("Update 15.");
        assertThat(reader.articles().search(ArticleFilter.all())).hasSize(6);
    }

    private void stopServer() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restartServer() throws IOException {
        server = TestPostgres.startOwn(dir.resolve("pg"), port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
