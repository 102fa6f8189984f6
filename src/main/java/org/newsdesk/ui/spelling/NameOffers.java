package org.newsdesk.ui.spelling;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.newsdesk.model.Language;
import org.newsdesk.model.NameFinder;
import org.newsdesk.model.ParagraphLanguage;
import org.newsdesk.ui.editor.body.BodyArea;

/**
 * Offers agreed names while typing in a {@link BodyArea}: once the word before the caret has three letters and
 * starts a word of an agreed name, a small menu under the caret lists the names; choosing one writes it in place
 * of what was typed. Typing goes on into the text while the menu shows.
 */
final class NameOffers {

    private final BodyArea area;
    private final Supplier<NameFinder> names;
    private final Supplier<Language> language;
    private final ContextMenu menu = new ContextMenu();

    NameOffers(BodyArea area, Supplier<NameFinder> names, Supplier<Language> language) {
        this.area = area;
        this.names = names;
        this.language = language;
        menu.setId("name-offers");
        area.plainTextChanges().subscribe(change -> {
            if (change.getInserted().length() == 1 && change.getRemoved().isEmpty() && area.isFocused()) {
                offer();
            } else {
                menu.hide();
            }
        });
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !menu.isShowing()) {
                menu.hide();
            }
        });
    }

    private void offer() {
        int caret = area.getCaretPosition();
        int paragraph = area.getCurrentParagraph();
        String text = area.getParagraph(paragraph).getText();
        int column = area.getCaretColumn();
        int start = column;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        String typed = text.substring(start, column);
        String lang = ParagraphLanguage.of(text, language.get());
        List<String> offers = names.get().offers(typed, lang == null ? "en" : lang);
        if (offers.isEmpty() || offers.contains(typed)) {
            menu.hide();
            return;
        }
        int from = caret - typed.length();
        menu.getItems().setAll(offers.stream().map(name -> {
            MenuItem item = new MenuItem(name);
            item.setMnemonicParsing(false);
            item.setId("name-offer-" + offers.indexOf(name));
            item.setOnAction(e -> {
                area.replaceText(from, area.getCaretPosition(), name);
                area.requestFocus();
            });
            return item;
        }).toList());
        area.getCaretBounds().ifPresent(b -> show(b));
    }

    private void show(Bounds caret) {
        if (area.getScene() == null || area.getScene().getWindow() == null) {
            return;
        }
        if (!menu.isShowing()) { // once shown it stays put while the word grows
            menu.show(area, caret.getMinX(), caret.getMaxY());
        }
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK;
    }

    ContextMenu menu() {
        return menu;
    }
}
