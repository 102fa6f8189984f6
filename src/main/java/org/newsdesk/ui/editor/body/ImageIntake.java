package org.newsdesk.ui.editor.body;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Where pictures dropped on or pasted into the body go: the host adds them to the library (off the FX thread,
 * checked) and then inserts their figures at the caret with {@link BodyEditor#insertImage}.
 */
public interface ImageIntake {
    ImageIntake NONE = new ImageIntake() {
        @Override
        public void files(List<Path> files) {
        }

        @Override
        public void picture(Image image) {
        }
    };

    /** Picture files dropped on the body or copied in a file manager and pasted. */
    void files(List<Path> files);

    /** A bitmap from the clipboard, such as a screenshot. */
    void picture(Image image);
}
