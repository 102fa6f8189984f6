package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window without a mouse: Tab and Shift+Tab walk its controls in reading order and come round again without
 * getting stuck, and F10 opens the menu bar, whose arrows reach every command, even those without a shortcut.
 */
class KeyboardWalkTest extends WindowTest {
    private static final int MAX_STEPS = 80;

    @Test
    void tabWalksLibraryEditorAndSidePanelAndComesRoundAgain() throws Exception {
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
        robot.write("Minister opens festival");
        robot.clickOn("#body").write("Three days of music.");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        AppDriver.waitUntil("search focused", () -> "library-search".equals(place(
                robot.lookup("#main-split").query().getScene().getFocusOwner())));

        List<String> forward = walk(KeyCode.TAB);
        System.out.println("Tab: " + forward);
        assertThat(forward).as("Tab from the search field, until it comes back")
                .contains("library-list", "headline", "body", "side-panel")
                .last().isEqualTo("library-search");
        assertThat(forward.indexOf("library-list")).as("the list before the editor").isLessThan(forward.indexOf("headline"));
        assertThat(forward.indexOf("headline")).as("the headline before the body").isLessThan(forward.indexOf("body"));
        assertThat(forward.indexOf("body")).as("the body before the side panel").isLessThan(forward.indexOf("side-panel"));

        List<String> backward = walk(KeyCode.SHIFT, KeyCode.TAB);
        System.out.println("Shift+Tab: " + backward);
        assertThat(backward).as("Shift+Tab from the search field, until it comes back")
                .contains("side-panel", "body", "headline", "library-list")
                .last().isEqualTo("library-search");
        assertThat(backward.indexOf("body")).as("backwards, the body before the headline")
                .isLessThan(backward.indexOf("headline"));
    }

    @Test
    void f10OpensTheMenuBarAndTheArrowsReachACommandWithoutAShortcut() throws Exception {
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"));
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        robot.push(KeyCode.F10); // the menu bar takes the keyboard: File is chosen, Down opens it
        robot.push(KeyCode.DOWN);
        AppDriver.waitUntil("File menu open", () -> bar.getMenus().get(0).isShowing());
        Menu tools = fx(() -> bar.getMenus().stream().filter(m -> "menu-tools".equals(m.getId())).findFirst().orElseThrow());
        for (int i = 0; i < bar.getMenus().size() && !fx(tools::isShowing); i++) {
            robot.push(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(fx(tools::isShowing)).as("Tools reached with the Right arrow").isTrue();
        for (int i = 0; i < 10 && !fx(() -> focusedMenuItem("menu-tags")); i++) {
            robot.push(KeyCode.DOWN); // Tools › Tags… has no shortcut
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(fx(() -> focusedMenuItem("menu-tags"))).as("Tools › Tags… reached with the Down arrow").isTrue();
        List<Window> before = fx(() -> List.copyOf(Window.getWindows()));
        robot.push(KeyCode.ENTER);
        AppDriver.waitUntil("the tag manager", () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && !before.contains(w) && w.getScene() != null
                        && w.getScene().lookup("#tag-table") != null));
        robot.push(KeyCode.ESCAPE);
        AppDriver.waitUntil("tag manager closed", () -> Window.getWindows().stream()
                .noneMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#tag-table") != null));
    }

    /** True when the open menu's item {@code id} has the keyboard. */
    private static boolean focusedMenuItem(String id) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow)
                .flatMap(w -> ((javafx.stage.PopupWindow) w).getScene().getRoot().lookupAll("#" + id).stream())
                .anyMatch(n -> n.isFocused() || n.getPseudoClassStates().contains(
                        javafx.css.PseudoClass.getPseudoClass("focused")));
    }

    /** Presses {@code keys} until the focus is back where it started; the places (ids) it went through. */
    private List<String> walk(KeyCode... keys) throws Exception {
        String start = focusedPlace();
        List<String> places = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            if (places.isEmpty() || !places.get(places.size() - 1).equals("body")) {
                robot.push(keys);
            } else { // Tab indents in the body, as in a word processor: Ctrl+Tab leaves it, as its help says
                KeyCode[] withControl = java.util.Arrays.copyOf(keys, keys.length + 1, KeyCode[].class);
                System.arraycopy(keys, 0, withControl, 1, keys.length);
                withControl[0] = KeyCode.CONTROL;
                robot.push(withControl);
            }
            WaitForAsyncUtils.waitForFxEvents();
            String place = focusedPlace();
            places.add(place);
            if (place.equals(start)) {
                return places;
            }
        }
        throw new AssertionError("The focus did not come back to " + start + " within " + MAX_STEPS
                + " key presses: " + places);
    }

    /** The id of the focused node, or of its nearest ancestor with one, so the side panel's tabs count as it. */
    private String focusedPlace() throws Exception {
        return fx(() -> place(robot.lookup("#main-split").query().getScene().getFocusOwner()));
    }

    private static String place(Node focused) {
            for (Node n = focused; n != null; n = n.getParent()) {
                if ("side-panel".equals(n.getId())) {
                    return "side-panel";
                }
            }
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return String.valueOf(focused);
    }
}
