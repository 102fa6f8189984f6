package org.newsdesk.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file chooser, showing JPEG, PNG and GIF pictures. */
public final class FileChooserImagePicker implements ImagePicker {
    private final org.newsdesk.i18n.Messages t;

    public FileChooserImagePicker(org.newsdesk.i18n.Messages t) {
        this.t = t;
    }

    @Override
    public List<Path> pick(Window owner, String title, boolean several) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(t.get("pictures.filter"), "*.jpg", "*.jpeg", "*.png", "*.gif",
                        "*.JPG", "*.JPEG", "*.PNG", "*.GIF"),
                new FileChooser.ExtensionFilter(t.get("files.filter.all"), "*.*"));
        if (several) {
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }
        File file = chooser.showOpenDialog(owner);
        return file == null ? List.of() : List.of(file.toPath());
    }
}
