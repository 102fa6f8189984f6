package org.newsdesk.ui.details;

import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.newsdesk.model.Article;
import org.newsdesk.service.ArticleService;
import org.newsdesk.ui.common.BackgroundWork;

/** The facts about the open article, refreshed after each save (the revision count comes from the library). */
public final class DetailsViewModel {

    private final ReadOnlyStringWrapper id = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper slug = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper created = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revisions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");

    public DetailsViewModel(org.newsdesk.i18n.Messages t, ObservableValue<Article> article, ArticleService articles, BackgroundWork background) {
        article.addListener((o, old, a) -> {
            if (a == null) {
                for (ReadOnlyStringWrapper w : new ReadOnlyStringWrapper[] {id, slug, status, created, updated, revisions, version}) {
                    w.set("");
                }
                return;
            }
            id.set(a.id().toString());
            slug.set(a.slug());
            status.set(t.get(a.status().nameKey()));
            created.set(t.dateTime(a.createdAt(), ZoneId.systemDefault()));
            updated.set(t.dateTime(a.updatedAt(), ZoneId.systemDefault()));
            version.set(t.number(a.version()));
            background.run(() -> articles.revisions(a.id()).size(), n -> {
                if (a.equals(article.getValue())) {
                    revisions.set(t.number(n));
                }
            }, e -> revisions.set("?"));
        });
    }

    public ReadOnlyStringProperty idProperty() {
        return id.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty slugProperty() {
        return slug.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty createdProperty() {
        return created.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revisionsProperty() {
        return revisions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
