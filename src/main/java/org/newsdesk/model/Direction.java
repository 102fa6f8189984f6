package org.newsdesk.model;

/** Text direction of a block: AUTO follows the first strong character (Unicode bidi rule P2). */
public enum Direction {
    AUTO, LTR, RTL;

    /** The direction a reader sees: AUTO resolved from the text's first strong character. */
    public Direction resolve(String text) {
        if (this != AUTO) {
            return this;
        }
        return firstStrong(text);
    }

    /** LTR or RTL from the first strong character of {@code text}; LTR when there is none. */
    public static Direction firstStrong(String text) {
        if (text == null) {
            return LTR;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return LTR;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return RTL;
            }
            i += Character.charCount(cp);
        }
        return LTR;
    }
}
