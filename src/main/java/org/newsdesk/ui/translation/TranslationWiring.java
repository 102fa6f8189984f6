package org.newsdesk.ui.translation;

import org.newsdesk.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.LanguageBadge;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.Language;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.service.Library;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.Dialogs;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.OpenArticle;

/**
 * Translation sets in the main window: Article ▸ Translate…, Link a translation… and Unlink from set, the
 * Translations tab, and the side-by-side windows.
 * A side-by-side window reads its source again whenever the main editor saves that source.
 */
public final class TranslationWiring {
    private final Messages t;
    private final Window owner;
    private final Library library;
    private final BackgroundWork background;
    private final OpenArticle editor;
    private final Consumer<UUID> openInEditor;
    private final Consumer<String> notify;
    private final TranslationsPane pane;
    private final Tab tab;
    private final List<TranslationWindow> windows = new ArrayList<>();
    private final Runnable libraryChanged;
    /** How many search hits the link dialog looks through. */
    private static final int LINK_CANDIDATES = 200;
    /** Asks for the target language; replaceable so tests need no dialog. */
    private LanguagePicker picker = this::askLanguage;

    /** Picks the language to translate into among those the set lacks; empty when the person cancels. */
    public interface LanguagePicker {
        Optional<Language> pick(List<Language> choices);
    }

