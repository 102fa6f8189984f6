package org.newsdesk.spelling;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool spellers for English, French and Arabic, each loaded on first use (a few seconds: call from a
 * background thread) and used by one thread at a time. English without a region is checked as British English,
 * the spelling international organisations publish in; "en-US" as American English.
 *
 * <p>Languages load on a thread of their own: a window that closes interrupts its spelling thread, and an
 * interrupt in the middle of LanguageTool's first load (class initialisers, dictionaries read through NIO
 * channels) left it unusable for the rest of the process. The caller only waits; its interrupt stops the wait.
 */
public final class LanguageToolSpellers implements Speller {

    private final Map<String, CompletableFuture<LanguageToolSpeller>> loaded = new ConcurrentHashMap<>();
    private final Executor loader = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "newsdesk-languagetool-loader");
        t.setDaemon(true);
        return t;
    });

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
        if (code == null) {
            return null;
        }
        CompletableFuture<LanguageToolSpeller> loading = loaded.computeIfAbsent(code,
                c -> CompletableFuture.supplyAsync(() -> new LanguageToolSpeller(c), loader));
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpellingStoppedException();
        } catch (ExecutionException e) {
            loaded.remove(code, loading); // the next check tries again
            throw new IllegalStateException("LanguageTool could not load " + code, e.getCause());
        }
    }

    /** The thread waiting for a language was interrupted (its window closed); the language goes on loading. */
    public static final class SpellingStoppedException extends RuntimeException {
        SpellingStoppedException() {
            super("Spelling stopped while its language was loading.");
        }
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
