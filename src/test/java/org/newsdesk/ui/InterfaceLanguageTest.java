package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Digits;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.window.MainWindow;

/**
 * The window in Arabic is mirrored (the library on the right of the editor, the menus from right to left) while an
 * English article still reads left to right; switching language keeps the open article; French fits its labels.
 */
class InterfaceLanguageTest extends WindowTest {
    private Article article;

    private Path library() {
        Path library = dir.resolve("lib.newsdesk");
        try (Library setup = TestLibrary.open(library)) {
            article = setup.articles().create(Article.draft("Results at noon", Language.ENGLISH, Instant.EPOCH));
        }
        return library;
    }

    private Bounds inScene(String selector) throws Exception {
        return fx(() -> {
            Node n = robot.lookup(selector).query();
            return n.localToScene(n.getLayoutBounds());
        });
    }

    @Test
    void switchingToArabicMirrorsTheWindowAndKeepsTheArticle() throws Exception {
        app = AppDriver.start(dir, library(), article.id());
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        assertThat(inScene("#library-list").getMinX()).isLessThan(inScene("#headline").getMinX());
        MainWindow english = app.window();

        robot.interact(() -> english.switchLanguage(UiLanguage.ARABIC, Digits.ARABIC_INDIC));
        AppDriver.waitUntil("Arabic window", () -> app.currentWindow() != null && app.currentWindow() != english
                && app.currentWindow().editor().storedProperty().get() != null);

        assertThat(fx(() -> app.window().messages().language())).isEqualTo(UiLanguage.ARABIC);
        assertThat(fx(() -> app.window().editor().storedProperty().get().id())).isEqualTo(article.id());
        assertThat(fx(() -> robot.lookup("#library-list").query().getScene().getEffectiveNodeOrientation()))
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // the library sits on the right of the editor
        assertThat(inScene("#library-list").getMinX()).isGreaterThan(inScene("#headline").getMaxX());
        // the menu bar reads right to left: File (ملف) is right of Edit (تحرير)
        List<Double> menuX = fx(() -> {
            MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
            return bar.lookupAll(".menu").stream().filter(Node::isVisible)
                    .map(n -> n.localToScene(n.getLayoutBounds()).getMinX()).toList();
        });
        assertThat(menuX).hasSizeGreaterThan(2);
        assertThat(menuX.get(0)).isGreaterThan(menuX.get(1));
        assertThat(fx(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText()))
                .isEqualTo("ملف");
        // the English article keeps its own direction in the mirrored window
        assertThat(fx(() -> robot.lookup("#headline").query().getEffectiveNodeOrientation()))
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);

        // Arabic words are drawn in the one font that also has their marks, in the window and in its menus
        assertThat(fx(() -> notInTheArabicFont(robot.lookup("#library-list").query().getScene().getRoot())))
                .as("Arabic labels of the window in another font").isEmpty();
        robot.clickOn("ملف");
        AppDriver.waitUntil("the File menu open", () -> !robot.lookup(".context-menu").queryAll().isEmpty());
        List<String> inMenus = fx(() -> robot.lookup(".context-menu").queryAll().stream()
                .flatMap(menu -> notInTheArabicFont(menu).stream()).toList());
        assertThat(fx(() -> robot.lookup(".context-menu .label").queryAll().size())).isGreaterThan(5);
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(inMenus).as("Arabic menu items in another font").isEmpty();
    }

    /** The labels and texts under {@code root} that hold Arabic letters in another font than the interface's. */
    private static List<String> notInTheArabicFont(Node root) {
        List<String> found = new java.util.ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.getId() != null && n.getId().equals("body")) {
                continue; // the article's body lays Arabic out word by word with its own fonts (body-editor.css)
            }
            String text = n instanceof javafx.scene.control.Labeled l ? l.getText()
                    : n instanceof javafx.scene.text.Text t ? t.getText() : null;
            javafx.scene.text.Font font = n instanceof javafx.scene.control.Labeled l ? l.getFont()
                    : n instanceof javafx.scene.text.Text t ? t.getFont() : null;
            if (text != null && n.isVisible() && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.ARABIC) && !font.getFamily().equals(
                    org.newsdesk.ui.common.InterfaceDirection.ARABIC_FONT)) {
                found.add("\"" + text + "\" in " + font.getFamily());
            }
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return found;
    }

    @Test
    void theFrenchWindowShowsItsLabelsWhole() throws Exception {
        app = AppDriver.startIn(dir, library(), article.id(), "fr");
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        openDetails();
        assertThat(fx(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText()))
                .isEqualTo("_Fichier");
        // a label drawn shortened ends in an ellipsis (a mnemonic's underscore or a graphic-only button is not a cut)
        List<String> cut = fx(() -> CutLabels.under(robot.lookup("#menu-bar").query().getScene().getRoot()))
                .stream().filter(s -> s.endsWith("…") || s.endsWith("...")).toList();
        assertThat(cut).isEmpty();
    }
}
