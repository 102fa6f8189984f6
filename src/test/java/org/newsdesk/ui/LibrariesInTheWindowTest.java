package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.editor.SaveState;
import org.newsdesk.ui.window.LibraryFilePicker;

/** File › New / Open / Recent libraries, Back up and Restore, Help › About, and errors nobody expected. */
class LibrariesInTheWindowTest extends WindowTest {
    /** Answers the file dialogs with the files a test queued, in order. */
    private final Deque<Path> answers = new ArrayDeque<>();
    private final LibraryFilePicker picker = new LibraryFilePicker() {
        @Override
        public Path save(Window owner, String title, Path folder, String suggestedName) {
            return answers.poll();
        }

        @Override
        public Path open(Window owner, String title, Path folder) {
            return answers.poll();
        }
    };

    private Path library(String name, String... headlines) {
        Path file = dir.resolve(name);
        try (Library lib = TestLibrary.open(file)) {
            for (String headline : headlines) {
                lib.articles().create(Article.draft(headline, Language.ENGLISH, Instant.now()));
            }
        }
        return file;
    }

    private void start(Path library) throws Exception {
        app = AppDriver.start(dir, library);
        Platform.runLater(() -> app.window().setLibraryFilePicker(picker));
        AppDriver.waitUntil("first article open", () -> app.window().editor().storedProperty().get() != null);
    }

    /** Waits until the window shows {@code name} with these headlines listed (the window is a new one then). */
    private void waitForLibrary(String name, String... headlines) throws Exception {
        AppDriver.waitUntil(name + " open", () -> {
            var window = app.currentWindow();
            return window != null && window.libraryModel().results().size() == headlines.length
                    && window.libraryModel().results().stream().map(h -> h.article().headline()).toList()
                    .containsAll(java.util.List.of(headlines))
                    && robot.lookup("#main-split").query().getScene().getWindow() instanceof javafx.stage.Stage s
                    && s.getTitle().endsWith(name);
        });
        Platform.runLater(() -> app.currentWindow().setLibraryFilePicker(picker));
    }

    @Test
    void openAnotherLibrarySavingTheOpenArticleAndComeBackThroughRecentLibraries() throws Exception {
        Path alpha = library("alpha.newsdesk", "Alpha story");
        Path beta = library("beta.newsdesk", "Beta story");
        start(alpha);
        robot.clickOn("#headline").push(KeyCode.END).write(" goes on");
        answers.add(beta);
        robot.clickOn("File").clickOn("Open library…"); // at once: the typing is saved on the way out
        waitForLibrary("beta.newsdesk", "Beta story");
        try (Library check = TestLibrary.open(alpha)) {
            assertThat(check.articles().search(ArticleFilter.all())).extracting(h -> h.article().headline())
                    .containsExactly("Alpha story goes on");
        }
        robot.clickOn("File").clickOn("Recent libraries").clickOn("alpha.newsdesk  —  " + dir);
        waitForLibrary("alpha.newsdesk", "Alpha story goes on");
    }

    @Test
    void theNextStartOpensTheLibraryTheWindowShowedLast() throws Exception {
        Path alpha = library("alpha.newsdesk", "Alpha story");
        Path beta = library("beta.newsdesk", "Beta story");
        start(alpha);
        answers.add(beta);
        robot.clickOn("File").clickOn("Open library…");
        waitForLibrary("beta.newsdesk", "Beta story");
        app.quit();

        app = AppDriver.start(dir, null); // no --library: not the default library, the one last open
        AppDriver.waitUntil("beta again", () -> app.window().libraryModel().results().size() == 1
                && app.window().libraryModel().results().get(0).article().headline().equals("Beta story"));
        assertThat(dir.resolve("data/library.newsdesk")).doesNotExist();
    }

