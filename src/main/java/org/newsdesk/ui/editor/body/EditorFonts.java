package org.newsdesk.ui.editor.body;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Loads the fonts the editor's stylesheet names from the app's own assets/fonts (SIL OFL, see its README), so
 * that the editor does not depend on the fonts a system has: "Noto Sans" for Latin words, "Noto Sans Arabic"
 * for Arabic words and right-to-left paragraphs. JavaFX prefers a loaded font to an installed one of the same
 * name. Called by every {@link BodyEditor}; loads once.
 */
public final class EditorFonts {

    static final List<String> FILES = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
            "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf");
    private static final Set<String> LOADED = new LinkedHashSet<>();
    private static boolean done;

    private EditorFonts() {
    }

    /** Loads the editor's fonts once; returns the families loaded (empty entries are files that were missing). */
    public static synchronized Set<String> ensureLoaded() {
        if (!done) {
            done = true;
            for (String file : FILES) {
                try (InputStream in = EditorFonts.class.getResourceAsStream("/assets/fonts/" + file)) {
                    Font font = in == null ? null : Font.loadFont(in, 13);
                    if (font != null) {
                        LOADED.add(font.getFamily());
                    }
                } catch (IOException e) {
                    // a missing font falls back to the system's; the editor still works
                }
            }
        }
        return Set.copyOf(LOADED);
    }
}
