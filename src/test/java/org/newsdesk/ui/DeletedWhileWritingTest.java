package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/**
 * The article being written is deleted for good elsewhere (a colleague's emptied trash arriving by sync, another
 * window emptying the trash): the next save keeps what was typed as a new draft, open in the editor, and says so.
 */
class DeletedWhileWritingTest extends WindowTest {

    @Test
    void whatWasTypedIsKeptAsANewDraftWhenTheArticleIsDeletedForGoodElsewhere() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article article;
        try (Library setup = TestLibrary.open(file)) {
            article = setup.articles().create(Article.draft("Festival programme", Language.ENGLISH, Instant.EPOCH));
        }
        app = AppDriver.start(dir, file, article.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);

        try (Library elsewhere = TestLibrary.open(file)) { // a second connection, as another window or a sync
            elsewhere.articles().trash(article.id());
            assertThat(elsewhere.articles().emptyTrash()).isEqualTo(1);
        }
        robot.clickOn("#headline").type(javafx.scene.input.KeyCode.END).write(" announced");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);

        AppDriver.waitUntil("kept as a new draft", () -> {
            Article open = app.window().editor().storedProperty().get();
            return open != null && !open.id().equals(article.id());
        });
        assertThat(fx(() -> robot.lookup("#save-state").queryAs(Label.class).getText()))
                .contains("deleted for good elsewhere").contains("new draft");
        try (Library reopened = TestLibrary.open(file)) {
            List<SearchHit> hits = reopened.articles().search(ArticleFilter.text("announced"));
            assertThat(hits).singleElement().satisfies(h ->
                    assertThat(h.article().headline()).isEqualTo("Festival programme announced"));
        }
    }
}
