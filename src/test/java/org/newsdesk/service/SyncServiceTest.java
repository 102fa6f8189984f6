package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Comment;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Role;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.SyncResult;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.testing.TestImages;

/** Two or three laptops syncing through a real PostgreSQL server: join, push, pull, merges and conflicts. */
class SyncServiceTest {
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
    void aSaveOnOneLaptopArrivesOnTheOtherWithItsRevisionsCommentsStepsAndPictures() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var omar = team.join("omar", Role.EDITOR);
        assertThat(sara.library.sync().status().role()).isEqualTo(Role.PRESS_OFFICER);
        assertThat(omar.library.sync().status().role()).isEqualTo(Role.EDITOR);

        var picture = sara.library.images().add(TestImages.jpeg(64, 48), "photo.jpg");
        Article a = sara.library.articles().create(TeamClients.draft("Heritage classrooms open")
                .withFeaturedImage(picture.sha256()));
        sara.library.articles().save(a.withStandfirst("Forty-two schools."), "Checked the numbers");
        sara.library.comments().addOnQuote(a.id(), "Is the fox a metaphor?", "quick brown fox");
        sara.library.workflow().transition(a.id(), WorkflowAction.SUBMIT, null);
        assertThat(sara.library.sync().waiting()).isPositive();

        SyncResult pushed = sara.sync();
        assertThat(pushed.pushed()).isGreaterThanOrEqualTo(5); // picture, article, revisions, steps, comment
        assertThat(pushed.conflicts()).isZero();
        assertThat(sara.library.sync().waiting()).isZero();

        SyncResult pulled = omar.sync();
        assertThat(pulled.pulled()).isEqualTo(2); // the article and its picture
        Article there = omar.library.articles().get(a.id());
        assertThat(there.standfirst()).isEqualTo("Forty-two schools.");
        assertThat(there.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(omar.library.comments().list(a.id())).extracting(Comment::text).containsExactly("Is the fox a metaphor?");
        assertThat(omar.library.comments().list(a.id()).get(0).author()).isEqualTo(sara.login());
        assertThat(omar.library.articles().revisions(a.id())).extracting(r -> r.note())
                .contains("Created", "Checked the numbers");
        assertThat(omar.library.workflow().timeline(a.id())).extracting(StatusChange::to)
                .containsExactly(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
        assertThat(omar.library.images().find(picture.sha256())).isPresent();
        assertThat(omar.library.sync().waiting()).as("what came from the server is not pushed back").isZero();

        // a third laptop joining later copies everything at once
        var eva = team.join("eva", Role.EDITOR);
        assertThat(eva.library.articles().get(a.id()).standfirst()).isEqualTo("Forty-two schools.");
        assertThat(eva.library.images().find(picture.sha256())).isPresent();
        assertThat(eva.library.workflow().timeline(a.id())).hasSize(2);
    }

    @Test
    void anEditorsStepsAndCommentsComeBackToTheWriterWithoutConflicts() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var omar = team.join("omar", Role.EDITOR);
        Article a = sara.library.articles().create(TeamClients.draft("Water for Tanger"));
        sara.library.workflow().transition(a.id(), WorkflowAction.SUBMIT, null);
        sara.sync();
        omar.sync();

        // both comment while offline; the editor also requests changes
        Comment fromOmar = omar.library.comments().addGeneral(a.id(), "Name the minister.");
        omar.library.workflow().transition(a.id(), WorkflowAction.REQUEST_CHANGES, "Name the minister.");
        sara.library.comments().addGeneral(a.id(), "Photo credit to follow.");
        omar.sync();
        SyncResult back = sara.sync();

        assertThat(back.conflicts()).isZero();
        assertThat(sara.library.articles().get(a.id()).status()).isEqualTo(ArticleStatus.CHANGES_REQUESTED);
        assertThat(sara.library.comments().list(a.id())).extracting(Comment::text)
                .containsExactlyInAnyOrder("Name the minister.", "Photo credit to follow.");
        omar.sync();
        assertThat(omar.library.comments().list(a.id())).hasSize(2);

        // resolving travels too; the later change wins
        sara.library.comments().resolve(fromOmar.id());
        sara.sync();
        omar.sync();
        assertThat(omar.library.comments().list(a.id()).stream().filter(x -> x.id().equals(fromOmar.id()))
                .findFirst().orElseThrow().resolved()).isTrue();
    }

    @Test
    void changesToDifferentFieldsOnBothSidesAreMerged() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var lina = team.join("lina", Role.PRESS_OFFICER);
        Article a = sara.library.articles().create(TeamClients.draft("Solar schools"));
        sara.sync();
        lina.sync();

        Article mine = sara.library.articles().get(a.id());
        sara.library.articles().autosave(mine.withHeadline("Solar schools in Mali"));
        Article hers = lina.library.articles().get(a.id());
        lina.library.articles().autosave(hers.withStandfirst("Ninety schools."));
        lina.sync();
        SyncResult merged = sara.sync();
        lina.sync();

