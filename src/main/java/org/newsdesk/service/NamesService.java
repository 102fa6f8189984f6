package org.newsdesk.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.AgreedName;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.NameFinder;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameMention;
import org.newsdesk.model.NameSpelling;
import org.newsdesk.model.NotFoundException;
import org.newsdesk.model.PlacedText;
import org.newsdesk.store.Database;
import org.newsdesk.store.NameStore;

/**
 * The library's agreed names: how people and organisations are written in each language, and the wrong ways
 * they are known to be written. The editor offers them while typing and flags the rest; exports say who an
 * article mentions.
 */
public final class NamesService {

    private final Database db;
    private final NameStore store;
    private final ArticleService articles;
    private final Clock clock;

    NamesService(Database db, NameStore store, ArticleService articles, Clock clock) {
        this.db = db;
        this.store = store;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * Agrees {@code spelling} for its language. With {@code sameAs} (an agreed spelling in another language) it is
     * that name's spelling in this language; a spelling already agreed gets the variants added; otherwise a new
     * name is made.
     */
    public AgreedName add(NameSpelling spelling, NameKind kind, String sameAs) {
        return db.write(c -> {
            Optional<Long> existing = store.findBySpelling(c, spelling.name());
            long id;
            if (sameAs != null && !sameAs.isBlank()) {
                id = store.findBySpelling(c, sameAs.strip()).orElseThrow(() -> new NotFoundException(
                        Message.of("error.names.noSuchNameAddFirst", sameAs.strip())));
                if (existing.isPresent() && existing.get() != id) {
                    throw new BadInputException(Message.of("error.names.agreedForAnother", spelling.name()));
                }
            } else {
                id = existing.isPresent() ? existing.get()
                        : store.create(c, kind, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            }
            store.putSpelling(c, id, spelling);
            return store.list(c).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        });
    }

    /** Forgets the name written {@code spelling} (in any language), with all its spellings. */
    public void remove(String spelling) {
        db.write(c -> {
            long id = store.findBySpelling(c, spelling.strip()).orElseThrow(() -> new NotFoundException(
                    Message.of("error.names.noSuchName", spelling.strip())));
            return store.delete(c, id);
        });
    }

    public List<AgreedName> list() {
        return db.read(store::list);
    }

    public NameFinder finder() {
        return new NameFinder(list());
    }

    /** Names in a stored article that are written as a known variant or close to an agreed name. */
    public List<Mistake> check(UUID articleId) {
        return problems(articles.get(articleId), finder());
    }

    static List<Mistake> problems(Article article, NameFinder finder) {
        List<Mistake> out = new ArrayList<>();
        for (PlacedText t : PlacedText.of(article)) {
            String lang = t.language() == null ? article.language().tag() : t.language();
            for (NameFinder.Hit hit : finder.problems(t.text(), lang)) {
                out.add(new Mistake(t.place(), hit.start(), hit.end(), hit.found(), Mistake.Kind.NAME,
                        List.of(hit.agreed()), Message.literal(hit.type() == NameFinder.Type.VARIANT ? "known variant" // codes
                                : "near miss"),
                        lang));
            }
        }
        return out;
    }

    /** The agreed names {@code article} mentions (as agreed, or as a variant), in order of first mention. */
    public List<NameMention> mentions(Article article) {
        return mentions(article, finder());
    }

    static List<NameMention> mentions(Article article, NameFinder finder) {
        if (finder.isEmpty()) {
            return List.of();
        }
        Map<Long, AgreedName> seen = new LinkedHashMap<>();
        for (PlacedText t : PlacedText.of(article)) {
            String lang = t.language() == null ? article.language().tag() : t.language();
            for (NameFinder.Hit hit : finder.find(t.text(), lang)) {
                if (hit.type() != NameFinder.Type.NEAR_MISS) {
                    seen.putIfAbsent(hit.name().id(), hit.name());
                }
            }
        }
        String lang = article.language().tag();
        String primary = article.language().primary();
        return seen.values().stream().map(n -> new NameMention(n.id(), n.kind(), n.nameIn(lang),
                n.spellings().stream().filter(s -> !Language.of(s.language()).primary().equals(primary))
                        .map(s -> new NameSpelling(s.language(), s.name(), List.of())).toList())).toList();
    }
}
