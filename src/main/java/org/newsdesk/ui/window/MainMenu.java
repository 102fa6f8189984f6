package org.newsdesk.ui.window;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Mark;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.editor.body.BodyEditor;

/** The menu bar: every command of the window, with its shortcut. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(Messages t, ArticleActions articles, BodyEditor body, WindowActions window, LibraryCommands libraries) {
        var file = new MenuBuilder(t, "menu.file")
                .item("menu.file.new", "Shortcut+N", Feather.FILE_PLUS, articles::createNew)
                .item("menu.file.newFromTemplate", "Shortcut+Shift+N", Feather.FILE_TEXT, articles::createFromTemplate)
                .item("menu.file.duplicate", "Shortcut+Shift+D", Feather.COPY, articles::duplicate)
                .separator()
                .item("menu.file.import", "Shortcut+O", Feather.DOWNLOAD, window::importFiles)
                .item("menu.file.export", "Shortcut+E", Feather.UPLOAD, window::showExport)
                .item("menu.file.save", "Shortcut+S", Feather.SAVE, articles::save)
                .separator()
                .item("menu.file.trash", "Shortcut+Shift+Delete", Feather.TRASH_2, articles::trash)
                .item("menu.file.showTrash", null, Feather.TRASH, window::showTrash)
                .separator()
                .item("menu.file.newLibrary", null, Feather.FOLDER_PLUS, libraries::newLibrary)
                .item("menu.file.openLibrary", null, Feather.FOLDER, libraries::openLibrary)
                .add(libraries.recentMenu())
                .item("menu.file.backUp", null, Feather.HARD_DRIVE, libraries::backUp)
                .item("menu.file.restore", null, Feather.ROTATE_CCW, libraries::restore)
                .separator()
                .item("menu.file.quit", "Shortcut+Q", window::quit)
                .build();
        var edit = new MenuBuilder(t, "menu.edit")
                .item("menu.edit.undo", "Shortcut+Z", Feather.ROTATE_CCW, body::undo)
                .item("menu.edit.redo", "Shortcut+Shift+Z", Feather.ROTATE_CW, body::redo)
                .separator()
                .item("menu.edit.pastePlain", "Shortcut+Shift+V", body::pasteAsPlainText)
                .separator()
                .item("menu.edit.find", "Shortcut+F", Feather.SEARCH, () -> body.showFind(false))
                .item("menu.edit.replace", "Shortcut+H", () -> body.showFind(true))
                .separator()
                .item("menu.edit.searchLibrary", "Shortcut+L", window::focusSearch)
                .build();
        var format = new MenuBuilder(t, "menu.format")
                .item("menu.format.bold", "Shortcut+B", Feather.BOLD, () -> body.toggleMark(Mark.BOLD))
                .item("menu.format.italic", "Shortcut+I", Feather.ITALIC, () -> body.toggleMark(Mark.ITALIC))
                .item("menu.format.underline", "Shortcut+U", Feather.UNDERLINE, () -> body.toggleMark(Mark.UNDERLINE))
                .item("menu.format.strikethrough", null, () -> body.toggleMark(Mark.STRIKETHROUGH))
                .item("menu.format.superscript", null, () -> body.toggleMark(Mark.SUPERSCRIPT))
                .item("menu.format.subscript", null, () -> body.toggleMark(Mark.SUBSCRIPT))
                .item("menu.format.link", "Shortcut+K", Feather.LINK, body::editLink)
                .separator()
                .item("menu.format.paragraph", "Shortcut+Alt+0", () -> body.setBlockType(BlockType.PARAGRAPH, 0))
                .item("menu.format.heading2", "Shortcut+Alt+1", () -> body.setBlockType(BlockType.HEADING, 2))
                .item("menu.format.heading3", "Shortcut+Alt+2", () -> body.setBlockType(BlockType.HEADING, 3))
                .item("menu.format.heading4", "Shortcut+Alt+3", () -> body.setBlockType(BlockType.HEADING, 4))
                .item("menu.format.bulleted", "Shortcut+Shift+8", Feather.LIST, () -> body.setBlockType(BlockType.BULLET_ITEM, 0))
                .item("menu.format.numbered", "Shortcut+Shift+7", () -> body.setBlockType(BlockType.NUMBERED_ITEM, 0))
                .item("menu.format.quote", "Shortcut+Shift+Period", () -> body.setBlockType(BlockType.QUOTE, 0))
                .add(directionMenu(t, body))
                .separator()
                .item("menu.format.picture", "Shortcut+Shift+P", Feather.IMAGE, window::insertImage)
                .item("menu.format.pictureDetails", null, body::editImageAtCaret)
                .item("menu.format.table", "Shortcut+F12", Feather.GRID, () -> body.insertTable(3, 3))
                .separator()
                .item("menu.format.clear", "Shortcut+Backslash", body::clearFormatting)
                .build();
        CheckMenuItem dark = new CheckMenuItem(t.get("menu.view.dark"));
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.selectedProperty().bindBidirectional(window.darkThemeProperty());
        CheckMenuItem details = new CheckMenuItem(t.get("menu.view.details"));
        details.setId("menu-details");
        details.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        details.selectedProperty().bindBidirectional(window.detailsOpenProperty());
        var view = new MenuBuilder(t, "menu.view").add(details).add(dark).build();
        var tools = new MenuBuilder(t, "menu.tools")
                .item("menu.tools.tags", null, Feather.TAG, window::showTagManager)
                .item("menu.tools.profile", null, Feather.USER, window::showProfile)
                .item("menu.tools.settings", "Shortcut+Comma", Feather.SETTINGS, window::showSettings)
                .build();
        var help = new MenuBuilder(t, "menu.help")
                .item("menu.help.shortcuts", "F1", Feather.HELP_CIRCLE, window::showShortcuts)
                .item("menu.help.about", null, Feather.INFO, window::showAbout)
                .build();
        MenuBar bar = new MenuBar(file, edit, format, view, tools, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Text direction of the caret's paragraph: the choices show the current one; Shortcut+Shift+X cycles. */
    private static Menu directionMenu(Messages t, BodyEditor body) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(t.get("menu.format.direction"));
        menu.setId("menu-direction");
        for (Direction d : Direction.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (d) {
                case AUTO -> t.get("menu.format.direction.auto");
                case RTL -> t.get("menu.format.direction.rtl");
                case LTR -> t.get("menu.format.direction.ltr");
            });
            item.setId("menu-direction-" + d.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(d);
            item.setOnAction(e -> body.setDirection(d));
            menu.getItems().add(item);
        }
        Runnable show = () -> group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == body.caretDirectionProperty().get()));
        body.caretDirectionProperty().addListener(o -> show.run());
        show.run();
        MenuItem cycle = new MenuItem(t.get("menu.format.direction.cycle"));
        cycle.setId("menu-direction-cycle");
        cycle.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+X"));
        cycle.setOnAction(e -> body.cycleDirection());
        menu.getItems().addAll(new SeparatorMenuItem(), cycle);
        return menu;
    }
}
