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
import org.newsdesk.ui.editor.body.BodyEditor;

/** The menu bar: every command of the window, with its shortcut. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(ArticleActions articles, BodyEditor body, WindowActions window, LibraryCommands libraries) {
        var file = new MenuBuilder("_File")
                .item("New article", "Shortcut+N", Feather.FILE_PLUS, articles::createNew)
                .item("New from press-release template", "Shortcut+Shift+N", Feather.FILE_TEXT, articles::createFromTemplate)
                .item("Duplicate", "Shortcut+Shift+D", Feather.COPY, articles::duplicate)
                .separator()
                .item("Import…", "Shortcut+O", Feather.DOWNLOAD, window::importFiles)
                .item("Export…", "Shortcut+E", Feather.UPLOAD, window::showExport)
                .item("Save", "Shortcut+S", Feather.SAVE, articles::save)
                .separator()
                .item("Move to trash", "Shortcut+Shift+Delete", Feather.TRASH_2, articles::trash)
                .item("Trash…", null, Feather.TRASH, window::showTrash)
                .separator()
                .item("New library…", null, Feather.FOLDER_PLUS, libraries::newLibrary)
                .item("Open library…", null, Feather.FOLDER, libraries::openLibrary)
                .add(libraries.recentMenu())
                .item("Back up library…", null, Feather.HARD_DRIVE, libraries::backUp)
                .item("Restore from backup…", null, Feather.ROTATE_CCW, libraries::restore)
                .separator()
                .item("Quit", "Shortcut+Q", window::quit)
                .build();
        var edit = new MenuBuilder("_Edit")
                .item("Undo", "Shortcut+Z", Feather.ROTATE_CCW, body::undo)
                .item("Redo", "Shortcut+Shift+Z", Feather.ROTATE_CW, body::redo)
                .separator()
                .item("Paste as plain text", "Shortcut+Shift+V", body::pasteAsPlainText)
                .separator()
                .item("Find…", "Shortcut+F", Feather.SEARCH, () -> body.showFind(false))
                .item("Replace…", "Shortcut+H", () -> body.showFind(true))
                .separator()
                .item("Search library", "Shortcut+L", window::focusSearch)
                .build();
        var format = new MenuBuilder("F_ormat")
                .item("Bold", "Shortcut+B", Feather.BOLD, () -> body.toggleMark(Mark.BOLD))
                .item("Italic", "Shortcut+I", Feather.ITALIC, () -> body.toggleMark(Mark.ITALIC))
                .item("Underline", "Shortcut+U", Feather.UNDERLINE, () -> body.toggleMark(Mark.UNDERLINE))
                .item("Strikethrough", null, () -> body.toggleMark(Mark.STRIKETHROUGH))
                .item("Superscript", null, () -> body.toggleMark(Mark.SUPERSCRIPT))
                .item("Subscript", null, () -> body.toggleMark(Mark.SUBSCRIPT))
                .item("Link…", "Shortcut+K", Feather.LINK, body::editLink)
                .separator()
                .item("Paragraph", "Shortcut+Alt+0", () -> body.setBlockType(BlockType.PARAGRAPH, 0))
                .item("Heading 2", "Shortcut+Alt+1", () -> body.setBlockType(BlockType.HEADING, 2))
                .item("Heading 3", "Shortcut+Alt+2", () -> body.setBlockType(BlockType.HEADING, 3))
                .item("Heading 4", "Shortcut+Alt+3", () -> body.setBlockType(BlockType.HEADING, 4))
                .item("Bulleted list", "Shortcut+Shift+8", Feather.LIST, () -> body.setBlockType(BlockType.BULLET_ITEM, 0))
                .item("Numbered list", "Shortcut+Shift+7", () -> body.setBlockType(BlockType.NUMBERED_ITEM, 0))
                .item("Quote", "Shortcut+Shift+Period", () -> body.setBlockType(BlockType.QUOTE, 0))
                .add(directionMenu(body))
                .separator()
                .item("Picture…", "Shortcut+Shift+P", Feather.IMAGE, window::insertImage)
                .item("Picture details…", null, body::editImageAtCaret)
                .item("Table", "Shortcut+F12", Feather.GRID, () -> body.insertTable(3, 3))
                .separator()
                .item("Clear formatting", "Shortcut+Backslash", body::clearFormatting)
                .build();
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.selectedProperty().bindBidirectional(window.darkThemeProperty());
        CheckMenuItem details = new CheckMenuItem("Article details");
        details.setId("menu-details");
        details.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        details.selectedProperty().bindBidirectional(window.detailsOpenProperty());
        var view = new MenuBuilder("_View").add(details).add(dark).build();
        var tools = new MenuBuilder("_Tools")
                .item("Tags…", null, Feather.TAG, window::showTagManager)
                .item("Profile…", null, Feather.USER, window::showProfile)
                .item("Settings…", "Shortcut+Comma", Feather.SETTINGS, window::showSettings)
                .build();
        var help = new MenuBuilder("_Help")
                .item("Keyboard shortcuts", "F1", Feather.HELP_CIRCLE, window::showShortcuts)
                .item("About Newsdesk", null, Feather.INFO, window::showAbout)
                .build();
        MenuBar bar = new MenuBar(file, edit, format, view, tools, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Text direction of the caret's paragraph: the choices show the current one; Shortcut+Shift+X cycles. */
    private static Menu directionMenu(BodyEditor body) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("Text direction");
        menu.setId("menu-direction");
        for (Direction d : Direction.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (d) {
                case AUTO -> "Automatic (first letter)";
                case RTL -> "Right to left";
                case LTR -> "Left to right";
            });
            item.setId("menu-direction-" + d.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setUserData(d);
            item.setOnAction(e -> body.setDirection(d));
            menu.getItems().add(item);
        }
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == body.caretDirectionProperty().get()));
        body.caretDirectionProperty().addListener(o -> show.run());
        show.run();
        MenuItem cycle = new MenuItem("Cycle direction");
        cycle.setId("menu-direction-cycle");
        cycle.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+X"));
        cycle.setOnAction(e -> body.cycleDirection());
        menu.getItems().addAll(new SeparatorMenuItem(), cycle);
        return menu;
    }
}
