package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.service.Library;
import org.newsdesk.service.ProfileStore;
import org.newsdesk.testing.TestLibrary;
import org.testfx.api.FxRobot;

/** The very first start: the app asks who is writing, then opens the seeded default library. */
class FirstStartTest {
    @TempDir
    Path home;

    @Test
    void firstStartAsksForNameAndRoleAndOpensTheSampleLibrary() throws Exception {
        FxRobot robot = new FxRobot();
        var starting = AppDriver.begin(home, null, null, false);
        AppDriver.waitUntil("profile question", () -> robot.lookup("#profile-name").tryQuery().isPresent());
        robot.doubleClickOn("#profile-name").push(KeyCode.CONTROL, KeyCode.A).write("Leila Haddad");
        robot.clickOn("#profile-role").clickOn("Editor (reviews and approves)");
        robot.clickOn("OK");
        AppDriver app = starting.get(20, TimeUnit.SECONDS);
        AppDriver.waitUntil("samples listed", () -> app.window().libraryModel().results().size() == 3);
        app.quit();

        AppDirectories dirs = new AppDirectories(home.resolve("data"), home.resolve("config"));
        assertThat(new ProfileStore(dirs.configDir(), new JsonCodec()).load())
                .contains(new User("Leila Haddad", Role.EDITOR));
        try (Library lib = TestLibrary.open(dirs.defaultLibrary())) {
            assertThat(lib.articles().search(ArticleFilter.all())).extracting(h -> h.article().language().tag())
                    .containsExactlyInAnyOrder("en", "fr", "ar");
        }
    }
}
