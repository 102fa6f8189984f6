package org.newsdesk.ui.editor.body;

import java.util.regex.Pattern;
import org.newsdesk.model.Language;

/**
 * Turns a typed character into what a careful typesetter would have put there, given the text before the caret
 * and the article's language. Pure: no area, no FX thread, so every rule is unit-tested.
 */
final class Typography {

    /** Replace the {@code deleteBefore} characters before the caret and the typed character by {@code insert}. */
    record Edit(int deleteBefore, String insert) {
        static Edit plain(String typed) {
            return new Edit(0, typed);
        }
    }

    static final char NBSP = '\u00A0';
    /** Narrow no-break space: French typography's thin space before ; ! ? */
    static final char NNBSP = '\u202F';

    private static final Pattern DASH_BETWEEN_WORDS = Pattern.compile(".*\\S -$", Pattern.DOTALL);
    private static final Pattern URL_SCHEME = Pattern.compile("(?i).*(^|\\s)(https?|mailto|ftp|file)$", Pattern.DOTALL);

    private Typography() {
    }

    static Edit typed(String before, String typed, Language language, TypingSettings settings) {
        String lang = language == null ? "en" : language.primary();
        if (settings.smartQuotes() && typed.equals("\"")) {
            return doubleQuote(before, lang, settings);
        }
        if (settings.smartQuotes() && typed.equals("'")) {
            return Edit.plain(opensQuote(before) && lang.equals("en") ? "‘" : "’");
        }
        if (settings.enDash() && typed.equals(" ") && DASH_BETWEEN_WORDS.matcher(before).matches()) {
            return new Edit(1, "– ");
        }
        if (lang.equals("fr") && settings.frenchSpacing()) {
            return frenchSpacing(before, typed);
        }
        return Edit.plain(typed);
    }

    private static Edit doubleQuote(String before, String lang, TypingSettings settings) {
        boolean opening = opensQuote(before);
        return switch (lang) {
            case "fr" -> {
                if (!settings.frenchSpacing()) {
                    yield Edit.plain(opening ? "«" : "»");
                }
                yield Edit.plain(opening ? "«" + NBSP : NBSP + "»");
            }
            case "ar" -> Edit.plain(opening ? "«" : "»");
            default -> Edit.plain(opening ? "“" : "”");
        };
    }

    /** A quote opens at the start of a paragraph and after a space, a bracket, a dash or another opening quote. */
    private static boolean opensQuote(String before) {
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return Character.isWhitespace(last) || last == NBSP || "([{“‘«—–-/".indexOf(last) >= 0;
    }

    private static Edit frenchSpacing(String before, String typed) {
        if (typed.equals(" ") && before.endsWith("«" + NBSP)) {
            return new Edit(0, ""); // the no-break space after « is already there
        }
        if (typed.length() != 1 || ";:!?".indexOf(typed.charAt(0)) < 0 || before.isEmpty()) {
            return Edit.plain(typed);
        }
        char mark = typed.charAt(0);
        char space = mark == ':' ? NBSP : NNBSP;
        char last = before.charAt(before.length() - 1);
        if (last == ' ') {
            return new Edit(1, space + typed);
        }
        boolean afterWord = Character.isLetter(last) || "»)’”".indexOf(last) >= 0 || mark != ':' && Character.isDigit(last);
        if (!afterWord || mark == ':' && URL_SCHEME.matcher(before).matches()) {
            return Edit.plain(typed);
        }
        return Edit.plain(space + typed);
    }
}
