package org.newsdesk.ui.spelling;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.newsdesk.model.Mistake;

/** The context menu of a flagged word: up to five suggestions, "Add to dictionary", "Ignore". */
final class SpellingMenu {

    /** What the menu's items do to the flagged word. */
    interface Actions {
        void replace(String with);

        void addToDictionary();

        void ignore();
    }

    private SpellingMenu() {
    }

    static ContextMenu build(org.newsdesk.i18n.Messages t, Mistake mistake, Actions actions) {
        List<MenuItem> items = new ArrayList<>();
        String said = t.text(mistake.message());
        if (!said.isEmpty() && mistake.kind() != Mistake.Kind.SPELLING) {
            MenuItem message = new MenuItem(said);
            message.setDisable(true);
            message.setId("spelling-message");
            items.add(message);
        }
        for (int i = 0; i < mistake.suggestions().size(); i++) {
            String suggestion = mistake.suggestions().get(i);
            MenuItem item = new MenuItem(mistake.kind() == Mistake.Kind.NAME
                    ? t.get("spelling.agreedName", suggestion) : suggestion);
            item.setId("spelling-suggestion-" + i);
            item.getStyleClass().add("spelling-suggestion");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.replace(suggestion));
            items.add(item);
        }
        if (mistake.suggestions().isEmpty()) {
            MenuItem none = new MenuItem(t.get("spelling.none"));
            none.setDisable(true);
            items.add(none);
        }
        items.add(new SeparatorMenuItem());
        if (mistake.kind() == Mistake.Kind.SPELLING) {
            MenuItem add = new MenuItem(t.get("spelling.add"));
            add.setId("spelling-add");
            add.setOnAction(e -> actions.addToDictionary());
            items.add(add);
        }
        MenuItem ignore = new MenuItem(t.get("spelling.ignore"));
        ignore.setId("spelling-ignore");
        ignore.setOnAction(e -> actions.ignore());
        items.add(ignore);
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.setId("spelling-menu");
        return menu;
    }
}
