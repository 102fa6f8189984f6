package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.model.TranslationComparison;
import org.newsdesk.model.TranslationLink;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.model.TranslationSet;
import org.newsdesk.model.TranslationState;
import org.newsdesk.store.TranslationStore;

/**
 * Reads translation sets inside a caller's transaction: who is in a set, which member is its source, and how each
 * translation stands against its source. Shared by the translation, checklist and export services.
 */
final class TranslationTracker {
    static final String LANGUAGES_KEY = "translation.languages";
    static final List<Language> DEFAULT_LANGUAGES = List.of(Language.of("en"), Language.of("fr"), Language.of("ar"));

    private final Stores stores;
    private final TranslationStore translations;

    TranslationTracker(Stores stores, TranslationStore translations) {
        this.stores = stores;
        this.translations = translations;
    }

    TranslationStore store() {
        return translations;
    }

    /** The live (not trashed) articles of the article's set, oldest first. */
    List<Article> members(Connection c, Article article) throws SQLException {
        return stores.articles().getAll(c, translations.members(c, article.translationGroup()));
    }

    /**
     * The article as a translation: compared with its source when the source is a live member of the same set;
     * empty for an original, or when the source was deleted or left the set.
     */
    Optional<Comparison> comparison(Connection c, Article article) throws SQLException {
        Optional<TranslationLink> link = translations.find(c, article.id());
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Optional<Article> source = stores.articles().find(c, link.get().sourceId())
                .filter(s -> s.translationGroup().equals(article.translationGroup()) && !s.id().equals(article.id()));
        if (source.isEmpty() || !translations.members(c, article.translationGroup()).contains(source.get().id())) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(source.get(), article, link.get(),
                TranslationComparison.compare(source.get(), article, link.get())));
    }

    /** The set of {@code article}, one member per language, the expected languages that are missing included. */
    TranslationSet set(Connection c, Article article) throws SQLException {
        List<Article> members = members(c, article);
        if (members.stream().noneMatch(m -> m.id().equals(article.id()))) {
            members = new ArrayList<>(members);
            members.add(article); // a trashed article still sees its set
        }
        Map<UUID, Comparison> compared = new LinkedHashMap<>();
        for (Article m : members) {
            comparison(c, m).ifPresent(x -> compared.put(m.id(), x));
        }
        UUID source = sourceOf(members, compared.keySet());
        List<TranslationMember> out = new ArrayList<>();
        members.stream().filter(m -> m.id().equals(source)).findFirst().ifPresent(m -> out.add(member(m, null, true)));
        for (Article m : members) {
            if (!m.id().equals(source)) {
                out.add(member(m, compared.get(m.id()), false));
            }
        }
        Set<String> present = members.stream().map(m -> m.language().tag()).collect(Collectors.toSet());
        for (Language expected : languages(c)) {
            if (!present.contains(expected.tag())) {
                out.add(TranslationMember.missing(expected));
            }
        }
        return new TranslationSet(article.translationGroup(), source, out);
    }

    /** x-default: the member translated from no other live member, else (its source deleted) the oldest. */
    private static UUID sourceOf(List<Article> members, Set<UUID> translations) {
        return members.stream().filter(m -> !translations.contains(m.id())).map(Article::id).findFirst()
                .orElse(members.get(0).id());
    }

    private static TranslationMember member(Article a, Comparison x, boolean isSource) {
        TranslationComparison cmp = x == null ? null : x.comparison();
        boolean outdated = cmp != null && cmp.isOutdated();
        return new TranslationMember(a.language(), a.id(), a.slug(), a.headline(), a.status(),
                outdated ? TranslationState.OUTDATED : TranslationState.UP_TO_DATE, isSource,
                x == null ? null : x.source().id(), outdated ? cmp.changedSourceUnits() : List.of(),
                cmp == null ? 0 : cmp.untranslated());
    }

    List<Language> languages(Connection c) throws SQLException {
        String text = stores.settings().get(c, LANGUAGES_KEY).orElse("");
        if (text.isBlank()) {
            return DEFAULT_LANGUAGES;
        }
        List<Language> out = new ArrayList<>();
        for (String tag : text.split(",")) {
            try {
                out.add(Language.of(tag));
            } catch (RuntimeException notALanguage) {
                // a hand-edited setting: skip what is not a language rather than refuse the library
            }
        }
        return out;
    }

    /** A translation, its source and how they compare. */
    record Comparison(Article source, Article translation, TranslationLink link, TranslationComparison comparison) {
    }
}
