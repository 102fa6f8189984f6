package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/** File ▸ Export as a person uses it: choose, export, see the result; cancel a long one and find nothing. */
class ExportDialogTest extends WindowTest {
    private String message() throws Exception {
        return fx(() -> robot.lookup("#export-message").queryAs(Label.class).getText());
    }

    @Test
    void exportsTheOpenArticleAsAnHtmlPage() throws Exception {
        Article article;
        try (Library lib = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            article = lib.articles().create(Article.draft("Bridge <reopens>", Language.ENGLISH, Instant.EPOCH)
                    .withBody(Document.ofPlainText("Traffic flows again.")));
        }
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"), article.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppDriver.waitUntil("dialog", () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Path out = dir.resolve("out").resolve("bridge.html");
        Files.createDirectories(out.getParent());
        robot.clickOn("#export-destination").write(out.toString());
        robot.clickOn("#export-start");
        AppDriver.waitUntil("exported", () -> {
            try {
                return message().startsWith("Exported 1 article");
            } catch (Exception e) {
                return false;
            }
        });
        String html = Files.readString(out);
        assertThat(html).contains("<h1>Bridge &lt;reopens&gt;</h1>").contains("Traffic flows again.");
        robot.clickOn("#export-close");
    }

    @Test
    void cancellingALongBundleExportLeavesNoFile() throws Exception {
        try (Library lib = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            List<Path> many = new ArrayList<>();
            String body = "Words of a long release about culture and schools. ".repeat(80);
            Path sources = Files.createDirectories(dir.resolve("sources"));
            for (int i = 0; i < 4000; i++) {
                many.add(Files.writeString(sources.resolve("release-" + i + ".md"), "# Release number " + i + "\n\n" + body));
            }
            lib.imports().importFiles(many, Language.ENGLISH); // one transaction
        }
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        AppDriver.waitUntil("listed", () -> app.window().libraryModel().results().size() == 4000);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppDriver.waitUntil("dialog", () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.clickOn("#export-everything");
        robot.clickOn("#export-format").clickOn("Upload bundle (.zip)");
        Path zip = dir.resolve("out").resolve("all.zip");
        Files.createDirectories(zip.getParent());
        robot.clickOn("#export-destination").write(zip.toString());
        robot.clickOn("#export-start");
        AppDriver.waitUntil("progress shown", () -> robot.lookup("#export-progress").queryAs(ProgressBar.class)
                .isVisible());
        robot.clickOn("#export-close"); // says "Cancel" while running
        AppDriver.waitUntil("cancelled", () -> {
            try {
                return message().contains("cancelled");
            } catch (Exception e) {
                return false;
            }
        });
        try (Stream<Path> left = Files.list(zip.getParent())) {
            assertThat(left).isEmpty();
        }
        robot.clickOn("#export-close");
    }
}
