package org.newsdesk.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** A pasted bitmap as PNG bytes, ready to be added like a file. Run it off the FX thread: it encodes. */
final class ClipboardPictures {
    private ClipboardPictures() {
    }

    static byte[] png(Image image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