    @Test
    void aLibraryThatCannotBeOpenedIsExplainedAndTheWindowGoesBackToTheOpenOne() throws Exception {
        Path alpha = library("alpha.newsdesk", "Alpha story");
        Path broken = Files.writeString(dir.resolve("broken.newsdesk"), "this is not a library");
        start(alpha);
        answers.add(broken);
        robot.clickOn("File").clickOn("Open library…");
        AppDriver.waitUntil("explained", () -> robot.lookup(".dialog-pane").tryQuery()
                .map(n -> ((javafx.scene.control.DialogPane) n).getContentText()).orElse("")
                .contains("is not a Newsdesk library"));
        robot.clickOn("OK");
        waitForLibrary("alpha.newsdesk", "Alpha story");
        assertThat(Files.readString(broken)).isEqualTo("this is not a library");
    }

    @Test
    void backUpThenRestoreFromTheWindow() throws Exception {
        Path alpha = library("alpha.newsdesk", "Kept in the backup");
        start(alpha);
        Path backup = dir.resolve("saved/alpha-monday.newsdesk");
        Files.createDirectories(backup.getParent());
        answers.add(backup);
        robot.clickOn("File").clickOn("Back up library…");
        AppDriver.waitUntil("backed up", () -> robot.lookup("#notice").queryLabeled().getText()
                .startsWith("Backed up 1 article to " + backup)); // one article, singular (the bundle counts)
        robot.push(KeyCode.CONTROL, KeyCode.N).write("Written after the backup");
        AppDriver.waitUntil("saved", () -> app.currentWindow().editor().saveStateProperty().get() == SaveState.SAVED
                && app.currentWindow().libraryModel().results().size() == 2);

        answers.add(backup);
        robot.clickOn("File").clickOn("Restore from backup…");
        robot.clickOn("OK");
        waitForLibrary("alpha.newsdesk", "Kept in the backup");
        try (var files = Files.list(dir)) {
            Path replaced = files.filter(p -> p.getFileName().toString().startsWith("alpha.replaced-")).findFirst()
                    .orElseThrow();
            try (Library old = TestLibrary.open(replaced)) {
                assertThat(old.articles().search(ArticleFilter.all())).hasSize(2);
            }
        }
    }

    @Test
    void aboutNamesTheVersionsAndWhereTheLibraryLogsAndBackupsAre() throws Exception {
        Path alpha = library("alpha.newsdesk", "Alpha story");
        start(alpha);
        robot.clickOn("Help").clickOn("About Newsdesk");
        AppDriver.waitUntil("about", () -> robot.lookup("#about-text").tryQuery().isPresent());
        String text = fx(() -> robot.lookup("#about-text").queryAs(TextArea.class).getText());
        assertThat(text).contains("Java " + System.getProperty("java.version")).containsPattern("JavaFX 2\\d")
                .contains("Library " + alpha).contains("Logs " + dir.resolve("data/logs"))
                .contains("Backups " + dir.resolve("data/backups"));
        robot.clickOn("Copy");
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())).isEqualTo(text);
        robot.clickOn("Close");
    }

    @Test
    void anUnexpectedErrorSavesTheWorkFirstThenSaysSoInOneSentence() throws Exception {
        Path alpha = library("alpha.newsdesk", "Alpha story");
        start(alpha);
        robot.clickOn("#headline").push(KeyCode.END).write(" survives");
        Platform.runLater(() -> {
            throw new IllegalStateException("boom in a listener");
        });
        AppDriver.waitUntil("reported", () -> robot.lookup("#unexpected-error").tryQuery().isPresent());
        String said = fx(() -> robot.lookup("#unexpected-error").queryAs(javafx.scene.control.DialogPane.class)
                .getContentText());
        assertThat(said).isEqualTo("Newsdesk ran into an unexpected error: IllegalStateException (boom in a listener)."
                + " Your work is saved; you can go on, or restart Newsdesk if something looks wrong.");
        try (Library check = TestLibrary.open(alpha)) {
            assertThat(check.articles().search(ArticleFilter.all())).extracting(h -> h.article().headline())
                    .containsExactly("Alpha story survives");
        }
        robot.clickOn("Copy details");
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .startsWith("Newsdesk ").contains("java.lang.IllegalStateException: boom in a listener");
        robot.clickOn("Close");
    }
}
