package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.editor.SaveState;

/** The embargo in the editor form: date, time and zone become the article's embargo instant, and back. */
class EmbargoFieldTest extends WindowTest {
    private OffsetDateTime storedEmbargo() throws Exception {
        return fx(() -> app.window().editor().storedProperty().get().embargo());
    }

    @Test
    void anEmbargoIsSetInAZoneStoredAsAnInstantAndLifted() throws Exception {
        Path library = dir.resolve("lib.newsdesk");
        Article article;
        try (Library setup = TestLibrary.open(library)) {
            article = setup.articles().create(Article.draft("Results at noon", Language.ENGLISH, Instant.EPOCH));
        }
        app = AppDriver.start(dir, library, article.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        openDetails();
        robot.clickOn("#embargo-on");
        robot.clickOn("#embargo-zone").clickOn("Europe/Paris");
        TextField date = fx(() -> robot.lookup("#embargo-date").queryAs(javafx.scene.control.DatePicker.class).getEditor());
        robot.doubleClickOn(date).push(KeyCode.CONTROL, KeyCode.A).write("2027-01-15").push(KeyCode.ENTER);
        robot.doubleClickOn("#embargo-time").push(KeyCode.CONTROL, KeyCode.A).write("14:30");
        OffsetDateTime expected = OffsetDateTime.parse("2027-01-15T14:30+01:00");
        AppDriver.waitUntil("embargo saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED
                && expected.isEqual(app.window().editor().storedProperty().get().embargo()));
        try (Library check = TestLibrary.open(library)) {
            assertThat(check.articles().get(article.id()).embargo().toInstant()).isEqualTo(expected.toInstant());
        }

        robot.doubleClickOn("#embargo-time").push(KeyCode.CONTROL, KeyCode.A).write("25:99");
        assertThat(fx(() -> robot.lookup("#embargo-time").query().getStyleClass())).contains("danger");
        assertThat(fx(() -> app.window().editor().embargoProperty().get())).isEqualTo(expected);

        robot.clickOn("#embargo-on");
        AppDriver.waitUntil("embargo lifted", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED
                && app.window().editor().storedProperty().get().embargo() == null);
        assertThat(storedEmbargo()).isNull();
    }
}
