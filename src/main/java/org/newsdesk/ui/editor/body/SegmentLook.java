package org.newsdesk.ui.editor.body;

import javafx.scene.Node;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.StyledSegment;
import org.newsdesk.model.Mark;

/**
 * Draws one piece of text (an Arabic word, or a run of other text; see {@link WordSegmentOps}): a {@link TextExt} with a style class per mark. Fonts and sizes come from the stylesheet
 * so that the paragraph's block look (heading sizes) and the marks combine.
 */
final class SegmentLook {

    private SegmentLook() {
    }

    static Node createNode(StyledSegment<String, TextStyle> segment) {
        TextExt text = new TextExt(segment.getSegment());
        text.getStyleClass().add("body-text");
        TextStyle style = segment.getStyle();
        for (Mark mark : style.marks()) {
            text.getStyleClass().add(styleClass(mark));
        }
        if (style.link() != null) {
            text.getStyleClass().add("link");
        }
        if (hasArabic(segment.getSegment()) && !lacksArabicGlyph(segment.getSegment())) {
            text.getStyleClass().add("arabic");
        } else if (hasLatin(segment.getSegment()) || lacksArabicGlyph(segment.getSegment())) {
            text.getStyleClass().add("latin"); // Noto Sans inside a right-to-left paragraph: Latin, ( ) ? " ;
        }
        return text;
    }

    /** Arabic words are nodes of their own, so the Arabic font can be chosen per node. */
    static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // runs of English are long and scanned on every keystroke: skip everything below the Arabic block
            if (c >= '\u0600' && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a character "Noto Sans Arabic" cannot draw (see {@link EditorFonts#arabicFontHas}). */
    static boolean lacksArabicGlyph(String text) {
        return text.chars().anyMatch(c -> !Character.isWhitespace(c) && !EditorFonts.arabicFontHas(c));
    }

    static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    static String styleClass(Mark mark) {
        return switch (mark) {
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case UNDERLINE -> "underline";
            case STRIKETHROUGH -> "strike";
            case SUPERSCRIPT -> "sup";
            case SUBSCRIPT -> "sub";
        };
    }
}
