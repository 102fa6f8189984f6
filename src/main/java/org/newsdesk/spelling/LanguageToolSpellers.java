package org.newsdesk.spelling;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool spellers for English, French and Arabic, each loaded on first use (a few seconds: call from a
 * background thread) and used by one thread at a time. English without a region is checked as British English,
 * the spelling international organisations publish in; "en-US" as American English.
 */
public final class LanguageToolSpellers implements Speller {

    private final Map<String, LanguageToolSpeller> loaded = new ConcurrentHashMap<>();

    @Override
    public boolean supports(String languageTag) {
        return code(languageTag) != null;
    }

    @Override
    public List<WordSpan> misspelt(String paragraph, String languageTag) {
        LanguageToolSpeller speller = speller(languageTag);
        if (speller == null) {
            return List.of();
        }
        synchronized (speller) {
            return speller.misspelt(paragraph, languageTag);
        }
    }

    @Override
    public List<String> suggest(String word, String languageTag, int max) {
        LanguageToolSpeller speller = speller(languageTag);
        if (speller == null) {
            return List.of();
        }
        synchronized (speller) {
            return speller.suggest(word, max);
        }
    }

    @Override
    public List<GrammarMatch> grammar(String paragraph, String languageTag) {
        LanguageToolSpeller speller = speller(languageTag);
        if (speller == null) {
            return List.of();
        }
        List<RuleMatch> matches;
        synchronized (speller) {
            matches = speller.grammar(paragraph);
        }
        return matches.stream().map(m -> new GrammarMatch(m.getFromPos(), m.getToPos(), plain(m.getMessage()),
                m.getSuggestedReplacements().stream().limit(5).toList(), m.getRule().getId())).toList();
    }

    @Override
    public void load(String languageTag) {
        speller(languageTag);
    }

    /** LanguageTool's own spelling check of a paragraph (analysis, then the spelling rule): the benchmark floor. */
    public int fullCheck(String paragraph, String languageTag) {
        LanguageToolSpeller speller = speller(languageTag);
        synchronized (speller) {
            return speller.fullSpellingCheck(paragraph).size();
        }
    }

    private LanguageToolSpeller speller(String languageTag) {
        String code = code(languageTag);
        return code == null ? null : loaded.computeIfAbsent(code, LanguageToolSpeller::new);
    }

    /** LanguageTool's code for a language tag, or null when Newsdesk does not check that language. */
    static String code(String languageTag) {
        if (languageTag == null) {
            return null;
        }
        String tag = languageTag.toLowerCase(Locale.ROOT);
        if (tag.equals("en-us")) {
            return "en-US";
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
            return "en-GB";
        }
        if (tag.equals("fr") || tag.startsWith("fr-")) {
            return "fr";
        }
        if (tag.equals("ar") || tag.startsWith("ar-")) {
            return "ar";
        }
        return null;
    }

    private static String plain(String message) {
        return message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
    }
}
