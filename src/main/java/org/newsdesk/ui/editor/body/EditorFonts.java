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

    /**
     * Whether "Noto Sans Arabic" (Regular and Bold have the same characters) draws {@code c}: Arabic, and of the
     * rest only these, per {@code fc-query NotoSansArabic-Regular.ttf}: space ! , - . 0-9 : no-break space « »
     * and the zero-width and directional marks. It lacks ( ) ? " ; ' and Latin letters, which JavaFX would take
     * from a system font: {@link WordSegmentOps} gives them nodes of their own, drawn in "Noto Sans".
     * EditorFontsTest checks this list against the font file.
     */
    static boolean arabicFontHas(int c) {
        if (c < 0x600) {
            return c == ' ' || c == '!' || c >= ',' && c <= '.' || c >= '0' && c <= ':' || c == 0xA0 || c == 0xAB
                    || c == 0xBB || c == 0x34F;
        }
        for (int i = 0; i < ARABIC_RANGES.length; i += 2) {
            if (c >= ARABIC_RANGES[i] && c <= ARABIC_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static final int[] ARABIC_RANGES = {0x600, 0x61C, 0x61E, 0x6FF, 0x750, 0x77F, 0x8A0, 0x8B4, 0x8B6, 0x8BE,
        0x8D3, 0x8FF, 0x200B, 0x2011, 0x204F, 0x204F, 0x25CC, 0x25CC, 0x2E41, 0x2E41, 0xFB50, 0xFBC1, 0xFBD3, 0xFD3F,
        0xFD50, 0xFD8F, 0xFD92, 0xFDC7, 0xFDF0, 0xFDFD, 0xFE70, 0xFE74, 0xFE76, 0xFEFC};

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
