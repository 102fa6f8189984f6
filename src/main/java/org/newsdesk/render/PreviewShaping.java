package org.newsdesk.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Works around JavaFX WebView on Linux drawing Arabic letters unjoined (seen with JavaFX 21 and 25 on this
 * project's machines, every font tried): the text of the page is converted to Arabic presentation forms,
 * which are already joined. For the read-only preview only: copy and find there return presentation-form
 * characters, so exported files never go through this.
 */
public final class PreviewShaping {
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F]");
    /** U+FE70…FE7F pair by pair (isolated, medial): fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun. */
    private static final char[] TASHKEEL = {'\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652'};

    private PreviewShaping() {
    }

    /** The page with every Arabic text node shaped; pages without Arabic come back unchanged. */
    public static String shapeArabic(String html) {
        if (!ARABIC.matcher(html).find()) {
            return html;
        }
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        ArabicShaping shaping = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !(text.parent() != null
                    && ("script".equals(text.parent().nodeName()) || "style".equals(text.parent().nodeName())))
                    && ARABIC.matcher(text.getWholeText()).find()) {
                try {
                    text.text(combiningMarks(shaping.shape(text.getWholeText())));
                } catch (ArabicShapingException e) {
                    // leave this text as it is: unjoined letters are still readable
                }
            }
        }, page);
        return page.outerHtml();
    }

    /**
     * ICU shapes a vowel mark or shadda into a spacing presentation form drawn on a tatweel ("حدّاد" showed
     * "حد ـّ اد"); the combining mark itself sits on the shaped letter before it, as in the editor.
     */
    static String combiningMarks(String shaped) {
        StringBuilder out = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            out.append(c >= '\uFE70' && c <= '\uFE7F' && c != '\uFE73' && c != '\uFE75' ? TASHKEEL[(c - 0xFE70) / 2] : c);
        }
        return out.toString();
    }
}
