package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.Article;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.FxThreadWatch;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.common.UiPreferencesStore;

/**
 * The window keeps its thread free: a first start, Settings, an export, the profile, a change of language and
 * quitting read and write ui.json, profile.json and the library, all off the JavaFX thread
 * ({@link FxThreadWatch} names any call site that does such work on it), and what they write is all there after
 * quitting, the window's last state included.
 */
class NoDiskWorkOnTheFxThreadTest extends WindowTest {
    private final FxThreadWatch fxWatch = FxThreadWatch.install();

    /** Checked here before the files are read back (WindowTest checks again after each test). */
    private void assertNothingOnTheFxThread() {
        List<FxThreadWatch.Access> found = fxWatch.drain();
        assertThat(found).as("disk or database work on the JavaFX thread:%s", FxThreadWatch.describe(found))
                .isEmpty();
    }

    @Test
    void aFirstStartAndQuittingLeaveTheFxThreadFree() throws Exception {
        var starting = AppDriver.begin(dir, null, null, false);
        AppDriver.waitUntil("profile question", () -> robot.lookup("#profile-name").tryQuery().isPresent());
        robot.doubleClickOn("#profile-name").push(KeyCode.CONTROL, KeyCode.A).write("Leila Haddad");
        robot.clickOn("OK");
        app = starting.get(30, TimeUnit.SECONDS);
        AppDriver.waitUntil("samples listed", () -> app.window().libraryModel().results().size() == 3);
        AppDriver.waitUntil("an article open", () -> app.window().editor().storedProperty().get() != null);
        app.quit();
        app = null;
        assertNothingOnTheFxThread();
        // what was written off the FX thread is all there
        assertThat(new org.newsdesk.service.ProfileStore(dir.resolve("config"), new JsonCodec()).load())
                .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Leila Haddad"));
        assertThat(new UiPreferencesStore(dir.resolve("config"), new JsonCodec()).load().language())
                .contains(UiLanguage.ENGLISH);
    }

    @Test
    void settingsExportProfileLanguageAndQuitLeaveTheFxThreadFree() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article article;
        try (Library lib = TestLibrary.open(file)) {
            article = lib.articles().create(Article.draft("Bridge reopens", Language.ENGLISH, Instant.EPOCH)
                    .withBody(Document.ofPlainText("Traffic flows again.")));
        }
        app = AppDriver.start(dir, file, article.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);

        robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
        AppDriver.waitUntil("settings", () -> robot.lookup("#settings-boilerplate").tryQuery().isPresent());
        robot.clickOn("#settings-boilerplate").push(KeyCode.CONTROL, KeyCode.A).write("Press office, Geneva.");
        robot.clickOn("OK");
        AppDriver.waitUntil("settings closed", () -> robot.lookup("#settings-boilerplate").tryQuery().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppDriver.waitUntil("export dialog", () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Path out = Files.createDirectories(dir.resolve("out")).resolve("bridge.html");
        robot.clickOn("#export-destination").write(out.toString());
        robot.clickOn("#export-start");
        AppDriver.waitUntil("exported", () -> robot.lookup("#export-message").queryAs(Label.class).getText()
                .startsWith("Exported 1 article"));
        robot.clickOn("#export-close");
        AppDriver.waitUntil("export closed", () -> robot.lookup("#export-dialog").tryQuery().isEmpty());

        robot.clickOn("Tools").clickOn("Profile…");
        AppDriver.waitUntil("profile", () -> robot.lookup("#profile-name").tryQuery().isPresent());
        robot.doubleClickOn("#profile-name").push(KeyCode.CONTROL, KeyCode.A).write("Omar Said");
        robot.clickOn("OK");
        AppDriver.waitUntil("profile noted", () -> robot.lookup("#notice").queryAs(Label.class).getText()
                .contains("Omar Said"));

        var english = app.window();
        robot.interact(() -> english.switchLanguage(UiLanguage.FRENCH, Digits.LATIN));
        AppDriver.waitUntil("French window", () -> app.currentWindow() != null && app.currentWindow() != english
                && app.currentWindow().editor().storedProperty().get() != null);
        robot.clickOn("#headline").write(" today");
        // the theme is written only with the window's state as it closes: the last write, which must not be lost
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        AppDriver.waitUntil("dark", () -> app.window().darkThemeProperty().get());
        app.quit();
        app = null;
        assertNothingOnTheFxThread();

        var preferences = new UiPreferencesStore(dir.resolve("config"), new JsonCodec()).load();
        assertThat(preferences.boilerplate()).isEqualTo("Press office, Geneva.");
        assertThat(preferences.exportDestination()).isEqualTo(out.toString());
        assertThat(preferences.language()).contains(UiLanguage.FRENCH);
        assertThat(preferences.dark()).as("the window's state written as it closed").isTrue();
        assertThat(new org.newsdesk.service.ProfileStore(dir.resolve("config"), new JsonCodec()).load())
                .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Omar Said"));
        try (Library lib = TestLibrary.open(file)) {
            assertThat(lib.articles().get(article.id()).headline()).isEqualTo("Bridge reopens today");
        }
    }
}
