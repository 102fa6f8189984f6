package org.newsdesk.ui;

import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;

/** Loads the fonts shipped in assets/fonts, so the editor looks the same on every system, Arabic included. */
final class Fonts {
    private static final List<String> FILES = List.of("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf");
    /** The Arabic interface's font ({@code InterfaceDirection}) and Arabic words' in the interface (.rtl-text). */
    private static final List<String> INTERFACE = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
    private static boolean interfaceLoaded; // fonts are the whole process's in JavaFX: load them once

    private Fonts() {
    }

    static void load() {
        org.newsdesk.ui.editor.body.EditorFonts.ensureLoaded(); // Noto Sans, Noto Sans Arabic
        loadAll(FILES);
        loadInterface(); // Arabic headlines in the library, whatever the interface's language
    }

    /** The interface's Arabic font, read before the first window when that window speaks Arabic. */
    static synchronized void loadInterface() {
        if (!interfaceLoaded) {
            interfaceLoaded = true;
            loadAll(INTERFACE);
        }
    }

    private static void loadAll(List<String> files) {
        for (String file : files) {
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
