package org.newsdesk.ui.editor.body;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.Clipboard;
import org.newsdesk.importer.HtmlToDocument;

/**
 * Pastes pictures: files copied in a file manager, or a bitmap (a screenshot, "Copy image" in a browser, whose
 * HTML is then only an img tag with no words). Anything with words is left to the text paste.
 */
final class ImagePaste {
    private final HtmlToDocument htmlToDocument = new HtmlToDocument();

    /** True when the clipboard held pictures and they went to {@code intake}. */
    boolean paste(Clipboard clipboard, ImageIntake intake) {
        if (clipboard.hasFiles()) {
            List<Path> pictures = PictureFiles.of(clipboard.getFiles());
            if (!pictures.isEmpty()) {
                intake.files(pictures);
                return true;
            }
        }
        if (clipboard.hasImage() && !hasWords(clipboard)) {
            intake.picture(clipboard.getImage());
            return true;
        }
        return false;
    }

    private boolean hasWords(Clipboard clipboard) {
        if (clipboard.hasHtml()) {
            return !htmlToDocument.convert(clipboard.getHtml()).plainText().isBlank();
        }
        return clipboard.hasString() && !clipboard.getString().isBlank();
    }
}
