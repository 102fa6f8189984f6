package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.Role;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.WorkflowAction;

/**
 * The trash of a team library is the team's: moving an article to the trash, restoring it and emptying the trash on
 * one laptop does the same on the others at their next sync; the server decides who may trash what.
 */
class TeamTrashTest {
    @TempDir
    Path dir;
    TeamClients team;

    @BeforeEach
    void team() {
        team = new TeamClients(dir);
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void trashRestoreAndEmptyingTheTrashReachTheOtherLaptop() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var omar = team.join("omar", Role.EDITOR);
        Article kept = sara.library.articles().create(TeamClients.draft("Water for Tanger"));
        Article gone = sara.library.articles().create(TeamClients.draft("Solar schools"));
        sara.sync();
        omar.sync();

        sara.library.articles().trash(gone.id());
        sara.sync();
        SyncResult arrived = omar.sync();
        assertThat(arrived.changed()).contains(gone.id());
        assertThat(trashedIn(omar)).containsExactly("Solar schools");
        assertThat(omar.library.articles().count()).isEqualTo(1);

        omar.library.articles().restore(gone.id());
        omar.sync();
        sara.sync();
        assertThat(trashedIn(sara)).isEmpty();
        assertThat(sara.library.articles().count()).isEqualTo(2);

        omar.library.articles().trash(gone.id());
        assertThat(omar.library.articles().emptyTrash()).isEqualTo(1);
        omar.sync();
        assertThat(sara.sync().changed()).contains(gone.id());
        assertThat(trashedIn(sara)).isEmpty();
        assertThatThrownBy(() -> sara.library.articles().get(gone.id())).isInstanceOf(NotFoundException.class);
        assertThat(sara.library.articles().get(kept.id()).headline()).isEqualTo("Water for Tanger");
        assertThat(sara.library.sync().waiting()).as("what came from the server is not pushed back").isZero();

        // a laptop joining later never sees the purged article
        var eva = team.join("eva", Role.EDITOR);
        assertThat(eva.library.articles().count()).isEqualTo(1);
        assertThat(trashedIn(eva)).isEmpty();
    }

    @Test
    void aPressOfficerCannotTrashAnArticleInReviewEvenWithPsqlAndHerLaptopGetsItBack() throws Exception {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var omar = team.join("omar", Role.EDITOR);
        Article a = sara.library.articles().create(TeamClients.draft("Heritage classrooms open"));
        sara.library.workflow().transition(a.id(), WorkflowAction.SUBMIT, null);
        sara.sync();
        omar.sync();

        sara.library.articles().trash(a.id());
        SyncResult refused = sara.sync();
        assertThat(refused.refused()).singleElement().extracting(org.newsdesk.i18n.Messages.english()::text).asString()
                .contains("refused by the team library")
                .contains("A press officer can move to the trash only drafts and articles with changes requested");
        assertThat(trashedIn(sara)).as("back out of her trash, as on the server").isEmpty();
        assertThat(sara.library.sync().waiting()).isZero();

        // emptying her trash cannot delete it either
        sara.library.articles().trash(a.id());
        sara.library.articles().emptyTrash();
        assertThat(sara.sync().refused()).singleElement().extracting(org.newsdesk.i18n.Messages.english()::text).asString()
                .startsWith("Deleting an article for good was refused by the team library");
        assertThat(sara.library.articles().get(a.id()).headline()).as("brought back from the server")
                .isEqualTo("Heritage classrooms open");
        assertThat(trashedIn(sara)).isEmpty();

        String id = a.id().toString();
        try (Connection psql = team.team.connect(sara.member)) {
            psql.setAutoCommit(true);
            assertRefused(psql, "UPDATE newsdesk.article SET trashed_at = now() WHERE id = '" + id + "'",
                    "permission denied");
            assertRefused(psql, "SELECT newsdesk.trash('" + id + "', true)", "A press officer can move to the trash");
            assertRefused(psql, "SELECT newsdesk.purge('" + id + "')", "not in the trash");
            assertRefused(psql, "INSERT INTO newsdesk.purged (id) VALUES ('" + id + "')", "permission denied");
        }

        // the editor may: the trash reaches sara's laptop
        omar.library.articles().trash(a.id());
        assertThat(omar.sync().refused()).isEmpty();
        sara.sync();
        assertThat(trashedIn(sara)).containsExactly("Heritage classrooms open");
    }

