package org.newsdesk.bench;

import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * The floor of the start-up benchmarks: the least a window like Newsdesk's can cost to show. A BorderPane with a
 * MenuBar, a ListView and a RichTextFX InlineCssTextArea, 1280×800, titled "Bare window", started from its own
 * jar ({@link BareWindowJar}). A plain main class, so it starts from a class-path jar without JavaFX modules.
 */
public final class BareWindow {
    /** The window's title, which the benchmarks wait for. */
    public static final String TITLE = "Bare window";

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            MenuBar menus = new MenuBar(
                    new Menu("File", null, new MenuItem("New"), new MenuItem("Open…"), new MenuItem("Quit")),
                    new Menu("Edit", null, new MenuItem("Undo"), new MenuItem("Cut"), new MenuItem("Paste")),
                    new Menu("Help", null, new MenuItem("About")));
            ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                    "Minister opens the Zanzibar festival", "Le Festival des jeunes traducteurs revient",
                    "Heritage classrooms programme opens in forty schools"));
            InlineCssTextArea text = new InlineCssTextArea("Three days of music, forty bands and a harbour full of boats.");
            text.setWrapText(true);
            SplitPane split = new SplitPane(list, text);
            split.setDividerPositions(0.3);
            BorderPane root = new BorderPane(split);
            root.setTop(menus);
            stage.setScene(new Scene(root, 1280, 800));
            stage.setTitle(TITLE);
            stage.show();
        }
    }
}
