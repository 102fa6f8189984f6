package org.newsdesk.ui.window;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small helpers to build menus tersely: a label, an optional shortcut and icon, an action. */
final class MenuBuilder {
    private final Menu menu;

    MenuBuilder(String title) {
        menu = new Menu(title);
    }

    MenuBuilder item(String label, String shortcut, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(e -> action.run());
        item.setId("menu-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", ""));
        menu.getItems().add(item);
        return this;
    }

    MenuBuilder item(String label, String shortcut, Runnable action) {
        return item(label, shortcut, null, action);
    }

    MenuBuilder add(MenuItem item) {
        menu.getItems().add(item);
        return this;
    }

    MenuBuilder separator() {
        menu.getItems().add(new SeparatorMenuItem());
        return this;
    }

    Menu build() {
        return menu;
    }
}
