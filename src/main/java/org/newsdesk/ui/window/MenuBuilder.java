package org.newsdesk.ui.window;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.i18n.Messages;

/**
 * Small helpers to build menus tersely: a label's bundle key, an optional shortcut and icon, an action. Ids come
 * from the English label ("menu-new-article") whatever the interface speaks, so tests and scripts find items.
 */
final class MenuBuilder {
    private final Menu menu;
    private final Messages t;

    MenuBuilder(Messages t, String titleKey) {
        this.t = t;
        menu = new Menu(t.get(titleKey));
        menu.setId(idFor(titleKey));
    }

    /** The id an item labelled by {@code key} gets: its English label in lower case, words joined by dashes. */
    static String idFor(String key) {
        return "menu-" + Messages.english().get(key).replace("_", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    MenuBuilder item(String key, String shortcut, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(t.get(key));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        if (icon != null) {
            item.setGraphic(org.newsdesk.ui.common.Icons.of(icon, t));
        }
        item.setOnAction(e -> action.run());
        item.setId(idFor(key));
        menu.getItems().add(item);
        return this;
    }

    MenuBuilder item(String key, String shortcut, Runnable action) {
        return item(key, shortcut, null, action);
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
