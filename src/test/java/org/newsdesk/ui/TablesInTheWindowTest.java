package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Table;
import org.newsdesk.ui.editor.SaveState;

/**
 * A press officer puts a table in a release with Format › Table's shortcut, fills it in with Tab, adds rows with Tab and with
 * the cell's context menu, undoes and redoes, saves, starts again, finds the release by a word of a cell and sees
 * the same table.
 */
class TablesInTheWindowTest extends WindowTest {
    @Test
    void typeIntoATableWithTabAddRowsUndoSaveReopenAndFindIt() throws Exception {
        Path library = dir.resolve("lib.newsdesk");
        app = AppDriver.start(dir, library);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
        robot.write("Heritage classes open in four cities");
        robot.clickOn("#body").write("Visits this spring:");
        robot.push(KeyCode.CONTROL, KeyCode.F12);                // Format › Table
        waitForCellEditor();
        robot.write("City").push(KeyCode.TAB).write("Classes").push(KeyCode.TAB).write("Date").push(KeyCode.TAB);
        robot.write("Tangier").push(KeyCode.TAB).write("12").push(KeyCode.TAB).write("4 April").push(KeyCode.TAB);
        robot.write("Fes").push(KeyCode.TAB).write("8").push(KeyCode.TAB).write("11 April");
        robot.push(KeyCode.TAB);                                   // Tab in the last cell adds a row
        waitForCellEditor();
        robot.write("Rabat").push(KeyCode.TAB).write("5");
        robot.push(KeyCode.SHIFT, KeyCode.TAB).push(KeyCode.SHIFT, KeyCode.TAB);
        robot.write(" (north)");                                   // Shift+Tab went back to "11 April"
        robot.rightClickOn(cellShowing("Tangier"));
        robot.clickOn("Insert row below");
        waitForCellEditor();
        robot.write("Meknes").push(KeyCode.ESCAPE);                // back to the body
        List<List<String>> expected = List.of(List.of("City", "Classes", "Date"), List.of("Tangier", "12", "4 April"),
                List.of("Meknes", "", ""), List.of("Fes", "8", "11 April (north)"), List.of("Rabat", "5", ""));
        assertThat(cells(table(fx(() -> app.window().editor().current())))).isEqualTo(expected);

        robot.push(KeyCode.CONTROL, KeyCode.Z);                    // the typing in the new row
        robot.push(KeyCode.CONTROL, KeyCode.Z);                    // the new row itself
        assertThat(table(fx(() -> app.window().editor().current())).rowCount()).isEqualTo(4);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(cells(table(fx(() -> app.window().editor().current())))).isEqualTo(expected);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        AppDriver.waitUntil("saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED);
        Article saved = fx(() -> app.window().editor().storedProperty().get());
        assertThat(cells(table(saved))).isEqualTo(expected);
        assertThat(table(saved).headerRow()).isTrue();
        app.quit();

        app = AppDriver.start(dir, library);
        robot.clickOn("#library-search").write("Meknes");     // a word only a cell holds
        AppDriver.waitUntil("found", () -> app.window().libraryModel().results().size() == 1);
        robot.push(KeyCode.DOWN);
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(saved.id()));
        assertThat(cells(table(fx(() -> app.window().editor().current())))).isEqualTo(expected);
        AppDriver.waitUntil("the grid shows the cells", () -> robot.lookup(".table-cell-text").queryAll().stream()
                .anyMatch(n -> textOf(n).equals("Meknes")));
    }

    /** Format › Table's shortcut once clashed with Article › Translate…: every menu shortcut does one thing. */
    @Test
    void noTwoMenuItemsShareAShortcut() throws Exception {
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        AppDriver.waitUntil("the Article menu with Translate…", () -> menuShortcuts().containsKey("Translate…"));
        Map<String, List<String>> items = fx(this::menuShortcuts);
        assertThat(items).containsKeys("Table", "Translate…", "Dark theme", "Bold");
        Map<KeyCombination, List<String>> byKey = new HashMap<>();
        items.forEach((item, keys) -> keys.forEach(k -> byKey.computeIfAbsent(KeyCombination.valueOf(k), x -> new ArrayList<>()).add(item)));
        assertThat(byKey).allSatisfy((key, names) -> assertThat(names).as(key.getName()).hasSize(1));
        assertThat(items.get("Table")).containsExactly(new KeyCodeCombination(KeyCode.F12, KeyCombination.SHORTCUT_DOWN).getName());
    }

    /** Every menu item of the menu bar that has a shortcut, by its text (mnemonic marks removed); on the FX thread. */
    private Map<String, List<String>> menuShortcuts() {
        Map<String, List<String>> out = new TreeMap<>();
        for (MenuBar bar : robot.lookup(".menu-bar").queryAllAs(MenuBar.class)) {
            for (Menu menu : bar.getMenus()) {
                collect(menu, out);
            }
        }
        return out;
    }

    private static void collect(Menu menu, Map<String, List<String>> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.computeIfAbsent(item.getText().replace("_", ""), k -> new ArrayList<>()).add(item.getAccelerator().getName());
            }
        }
    }

    private void waitForCellEditor() throws Exception {
        AppDriver.waitUntil("a cell being edited", () -> robot.lookup("#table-cell-editor").tryQuery()
                .map(Node::isFocused).orElse(false));
    }

    private Node cellShowing(String text) {
        return robot.lookup(".table-cell-text").queryAll().stream().filter(n -> textOf(n).equals(text)).findFirst()
                .orElseThrow();
    }

    private static String textOf(Node flow) {
        StringBuilder sb = new StringBuilder();
        for (Node child : ((javafx.scene.Parent) flow).getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    private static Table table(Article article) {
        return article.body().blocks().stream().filter(b -> b.type() == BlockType.TABLE).map(Block::table)
                .findFirst().orElseThrow();
    }

    private static List<List<String>> cells(Table table) {
        return table.rows().stream().map(row -> row.stream().map(c -> c.text()).toList()).toList();
    }

    @SuppressWarnings("unused")
    private TextField editor() {
        return robot.lookup("#table-cell-editor").queryAs(TextField.class);
    }
}
