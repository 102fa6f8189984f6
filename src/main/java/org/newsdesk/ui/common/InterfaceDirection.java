package org.newsdesk.ui.common;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import org.newsdesk.i18n.Messages;

/**
 * The interface's direction and, in Arabic, its font, set on a window's root: everything below it, its menus and
 * tooltips inherit both.
 * <p>
 * Why a font of its own: JavaFX draws a line whose characters come from two fonts out of order. With Latin "Noto
 * Sans" (or the system font) the Arabic letters come from a fallback while "(", ")", "…", "?" and quotes come from
 * the first font, and the line shows ")يكتب ويرسل (مسؤول" and a final "." or "…" on the wrong side. "Noto Sans Arabic"
 * lacks those marks too. DejaVu Sans (shipped in assets/fonts) has Arabic and the marks, so a line is one run and
 * JavaFX orders it right. {@code InterfaceFontCoverageTest} checks that it covers every Arabic sentence.
 */
public final class InterfaceDirection {
    public static final String ARABIC_FONT = "DejaVu Sans";
    private static final String FONT_STYLE = "-fx-font-family: \"" + ARABIC_FONT + "\";";

    private InterfaceDirection() {
    }

    /**
     * An article's own words shown in the interface (a headline in the library, a search snippet): its direction,
     * and for a right-to-left article the same one-run font ({@code .rtl-text} in newsdesk.css).
     */
    public static void articleText(Node node, boolean rightToLeft) {
        node.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        node.getStyleClass().remove("rtl-text");
        if (rightToLeft) {
            node.getStyleClass().add("rtl-text");
        }
    }

    public static void apply(Node root, Messages t) {
        root.setNodeOrientation(t.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        String style = root.getStyle() == null ? "" : root.getStyle().replace(FONT_STYLE, "");
        // inline, so it reaches windows whose scene has no Newsdesk style sheet (opening, upgrade, backup)
        root.setStyle(t.rightToLeft() ? style + FONT_STYLE : style);
    }
}
