package org.newsdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The words a window shows a person, gathered from its scene graph (on the FX thread): labels, buttons, menu
 * items, tab titles, prompt texts, tooltips, loose text nodes, the title. What a person typed (text fields, the
 * editor's paragraphs) is left out: that is the article, not the interface.
 */
final class ShownTexts {
    /** One shown text and where it was found. */
    record Shown(String text, String where) {
    }

    private final List<Shown> found = new ArrayList<>();

    static List<Shown> of(Window window) {
        ShownTexts texts = new ShownTexts();
        if (window instanceof Stage stage && stage.getTitle() != null) {
            texts.add(stage.getTitle(), "window title");
        }
        if (window.getScene() != null) {
            texts.walk(window.getScene().getRoot());
        }
        return texts.found;
    }

    private void walk(Node node) {
        if (!node.isVisible() || node instanceof TextInputControl input && addPrompt(input)
                || node instanceof GenericStyledArea<?, ?, ?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            add(labeled.getText(), describe(node));
        } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)
                && !insideLabeledSkin(node)) {
            add(text.getText(), describe(node));
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(control.getTooltip().getText(), "tooltip of " + describe(node));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> add(t.getText(), "tab of " + describe(node)));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(this::menu);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::walk);
        }
    }

    private void menu(MenuItem item) {
        add(item.getText(), "menu item");
        if (item instanceof Menu menu) {
            menu.getItems().forEach(this::menu);
        }
    }

    /** A text field's prompt counts; what is typed in it does not. Always true: its inside is not walked. */
    private boolean addPrompt(TextInputControl input) {
        add(input.getPromptText(), "prompt of " + describe(input));
        if (input.getTooltip() != null) {
            add(input.getTooltip().getText(), "tooltip of " + describe(input));
        }
        return true;
    }

    /** The Text a label's skin draws is the label's own text, already counted. */
    private static boolean insideLabeledSkin(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled || n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void add(String text, String where) {
        if (text != null && !text.isBlank()) {
            found.add(new Shown(text.strip(), where));
        }
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        for (Node n = node.getParent(); n != null && path.length() < 160; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                break;
            }
        }
        return path.toString();
    }
}
