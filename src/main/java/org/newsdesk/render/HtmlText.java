package org.newsdesk.render;

/**
 * Escaping for HTML text and quoted attribute values. Every character of content passes through here
 * (or through Mustache, which is wired to call {@link #escape}), so nothing from an article is ever markup.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} escaped and code points HTML forbids removed. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, out);
        return out.toString();
    }

    public static void escapeTo(String text, StringBuilder out) {
        String clean = clean(text);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /**
     * Drops control characters (except tab, line feed and carriage return) and Unicode noncharacters,
     * and replaces unpaired surrogates with U+FFFD: the HTML spec makes them parse errors, and pasted
     * text from word processors does carry them.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isSurrogate(text.charAt(i)) && width == 1) {
                out.append('\uFFFD');
            } else if (isAllowed(cp)) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isAllowed(cp) || (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isAllowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        boolean nonCharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        return !nonCharacter;
    }
}
