package org.newsdesk.spelling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.hunspell.HunspellRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * LanguageTool for one language: its spelling dictionary (Morfologik for English and French, Hunspell for
 * Arabic) asked word by word, and, when a library wants them, its grammar and style rules over whole paragraphs.
 *
 * <p>Why not {@code JLanguageTool.check} for spelling: it tags, chunks and disambiguates every sentence and works
 * out suggestions for every mistake up front, several times the cost of asking the dictionary about each word
 * (see the spelling benchmark). Suggestions are worked out when someone asks for them (the context menu, the
 * CLI). Verdicts are remembered per word: a news text repeats most of its words. Not thread-safe on its own:
 * {@link Spellers} gives each language a lock.
 */
final class LanguageToolSpeller {

    private static final int WORD_CACHE = 50_000;

    private final JLanguageTool tool;
    private final SpellingCheckRule rule;
    private final boolean arabic;
    private final Map<String, Boolean> misspelt = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > WORD_CACHE;
        }
    };
    private final Map<String, List<String>> suggestions = new ConcurrentHashMap<>();

    LanguageToolSpeller(String languageCode) {
        Language language = Languages.getLanguageForShortCode(languageCode);
        this.tool = new JLanguageTool(language);
        this.arabic = languageCode.startsWith("ar");
        SpellingCheckRule speller = null;
        for (Rule r : tool.getAllRules()) {
            if (r.isDictionaryBasedSpellingRule() && r instanceof SpellingCheckRule s && speller == null) {
                speller = s;
            }
        }
        if (speller == null) {
            throw new IllegalStateException("LanguageTool has no spelling dictionary for " + languageCode);
        }
        this.rule = speller;
        for (Rule r : tool.getAllRules()) {
            if (r.isDictionaryBasedSpellingRule()) {
                tool.disableRule(r.getId()); // spelling is asked word by word; check() is for the other rules
            }
        }
        isMisspelt("the"); // loads the dictionary now, on the loading thread, not on the first check
    }

    /** The words of {@code text} the dictionary does not know. */
    List<WordSpan> misspelt(String text, String languageTag) {
        List<WordSpan> out = new ArrayList<>();
        for (WordSpan w : Words.of(text, languageTag)) {
            if (isMisspeltWithParts(w.word())) {
                out.add(w);
            }
        }
        return out;
    }

    private boolean isMisspeltWithParts(String word) {
        if (!isMisspelt(word)) {
            return false;
        }
        if (word.indexOf('-') > 0) { // "Director-General": a known compound, or known parts
            for (String part : word.split("-")) {
                if (!part.isEmpty() && isMisspelt(part)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private boolean isMisspelt(String word) {
        String key = arabic ? ArabicLetters.withoutMarks(word) : word;
        Boolean known = misspelt.get(key);
        if (known == null) {
            try {
                known = rule.isMisspelled(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            misspelt.put(key, known);
        }
        return known;
    }

    /** Up to {@code max} replacements for a misspelt word, best first. */
    List<String> suggest(String word, int max) {
        List<String> all = suggestions.computeIfAbsent(word, w -> {
            String key = arabic ? ArabicLetters.withoutMarks(w) : w;
            try {
                if (rule instanceof MorfologikSpellerRule m) {
                    return List.copyOf(m.getSpellingSuggestions(key));
                }
                if (rule instanceof HunspellRule h) {
                    return List.copyOf(h.getSuggestions(key));
                }
                return List.of();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return all.stream().filter(s -> !s.equals(word)).distinct().limit(max).toList();
    }

    /** LanguageTool's grammar and style rules (spelling excluded) over one paragraph. */
    List<RuleMatch> grammar(String text) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** LanguageTool's own full spelling check of {@code text}, suggestions and all: the benchmark's floor. */
    List<RuleMatch> fullSpellingCheck(String text) {
        try {
            List<RuleMatch> matches = new ArrayList<>();
            for (var sentence : tool.analyzeText(text)) {
                matches.addAll(List.of(rule.match(sentence)));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