    /** @param libraryChanged refreshes the library list (after a translation was created or a set published) */
    public TranslationWiring(Messages t, Window owner, Library library, BackgroundWork background, OpenArticle editor,
                             Consumer<UUID> openInEditor, Consumer<String> notify, Runnable libraryChanged) {
        this.t = t;
        this.libraryChanged = libraryChanged;
        this.owner = owner;
        this.library = library;
        this.background = background;
        this.editor = editor;
        this.openInEditor = openInEditor;
        this.notify = notify;
        this.pane = new TranslationsPane(t, editor.article(), library.translations(), background, this::translate,
                this::linkTranslation, this::unlinkFromSet, this::openSideBySide, openInEditor);
        this.tab = new Tab(t.get("tab.translations"), pane.node());
        tab.setClosable(false);
        tab.setId("tab-translations");
        // the side-by-side windows are not owned (an owned window stays above the main one): they close with it
        owner.showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                List.copyOf(windows).forEach(w -> w.stage().close());
            }
        });
        ObservableValue<Article> stored = editor.article();
        stored.addListener((o, was, now) -> {
            if (now != null) {
                // the editor saved: a window showing this article, or a translation of it, reads it again
                windows.forEach(w -> w.model().refresh());
            }
        });
    }

    public void addTab(TabPane side) {
        side.getTabs().add(tab);
    }

    /**
     * Adds the Article menu (after Edit): Translate…, Side by side, Link a translation…, Unlink from set, Approve and
     * publish the set.
     */
    public void addMenuItem(MenuBar bar) {
        Menu article = bar.getMenus().stream().filter(m -> "menu-article".equals(m.getId()))
                .findFirst().orElseGet(() -> {
                    Menu m = new Menu(t.get("menu.article"));
                    m.setId("menu-article");
                    bar.getMenus().add(Math.min(2, bar.getMenus().size()), m);
                    return m;
                });
        MenuItem translate = new MenuItem(t.get("menu.article.translate"));
        translate.setId("menu-translate");
        translate.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+T"));
        translate.setOnAction(e -> translate());
        MenuItem side = new MenuItem(t.get("menu.article.sideBySide"));
        side.setId("menu-side-by-side");
        side.setOnAction(e -> {
            Article open = editor.article().getValue();
            if (open != null) {
                openSideBySide(open.id());
            }
        });
        MenuItem link = new MenuItem(t.get("menu.article.link"));
        link.setId("menu-link-translation");
        link.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        link.setOnAction(e -> linkTranslation());
        MenuItem unlink = new MenuItem(t.get("menu.article.unlink"));
        unlink.setId("menu-unlink-translation");
        unlink.setOnAction(e -> unlinkFromSet());
        MenuItem publish = new MenuItem(t.get("menu.article.publishSet"));
        publish.setId("menu-publish-set");
        publish.setOnAction(e -> publishSet());
        article.getItems().addAll(translate, side, link, unlink, publish);
    }

    /** An editor approves (when in review) and publishes every member of the open article's set, or none. */
    public void publishSet() {
        Article open = editor.article().getValue();
        if (open == null) {
            return;
        }
        editor.flush().whenComplete((saved, err) -> background.run(
                () -> library.translations().approveAndPublishSet(open.id(), null), published -> {
                    notify.accept(t.get("notice.set.published", published.size()));
                    libraryChanged.run();
                    published.stream().filter(a -> a.id().equals(open.id())).findFirst().ifPresent(editor::show);
                    pane.reload();
                }, e -> notify.accept(ErrorReporter.message(t, e))));
    }

    public void setLanguagePicker(LanguagePicker picker) {
        this.picker = picker;
    }

    /** Translates the open article into a language its set lacks and opens the translation side by side. */
    public void translate() {
        Article open = editor.article().getValue();
        if (open == null) {
            notify.accept(t.get("notice.translate.noArticle"));
            return;
        }
        editor.flush().whenComplete((saved, err) -> background.run(() -> library.translations().set(open.id()),
                set -> {
                    List<Language> missing = set.members().stream().filter(m -> !m.isPresent())
                            .map(TranslationMember::language).toList();
                    if (missing.isEmpty()) {
                        notify.accept(t.get("notice.translate.allLanguages"));
                        return;
                    }
                    picker.pick(missing).ifPresent(to -> background.run(
                            () -> library.translations().translate(open.id(), to), created -> {
                                notify.accept(t.get("notice.translate.created", languageName(to)));
                                pane.reload();
                                libraryChanged.run();
                                openSideBySide(created.id());
                            }, e -> notify.accept(ErrorReporter.message(t, e))));
                }, e -> notify.accept(ErrorReporter.message(t, e))));
    }

    /**
     * Asks for an article in another language (not in a set that has the open article's language) and links it into
     * the open article's set on the library thread; a refused link shows the service's sentence, nothing changes.
     */
    public void linkTranslation() {
        Article open = editor.article().getValue();
        if (open == null) {
            notify.accept(t.get("notice.link.noArticle"));
            return;
        }
        editor.flush().whenComplete((saved, err) -> Platform.runLater(() -> {
            Optional<UUID> chosen = new LinkTranslationDialog(t, owner, open, background,
                    words -> linkCandidates(open, words)).showAndWait();
            chosen.ifPresent(id -> background.run(() -> {
                library.translations().link(open.id(), List.of(id));
                return library.articles().get(id);
            }, linked -> {
                notify.accept(t.get("notice.linked", headline(linked.headline()),
                        linked.language().tag().toUpperCase(java.util.Locale.ROOT)));
                setChanged();
            }, e -> notify.accept(ErrorReporter.message(t, e))));
        }));
    }

    /**
     * The articles that may join {@code open}'s set, matching {@code words} (all when blank), newest first or best
     * match first: another language, and not in a set that already has {@code open}'s language (its own set
     * included). On the library thread.
     */
    List<ArticleSummary> linkCandidates(Article open, String words) {
        ArticleFilter filter = words == null || words.isBlank() ? ArticleFilter.all().withLimit(LINK_CANDIDATES)
                : ArticleFilter.text(words).withLimit(LINK_CANDIDATES);
        List<ArticleSummary> others = library.articles().search(filter).stream().map(SearchHit::article)
                .filter(a -> !a.language().equals(open.language())).toList();
        Map<UUID, List<LanguageBadge>> sets = library.translations().badges(others.stream()
                .map(ArticleSummary::id).toList());
        return others.stream().filter(a -> sets.getOrDefault(a.id(), List.of()).stream()
                .noneMatch(b -> b.language().equals(open.language()))).toList();
    }

    /** Takes the open article out of its set, after a confirmation; the other members stay together. */
    public void unlinkFromSet() {
        Article open = editor.article().getValue();
        if (open == null) {
            notify.accept(t.get("notice.link.noArticle"));
            return;
        }
        editor.flush().whenComplete((saved, err) -> background.run(() -> library.translations().set(open.id()),
                set -> {
                    if (!set.isShared()) {
                        notify.accept(t.get("notice.unlink.alone", headline(open.headline())));
                        return;
                    }
                    ButtonType unlink = new ButtonType(t.get("unlink.button"), ButtonBar.ButtonData.OK_DONE);
                    Optional<ButtonType> answer = Dialogs.alert(owner, t, Alert.AlertType.CONFIRMATION,
                            t.get("unlink.header", headline(open.headline())), t.get("unlink.text"),
                            unlink, ButtonType.CANCEL);
                    if (answer.orElse(ButtonType.CANCEL) != unlink) {
                        return;
                    }
                    background.run(() -> {
                        library.translations().unlink(open.id());
                        return library.articles().get(open.id()); // a new version: the editor goes on from it
                    }, alone -> {
                        editor.show(alone);
                        notify.accept(t.get("notice.unlinked", headline(alone.headline())));
                        setChanged();
                    }, e -> notify.accept(ErrorReporter.message(t, e)));
                }, e -> notify.accept(ErrorReporter.message(t, e))));
    }

    /** A set changed: the tab, the library badges and the side-by-side windows read it again. */
    private void setChanged() {
        pane.reload();
        libraryChanged.run();
        windows.forEach(w -> w.model().refresh());
    }

    private String headline(String headline) {
        return headline == null || headline.isBlank() ? t.get("article.untitled") : headline;
    }

    /** Opens (or brings forward) the side-by-side window of a translation. */
    public TranslationWindow openSideBySide(UUID translationId) {
        for (TranslationWindow w : windows) {
            if (w.translationId().equals(translationId)) {
                w.show();
                return w;
            }
        }
        TranslationWindow window = new TranslationWindow(t, owner, new TranslationViewModel(t, translationId,
                library.translations(), library.articles(), background));
        windows.add(window);
        window.stage().setOnHidden(e -> windows.remove(window));
        window.show();
        return window;
    }

    /** The side-by-side windows open now. */
    public List<TranslationWindow> windows() {
        return List.copyOf(windows);
    }

    public TranslationsPane pane() {
        return pane;
    }

    private Optional<Language> askLanguage(List<Language> choices) {
        List<String> names = choices.stream().map(this::languageName).toList();
        ChoiceDialog<String> dialog = Dialogs.prepare(new ChoiceDialog<>(names.get(0), names), owner, t);
        dialog.setTitle(t.get("translate.dialog.title"));
        dialog.setHeaderText(t.get("translate.dialog.header"));
        if (dialog.getDialogPane().lookup(".combo-box") instanceof javafx.scene.control.ComboBox<?> choice) {
            choice.setAccessibleText(t.get("translate.dialog.header")); // a screen reader names the list by it
        }
        return dialog.showAndWait().map(name -> choices.get(names.indexOf(name)));
    }

    /** "French" in an English window, « français » in a French one; the tag for a language the bundles lack. */
    private String languageName(Language language) {
        return org.newsdesk.ui.common.SystemNotes.languageName(t, language.tag());
    }
}
