package org.newsdesk.ui.window;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.newsdesk.model.Article;
import org.newsdesk.service.Library;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.OpenArticle;
import org.newsdesk.ui.common.UserSession;
import org.newsdesk.ui.editor.EditorViewModel;
import org.newsdesk.ui.editor.body.BodyEditor;
import org.newsdesk.ui.history.HistoryServices;
import org.newsdesk.ui.history.HistoryView;
import org.newsdesk.ui.history.HistoryViewModel;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.ui.review.BodyComments;
import org.newsdesk.ui.review.CommentHighlights;
import org.newsdesk.ui.review.ReviewByFile;
import org.newsdesk.ui.review.ReviewServices;
import org.newsdesk.ui.review.ReviewView;
import org.newsdesk.ui.review.ReviewViewModel;

/**
 * The review workflow in the window: the Review and History tabs of the side panel, comment highlights in the
 * body, Ctrl+Alt+M, and the menu items (File ▸ Send for review… / Import review…, a Review menu). Kept apart from
 * {@link MainWindow} so the window only adds the tabs and menus.
 */
public final class ReviewWiring {
    private final ReviewViewModel reviewModel;
    private final HistoryViewModel historyModel;
    private final HistoryView historyView;
    private final CommentHighlights highlights;
    private final BodyComments bodyComments;
    private final ReviewByFile byFile;
    private final Tab reviewTab;
    private final Tab historyTab;

    private final org.newsdesk.i18n.Messages t;

    public ReviewWiring(org.newsdesk.i18n.Messages t, Stage stage, Library library, BackgroundWork background,
                        EditorViewModel editor, BodyEditor body, LibraryViewModel libraryList, UserSession user,
                        Consumer<String> notify) {
        this.t = t;
        OpenArticle open = openArticle(editor, libraryList);
        reviewModel = new ReviewViewModel(t, ReviewServices.of(library), background, open, user::get);
        historyModel = new HistoryViewModel(t, HistoryServices.of(library), background, open);
        highlights = new CommentHighlights(body.area());
        reviewModel.commentsProperty().addListener((o, a, shown) -> highlights.show(shown));
        // opening an article (also after a step) replaces the body, which collapses the highlights: place them
        // again, following the last stored anchors into the new text
        editor.storedProperty().addListener((o, a, b) -> highlights.show(reviewModel.commentsProperty().get()));
        reviewTab = tab(t.get("tab.review"), "tab-review");
        historyTab = tab(t.get("tab.history"), "tab-history");
        bodyComments = new BodyComments(t, body.area(), reviewModel, highlights,
                () -> editor.storedProperty().get() != null, notify, () -> select(reviewTab));
        reviewTab.setContent(new ReviewView(t, reviewModel, bodyComments::reveal).node());
        historyView = new HistoryView(t, historyModel);
        historyTab.setContent(historyView.node());
        byFile = new ReviewByFile(t, library.reviews(), library.articles(), background, open, () -> stage, notify);
        user.addListener(u -> { // another role opens other steps and another "waiting for me"
            reviewModel.refresh();
            libraryList.refresh();
        });
    }

    static OpenArticle openArticle(EditorViewModel editor, LibraryViewModel libraryList) {
        return new OpenArticle() {
            @Override
            public ObservableValue<Article> article() {
                return editor.storedProperty();
            }

            @Override
            public CompletableFuture<Article> flush() {
                return editor.flush();
            }

            @Override
            public void show(Article changed) {
                editor.open(changed);
                libraryList.refresh();
            }
        };
    }

    /** Adds the Review and History tabs to the side panel. */
    public void addTabs(TabPane side) {
        side.getTabs().addAll(reviewTab, historyTab);
    }

    /** Adds Send for review… and Import review… to the File menu (after Import…), and the Review menu before Help. */
    public void addMenus(MenuBar bar) {
        Menu file = bar.getMenus().get(0);
        Menu byFileItems = new MenuBuilder(t, "menu.review")
                .item("menu.file.sendForReview", null, Feather.SEND, byFile::sendForReview)
                .item("menu.file.importReview", null, Feather.INBOX, byFile::importReview)
                .build();
        java.util.List<MenuItem> items = java.util.List.copyOf(byFileItems.getItems());
        byFileItems.getItems().clear();
        int afterImport = file.getItems().stream().map(MenuItem::getId).toList().indexOf("menu-import") + 1;
        file.getItems().addAll(afterImport > 0 ? afterImport : file.getItems().size(), items);
        Menu review = new MenuBuilder(t, "menu.review")
                .item("menu.review.comment", "Shortcut+Alt+M", Feather.MESSAGE_SQUARE,
                        bodyComments::commentOnSelection)
                .item("menu.review.sinceSubmitted", null, Feather.GIT_PULL_REQUEST, () -> {
                    select(historyTab);
                    historyModel.changesSinceSubmitted();
                })
                .separator()
                .item("menu.review.reviewPanel", null, Feather.CHECK_SQUARE, () -> select(reviewTab))
                .item("menu.review.historyPanel", null, Feather.CLOCK, () -> select(historyTab))
                .build();
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), review);
    }

    private static Tab tab(String title, String id) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void select(Tab tab) {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }

    public ReviewViewModel reviewModel() {
        return reviewModel;
    }

    public HistoryViewModel historyModel() {
        return historyModel;
    }

    public HistoryView historyView() {
        return historyView;
    }

    public CommentHighlights highlights() {
        return highlights;
    }

    /** Review by file; tests replace its file dialogs. */
    public ReviewByFile byFile() {
        return byFile;
    }
}
