package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.service.Library;
import org.newsdesk.service.SyncProgress;
import org.newsdesk.service.TeamService;
import org.newsdesk.testing.TestPostgres;

/**
 * The team library in the real window: the password asked once, a colleague's save arriving in the open article
 * within moments (LISTEN/NOTIFY), "is editing" marks, the offline state, and File ▸ Join team library….
 */
class TeamWindowTest extends WindowTest {
    TestPostgres.Team team;
    TestPostgres.Member sara;
    TestPostgres.Member omar;

    @BeforeEach
    void team() {
        team = TestPostgres.shared().newTeam();
        sara = team.addUser("sara", Role.PRESS_OFFICER);
        omar = team.addUser("omar", Role.EDITOR);
    }

    @AfterEach
    void drop() throws Exception {
        if (app != null) {
            app.quit();
            app = null;
        }
        team.close();
    }

    private Library join(TestPostgres.Member m, Path file) {
        return new TeamService(Clock.systemUTC()).join(m.address(), m.password(), file, null, SyncProgress.NONE)
                .library();
    }

    /** The window, given time: a team test starts the toolkit while the shared server may still be starting up. */
    private AppDriver start(Path library, UUID open) throws Exception {
        return AppDriver.begin(dir, library, open, true).get(90, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void typePassword(String password) throws Exception {
        AppDriver.waitUntil("the password is asked", () -> robot.lookup("#team-password").tryQuery().isPresent());
        robot.clickOn("#team-password").write(password).push(KeyCode.ENTER);
    }

    private String syncState() {
        return robot.lookup("#sync-state").queryAs(Label.class).getText();
    }

    @Test
    void aColleaguesSaveArrivesInTheOpenArticleAndTheListMarksWhatTheyHaveOpen() throws Exception {
        Path saraFile = dir.resolve("sara.newsdesk");
        UUID id;
        try (Library saraLib = join(sara, saraFile)) {
            id = saraLib.articles().create(Article.draft("Solar schools", Language.ENGLISH, java.time.Instant.now())).id();
            saraLib.sync().sync(sara.password(), SyncProgress.NONE);
        }
        try (Library omarLib = join(omar, dir.resolve("omar.newsdesk"))) {
            app = start(saraFile, id);
            typePassword(sara.password());
            AppDriver.waitUntil("synced", () -> syncState().equals("Synced"));

            Article there = omarLib.articles().get(id);
            omarLib.articles().save(there.withHeadline("Solar schools in Mali"), "Sharper headline");
            long saved = System.nanoTime();
            omarLib.sync().sync(omar.password(), SyncProgress.NONE);
            AppDriver.waitUntil("Omar's headline in Sara's open article",
                    () -> app.window().editor().headlineProperty().get().equals("Solar schools in Mali"));
            long millis = (System.nanoTime() - saved) / 1_000_000;
            assertThat(millis).as("arrived %d ms after Omar's save", millis).isPositive();
            assertThat(fx(() -> app.window().editor().hasUnsavedChanges())).isFalse();

            omarLib.sync().presence(omar.password(), id);
            AppDriver.waitUntil("the list marks the article Omar has open",
                    () -> robot.lookup(".article-editing").queryAll().stream()
                            .anyMatch(n -> n.isVisible() && ((Label) n).getText().equals(omar.login() + " is editing")));

            // and the other way round: Sara types, the autosave goes up, Omar's laptop pulls it
            robot.clickOn("#standfirst").write("Ninety schools.");
            AppDriver.waitUntil("Sara's standfirst reached the server", () -> {
                omarLib.sync().sync(omar.password(), SyncProgress.NONE);
                return omarLib.articles().get(id).standfirst().equals("Ninety schools.");
            });
        }
    }

    @Test
    void withoutTheServerTheStatusBarCountsTheChangesWaiting() throws Exception {
        Path file = dir.resolve("sara.newsdesk");
        UUID id;
        try (Library saraLib = join(sara, file)) {
            id = saraLib.articles().create(Article.draft("Solar schools", Language.ENGLISH, java.time.Instant.now())).id();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            // the train left the station: the server's address no longer answers
            st.executeUpdate("UPDATE setting SET value = replace(value, ':" + TestPostgres.shared().port() + "/', ':1/')"
                    + " WHERE key = 'team.address'");
        }
        app = start(file, id);
        typePassword(sara.password());
        AppDriver.waitUntil("offline with the new article waiting", () -> syncState().startsWith("Offline — ")
                && syncState().endsWith("changes waiting"));
        assertThat(syncState()).isEqualTo("Offline — 3 changes waiting"); // the article, its revision, its first step
        robot.clickOn("#standfirst").write("Written on the train.");
        AppDriver.waitUntil("still working offline", () -> app.window().editor().saveStateProperty().get()
                == org.newsdesk.ui.editor.SaveState.SAVED);
    }

    @Test
    void joiningFromTheFileMenuCopiesTheTeamLibraryAndOpensIt() throws Exception {
        try (Library omarLib = join(omar, dir.resolve("omar.newsdesk"))) {
            omarLib.articles().create(Article.draft("Water for Tanger", Language.ENGLISH, java.time.Instant.now()));
            omarLib.sync().sync(omar.password(), SyncProgress.NONE);
        }
        app = start(dir.resolve("own.newsdesk"), null);
        robot.clickOn("File").clickOn("#menu-join-team");
        AppDriver.waitUntil("the join dialog", () -> robot.lookup("#join-server").tryQuery().isPresent());
        robot.clickOn("#join-server").write("localhost:" + TestPostgres.shared().port());
        robot.clickOn("#join-database").write(team.database());
        robot.clickOn("#join-user").write(sara.login());
        robot.clickOn("#join-password").write(sara.password());
        Path joined = dir.resolve("data").resolve(team.database() + ".newsdesk");
        assertThat(robot.lookup("#join-library").queryTextInputControl().getText()).isEqualTo(joined.toString());
        robot.clickOn("#join-button");
        AppDriver.waitUntil("the window shows the team library", () -> robot.lookup("#sync-state").tryQuery()
                .map(n -> ((Label) n).getText().equals("Synced")).orElse(false));
        AppDriver.waitUntil("the team's article is listed", () -> robot.lookup(".article-headline").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Water for Tanger")));
        assertThat(java.nio.file.Files.exists(joined)).isTrue();
    }

    @Test
    void offlineAPictureStillOnTheServerSaysItWillAppearOnline() throws Exception {
        UUID id;
        try (Library omarLib = join(omar, dir.resolve("omar.newsdesk"))) {
            var photo = omarLib.images().add(org.newsdesk.testing.TestImages.jpeg(800, 600), "pump.jpg");
            id = omarLib.articles().create(Article.draft("Pumps for Tanger", Language.ENGLISH, java.time.Instant.now())
                    .withBody(org.newsdesk.model.Document.of(org.newsdesk.model.Block.paragraph("Solar pumps."),
                            org.newsdesk.model.Block.image(new org.newsdesk.model.ImageRef(photo.sha256(), "A pump",
                                    "UN", "A blue pump", null))))).id();
            omarLib.sync().sync(omar.password(), SyncProgress.NONE);
        }
        Path file = dir.resolve("sara.newsdesk");
        new TeamService(Clock.systemUTC()).join(sara.address(), sara.password(), file, null,
                org.newsdesk.model.PictureFetching.ON_DEMAND, SyncProgress.NONE).library().close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE setting SET value = replace(value, ':" + TestPostgres.shared().port() + "/', ':1/')"
                    + " WHERE key = 'team.address'");
        }
        app = start(file, id);
        typePassword(sara.password());
        AppDriver.waitUntil("the figure says where its picture is", () -> robot.lookup(".figure-placeholder").queryAll()
                .stream().anyMatch(n -> n.isVisible() && ((Label) n).getText()
                        .equals("This picture is on the team server; it will appear when you are online.")));
        assertThat(app.window().editor().headlineProperty().get()).isEqualTo("Pumps for Tanger");

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.executeUpdate("UPDATE setting SET value = replace(value, ':1/', ':" + TestPostgres.shared().port() + "/')"
                    + " WHERE key = 'team.address'"); // back in the office
        }
        AppDriver.waitUntil("the picture appears once online", () -> robot.lookup(".figure-picture").queryAll().stream()
                .anyMatch(n -> n.getStyleClass().contains("loaded")));
        assertThat(robot.lookup(".figure-placeholder").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((Label) n).getText())).doesNotContain(
                        "This picture is on the team server; it will appear when you are online.");
    }

    @Test
    void aColleagueMovingAnArticleToTheTrashTakesItOutOfTheOpenList() throws Exception {
        Path saraFile = dir.resolve("sara.newsdesk");
        UUID kept;
        UUID trashed;
        try (Library saraLib = join(sara, saraFile)) {
            kept = saraLib.articles().create(Article.draft("Water for Tanger", Language.ENGLISH, java.time.Instant.now())).id();
            trashed = saraLib.articles().create(Article.draft("Solar schools", Language.ENGLISH, java.time.Instant.now())).id();
            saraLib.sync().sync(sara.password(), SyncProgress.NONE);
        }
        try (Library omarLib = join(omar, dir.resolve("omar.newsdesk"))) {
            app = start(saraFile, kept);
            typePassword(sara.password());
            AppDriver.waitUntil("synced", () -> syncState().equals("Synced"));
            AppDriver.waitUntil("both articles listed", () -> listed().contains("Solar schools"));

            omarLib.articles().trash(trashed);
            omarLib.sync().sync(omar.password(), SyncProgress.NONE);
            AppDriver.waitUntil("Omar's trash reached Sara's list", () -> !listed().contains("Solar schools"));
            assertThat(listed()).contains("Water for Tanger");

            omarLib.articles().restore(trashed);
            omarLib.sync().sync(omar.password(), SyncProgress.NONE);
            AppDriver.waitUntil("restored in Sara's list too", () -> listed().contains("Solar schools"));
        }
    }

    @Test
    void theSettingsWindowSwitchesATeamLibraryToPicturesOnDemand() throws Exception {
        Path file = dir.resolve("sara.newsdesk");
        UUID id;
        try (Library saraLib = join(sara, file)) {
            id = saraLib.articles().create(Article.draft("Solar schools", Language.ENGLISH, java.time.Instant.now())).id();
        }
        app = start(file, id);
        typePassword(sara.password());
        AppDriver.waitUntil("synced", () -> syncState().equals("Synced"));
        robot.press(KeyCode.SHORTCUT, KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.SHORTCUT);
        AppDriver.waitUntil("the settings window", () -> robot.lookup("#settings-team-pictures").tryQuery().isPresent());
        javafx.scene.control.ComboBox<org.newsdesk.model.PictureFetching> choice = cast(
                robot.lookup("#settings-team-pictures").queryAs(javafx.scene.control.ComboBox.class));
        assertThat(choice.getValue()).as("the default: all pictures").isEqualTo(org.newsdesk.model.PictureFetching.ALL);
        robot.clickOn(choice).clickOn("Each one when first needed");
        robot.clickOn("OK");
        AppDriver.waitUntil("the library keeps the choice", () -> {
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT value FROM setting WHERE key = 'team.pictures'")) {
                return rs.next() && rs.getString(1).equals("on-demand");
            } catch (java.sql.SQLException busy) {
                return false; // the window is writing: look again
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    private java.util.List<String> listed() {
        return robot.lookup(".article-headline").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }
}
