package org.newsdesk.ui.export;

import org.newsdesk.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportResult;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.ExportService;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * The export dialog's state and the export itself, which runs as a cancellable task on its own thread
 * (not the library thread, so autosave keeps working during a long export).
 */
public final class ExportViewModel {
    private final Messages t;
    /** Which articles the user picked. */
    public enum Scope { CURRENT, LISTED, EVERYTHING }

    private final ExportService exports;
    private final UUID current;
    private final List<UUID> listed;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.HTML);
    private final StringProperty destination = new SimpleStringProperty("");
    private final BooleanProperty withRevisions = new SimpleBooleanProperty();
    private final BooleanProperty markPublished = new SimpleBooleanProperty();
    private java.util.function.BiFunction<List<UUID>, String, Integer> publisher = (ids, note) -> 0;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<ExportResult> task;
    private volatile int published;
    private final java.util.concurrent.atomic.AtomicBoolean cancelRequested = new java.util.concurrent.atomic.AtomicBoolean();
    private java.util.function.Predicate<String> confirmEmbargo = message -> false;
    private boolean allowEmbargoed;

    /** {@code current} may be null (no article open); {@code listed} is what the library shows. */
    public ExportViewModel(Messages t, ExportService exports, UUID current, List<UUID> listed, String lastDestination) {
        this.t = t;
        this.exports = exports;
        this.current = current;
        this.listed = List.copyOf(listed);
        scope.set(current != null ? Scope.CURRENT : Scope.LISTED);
        destination.set(lastDestination == null ? "" : lastDestination);
    }

    /** Publishes the approved articles of a bundle just written (WorkflowService.publishApproved). */
    public void setPublisher(java.util.function.BiFunction<List<UUID>, String, Integer> publisher) {
        this.publisher = publisher;
    }

    public BooleanProperty markPublishedProperty() {
        return markPublished;
    }

    /** Asked, with the refusal's sentence, whether to export embargoed articles anyway. */
    public void setConfirmEmbargo(java.util.function.Predicate<String> confirm) {
        this.confirmEmbargo = confirm;
    }

    public boolean hasCurrent() {
        return current != null;
    }

    public int listedCount() {
        return listed.size();
    }

    /** One file when one article goes out (or a bundle), else a folder. */
    public boolean writesOneFile() {
        return format.get() == ExportFormat.BUNDLE || scope.get() == Scope.CURRENT;
    }

    public void start(Runnable onFinished) {
        if (running.get()) {
            return;
        }
        if (destination.get().isBlank()) {
            message.set(t.get("export.noDestination"));
            return;
        }
        ExportRequest request;
        boolean publish = markPublished.get() && format.get() == ExportFormat.BUNDLE;
        try {
            ExportSelection selection = switch (scope.get()) {
                case CURRENT -> ExportSelection.ofIds(List.of(current));
                case LISTED -> ExportSelection.ofIds(listed);
                case EVERYTHING -> ExportSelection.all();
            };
            request = new ExportRequest(selection, format.get(), Path.of(destination.get().strip()),
                    withRevisions.get() && format.get() == ExportFormat.JSON, allowEmbargoed);
        } catch (RuntimeException e) {
            message.set(ErrorReporter.message(t, e));
            return;
        }
        cancelRequested.set(false);
        task = new Task<>() {
            @Override
            protected ExportResult call() {
                ExportResult result = exports.export(request, (done, total) -> updateProgress(done, total),
                        cancelRequested::get);
                if (publish) {
                    published = publisher.apply(exports.select(request.selection()),
                            "Published in " + request.out().getFileName());
                }
                return result;
            }
        };
        progress.bind(task.progressProperty());
        running.set(true);
        message.set(t.get("export.running"));
        task.setOnSucceeded(e -> finish(describe(task.getValue())
                + (publish ? " " + t.get("export.published", published) : ""), onFinished));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof org.newsdesk.model.ConflictException && !allowEmbargoed
                    && error.getMessage().contains("embargo")) {
                finish(ErrorReporter.message(t, error), () -> { });
                if (confirmEmbargo.test(ErrorReporter.message(t, error))) { // in the interface's language
                    allowEmbargoed = true; // the user confirmed: run again, embargoed articles included
                    start(onFinished);
                    allowEmbargoed = false;
                    return;
                }
                onFinished.run();
                return;
            }
            finish(error instanceof CancellationException
                    ? t.get("export.cancelled") : ErrorReporter.message(t, error), onFinished);
        });
        task.setOnCancelled(e -> finish(t.get("export.cancelled"), onFinished));
        Thread thread = new Thread(task, "newsdesk-export");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Asks the running export to stop. It notices between files, removes what it staged and then fails with
     * a cancellation, so "cancelled" is only said once nothing is left on disk.
     */
    public void cancel() {
        if (task != null && running.get()) {
            cancelRequested.set(true);
            message.set(t.get("export.cancelling"));
        }
    }

    private void finish(String text, Runnable onFinished) {
        progress.unbind();
        running.set(false);
        message.set(text);
        onFinished.run();
    }

    private String describe(ExportResult result) {
        double mb = result.bytes() / (1024.0 * 1024.0);
        String where = result.files().size() == 1 ? result.files().get(0).toString()
                : result.files().isEmpty() ? "" : result.files().get(0).getParent().toString();
        String done = t.get("export.done", result.articles(), t.number(mb, 1), where);
        if (result.warnings().isEmpty()) {
            return done;
        }
        return done + " " + t.get("export.warnings", result.warnings().size()) + "\n"
                + String.join("\n", result.warnings().stream().map(t::text).toList());
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    public BooleanProperty withRevisionsProperty() {
        return withRevisions;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
