package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Mistake;

/** Prints spelling and name findings: one line each for people, or a JSON array for scripts. */
final class MistakePrinter {

    /** What `spell --json` and `names check --json` print for each finding. */
    record JsonMistake(String field, Integer block, int start, int end, String word, String kind,
                       List<String> suggestions, String message, String language) {
        static JsonMistake of(Mistake m) {
            return new JsonMistake(m.place().fieldName(), m.place().field() == org.newsdesk.model.TextPlace.Field.BODY
                    ? m.place().block() : null, m.start(), m.end(), m.word(), m.kind().name().toLowerCase(Locale.ROOT),
                    m.suggestions(), Messages.english().text(m.message()), m.language()); // stdout stays English
        }
    }

    private final PrintWriter out;
    private final JsonCodec json;

    MistakePrinter(PrintWriter out, JsonCodec json) {
        this.out = out;
        this.json = json;
    }

    void print(List<Mistake> mistakes, boolean asJson, String none) {
        if (asJson) {
            out.println(json.writePretty(mistakes.stream().map(JsonMistake::of).toList()));
            return;
        }
        if (mistakes.isEmpty()) {
            out.println(none);
            return;
        }
        for (Mistake m : mistakes) {
            String suggestions = m.suggestions().isEmpty() ? "(no suggestions)" : String.join(", ", m.suggestions());
            out.println(m.place().describe() + " " + m.start() + "-" + m.end() + " \u201C" + m.word() + "\u201D"
                    + (m.kind() == Mistake.Kind.SPELLING ? "" : " [" + m.kind().name().toLowerCase(Locale.ROOT) + "]")
                    + " \u2192 " + suggestions);
        }
    }
}
