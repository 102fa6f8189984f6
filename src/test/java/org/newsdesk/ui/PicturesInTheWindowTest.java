package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.web.WebView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdesk.image.Sha256;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;
import org.newsdesk.ui.editor.SaveState;

/**
 * A press officer puts a photo in an article through Format › Picture…, captions it in its form, makes it the
 * featured image, and the exported bundle carries it with its smaller copies in a figure.
 */
class PicturesInTheWindowTest extends WindowTest {
    private Path library() {
        return dir.resolve("lib.newsdesk");
    }

    private Article create(Article draft) {
        try (Library library = TestLibrary.open(library())) {
            return library.articles().create(draft);
        }
    }

    private Document body() throws Exception {
        return fx(() -> app.window().editor().current().body());
    }

    @Test
    void theToolbarsPictureButtonInsertsAPicture() throws Exception {
        Article article = create(Article.draft("Toolbar picture", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.ofPlainText("A paragraph.")));
        Path photo = Files.write(dir.resolve("photo.jpg"), TestImages.jpeg(800, 600));
        app = AppDriver.start(dir, library(), article.id());
        fx(() -> {
            app.window().setImagePicker((owner, title, several) -> List.of(photo));
            return null;
        });
        AppDriver.waitUntil("the article open", () -> app.window().editor().storedProperty().get() != null);
        robot.clickOn("#body");
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.clickOn("#tool-picture");
        AppDriver.waitUntil("the figure in the body", () -> {
            try {
                return body().blocks().stream().anyMatch(b -> b.type() == BlockType.IMAGE);
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void insertCaptionFeatureAndExportAPicture() throws Exception {
        Article article = create(Article.draft("Pumps reach Kibera", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.ofPlainText("Twelve schools have water again.")));
        byte[] jpeg = TestImages.withSegment(TestImages.jpeg(2000, 1500), 0xED,
                TestImages.iptc(Map.of(120, "Pupils at the new pump", 80, "J. Doe", 110, "UNICEF"), true));
        Path photo = Files.write(dir.resolve("pump.jpg"), jpeg);
        List<String> asked = new ArrayList<>();
        app = AppDriver.start(dir, library(), article.id());
        fx(() -> {
            app.window().setImagePicker((owner, title, several) -> {
                asked.add(title);
                return List.of(photo);
            });
            return null;
        });

        // Format › Picture… with the caret at the end of the first paragraph
        AppDriver.waitUntil("the article open", () -> app.window().editor().storedProperty().get() != null
                && !robot.lookup("#body").queryAll().isEmpty());
        robot.clickOn("#body");
        robot.push(KeyCode.CONTROL, KeyCode.END);
        clickMenu("Format", "Picture…");
        AppDriver.waitUntil("the figure in the body", () -> {
            try {
                return body().blocks().stream().anyMatch(b -> b.type() == BlockType.IMAGE);
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(asked).containsExactly("Insert pictures");
        Block figure = body().blocks().get(1);
        assertThat(figure.image()).isEqualTo(new ImageRef(Sha256.hex(jpeg), "Pupils at the new pump", "J. Doe / UNICEF",
                "", null)); // pre-filled from the photo's IPTC metadata
        AppDriver.waitUntil("the picture drawn", () -> !robot.lookup(".figure-picture.loaded").queryAll().isEmpty());
        assertThat(robot.lookup(".figure-warning").queryAll()).hasSize(1); // no alt text yet

        // caption it in its form
        Node picture = robot.lookup(".figure-picture").query();
        robot.doubleClickOn(picture, MouseButton.PRIMARY);
        TextField caption = robot.lookup("#image-caption").queryAs(TextField.class);
        assertThat(fx(() -> AccessibleNames.focusable(caption.getScene()))).as("caption, credit, alt, buttons")
                .hasSizeGreaterThan(3);
        assertThat(fx(() -> AccessibleNames.unnamed(caption.getScene())))
                .as("controls of the picture's form a screen reader cannot name").isEmpty();
        fx(() -> {
            caption.clear();
            return null;
        });
        robot.clickOn(caption).write("The new pump at Kibera school");
        robot.clickOn("#image-alt").write("Children fill cans at a blue hand pump");
        robot.clickOn("OK");
        AppDriver.waitUntil("the caption changed", () -> {
            try {
                return body().blocks().get(1).image().caption().equals("The new pump at Kibera school");
            } catch (Exception e) {
                return false;
            }
        });
        AppDriver.waitUntil("the warning gone", () -> robot.lookup(".figure-warning").queryAll().isEmpty());

        // make it the featured image from its context menu
        Node figureNode = robot.lookup(".figure-picture").query();
        robot.rightClickOn(figureNode);
        robot.clickOn("Use as featured image");
        assertThat(fx(() -> app.window().editor().featuredImageProperty().get())).isEqualTo(Sha256.hex(jpeg));
        AppDriver.waitUntil("the featured image described", () -> robot.lookup("#featured-description")
                .queryLabeled().getText().equals("The new pump at Kibera school"));
        assertThat(robot.lookup("#featured-warning").queryLabeled().isVisible()).isFalse();

        // the live preview shows the picture
        AppDriver.waitUntil("the preview shows it", () -> {
            try {
                WebView web = robot.lookup("#preview-web").queryAs(WebView.class);
                Object src = web.getEngine().executeScript(
                        "(function(){var i=document.querySelector('figure img');return i?i.getAttribute('src'):'';})()");
                return src != null && src.toString().startsWith("data:image/jpeg;base64,");
            } catch (Exception e) {
                return false;
            }
        });

        robot.push(KeyCode.CONTROL, KeyCode.S);
        AppDriver.waitUntil("saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED);
        app.quit();
        app = null;

        // the exported bundle carries the picture, its copies and the figure
        Path zip = dir.resolve("bundle.zip");
        try (Library library = TestLibrary.open(library())) {
            Article saved = library.articles().get(article.id());
            assertThat(saved.featuredImage()).isEqualTo(Sha256.hex(jpeg));
            library.exports().export(new ExportRequest(ExportSelection.ofIds(List.of(article.id())), ExportFormat.BUNDLE,
                    zip, false));
        }
        Map<String, byte[]> entries = Zips.read(zip);
        String images = "articles/pumps-reach-kibera/images/" + Sha256.hex(jpeg);
        assertThat(entries.get(images + ".jpg")).isEqualTo(jpeg);
        assertThat(entries).containsKeys(images + "-1600.jpg", images + "-800.jpg", images + "-400.jpg");
        Element img = Jsoup.parse(new String(entries.get("articles/pumps-reach-kibera/index.html"), StandardCharsets.UTF_8))
                .selectFirst("figure img");
        assertThat(img.attr("alt")).isEqualTo("Children fill cans at a blue hand pump");
        assertThat(img.attr("srcset")).contains("-400.jpg 400w");
        assertThat(img.parent().selectFirst("figcaption").text()).isEqualTo("The new pump at Kibera school J. Doe / UNICEF");
    }

    @Test
    void aBadPictureGetsOneSentenceAndLeavesTheBodyAlone() throws Exception {
        Article article = create(Article.draft("No pictures", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.ofPlainText("Text.")));
        Path svg = Files.writeString(dir.resolve("chart.svg"), "<svg><script>alert(1)</script></svg>");
        app = AppDriver.start(dir, library(), article.id());
        fx(() -> {
            app.window().setImagePicker((owner, title, several) -> List.of(svg));
            return null;
        });
        AppDriver.waitUntil("the article open", () -> app.window().editor().storedProperty().get() != null
                && !robot.lookup("#body").queryAll().isEmpty());
        robot.clickOn("#body");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        AppDriver.waitUntil("the refusal shown", () -> robot.lookup("#notice").queryLabeled().getText()
                .contains("chart.svg is an SVG drawing"));
        assertThat(body()).isEqualTo(Document.ofPlainText("Text."));
    }

    /** Opens a menu of the menu bar and clicks one of its items, as a person would. */
    private void clickMenu(String menu, String item) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Node title = robot.from(bar).lookup((Node n) -> n instanceof javafx.scene.control.Labeled labeled
                && labeled.getText() != null && labeled.getText().replace("_", "").equals(menu)).query();
        robot.clickOn(title);
        robot.clickOn(item);
    }
}