        assertThat(merged.conflicts()).isZero();
        for (var client : List.of(sara, lina)) {
            Article there = client.library.articles().get(a.id());
            assertThat(there.headline()).isEqualTo("Solar schools in Mali");
            assertThat(there.standfirst()).isEqualTo("Ninety schools.");
            assertThat(client.library.articles().count()).isEqualTo(1);
        }
    }

    @Test
    void theSameFieldChangedOnBothSidesKeepsTheServersTextAndMineAsADraftCopy() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var lina = team.join("lina", Role.PRESS_OFFICER);
        Article a = sara.library.articles().create(TeamClients.draft("Solar schools"));
        sara.sync();
        lina.sync();

        sara.library.articles().autosave(sara.library.articles().get(a.id()).withHeadline("Solar schools in Mali"));
        lina.library.articles().autosave(lina.library.articles().get(a.id()).withHeadline("Solar schools in Niger"));
        lina.sync();
        SyncResult result = sara.sync();

        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(sara.library.articles().get(a.id()).headline()).isEqualTo("Solar schools in Niger");
        List<String> headlines = sara.library.articles().search(ArticleFilter.all()).stream()
                .map(h -> h.article().headline()).toList();
        assertThat(headlines).containsExactlyInAnyOrder("Solar schools in Niger",
                "Solar schools in Mali" + PullApplier.COPY_SUFFIX);
        assertThat(sara.library.sync().waiting()).as("the copy went up in the same sync").isZero();
        lina.sync();
        assertThat(lina.library.articles().search(ArticleFilter.all())).extracting(h -> h.article().headline())
                .containsExactlyInAnyOrderElementsOf(headlines);
    }

    @Test
    void aStepTakenWithAForgedLocalRoleIsRefusedByTheServerAndUndoneHere() throws Exception {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        team.join("omar", Role.EDITOR);
        Article a = sara.library.articles().create(TeamClients.draft("Heritage classrooms open"));
        sara.library.workflow().transition(a.id(), WorkflowAction.SUBMIT, null);
        sara.sync();

        // a modified client: the library file says "editor" for Sara, so her laptop lets her approve
        Path file = sara.library.file();
        sara.library.close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE setting SET value = 'editor' WHERE key = 'team.role'");
        }
        try (Library forged = Library.open(file, java.time.Clock.systemUTC(), () -> null)) {
            forged.workflow().transition(a.id(), WorkflowAction.APPROVE, null);
            assertThat(forged.articles().get(a.id()).status()).isEqualTo(ArticleStatus.APPROVED);

            SyncResult result = forged.sync().sync(sara.member.password(), SyncProgress.NONE);

            assertThat(result.refused()).singleElement().extracting(Messages.english()::text).asString()
                    .contains("Only an editor can approve");
            assertThat(forged.articles().get(a.id()).status()).isEqualTo(ArticleStatus.IN_REVIEW);
            assertThat(forged.workflow().timeline(a.id())).extracting(StatusChange::to)
                    .containsExactly(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
            assertThat(forged.sync().status().role()).isEqualTo(Role.PRESS_OFFICER);
            assertThat(forged.sync().waiting()).isZero();
        }
        try (var c = team.team.connect(team.team.addUser("check", Role.EDITOR));
             var rs = c.createStatement().executeQuery("SELECT status FROM newsdesk.article")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("in-review");
        }
    }

    @Test
    void aPressOfficersEditOfAnArticleInReviewIsRefusedByRowLevelSecurityAndKeptAsACopy() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        var omar = team.join("omar", Role.EDITOR);
        Article a = sara.library.articles().create(TeamClients.draft("Heritage classrooms open"));
        sara.library.workflow().transition(a.id(), WorkflowAction.SUBMIT, null);
        sara.sync();

        sara.library.articles().autosave(sara.library.articles().get(a.id()).withHeadline("Sneaky change"));
        SyncResult result = sara.sync();

        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(result.refused()).singleElement().extracting(Messages.english()::text).asString().contains("does not let");
        assertThat(sara.library.articles().get(a.id()).headline()).isEqualTo("Heritage classrooms open");
        omar.sync();
        assertThat(omar.library.articles().get(a.id()).headline()).isEqualTo("Heritage classrooms open");
        assertThat(omar.library.articles().search(ArticleFilter.all())).extracting(h -> h.article().headline())
                .contains("Sneaky change" + PullApplier.COPY_SUFFIX);
    }

    @Test
    void aRetriedPushAfterTheServerCommittedIsNotAppliedTwice() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        Article a = sara.library.articles().create(TeamClients.draft("Solar schools"));
        sara.sync();
        sara.library.articles().autosave(sara.library.articles().get(a.id()).withHeadline("Solar schools in Mali"));

        // the laptop dies right after the server committed, before it noted the push
        assertThatThrownBy(() -> sara.library.sync().sync(sara.member.password(), new SyncProgress() {
            @Override
            public void serverCommitted() {
                throw new IllegalStateException("power cut");
            }
        })).hasMessage("power cut");
        assertThat(sara.library.sync().waiting()).isEqualTo(1);

        SyncResult again = sara.sync();
        assertThat(again.conflicts()).isZero();
        assertThat(again.pushed()).isEqualTo(1);
        assertThat(sara.library.sync().waiting()).isZero();
        assertThat(sara.library.articles().count()).isEqualTo(1);
        var lina = team.join("lina", Role.PRESS_OFFICER);
        assertThat(lina.library.articles().get(a.id()).headline()).isEqualTo("Solar schools in Mali");
        assertThat(lina.library.articles().count()).isEqualTo(1);
    }

    @Test
    void aServerWithANewerSchemaIsRefusedWithOneSentence() {
        var sara = team.join("sara", Role.PRESS_OFFICER);
        team.team.superuser("UPDATE newsdesk.meta SET value = '99' WHERE key = 'schema_version'");
        assertThatThrownBy(sara::sync).isInstanceOf(ConflictException.class)
                .hasMessageContaining("uses server schema 99")
                .hasMessageContaining("update Newsdesk");
    }

    @Test
    void joiningIntoAnExistingFileIsRefused() throws Exception {
        var member = team.team.addUser("sara", Role.PRESS_OFFICER);
        Path existing = dir.resolve("mine.newsdesk");
        Library.open(existing, java.time.Clock.systemUTC(), () -> null).close();
        assertThatThrownBy(() -> new TeamService(java.time.Clock.systemUTC()).join(member.address(), member.password(),
                existing, null, SyncProgress.NONE)).hasMessageContaining("already exists");
    }
}
