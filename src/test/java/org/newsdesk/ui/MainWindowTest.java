package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.editor.SaveState;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window as a press officer would: keyboard first. */
class MainWindowTest extends WindowTest {
    private Path library() {
        return dir.resolve("lib.newsdesk");
    }

    private void waitSaved() throws Exception {
        AppDriver.waitUntil("saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED);
    }

    @Test
    void ctrlNPutsTheCaretInTheHeadlineAndTabFollowsTheReadingOrder() throws Exception {
        app = AppDriver.start(dir, library());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null
                && "headline".equals(focusedId()));
        robot.write("Minister opens festival");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            order.add(fx(this::focusedId));
        }
        assertThat(order).containsExactly("standfirst", "dateline", "date", "byline", "language", "tags-input");
        assertThat(fx(() -> app.window().editor().headlineProperty().get())).isEqualTo("Minister opens festival");
        waitSaved();
    }

    @Test
    void aSavedArticleComesBackAfterARestartAndIsFoundBySearch() throws Exception {
        app = AppDriver.start(dir, library());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> "headline".equals(focusedId()));
        robot.write("Minister opens the Zanzibar festival");
        robot.clickOn("#standfirst").write("Three days of music.");
        openDetails();
        robot.clickOn("#tags-input").write("Culture").push(KeyCode.ENTER).write("Music,");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitSaved();
        Article saved = fx(() -> app.window().editor().storedProperty().get());
        assertThat(saved.tags()).containsExactly("Culture", "Music");
        assertThat(fx(() -> robot.lookup("#detail-revisions").queryAs(TextField.class).getText())).isEqualTo("2");
        assertThat(fx(() -> robot.lookup("#save-state").queryAs(Label.class).getText())).isEqualTo("All changes saved");
        app.quit();

        app = AppDriver.start(dir, library());
        robot.clickOn("#library-search").write("zanzi");
        AppDriver.waitUntil("search result", () -> listed().size() == 1);
        robot.push(KeyCode.DOWN);
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(saved.id()));
        Article reopened = fx(() -> app.window().editor().current());
        assertThat(reopened.headline()).isEqualTo("Minister opens the Zanzibar festival");
        assertThat(reopened.standfirst()).isEqualTo("Three days of music.");
        assertThat(reopened.tags()).containsExactly("Culture", "Music");
        assertThat(reopened.body()).isEqualTo(saved.body());
    }

    @Test
    void enterInTheSearchBoxOpensTheFirstResultOfWhatIsTypedNow() throws Exception {
        Article first;
        Article second;
        try (Library lib = TestLibrary.open(library())) {
            first = lib.articles().create(Article.draft("Quokka census on Rottnest", Language.ENGLISH, Instant.now()));
            second = lib.articles().create(Article.draft("Wombat crossings in Tasmania", Language.ENGLISH, Instant.now()));
        }
        app = AppDriver.start(dir, library(), second.id());
        robot.push(KeyCode.CONTROL, KeyCode.L).write("quok").push(KeyCode.ENTER); // no pause before Enter
        AppDriver.waitUntil("quokka opened", () -> first.id().equals(openId()));
        robot.push(KeyCode.CONTROL, KeyCode.L).write("wombat").push(KeyCode.ENTER);
        AppDriver.waitUntil("wombat opened", () -> second.id().equals(openId()));
        assertThat(fx(() -> app.window().editor().headlineProperty().get())).isEqualTo("Wombat crossings in Tasmania");
    }

    /** The open article's id; read on the FX thread (waitUntil's conditions run there). */
    private java.util.UUID openId() {
        Article open = app.window().editor().storedProperty().get();
        return open == null ? null : open.id();
    }

    @Test
    void typingIsAutosavedWithoutAnExplicitSave() throws Exception {
        app = AppDriver.start(dir, library());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> "headline".equals(focusedId()));
        robot.write("Autosaved headline");
        AppDriver.waitUntil("unsaved shown", () -> app.window().editor().saveStateProperty().get() != SaveState.SAVED);
        long typedAt = System.nanoTime();
        waitSaved();
        assertThat((System.nanoTime() - typedAt) / 1_000_000).isLessThan(2_000);
        Article stored = fx(() -> app.window().editor().storedProperty().get());
        try (Library other = TestLibrary.open(library())) {
            assertThat(other.articles().get(stored.id()).headline()).isEqualTo("Autosaved headline");
            assertThat(other.articles().revisions(stored.id())).hasSize(1); // autosave makes no revision
        }
    }

    @Test
    void theHeadlineCounterWarnsPast110Characters() throws Exception {
        app = AppDriver.start(dir, library());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> "headline".equals(focusedId()));
        robot.write("x".repeat(110));
        Label counter = robot.lookup("#headline-counter").queryAs(Label.class);
        assertThat(fx(counter::getText)).isEqualTo("110 / 110");
        assertThat(fx(() -> counter.getStyleClass().contains("danger"))).isFalse();
        robot.write("y");
        assertThat(fx(counter::getText)).isEqualTo("111 / 110");
        assertThat(fx(() -> counter.getStyleClass().contains("danger"))).isTrue();
    }

    @Test
    void aConflictingSaveAsksAndTakingTheirsShowsTheirVersion() throws Exception {
        Article original;
        try (Library setup = TestLibrary.open(library())) {
            original = setup.articles().create(Article.draft("Original headline", Language.ENGLISH, Instant.EPOCH));
        }
        app = AppDriver.start(dir, library(), original.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        try (Library other = TestLibrary.open(library())) {
            other.articles().save(original.withHeadline("Their headline"), "edited elsewhere");
        }
        robot.clickOn("#standfirst").write("My standfirst");
        AppDriver.waitUntil("conflict dialog (state " + fx(() -> app.window().editor().saveStateProperty().get() + " "
                + app.window().editor().saveMessageProperty().get()) + ")", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Compare side by side");
        AppDriver.waitUntil("comparison", () -> robot.lookup("#conflict-theirs").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#conflict-mine").queryAs(javafx.scene.control.TextArea.class).getText()))
                .contains("My standfirst");
        assertThat(fx(() -> robot.lookup("#conflict-theirs").queryAs(javafx.scene.control.TextArea.class).getText()))
                .startsWith("Their headline");
        robot.clickOn("Take theirs");
        AppDriver.waitUntil("theirs shown", () -> "Their headline".equals(app.window().editor().headlineProperty().get()));
        assertThat(fx(() -> app.window().editor().standfirstProperty().get())).isEmpty();
        assertThat(fx(() -> app.window().editor().saveStateProperty().get())).isEqualTo(SaveState.SAVED);
    }

    @Test
    void keepingMineAsACopyStoresBothVersions() throws Exception {
        Article original;
        try (Library setup = TestLibrary.open(library())) {
            original = setup.articles().create(Article.draft("Shared story", Language.ENGLISH, Instant.EPOCH));
        }
        app = AppDriver.start(dir, library(), original.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        try (Library other = TestLibrary.open(library())) {
            other.articles().save(original.withStandfirst("Theirs"), null);
        }
        robot.clickOn("#standfirst").write("Mine");
        AppDriver.waitUntil("conflict dialog", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("Keep mine as a new copy");
        AppDriver.waitUntil("copy opened", () -> app.window().editor().storedProperty().get() != null
                && !app.window().editor().storedProperty().get().id().equals(original.id()));
        waitSaved();
        try (Library check = TestLibrary.open(library())) {
            assertThat(check.articles().get(original.id()).standfirst()).isEqualTo("Theirs");
            Article copy = check.articles().get(fx(() -> app.window().editor().storedProperty().get()).id());
            assertThat(copy.standfirst()).isEqualTo("Mine");
            assertThat(copy.headline()).isEqualTo("Shared story");
        }
    }

    @SuppressWarnings("unchecked")
    private List<SearchHit> listed() {
        return ((ListView<SearchHit>) robot.lookup("#library-list").query()).getItems();
    }

    private String focusedId() {
        Node n = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .map(w -> w.getScene().getFocusOwner()).orElse(null);
        while (n != null && (n.getId() == null || n.getId().startsWith("menu"))) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }
}
