package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/**
 * In an Arabic window, linking a second French article into a set that has one is refused by the translation service
 * with its sentence in Arabic (the language named in Arabic), in the notice area; nothing is linked.
 */
class LinkRefusalInArabicTest extends WindowTest {

    @Test
    void theServicesRefusalIsShownInArabic() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article english;
        Article french;
        Article otherFrench;
        try (Library setup = TestLibrary.open(file)) {
            english = setup.articles().create(Article.draft("Heritage classes open", Language.ENGLISH, Instant.EPOCH));
            french = setup.articles().create(Article.draft("Les classes du patrimoine ouvrent", Language.of("fr"),
                    Instant.EPOCH));
            otherFrench = setup.articles().create(Article.draft("Passerelle vers les lycées", Language.of("fr"),
                    Instant.EPOCH));
            setup.translations().link(english.id(), List.of(french.id()));
        }
        app = AppDriver.startIn(dir, file, english.id(), "ar");
        AppDriver.waitUntil("English article open", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(english.id()));
        fx(() -> {
            TabPane side = (TabPane) robot.lookup("#side-panel").query();
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> "tab-translations".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        AppDriver.waitUntil("Translations tab shown", () -> robot.lookup("#translations-link").tryQuery()
                .map(Node::isVisible).orElse(false));

        robot.clickOn("#headline");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        AppDriver.waitUntil("link dialog", () -> robot.lookup("#link-search").tryQuery().isPresent());
        AppDriver.waitUntil("the free French article listed", () -> candidates().equals(List.of(otherFrench.id())));
        robot.clickOn(fx(() -> candidateCell(otherFrench.id())));
        robot.clickOn("#link-confirm");

        String refusal = "في المجموعة مقالة باللغة الفرنسية من قبل (" + french.id() + ")، فلا يمكن أن تنضم إليها "
                + otherFrench.id() + ". لم يُربط شيء.";
        AppDriver.waitUntil("the refusal in Arabic in the notice area",
                () -> refusal.equals(((Label) robot.lookup("#notice").query()).getText()));
        app.quit();
        app = null;
        try (Library after = TestLibrary.open(file)) {
            assertThat(after.translations().set(otherFrench.id()).isShared()).as("nothing was linked").isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> candidates() {
        return robot.lookup("#link-candidates").tryQuery()
                .map(n -> ((ListView<ArticleSummary>) n).getItems().stream().map(ArticleSummary::id).toList())
                .orElse(List.of());
    }

    private Node candidateCell(UUID id) {
        return robot.lookup(".link-candidate").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof ArticleSummary a && a.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + id));
    }
}
