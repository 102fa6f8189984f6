package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Article;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.NameFinder;
import org.newsdesk.model.PlacedText;
import org.newsdesk.spelling.Speller;
import org.newsdesk.store.Database;
import org.newsdesk.store.DictionaryStore;
import org.newsdesk.store.NameStore;
import org.newsdesk.store.SettingsStore;

/**
 * Spelling for a library: LanguageTool's dictionaries plus the library's own word list (shared by everyone using
 * the library), agreed names, and LanguageTool's grammar and style rules when the library switches them on (off
 * by default: spelling only). The window checks through a {@link SpellingSession}; the CLI calls {@link #check}.
 */
public final class SpellingService {
    /** Settings key: "on" when grammar and style rules are checked too. */
    static final String GRAMMAR_KEY = "spelling.grammar";

    private final Database db;
    private final DictionaryStore dictionary;
    private final NameStore names;
    private final SettingsStore settings;
    private final Speller speller;
    private final ArticleService articles;
    private final Clock clock;
    private final CurrentUser user;

    SpellingService(Database db, DictionaryStore dictionary, NameStore names, SettingsStore settings, Speller speller,
                    ArticleService articles, Clock clock, CurrentUser user) {
        this.db = db;
        this.dictionary = dictionary;
        this.names = names;
        this.settings = settings;
        this.speller = speller;
        this.articles = articles;
        this.clock = clock;
        this.user = user;
    }

    /** The mistakes in a stored article, in reading order. Loads LanguageTool if needed (seconds, the first time). */
    public List<Mistake> check(UUID articleId) {
        return check(articles.get(articleId));
    }

    public List<Mistake> check(Article article) {
        return new SpellingSession(speller, context(), true).check(PlacedText.of(article));
    }

    /**
     * A session for checking one window's texts over and over. Its spelling mistakes come without suggestions:
     * ask {@link SpellingSession#suggest} when someone wants them.
     */
    public SpellingSession session() {
        return new SpellingSession(speller, context(), false);
    }

    /** The library's lists as they are now, for {@link SpellingSession#update}. */
    public SpellingContext context() {
        return db.read(c -> new SpellingContext(dictionaryByLanguage(c), new NameFinder(names.list(c)), grammar(c)));
    }

    /** Loads the dictionary of {@code language} now; for a background thread at start-up. */
    public void load(Language language) {
        speller.load(language.tag());
    }

    public boolean supports(Language language) {
        return speller.supports(language.tag());
    }

    // ---- the library's dictionary ---------------------------------------------------------------------------

    /** Adds words for {@code language}; returns how many were new. */
    public int addWords(Collection<String> words, Language language) {
        List<DictionaryWord> checked = words.stream().map(w -> new DictionaryWord(language.primary(), w)).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return db.write(c -> {
            int added = 0;
            for (DictionaryWord w : checked) {
                added += dictionary.add(c, w, user.get().name(), now) ? 1 : 0;
            }
            return added;
        });
    }

    /** Removes words for {@code language}; returns how many were there. */
    public int removeWords(Collection<String> words, Language language) {
        List<DictionaryWord> checked = words.stream().map(w -> new DictionaryWord(language.primary(), w)).toList();
        return db.write(c -> {
            int removed = 0;
            for (DictionaryWord w : checked) {
                removed += dictionary.remove(c, w) ? 1 : 0;
            }
            return removed;
        });
    }

    /** Every word of the library's dictionary, by language. */
    public List<DictionaryWord> dictionary() {
        return db.read(dictionary::list);
    }

    // ---- grammar and style ----------------------------------------------------------------------------------

    public boolean grammarEnabled() {
        return db.read(this::grammar);
    }

    /** Switches LanguageTool's grammar and style rules on or off for everyone using the library. */
    public void setGrammarEnabled(boolean enabled) {
        db.write(c -> {
            if (enabled) {
                settings.put(c, GRAMMAR_KEY, "on");
            } else {
                settings.delete(c, GRAMMAR_KEY);
            }
            return null;
        });
    }

    private boolean grammar(Connection c) throws SQLException {
        return settings.get(c, GRAMMAR_KEY).map("on"::equals).orElse(false);
    }

    private Map<String, Set<String>> dictionaryByLanguage(Connection c) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        for (DictionaryWord w : dictionary.list(c)) {
            out.computeIfAbsent(w.language(), k -> new java.util.HashSet<>()).add(w.word());
        }
        return out;
    }
}
