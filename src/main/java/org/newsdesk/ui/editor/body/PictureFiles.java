package org.newsdesk.ui.editor.body;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tells picture files from article files by name, before anything is read: a dropped photo goes into the body,
 * a dropped .md or .docx to the library's import. Whether a "picture" really is one is checked when it is added.
 */
final class PictureFiles {
    private PictureFiles() {
    }

    static List<Path> of(List<File> files) {
        return files.stream().filter(PictureFiles::isPicture).map(File::toPath).toList();
    }

    static boolean isPicture(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(jpe?g|png|gif|webp|svg|tiff?|bmp|heic|avif)$");
    }
}
