package org.newsdesk.ui.review;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where a review package goes to or comes from; the desktop asks with file dialogs, tests answer directly. */
public interface FilePicker {
    /** A file to write, or null when the user cancelled. */
    Path save(Window owner, String title, String suggestedName);

    /** A file to read, or null when the user cancelled. */
    Path open(Window owner, String title);

    /** The system's file dialogs, filtered to review packages. */
    static FilePicker dialogs(org.newsdesk.i18n.Messages t) {
        return new FilePicker() {
            @Override
            public Path save(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path open(Window owner, String title) {
                File file = chooser(title).showOpenDialog(owner);
                return file == null ? null : file.toPath();
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(t.get("reviewFile.filter.packages"), "*.json"),
                        new FileChooser.ExtensionFilter(t.get("reviewFile.filter.all"), "*"));
                return chooser;
            }
        };
    }
}
