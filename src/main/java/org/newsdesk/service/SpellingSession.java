package org.newsdesk.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.NameFinder;
import org.newsdesk.model.PlacedText;
import org.newsdesk.spelling.GrammarMatch;
import org.newsdesk.spelling.Speller;
import org.newsdesk.spelling.WordSpan;

/**
 * Checks the texts of one editing session again and again as they change: what LanguageTool says about a
 * paragraph is remembered by language and text, so after a keystroke only the paragraph typed in is checked;
 * the library's dictionary, the words ignored in this session and the agreed names are applied afresh each
 * time (adding a word needs no new check). Use it from one thread at a time (the editor's spelling thread).
 */
public final class SpellingSession {

    private static final int REMEMBERED = 20_000;

    private final Speller speller;
    /**
     * Whether spelling mistakes come with their suggestions. Working them out is most of a re-check's cost (a
     * word being typed is misspelt until it is finished), so the editor asks for them only when a menu opens.
     */
    private final boolean suggestUpFront;
    private final Set<String> ignored = new HashSet<>();
    private final Map<String, List<Mistake>> byText = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Mistake>> eldest) {
            return size() > REMEMBERED;
        }
    };
    private SpellingContext context;
    private int checkedLast;

    SpellingSession(Speller speller, SpellingContext context, boolean suggestUpFront) {
        this.speller = speller;
        this.context = context;
        this.suggestUpFront = suggestUpFront;
    }

    /** Up to {@link Mistake#MAX_SUGGESTIONS} replacements for a misspelt word, best first. */
    public List<String> suggest(String word, String language) {
        return speller.supports(language) ? speller.suggest(word, language, Mistake.MAX_SUGGESTIONS) : List.of();
    }

    /** Takes the library's lists as they are now (after a word was added, a name agreed, grammar switched). */
    public void update(SpellingContext newContext) {
        if (newContext.grammar() != context.grammar() || !newContext.names().names().equals(context.names().names())) {
            byText.clear();
        }
        this.context = newContext;
    }

    public SpellingContext context() {
        return context;
    }

    /** "Ignore": the word is not flagged again in this session, in any text. */
    public void ignore(String word) {
        ignored.add(word);
    }

    /** How many texts the last {@link #check} had to give to LanguageTool (the rest came from memory). */
    public int checkedLast() {
        return checkedLast;
    }

    /** Every mistake in {@code texts}, in reading order. */
    public List<Mistake> check(List<PlacedText> texts) {
        checkedLast = 0;
        List<Mistake> out = new ArrayList<>();
        for (PlacedText t : texts) {
            if (t.language() == null || t.text().isBlank()) {
                continue;
            }
            String key = t.language() + '\u0000' + t.text();
            List<Mistake> found = byText.get(key);
            if (found == null) {
                found = checkText(t);
                byText.put(key, found);
                checkedLast++;
            }
            for (Mistake m : found) {
                if (m.kind() != Mistake.Kind.SPELLING || !accepted(m.word(), m.language())) {
                    out.add(new Mistake(t.place(), m.start(), m.end(), m.word(), m.kind(), m.suggestions(),
                            m.message(), m.language()));
                }
            }
        }
        out.sort(Mistake.IN_READING_ORDER);
        return out;
    }

    private boolean accepted(String word, String language) {
        return ignored.contains(word) || context.knows(word, language) || context.names().isAgreedWord(word);
    }

    /** LanguageTool's and the names' findings in one text, placed as if it were the headline (re-placed later). */
    private List<Mistake> checkText(PlacedText t) {
        String lang = t.language();
        List<Mistake> found = new ArrayList<>();
        List<NameFinder.Hit> names = context.names().problems(t.text(), lang);
        for (NameFinder.Hit hit : names) {
            found.add(new Mistake(t.place(), hit.start(), hit.end(), hit.found(), Mistake.Kind.NAME,
                    List.of(hit.agreed()), nameMessage(hit), lang));
        }
        if (speller.supports(lang)) {
            for (WordSpan w : speller.misspelt(t.text(), lang)) {
                if (names.stream().noneMatch(h -> h.start() < w.end() && w.start() < h.end())) {
                    found.add(new Mistake(t.place(), w.start(), w.end(), w.word(), Mistake.Kind.SPELLING,
                            suggestUpFront ? speller.suggest(w.word(), lang, Mistake.MAX_SUGGESTIONS) : List.of(),
                            Message.of("warning.spelling.possibleMistake"), lang));
                }
            }
            if (context.grammar()) {
                for (GrammarMatch g : speller.grammar(t.text(), lang)) {
                    found.add(new Mistake(t.place(), g.start(), g.end(), t.text().substring(g.start(), g.end()),
                            Mistake.Kind.GRAMMAR, g.suggestions(), Message.literal(g.message()), lang)); // LanguageTool's words
                }
            }
        }
        return List.copyOf(found);
    }

    private static Message nameMessage(NameFinder.Hit hit) {
        String kind = hit.name().kind() == org.newsdesk.model.NameKind.PERSON ? "person" : "organisation";
        return hit.type() == NameFinder.Type.VARIANT
                ? Message.of("warning.names.knownVariant." + kind, hit.found(), hit.agreed())
                : Message.of("warning.names.closeTo." + kind, hit.agreed());
    }

    /** Whether {@code language} has a dictionary here. */
    public boolean supports(String language) {
        return language != null && speller.supports(Language.of(language).tag());
    }
}
