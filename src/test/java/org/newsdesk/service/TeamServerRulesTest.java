package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Role;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.testing.TestPostgres;

/**
 * The server, not the client, decides: a press officer with psql and their own login cannot approve, cannot write a
 * status, cannot forge an editor's step, and cannot change an article in review.
 */
class TeamServerRulesTest {
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
    void aPressOfficerWithPsqlCannotForgeAnEditorsApproval() throws Exception {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var omar = team.join("omar", Role.EDITOR);
        Article a = sara.library.articles().create(TeamClients.draft("Heritage classrooms open"));
        sara.library.workflow().transition(a.id(), WorkflowAction.SUBMIT, null);
        sara.sync();
        String id = a.id().toString();

        try (Connection psql = team.team.connect(sara.member)) {
            psql.setAutoCommit(true);
            assertRefused(psql, "UPDATE newsdesk.article SET status = 'approved' WHERE id = '" + id + "'",
                    "permission denied");
            assertRefused(psql, "INSERT INTO newsdesk.status_change (article_id, from_status, to_status, author, at)"
                    + " VALUES ('" + id + "', 'in-review', 'approved', '" + omar.login() + "', now())", "permission denied");
            assertRefused(psql, "SELECT newsdesk.take_step('" + id + "', 'in-review', 'approved', '', now(), NULL, NULL)",
                    "Only an editor can approve an article");
            assertRefused(psql, "SET ROLE newsdesk_editor", "permission denied");
            assertRefused(psql, "DELETE FROM newsdesk.article WHERE id = '" + id + "'", "permission denied");
            assertRefused(psql, "UPDATE newsdesk.comment SET author = 'x'", "permission denied");
            try (Statement st = psql.createStatement()) {
                // row-level security: an article in review is not hers to change, so nothing is updated
                assertThat(st.executeUpdate("UPDATE newsdesk.article SET content = content || ' ', headline = 'Hacked'"
                        + " WHERE id = '" + id + "'")).isZero();
            }
        }
        omar.sync();
        Article there = omar.library.articles().get(a.id());
        assertThat(there.status().label()).isEqualTo("in-review");
        assertThat(there.headline()).isEqualTo("Heritage classrooms open");
        assertThat(omar.library.workflow().timeline(a.id())).extracting(s -> s.to().label())
                .containsExactly("draft", "in-review");

        // the editor's own approval goes through the same function and is recorded in the editor's name
        omar.library.workflow().transition(a.id(), WorkflowAction.APPROVE, null);
        omar.sync();
        try (Connection psql = team.team.connect(omar.member);
             PreparedStatement ps = psql.prepareStatement("SELECT author FROM newsdesk.status_change"
                     + " WHERE to_status = 'approved'");
             var rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(omar.login());
        }
    }

    @Test
    void aPressOfficerMayChangeDraftsAndArticlesWithChangesRequestedOnly() throws Exception {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        Article a = sara.library.articles().create(TeamClients.draft("Solar schools"));
        sara.sync();
        try (Connection psql = team.team.connect(sara.member); Statement st = psql.createStatement()) {
            psql.setAutoCommit(true);
            assertThat(st.executeUpdate("UPDATE newsdesk.article SET headline = 'Draft edit' WHERE id = '" + a.id() + "'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void initRefusesADatabaseWithSomeoneElsesTablesAndUpgradesItsOwnInPlace() {
        TestPostgres.Team foreign = TestPostgres.shared().emptyDatabase();
        try {
            foreign.superuser("CREATE TABLE invoices (id int)");
            assertThatThrownBy(() -> new TeamService(Clock.systemUTC()).init(foreign.admin(), null))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("already holds tables");
        } finally {
            foreign.close();
        }
        var again = new TeamService(Clock.systemUTC()).init(team.team.admin(), null);
        assertThat(again.before()).isEqualTo(again.after()); // already a team library of this version: nothing to do
    }

    @Test
    void aLoginOutsideBothGroupsCannotJoin() {
        team.team.superuser("CREATE ROLE stranger LOGIN PASSWORD 'stranger-pw-1'");
        try {
            var address = team.team.admin().withUser("stranger");
            assertThatThrownBy(() -> new TeamService(Clock.systemUTC()).join(address, "stranger-pw-1",
                    dir.resolve("s.newsdesk"), null, SyncProgress.NONE))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("not a member");
        } finally {
            team.team.superuser("DROP ROLE stranger");
        }
    }

    private static void assertRefused(Connection c, String sql, String because) {
        assertThatThrownBy(() -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining(because);
    }
}
