package org.newsdesk.ui.translation;

import org.newsdesk.i18n.Messages;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsdesk.model.Article;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.model.TranslationSet;
import org.newsdesk.model.TranslationState;
import org.newsdesk.service.TranslationService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * The Translations panel beside the editor: the open article's set, one line per language (status and state),
 * Translate…, Link a translation… and Unlink from set buttons, and for a translation "Side by side". Reloads whenever
 * the open article is saved.
 */
public final class TranslationsPane {
    private final Messages t;
    private final VBox root = new VBox(8);
    private final VBox members = new VBox(4);
    private final TranslationService translations;
    private final BackgroundWork background;
    private final ObservableValue<Article> open;

    /** Whether the open article shares a set with others (Unlink from set has something to do). */
    private final javafx.beans.property.BooleanProperty shared = new javafx.beans.property.SimpleBooleanProperty();

    public TranslationsPane(Messages t, ObservableValue<Article> open, TranslationService translations, BackgroundWork background,
                            Runnable translate, Runnable link, Runnable unlink, Consumer<UUID> sideBySide,
                            Consumer<UUID> openArticle) {
        this.t = t;
        this.translations = translations;
        this.background = background;
        this.open = open;
        root.getStyleClass().add("translations-pane");
        Button translateButton = new Button(t.get("menu.article.translate"));
        translateButton.setId("translations-translate");
        translateButton.setOnAction(e -> translate.run());
        translateButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> open.getValue() == null, open));
        Button linkButton = new Button(t.get("menu.article.link"));
        linkButton.setId("translations-link");
        linkButton.setOnAction(e -> link.run());
        linkButton.disableProperty().bind(translateButton.disableProperty());
        Button unlinkButton = new Button(t.get("menu.article.unlink"));
        unlinkButton.setId("translations-unlink");
        unlinkButton.setOnAction(e -> unlink.run());
        unlinkButton.disableProperty().bind(shared.not());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, translateButton, linkButton,
                unlinkButton);
        root.getChildren().addAll(members, buttons);
        this.sideBySide = sideBySide;
        this.openArticle = openArticle;
        open.addListener((o, was, now) -> reload());
    }

    private final Consumer<UUID> sideBySide;
    private final Consumer<UUID> openArticle;

    public void reload() {
        Article article = open.getValue();
        shared.set(false);
        if (article == null) {
            members.getChildren().setAll(new Label(t.get("translations.noArticle")));
            return;
        }
        background.run(() -> translations.set(article.id()), this::show,
                e -> members.getChildren().setAll(new Label(ErrorReporter.message(t, e))));
    }

    private void show(TranslationSet set) {
        members.getChildren().clear();
        shared.set(set.isShared());
        Article article = open.getValue();
        for (TranslationMember m : set.members()) {
            Label language = new Label(m.language().tag().toUpperCase(java.util.Locale.ROOT));
            String languageName = org.newsdesk.ui.common.SystemNotes.languageName(t, m.language().tag());
            language.setAccessibleText(languageName);
            language.getStyleClass().addAll("language-badge", m.state() == TranslationState.OUTDATED ? "outdated"
                    : m.isPresent() ? "present" : "missing");
            language.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox first = new HBox(8, language);
            first.setAlignment(Pos.CENTER_LEFT);
            VBox entry = new VBox(2, first);
            entry.getStyleClass().add("translation-member");
            if (!m.isPresent()) {
                first.getChildren().add(new Label(t.get(TranslationState.MISSING.nameKey())));
            } else {
                String stateName = t.get(m.state().nameKey());
                String state = m.isSource() ? t.get("translations.source") : m.untranslated() == 0 ? stateName
                        : t.get("translations.state", stateName,
                        t.get("translation.summary.untranslated", m.untranslated()));
                Hyperlink headline = new Hyperlink(m.headline().isBlank() ? t.get("article.untitled") : m.headline());
                headline.setAccessibleHelp(t.get("translations.open.help"));
                headline.setOnAction(e -> openArticle.accept(m.articleId()));
                headline.setMinWidth(0);
                first.getChildren().add(headline);
                Label facts = new Label(t.get("translations.facts", t.get(m.status().nameKey()), state));
                facts.getStyleClass().add("translation-facts");
                HBox second = new HBox(8, facts);
                second.setAlignment(Pos.CENTER_LEFT);
                if (!m.isSource()) {
                    Button side = new Button(t.get("translations.sideBySide"));
                    side.setAccessibleText(t.get("translations.sideBySide") + " — " + languageName);
                    side.setAccessibleHelp(t.get("translations.sideBySide.help"));
                    side.getStyleClass().add("small");
                    side.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    side.setId("side-by-side-" + m.language().tag());
                    side.setOnAction(e -> sideBySide.accept(m.articleId()));
                    second.getChildren().add(side);
                }
                entry.getChildren().add(second);
            }
            if (article != null && article.id().equals(m.articleId())) {
                entry.getStyleClass().add("open-member");
            }
            members.getChildren().add(entry);
        }
    }

    public Node node() {
        return root;
    }
}
