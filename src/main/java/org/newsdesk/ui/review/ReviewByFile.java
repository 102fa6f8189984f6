package org.newsdesk.ui.review;

import org.newsdesk.i18n.Messages;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.newsdesk.model.Article;
import org.newsdesk.model.ReviewImportResult;
import org.newsdesk.service.ArticleService;
import org.newsdesk.service.ReviewService;
import org.newsdesk.ui.common.AfterSave;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.common.OpenArticle;

/**
 * Review by file, for people who do not share a library: File ▸ Send for review… writes the open article's
 * review package; File ▸ Import review… merges one and shows what it did. Pending edits are saved first, so the
 * package holds what the user sees and an import merges against it.
 */
public final class ReviewByFile {
    private final Messages t;
    private final ReviewService reviews;
    private final ArticleService articles;
    private final BackgroundWork background;
    private final OpenArticle open;
    private final AfterSave afterSave;
    private final Supplier<Window> owner;
    private final Consumer<String> notify;
    private FilePicker files;

    /** What an import produced: the merge and the article as it is now. */
    private record Imported(ReviewImportResult result, Article article) {
    }

    public ReviewByFile(Messages t, ReviewService reviews, ArticleService articles, BackgroundWork background, OpenArticle open,
                        Supplier<Window> owner, Consumer<String> notify) {
        this.t = t;
        this.files = FilePicker.dialogs(t);
        this.reviews = reviews;
        this.articles = articles;
        this.background = background;
        this.open = open;
        this.afterSave = new AfterSave(open::flush, background);
        this.owner = owner;
        this.notify = notify;
    }

    /** Replaces the file dialogs (tests, or a host with its own way to pick files). */
    public void setFilePicker(FilePicker picker) {
        this.files = Objects.requireNonNull(picker);
    }

    public void sendForReview() {
        Article article = open.article().getValue();
        if (article == null) {
            notify.accept(t.get("reviewFile.openFirst"));
            return;
        }
        String name = article.slug() == null || article.slug().isBlank() ? "article" : article.slug();
        Path out = files.save(owner.get(), t.get("reviewFile.send.title"), name + ".review.json");
        if (out == null) {
            return;
        }
        afterSave.run(saved -> reviews.exportPackage(saved.id(), out), path -> notify.accept(t.get("reviewFile.sent",
                path.getFileName())), error -> notify.accept(ErrorReporter.message(t, error)));
    }

    public void importReview() {
        Path in = files.open(owner.get(), t.get("reviewFile.import.title"));
        if (in != null) {
            importReview(in);
        }
    }

    /** Imports the review package {@code in} (picked, or opened from the desktop) and shows what it did. */
    public void importReview(Path in) {
        AfterSave.Work<Imported> work = saved -> {
            ReviewImportResult result = reviews.importPackage(in);
            return new Imported(result, articles.get(result.articleId()));
        };
        Consumer<Throwable> failed = error -> notify.accept(ErrorReporter.message(t, error));
        if (open.article().getValue() == null) {
            background.run(() -> work.call(null), this::imported, failed);
        } else {
            afterSave.run(work, this::imported, failed);
        }
    }

    private void imported(Imported imported) {
        open.show(imported.article()); // the merge may have changed the text, status and version
        Alert summary = new Alert(Alert.AlertType.INFORMATION, ImportSummary.describe(t, imported.result()));
        summary.setTitle(t.get("reviewFile.import.title"));
        summary.setHeaderText(ImportSummary.headline(t, imported.result()));
        org.newsdesk.ui.common.Dialogs.prepare(summary, owner.get(), t);
        summary.getDialogPane().setId("review-import-summary");
        summary.show();
    }
}
