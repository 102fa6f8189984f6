package org.newsdesk.ui.editor;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks which picture files to use. The window uses a file chooser; tests answer directly. */
@FunctionalInterface
public interface ImagePicker {

    /** The files picked, or an empty list when the user cancelled. */
    List<Path> pick(Window owner, String title, boolean several);
}
