package org.newsdesk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newsdesk.importer.ImportWarning;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.model.KnownLanguages;
import org.newsdesk.model.Language;
import org.newsdesk.service.ImportPlan;
import org.newsdesk.service.LanguageSource;

/**
 * The import summary's state: the files read, each article's language (changeable before it is stored), what was
 * left out, and whether pictures on the web should come in as links.
 */
public final class ImportSummaryViewModel {
    /** One article of the import, with the language the user settles on. */
    public record Row(String file, String headline, LanguageSource source, ObjectProperty<Language> language) {
    }

    private final org.newsdesk.i18n.Messages t;
    private final ImportPlan plan;
    private final List<Row> rows = new ArrayList<>();
    private final BooleanProperty webPicturesAsLinks = new SimpleBooleanProperty();

    public ImportSummaryViewModel(org.newsdesk.i18n.Messages t, ImportPlan plan, WebPictures readWith) {
        this.t = t;
        this.plan = plan;
        for (ImportPlan.Item item : plan.items()) {
            String headline = item.read().article().headline();
            rows.add(new Row(item.file().getFileName().toString(), headline.isBlank() ? t.get("article.untitled") : headline,
                    item.source(), new SimpleObjectProperty<>(item.language())));
        }
        webPicturesAsLinks.set(readWith == WebPictures.LINK);
    }

    /** Worth asking about: a language that was not stated by the file, or something left out. */
    public static boolean worthShowing(ImportPlan plan) {
        return !plan.warnings().isEmpty()
                || plan.items().stream().anyMatch(i -> i.source() != LanguageSource.STATED);
    }

    public List<Row> rows() {
        return rows;
    }

    /** What was left out, one sentence each, in the interface's language. */
    public List<String> warnings() {
        return plan.warnings().stream().map(w -> t.text(w.message())).toList();
    }

    /** True when some picture was left out because it is on the web (the choice of links is then offered). */
    public boolean hasWebPictures() {
        return plan.warnings().stream().anyMatch(ImportWarning::onTheWeb)
                || webPicturesAsLinks.get();
    }

    public BooleanProperty webPicturesAsLinksProperty() {
        return webPicturesAsLinks;
    }

    public WebPictures webPictures() {
        return webPicturesAsLinks.get() ? WebPictures.LINK : WebPictures.DROP;
    }

    /** The languages to offer: Newsdesk's, and the article's own when it is another. */
    public List<Language> languages(Row row) {
        List<Language> offered = new ArrayList<>(KnownLanguages.ALL);
        if (!offered.contains(row.language().get())) {
            offered.add(row.language().get());
        }
        return offered;
    }

    /** {@code read} (the plan, or the same files read again) with the languages chosen here. */
    public ImportPlan chosen(ImportPlan read) {
        ImportPlan result = read;
        for (int i = 0; i < rows.size() && i < read.items().size(); i++) {
            if (!rows.get(i).language().get().equals(plan.items().get(i).language())) {
                result = result.withLanguage(i, rows.get(i).language().get());
            }
        }
        return result;
    }

    public ImportPlan plan() {
        return plan;
    }
}
