package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader names every control a person can Tab to: in the main window (each tab of the side panel, the find
 * and replace bar, the details unfolded) and in every dialog the menus open, each opened by its shortcut or menu as
 * a person does and closed again.
 */
class AccessibleNamesTest extends WindowTest {
    /** Where each control without a name was found, the place first. */
    private final Map<String, List<String>> unnamed = new LinkedHashMap<>();

    @Test
    void everyControlOfTheWindowAndItsDialogsHasAName() throws Exception {
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
        robot.write("Minister opens festival");
        robot.clickOn("#body").write("Three days of music.");
        openDetails();
        robot.push(KeyCode.CONTROL, KeyCode.H); // the find bar with its replace row
        WaitForAsyncUtils.waitForFxEvents();
        scanMain("main window, find and replace bar");
        for (String id : List.of("#library-search", "#library-list", "#body", "#details-toggle", "#side-panel",
                "#library-list .status-badge")) {
            assertThat(fx(() -> robot.lookup(id).query().getAccessibleHelp())).as("help of " + id).isNotBlank();
        }

        TabPane side = robot.lookup("#side-panel").queryAs(TabPane.class);
        Node first = fx(() -> side.lookupAll(".tab").stream()
                .filter(n -> n.getProperties().get(Tab.class) == side.getTabs().get(0)).findFirst().orElseThrow());
        robot.clickOn(first); // then Ctrl+Tab through the tabs, as the side panel's help says
        for (int i = 0; i < fx(() -> side.getTabs().size()); i++) {
            if (i > 0) {
                robot.push(KeyCode.CONTROL, KeyCode.TAB);
            }
            int index = i;
            AppDriver.waitUntil("tab " + i, () -> side.getSelectionModel().getSelectedIndex() == index);
            WaitForAsyncUtils.waitForFxEvents();
            scanMain("side panel tab \"" + fx(() -> side.getSelectionModel().getSelectedItem().getText()) + "\"");
        }

        dialog("Tools › Settings (Ctrl+,)", () -> robot.push(KeyCode.CONTROL, KeyCode.COMMA));
        dialog("Help › Keyboard shortcuts (F1)", () -> robot.push(KeyCode.F1));
        dialog("File › Export (Ctrl+E)", () -> robot.push(KeyCode.CONTROL, KeyCode.E));
        dialog("Format › Link (Ctrl+K)", () -> {
            robot.clickOn("#body");
            robot.push(KeyCode.CONTROL, KeyCode.K);
        });
        dialog("Review › Comment (Ctrl+Alt+M)", () -> {
            robot.clickOn("#body").push(KeyCode.CONTROL, KeyCode.A);
            robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M);
        });
        dialog("Tools › Tags", () -> robot.clickOn("Tools").clickOn("#menu-tags"));
        dialog("Tools › Profile", () -> robot.clickOn("Tools").clickOn("#menu-profile"));
        dialog("File › Trash", () -> robot.clickOn("File").clickOn("#menu-trash"));
        dialog("File › Join team library", () -> robot.clickOn("File").clickOn("#menu-join-team"));
        dialog("Help › About", () -> robot.clickOn("Help").clickOn("#menu-about-newsdesk"));

        dialog("Article › Translate (Ctrl+Alt+T: which language?)",
                () -> robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T));
        java.util.UUID source = fx(() -> app.window().editor().storedProperty().get().id());
        app.window().editor().flush().get(10, java.util.concurrent.TimeUnit.SECONDS);
        java.util.UUID translation;
        try (org.newsdesk.service.Library other = org.newsdesk.testing.TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            translation = other.translations().translate(source, org.newsdesk.model.Language.of("fr")).id();
        }
        dialog("Article › Side by side with the source", () -> javafx.application.Platform.runLater(
                () -> app.window().translations().openSideBySide(translation)));

        assertThat(unnamed).as("controls a screen reader cannot name (add an accessibleText from the bundles)")
                .isEmpty();
    }

    private void scanMain(String where) throws Exception {
        record(where, fx(() -> AccessibleNames.unnamed(mainScene())));
    }

    private Scene mainScene() {
        return robot.lookup("#main-split").query().getScene();
    }

    /** Opens a dialog as a person does, checks its controls, and closes it with Escape. */
    private void dialog(String where, Runnable open) throws Exception {
        List<Window> before = fx(() -> List.copyOf(Window.getWindows()));
        open.run();
        AppDriver.waitUntil(where + " opened", () -> newWindow(before) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = fx(() -> newWindow(before));
        record(where, fx(() -> AccessibleNames.unnamed(dialog.getScene())));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (fx(dialog::isShowing)) {
            fx(() -> {
                dialog.hide();
                return null;
            });
        }
        AppDriver.waitUntil(where + " closed", () -> !dialog.isShowing());
    }

    private static Window newWindow(List<Window> before) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && !before.contains(w) && !(w instanceof PopupWindow) && w instanceof Stage) {
                return w;
            }
        }
        return null;
    }

    private void record(String where, List<String> found) {
        for (String control : found) {
            if (unnamed.values().stream().noneMatch(list -> list.contains(control))) { // each once, where first seen
                unnamed.computeIfAbsent(where, k -> new ArrayList<>()).add(control);
            }
        }
    }
}
