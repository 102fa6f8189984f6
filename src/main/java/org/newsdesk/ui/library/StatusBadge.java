package org.newsdesk.ui.library;

import javafx.scene.control.Label;
import org.newsdesk.model.ArticleStatus;

/** A small coloured label naming an article's workflow state. */
public final class StatusBadge extends Label {

    public StatusBadge() {
        getStyleClass().add("status-badge");
    }

    /** The status named in the interface's language. */
    public void show(ArticleStatus status, org.newsdesk.i18n.Messages t) {
        show(status);
        setText(t.get(status.nameKey()));
        setAccessibleHelp(t.get("a11y.status.badge.help"));
    }

    public void show(ArticleStatus status) {
        setText(status.displayName());
        getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        getStyleClass().add("status-" + status.label());
    }
}
