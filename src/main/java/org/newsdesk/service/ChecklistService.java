package org.newsdesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.Checklist;
import org.newsdesk.model.ChecklistResult;
import org.newsdesk.model.ChecklistRule;
import org.newsdesk.model.ChecklistSettings;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.NameFinder;
import org.newsdesk.model.Role;
import org.newsdesk.store.Database;
import org.newsdesk.store.NameStore;

/**
 * The pre-publish checklist of this library: which rules are on (kept in the library's settings, so everyone
 * working on the library checks the same things), and how an article fares. Approval waits until it passes.
 */
public final class ChecklistService {
    /** Settings key holding the rules switched off, as comma-separated rule keys. */
    static final String DISABLED_KEY = "checklist.disabled";
    /** Settings key holding the rules that are off by default but switched on (names as agreed). */
    static final String ENABLED_KEY = "checklist.enabled";

    private final Database db;
    private final Stores stores;
    private final CurrentUser user;
    private final Checklist checklist = new Checklist();
    private final TranslationTracker translations;
    private final NameStore names;

    ChecklistService(Database db, Stores stores, CurrentUser user, TranslationTracker translations, NameStore names) {
        this.db = db;
        this.stores = stores;
        this.user = user;
        this.translations = translations;
        this.names = names;
    }

    /** How the stored article fares against every rule. */
    public ChecklistResult check(UUID articleId) {
        return db.read(c -> evaluate(c, stores.articles().get(c, articleId)));
    }

    /** How an article as edited (perhaps not yet saved) fares, counting its stored unresolved comments. */
    public ChecklistResult check(Article article) {
        return db.read(c -> evaluate(c, article));
    }

    public ChecklistSettings settings() {
        return db.read(this::settings);
    }

    /** Switches a rule on or off for the whole library; only editors may. */
    public ChecklistSettings setEnabled(ChecklistRule rule, boolean enabled) {
        if (user.get().role() != Role.EDITOR) {
            throw new ConflictException(Message.of("error.checklist.editorOnly"));
        }
        return db.write(c -> {
            ChecklistSettings updated = settings(c).with(rule, enabled);
            stores.settings().put(c, DISABLED_KEY, updated.disabled().stream().filter(ChecklistRule::onByDefault)
                    .sorted().map(ChecklistRule::key).collect(Collectors.joining(",")));
            stores.settings().put(c, ENABLED_KEY, Arrays.stream(ChecklistRule.values())
                    .filter(r -> !r.onByDefault() && updated.isEnabled(r))
                    .map(ChecklistRule::key).collect(Collectors.joining(",")));
            return updated;
        });
    }

    ChecklistResult evaluate(Connection c, Article article) throws SQLException {
        ChecklistSettings settings = settings(c);
        List<Mistake> nameProblems = settings.isEnabled(ChecklistRule.NAMES_AS_AGREED)
                ? NamesService.problems(article, new NameFinder(names.list(c))) : List.of();
        return checklist.evaluate(article, stores.comments().unresolvedCount(c, article.id()), settings,
                translations.comparison(c, article).map(TranslationTracker.Comparison::comparison).orElse(null),
                nameProblems);
    }

    private ChecklistSettings settings(Connection c) throws SQLException {
        String text = stores.settings().get(c, DISABLED_KEY).orElse("");
        Set<ChecklistRule> off = EnumSet.noneOf(ChecklistRule.class);
        off.addAll(rules(text));
        Set<ChecklistRule> optedIn = rules(stores.settings().get(c, ENABLED_KEY).orElse(""));
        Arrays.stream(ChecklistRule.values()).filter(r -> !r.onByDefault() && !optedIn.contains(r)).forEach(off::add);
        return new ChecklistSettings(off);
    }

    private static Set<ChecklistRule> rules(String text) {
        Set<ChecklistRule> rules = EnumSet.noneOf(ChecklistRule.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(k -> !k.isEmpty()).forEach(k -> {
            try {
                rules.add(ChecklistRule.parse(k));
            } catch (RuntimeException unknownRule) {
                // a rule a newer Newsdesk added: ignore it here rather than refuse the library
            }
        });
        return rules;
    }
}
