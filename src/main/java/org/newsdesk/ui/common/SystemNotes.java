package org.newsdesk.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.i18n.Messages;

/**
 * The notes Newsdesk itself writes into an article's history ("Created", "Restored revision 3", "Translated from
 * en") are stored in English, in every library ever made; they are shown in the interface's language. A note a
 * person wrote is shown as written.
 */
public final class SystemNotes {
    private record Rule(Pattern pattern, BiFunction<Messages, Matcher, String> say) {
    }

    private static final List<Rule> RULES = List.of(
            rule("Created", (t, m) -> t.get("history.note.created")),
            rule("Imported", (t, m) -> t.get("history.note.imported")),
            rule("Sent for review", (t, m) -> t.get("history.note.sentForReview")),
            rule("Text from review package", (t, m) -> t.get("history.note.fromReviewPackage")),
            rule("Restored revision (\\d+)", (t, m) -> t.get("history.note.restored", Long.parseLong(m.group(1)))),
            rule("Translated from ([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)",
                    (t, m) -> t.get("history.note.translatedFrom", languageName(t, m.group(1)))),
            rule("Tags (.*)", (t, m) -> t.get("history.note.tags", m.group(1))));

    private SystemNotes() {
    }

    private static Rule rule(String regex, BiFunction<Messages, Matcher, String> say) {
        return new Rule(Pattern.compile(regex), say);
    }

    /** The note as the person reading it should see it. */
    public static String shown(Messages t, String note) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(note);
            if (m.matches()) {
                return r.say().apply(t, m);
            }
        }
        return note;
    }

    /** "French" for "fr" in an English window, « français » in a French one; the tag in capitals otherwise. */
    public static String languageName(Messages t, String tag) {
        String key = "language." + tag.toLowerCase(Locale.ROOT);
        String name = t.get(key);
        return name.equals(key) ? tag.toUpperCase(Locale.ROOT) : name;
    }
}