    @Test
    void anArticleCreatedTrashedAndPurgedOfflineNeverBothersTheServer() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        Article a = sara.library.articles().create(TeamClients.draft("A false start"));
        sara.library.articles().trash(a.id());
        sara.library.articles().emptyTrash();
        SyncResult r = sara.sync();
        assertThat(r.refused()).isEmpty();
        assertThat(sara.library.sync().waiting()).isZero();
        var omar = team.join("omar", Role.EDITOR);
        assertThat(omar.library.articles().count()).isZero();
    }

    @Test
    void aTeamLibraryMadeBeforeTheSharedTrashIsRefusedUntilTeamInitUpgradesIt() throws Exception {
        org.newsdesk.testing.TestPostgres.Team old = org.newsdesk.testing.TestPostgres.shared().emptyDatabase();
        try {
            String s1;
            try (var in = org.newsdesk.store.team.ServerSchema.class.getResourceAsStream("S1__team.sql")) {
                s1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            java.util.List<String> setUp = new java.util.ArrayList<>();
            for (String group : java.util.List.of("newsdesk_press_officer", "newsdesk_editor")) {
                setUp.add("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + group + "') THEN"
                        + " CREATE ROLE " + group + " NOLOGIN; END IF; END $$");
            }
            setUp.add(s1); // what the previous Newsdesk made: server schema 1, no shared trash
            setUp.add("INSERT INTO newsdesk.meta (key, value) VALUES ('schema_version', '1')");
            old.superuser(setUp.toArray(String[]::new));
            assertThatThrownBy(() -> old.addUser("sara", Role.PRESS_OFFICER))
                    .hasMessageContaining("has the older server schema 1")
                    .hasMessageContaining("newsdesk team init");

            TeamService.InitResult upgraded = new TeamService(java.time.Clock.systemUTC()).init(old.admin(), null);
            assertThat(upgraded.before()).isEqualTo(1);
            assertThat(upgraded.after()).isEqualTo(org.newsdesk.store.team.ServerSchema.latestVersion());

            var saraLogin = old.addUser("sara", Role.PRESS_OFFICER);
            var omarLogin = old.addUser("omar", Role.EDITOR);
            try (Library sara = new TeamService(java.time.Clock.systemUTC()).join(saraLogin.address(),
                    saraLogin.password(), dir.resolve("sara-old.newsdesk"), null, SyncProgress.NONE).library();
                 Library omar = new TeamService(java.time.Clock.systemUTC()).join(omarLogin.address(),
                    omarLogin.password(), dir.resolve("omar-old.newsdesk"), null, SyncProgress.NONE).library()) {
                Article a = sara.articles().create(TeamClients.draft("Water for Tanger"));
                sara.articles().trash(a.id());
                assertThat(sara.sync().sync(saraLogin.password(), SyncProgress.NONE).refused()).isEmpty();
                omar.sync().sync(omarLogin.password(), SyncProgress.NONE);
                assertThat(omar.articles().trashed()).extracting(ArticleSummary::headline)
                        .containsExactly("Water for Tanger");
            }
        } finally {
            old.close();
        }
    }

    private static java.util.List<String> trashedIn(TeamClients.Client client) {
        return client.library.articles().trashed().stream().map(ArticleSummary::headline).toList();
    }

    private static void assertRefused(Connection c, String sql, String because) {
        assertThatThrownBy(() -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining(because);
    }
}
