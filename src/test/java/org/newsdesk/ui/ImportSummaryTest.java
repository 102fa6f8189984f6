package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/**
 * A press officer drops a Markdown file without front matter and a saved page with a missing picture on the window:
 * the import summary shows the language detected for each, and the picture left out; she changes one language and
 * imports; the library holds both articles in the languages she chose.
 */
class ImportSummaryTest extends WindowTest {

    @Test
    void theSummaryShowsDetectedLanguagesAndLeftOutPicturesAndALanguageCanBeChangedBeforeStoring() throws Exception {
        Path library = dir.resolve("lib.newsdesk");
        try (Library l = TestLibrary.open(library)) {
            l.articles().create(Article.draft("Already here", Language.ENGLISH, java.time.Instant.EPOCH));
        }
        Path md = Files.writeString(dir.resolve("communique.md"), """
                # Le Conseil ouvre quarante écoles

                Le ministre a inauguré lundi quarante nouvelles écoles dans les villages du nord, et il a promis
                davantage d'enseignants pour la région l'année prochaine.
                """);
        Path page = Files.writeString(dir.resolve("story.html"), """
                <html><head><title>Wells for ten villages | Example News</title></head><body>
                <article><h1>Wells for ten villages</h1>
                <p>The council dug ten new wells this year, and every village in the valley now has clean water close by.</p>
                <img src="story_files/well.jpg" alt="A new well">
                <p>The work took eight months, and the villages themselves chose where each well would go.</p>
                </article></body></html>
                """);
        app = AppDriver.start(dir, library);
        fx(() -> {
            app.window().importPaths(List.of(md, page));
            return null;
        });
        AppDriver.waitUntil("the import summary", () -> robot.lookup("#import-summary").tryQuery().isPresent());
        ComboBox<Language> first = robot.lookup("#import-language-0").queryComboBox();
        ComboBox<Language> second = robot.lookup("#import-language-1").queryComboBox();
        assertThat(fx(first::getValue)).isEqualTo(Language.of("fr"));
        assertThat(fx(second::getValue)).isEqualTo(Language.of("en"));
        assertThat(fx(() -> CutLabels.under(robot.lookup("#import-summary").query())))
                .as("only a long headline may be shortened").allMatch(cut -> cut.startsWith("Le Conseil")
                        || cut.startsWith("Wells for"));
        ListView<String> warnings = robot.lookup("#import-warnings").queryListView();
        assertThat(fx(() -> List.copyOf(warnings.getItems()))).containsExactly(
                "story.html: the picture story_files/well.jpg was left out: the file does not exist.");

        robot.clickOn(second);
        robot.clickOn("Spanish (es)");
        robot.clickOn("Import");
        AppDriver.waitUntil("both articles stored", () -> {
            try (Library l = TestLibrary.open(library)) {
                return l.articles().search(org.newsdesk.model.ArticleFilter.all()).size() == 3;
            } catch (RuntimeException e) {
                return false;
            }
        });
        try (Library l = TestLibrary.open(library)) {
            var all = l.articles().search(org.newsdesk.model.ArticleFilter.all());
            assertThat(all).extracting(h -> h.article().headline() + " " + h.article().language()).contains(
                    "Le Conseil ouvre quarante écoles fr", "Wells for ten villages es");
        }
        robot.push(KeyCode.ESCAPE);
    }
}
