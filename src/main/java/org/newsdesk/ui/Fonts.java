package org.newsdesk.ui;

import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;

/** Loads the fonts shipped in assets/fonts, so the editor looks the same on every system, Arabic included. */
final class Fonts {
    private static final List<String> FILES = List.of("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf");

    private Fonts() {
    }

    static void load() {
        org.newsdesk.ui.editor.body.EditorFonts.ensureLoaded(); // Noto Sans, Noto Sans Arabic
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + file)) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (java.io.IOException e) {
                // a missing font falls back to the system's; the app still works
            }
        }
    }
}
