package org.newsdesk.ui.window;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Which library file to create, open, back up to or restore from: the desktop asks with file dialogs, tests answer. */
public interface LibraryFilePicker {
    /** A file to write, or null when the user cancelled. */
    Path save(Window owner, String title, Path folder, String suggestedName);

    /** A file to read, or null when the user cancelled. */
    Path open(Window owner, String title, Path folder);

    /** The system's file dialogs, showing Newsdesk libraries. */
    static LibraryFilePicker dialogs(org.newsdesk.i18n.Messages t) {
        return new LibraryFilePicker() {
            @Override
            public Path save(Window owner, String title, Path folder, String suggestedName) {
                FileChooser chooser = chooser(title, folder);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path open(Window owner, String title, Path folder) {
                File file = chooser(title, folder).showOpenDialog(owner);
                return file == null ? null : file.toPath();
            }

            private FileChooser chooser(String title, Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("library.files"), "*.newsdesk"));
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return chooser;
            }
        };
    }
}
