package org.newsdesk.ui.translation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.Dialogs;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * Article ▸ Link a translation…: picks an article of the library, in another language and not in a set that has the
 * open article's language already, to join the open article's translation set. A search field (headline words, as
 * the library search) above a list of headlines with their language badge; the candidates are found on the library
 * thread. The dialog only picks; the caller links (and shows the service's sentence when the link is refused).
 */
public final class LinkTranslationDialog {
    private final Dialog<UUID> dialog = new Dialog<>();
    private final TextField search = new TextField();
    private final ListView<ArticleSummary> list = new ListView<>();
    private final Label placeholder = new Label();
    private final Messages t;
    private final BackgroundWork background;
    private final Function<String, List<ArticleSummary>> candidates;
    /** Counts the searches asked for: an older answer arriving late is dropped. */
    private long asked;

    /**
     * @param candidates the articles that may join {@code open}'s set whose headline matches the words (all when
     *                   blank); called on the library thread
     */
    public LinkTranslationDialog(Messages t, Window owner, Article open, BackgroundWork background,
                                 Function<String, List<ArticleSummary>> candidates) {
        this.t = t;
        this.background = background;
        this.candidates = candidates;
        dialog.setTitle(t.get("linkTranslation.title"));
        dialog.setHeaderText(t.get("link.header", open.headline().isBlank() ? t.get("article.untitled")
                : open.headline()));
        search.setId("link-search");
        search.setPromptText(t.get("link.search.prompt"));
        search.textProperty().addListener((o, was, now) -> find(now));
        search.setOnKeyPressed(e -> { // Down goes from the words to the list, as in the library
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        list.setId("link-candidates");
        list.setPrefSize(460, 280);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new CandidateCell(t));
        VBox content = new VBox(8, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        ButtonType link = new ButtonType(t.get("link.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(link, ButtonType.CANCEL);
        Button linkButton = (Button) dialog.getDialogPane().lookupButton(link);
        linkButton.setId("link-confirm");
        linkButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                linkButton.fire();
            }
        });
        dialog.setResultConverter(b -> b == link && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().id() : null);
        dialog.setResizable(true);
        Dialogs.prepare(dialog, owner, t);
        dialog.setOnShown(e -> Platform.runLater(search::requestFocus));
        find("");
    }

    /** Shows the dialog and waits: the chosen article's id, or empty when the person cancels. */
    public Optional<UUID> showAndWait() {
        return dialog.showAndWait();
    }

    private void find(String words) {
        long mine = ++asked;
        placeholder.setText(t.get("link.searching"));
        background.run(() -> candidates.apply(words == null ? "" : words), found -> {
            if (mine != asked) {
                return;
            }
            list.getItems().setAll(found);
            placeholder.setText(t.get("link.none"));
            if (!found.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        }, e -> {
            if (mine == asked) {
                list.getItems().clear();
                placeholder.setText(ErrorReporter.message(t, e));
            }
        });
    }

    /** A headline with its language badge; the headline runs in its language's direction. */
    private static final class CandidateCell extends ListCell<ArticleSummary> {
        private final Messages t;
        private final Label badge = new Label();
        private final Label headline = new Label();
        private final HBox box = new HBox(8, badge, headline);

        CandidateCell(Messages t) {
            this.t = t;
            badge.getStyleClass().addAll("language-badge", "present");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            headline.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("link-candidate");
        }

        @Override
        protected void updateItem(ArticleSummary a, boolean empty) {
            super.updateItem(a, empty);
            setText(null);
            if (empty || a == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String tag = a.language().tag().toUpperCase(Locale.ROOT);
            String title = a.headline().isBlank() ? t.get("article.untitled") : a.headline();
            badge.setText(tag);
            headline.setText(title);
            org.newsdesk.ui.common.InterfaceDirection.articleText(headline, a.language().isRightToLeft());
            setAccessibleText(tag + " " + title);
            setGraphic(box);
        }
    }
}
