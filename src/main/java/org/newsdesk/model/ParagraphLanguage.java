package org.newsdesk.model;

/**
 * The language a paragraph is checked in: the article's, unless the paragraph is plainly in another script. An
 * Arabic paragraph in an English or French article (a quotation, the Arabic name of a programme) is Arabic; a
 * paragraph in Latin letters in an Arabic article is left unchecked, since nothing says whether it is English
 * or French. (Blocks carry no language of their own yet: this is the rule until they do.)
 */
public final class ParagraphLanguage {

    private ParagraphLanguage() {
    }

    /** The language tag to check {@code text} in, or null for "do not check". */
    public static String of(String text, Language article) {
        Script script = dominantScript(text);
        boolean arabicArticle = "ar".equals(article.primary());
        if (script == Script.ARABIC) {
            return arabicArticle ? article.tag() : "ar";
        }
        if (script == Script.LATIN && arabicArticle) {
            return null;
        }
        return article.tag();
    }

    private enum Script { ARABIC, LATIN, NONE }

    private static Script dominantScript(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return Script.NONE;
        }
        return arabic >= latin ? Script.ARABIC : Script.LATIN;
    }
}
