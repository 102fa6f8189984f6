package org.newsdesk.i18n;

import java.util.regex.Pattern;

/**
 * The punctuation rules every bundle's French and Arabic follow (the window's sentences and the command line's
 * help): French puts a no-break space before ; : ! ? and inside « »; Arabic writes ، ؛ ؟ instead of , ; ?.
 */
public final class Typography {
    private static final Pattern FRENCH_TIGHT =
            Pattern.compile("[^\\u00A0\\u202F\\s][;!?]|[^\\u00A0\\u202F][;!?»]\\s|«[^\\u00A0\\u202F]| :");
    private static final Pattern LATIN_PUNCTUATION = Pattern.compile("[,;?]");

    private Typography() {
    }

    /** True when French text lacks a no-break space before double punctuation or inside « » (links aside). */
    public static boolean frenchMisses(String text) {
        return FRENCH_TIGHT.matcher(text.replaceAll("https?://|mailto:", "")).find();
    }

    /** True when Arabic text uses a Latin comma, semicolon or question mark. */
    public static boolean arabicMisses(String text) {
        return LATIN_PUNCTUATION.matcher(text).find();
    }
}
