package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.common.UiPreferences;

/** Template, trash and restore, and the tag manager, used from the menus and shortcuts. */
class ArticleActionsTest extends WindowTest {
    @Test
    void newFromTemplateHasDatelineTodayAndTheBoilerplate() throws Exception {
        java.time.LocalDate dayBefore = java.time.LocalDate.now(); // the app's clock is the real one: a run may
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));  // cross midnight between here and the check
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        AppDriver.waitUntil("template opened", () -> app.window().editor().storedProperty().get() != null);
        Article a = fx(() -> app.window().editor().current());
        assertThat(a.dateline()).isNotBlank();
        assertThat(a.date()).isBetween(dayBefore, java.time.LocalDate.now());
        assertThat(a.body().plainText()).contains("About the organisation")
                .contains(UiPreferences.DEFAULT_BOILERPLATE);
        assertThat(fx(this::focusedIsHeadline)).isTrue();
    }

    @Test
    void trashAndRestoreFromTheWindow() throws Exception {
        Article kept = create("Kept story", List.of());
        Article gone = create("Story to trash", List.of());
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"), gone.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        robot.clickOn("File").clickOn("Move to trash");
        AppDriver.waitUntil("trashed", () -> app.window().editor().storedProperty().get() == null
                && app.window().libraryModel().results().size() == 1);
        assertThat(fx(() -> app.window().libraryModel().results().get(0).article().id())).isEqualTo(kept.id());
        fx(() -> {
            app.window().showTrash();
            return null;
        });
        AppDriver.waitUntil("trash dialog", () -> robot.lookup("#trash-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#trash-list").queryAs(ListView.class);
        assertThat(fx(() -> list.getItems().size())).isEqualTo(1);
        robot.clickOn("Story to trash  (en)");
        robot.clickOn("#trash-restore");
        AppDriver.waitUntil("restored", () -> app.window().libraryModel().results().size() == 2);
        robot.clickOn("Close");
    }

    @Test
    void renamingATagOntoAnotherMergesThem() throws Exception {
        Article a = create("One", List.of("Heritage"));
        Article b = create("Two", List.of("heritage sites"));
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        AppDriver.waitUntil("listed", () -> app.window().libraryModel().results().size() == 2);
        fx(() -> {
            app.window().showTagManager();
            return null;
        });
        AppDriver.waitUntil("tag manager", () -> robot.lookup("#tag-table").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#tag-table").queryAs(javafx.scene.Node.class))
                .lookup("heritage sites").queryAs(javafx.scene.Node.class));
        robot.clickOn("#tag-rename");
        AppDriver.waitUntil("rename question", () -> robot.lookup(".text-input-dialog").tryQuery().isPresent()
                || robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField field = robot.lookup(".dialog-pane .text-field").queryAs(
                javafx.scene.control.TextField.class);
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("Heritage");
        AppDriver.waitUntil("typed", () -> field.getText().equals("Heritage"));
        robot.push(KeyCode.ENTER);
        AppDriver.waitUntil("merged (tags now " + fx(() -> List.copyOf(app.window().libraryModel().knownTags()))
                + ", notice " + fx(() -> robot.lookup("#notice").queryAs(javafx.scene.control.Label.class).getText())
                + ")", () -> app.window().libraryModel().knownTags().equals(List.of("Heritage")));
        robot.clickOn("Close");
        try (Library lib = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            assertThat(lib.articles().get(a.id()).tags()).containsExactly("Heritage");
            assertThat(lib.articles().get(b.id()).tags()).containsExactly("Heritage");
        }
    }

    private Article create(String headline, List<String> tags) {
        try (Library lib = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            return lib.articles().create(Article.draft(headline, Language.ENGLISH, Instant.EPOCH).withTags(tags));
        }
    }

    private boolean focusedIsHeadline() {
        var owner = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .map(w -> w.getScene().getFocusOwner()).orElse(null);
        return owner != null && "headline".equals(owner.getId());
    }
}
