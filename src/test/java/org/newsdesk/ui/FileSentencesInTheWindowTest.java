package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.TextRun;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/**
 * In a French or an Arabic window, what an import left out and what an export's pages lack are said in that
 * language: the import summary lists the picture left out, the export dialog the vague link.
 */
class FileSentencesInTheWindowTest extends WindowTest {
    private static final String NBSP = "\u00a0";

    @Test
    void aFrenchWindowsImportSummarySaysWhichPictureWasLeftOutInFrench() throws Exception {
        Path library = dir.resolve("lib.newsdesk");
        try (Library l = TestLibrary.open(library)) {
            l.articles().create(Article.draft("Déjà là", Language.of("fr"), Instant.EPOCH));
        }
        Path page = Files.writeString(dir.resolve("story.html"), """
                <html><head><title>Wells for ten villages | Example News</title></head><body>
                <article><h1>Wells for ten villages</h1>
                <p>The council dug ten new wells this year, and every village in the valley now has clean water close by.</p>
                <img src="story_files/well.jpg" alt="A new well">
                <p>The work took eight months, and the villages themselves chose where each well would go.</p>
                </article></body></html>
                """);
        app = AppDriver.startIn(dir, library, null, "fr");
        fx(() -> {
            app.window().importPaths(List.of(page));
            return null;
        });
        AppDriver.waitUntil("the import summary", () -> robot.lookup("#import-summary").tryQuery().isPresent());
        ListView<String> warnings = robot.lookup("#import-warnings").queryListView();
        assertThat(fx(() -> List.copyOf(warnings.getItems()))).containsExactly("story.html" + NBSP
                + ": l’image story_files/well.jpg a été laissée de côté" + NBSP + ": le fichier n’existe pas.");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void anArabicWindowsExportDialogSaysWhatThePageLacksInArabic() throws Exception {
        Article article;
        try (Library lib = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            article = lib.articles().create(Article.draft("Report", Language.ENGLISH, Instant.EPOCH)
                    .withBody(Document.of(Block.paragraph(TextRun.plain("The council's report is "),
                            TextRun.link("here", "https://example.org/r"), TextRun.plain(".")))));
        }
        app = AppDriver.startIn(dir, dir.resolve("lib.newsdesk"), article.id(), "ar");
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        AppDriver.waitUntil("dialog", () -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Path out = dir.resolve("out").resolve("report.html");
        Files.createDirectories(out.getParent());
        robot.clickOn("#export-destination").write(out.toString());
        robot.clickOn("#export-start");
        AppDriver.waitUntil("exported", () -> Files.exists(out) && message().contains("«Report»"));
        assertThat(message()).contains("«Report»: الرابط «here» لا يقول إلى أين يقود؛ وقارئ الشاشة الذي يسرد روابط"
                + " الصفحة يقرؤه منفردًا. اجعل كلمات الرابط تسمّي وجهته.");
        robot.clickOn("#export-close");
    }

    private String message() {
        try {
            return fx(() -> robot.lookup("#export-message").queryAs(Label.class).getText());
        } catch (Exception e) {
            return "";
        }
    }
}
