package org.newsdesk.ui.common;

import java.util.Set;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.i18n.Messages;

/**
 * Icons for the window. In a right-to-left interface the ones that point (undo and redo, arrows, indent, "open in
 * browser") are mirrored, as Arabic software does: JavaFX mirrors layout but never a glyph, and an icon is a glyph.
 */
public final class Icons {
    /** Icons whose meaning has a direction. */
    static final Set<Ikon> POINTING = Set.of(Feather.ROTATE_CCW, Feather.ROTATE_CW, Feather.ARROW_LEFT,
            Feather.ARROW_RIGHT, Feather.ARROW_UP_RIGHT, Feather.ARROW_UP_LEFT, Feather.ARROW_DOWN_LEFT,
            Feather.ARROW_DOWN_RIGHT, Feather.CHEVRON_LEFT, Feather.CHEVRON_RIGHT, Feather.CHEVRONS_LEFT,
            Feather.CHEVRONS_RIGHT, Feather.CORNER_UP_LEFT, Feather.CORNER_UP_RIGHT, Feather.CORNER_DOWN_LEFT,
            Feather.CORNER_DOWN_RIGHT, Feather.EXTERNAL_LINK, Feather.LOG_OUT, Feather.LOG_IN, Feather.SEND,
            Feather.SKIP_BACK, Feather.SKIP_FORWARD, Feather.FAST_FORWARD, Feather.REWIND, Feather.ALIGN_LEFT,
            Feather.ALIGN_RIGHT, Feather.LIST, Feather.SHARE);

    private Icons() {
    }

    /** {@code ikon} as a node, mirrored when it points and the interface reads right to left. */
    public static FontIcon of(Ikon ikon, Messages t) {
        FontIcon icon = new FontIcon(ikon);
        if (t.rightToLeft() && POINTING.contains(ikon)) {
            icon.setScaleX(-1);
            icon.getStyleClass().add("mirrored");
        }
        return icon;
    }

    /** True when {@code ikon} is drawn mirrored in a right-to-left interface. */
    public static boolean points(Ikon ikon) {
        return POINTING.contains(ikon);
    }
}
