package org.newsdesk.ui.window;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.User;
import org.newsdesk.service.ArticleService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.UiPreferences;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.library.LibraryViewModel;

/**
 * What a user does to whole articles from the window: open, new, new from template, duplicate, save,
 * trash. Each action first saves the open article, then works in the background.
 */
public final class ArticleActions {
    private final ArticleService articles;
    private final BackgroundWork background;
    private final EditorViewModel editor;
    private final LibraryViewModel library;
    private final Clock clock;
    private final Supplier<User> user;
    private final Supplier<UiPreferences> preferences;
    private final Consumer<String> notify;
    private Runnable afterCreate = () -> { };

    private final org.newsdesk.i18n.Messages t;

    public ArticleActions(org.newsdesk.i18n.Messages t, ArticleService articles, BackgroundWork background, EditorViewModel editor,
                          LibraryViewModel library, Clock clock, Supplier<User> user,
                          Supplier<UiPreferences> preferences, Consumer<String> notify) {
        this.t = t;
        this.articles = articles;
        this.background = background;
        this.editor = editor;
        this.library = library;
        this.clock = clock;
        this.user = user;
        this.preferences = preferences;
        this.notify = notify;
        editor.setOnSaved(saved -> library.refresh());
    }

    /** Runs after a new article is open, e.g. to put the caret in the headline. */
    public void setAfterCreate(Runnable afterCreate) {
        this.afterCreate = afterCreate;
    }

    public void open(ArticleSummary summary) {
        open(summary.id());
    }

    public void open(UUID id) {
        Article current = editor.storedProperty().get();
        if (current != null && current.id().equals(id)) {
            return;
        }
        editor.flush().whenComplete((saved, error) -> background.run(() -> articles.get(id), editor::open,
                e -> notify.accept(ErrorReporter.message(t, e))));
    }

    public void createNew() {
        Language language = editor.storedProperty().get() == null ? Language.ENGLISH : editor.languageProperty().get();
        create(Article.draft("", language, clock.instant()).withByline(user.get().name()));
    }

    /** A press release skeleton: dateline, today's date, lead paragraph, and the "About" boilerplate. */
    public void createFromTemplate() {
        Document body = Document.of(
                Block.paragraph(""),
                Block.heading(3, t.get("template.about")),
                Block.paragraph(preferences.get().boilerplate()));
        // in the interface's language: a French desk drafts French releases from it
        create(Article.draft("", Language.of(t.language().code()), clock.instant()).withByline(user.get().name())
                .withDate(LocalDate.now(clock)).withDateline("Paris").withBody(body));
    }

    public void duplicate() {
        Article current = editor.storedProperty().get();
        if (current == null) {
            return;
        }
        editor.flush().whenComplete((s, e) -> background.run(() -> articles.duplicate(current.id()), this::opened,
                err -> notify.accept(ErrorReporter.message(t, err))));
    }

    private void create(Article draft) {
        editor.flush().whenComplete((s, e) -> background.run(() -> articles.create(draft), this::opened,
                err -> notify.accept(ErrorReporter.message(t, err))));
    }

    private void opened(Article created) {
        editor.open(created);
        library.refresh();
        afterCreate.run();
    }

    public void save() {
        if (editor.storedProperty().get() != null) {
            editor.saveNow(null);
        }
    }

    /** Moves the open article to the trash (restorable from Tools ▸ Trash). */
    public void trash() {
        Article current = editor.storedProperty().get();
        if (current == null) {
            return;
        }
        editor.flush().whenComplete((s, e) -> background.run(() -> {
            articles.trash(current.id());
            return current;
        }, trashed -> {
            editor.close();
            library.refresh();
            notify.accept(t.get("notice.trashed", trashed.headline().isBlank() ? t.get("article.untitled")
                    : trashed.headline()));
        }, err -> notify.accept(ErrorReporter.message(t, err))));
    }

    public void restore(List<UUID> ids, Runnable then) {
        background.run(() -> {
            ids.forEach(articles::restore);
            return ids.size();
        }, n -> {
            library.refresh();
            then.run();
        }, err -> notify.accept(ErrorReporter.message(t, err)));
    }
}
