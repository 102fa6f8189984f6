package org.newsdesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.newsdesk.service.AppVersions;

/**
 * What happens to an error nobody expected, on any thread: it goes to the log with its stack trace, the work in
 * progress is saved, and the user sees one sentence with "Copy details" (stack trace and versions for a bug
 * report) instead of a stack trace in a terminal. One such message at a time.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    private final Supplier<CompletableFuture<?>> saveWork;
    private final Supplier<Window> owner;
    private final Supplier<org.newsdesk.i18n.Messages> words;
    private Thread.UncaughtExceptionHandler previous;
    private boolean showing;

    /**
     * @param saveWork saves what the user is editing (completes when it is stored)
     * @param owner    the window the message belongs to, or null
     * @param words    the interface's language as it is when an error comes (it changes at first start)
     */
    public UnexpectedErrors(Supplier<CompletableFuture<?>> saveWork, Supplier<Window> owner,
                            Supplier<org.newsdesk.i18n.Messages> words) {
        this.saveWork = saveWork;
        this.owner = owner;
        this.words = words;
    }

    /** Catches what no other code catches, in every thread, until {@link #uninstall()}. */
    public void install() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error in thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            report(error);
        } else {
            Platform.runLater(() -> report(error));
        }
    }

    private void report(Throwable error) {
        if (showing) {
            return; // one message at a time: a failing layout pass may throw on every pulse
        }
        showing = true;
        CompletableFuture<?> saved;
        try {
            saved = saveWork.get();
        } catch (RuntimeException e) {
            saved = CompletableFuture.failedFuture(e);
        }
        saved.handle((r, saveError) -> {
            Platform.runLater(() -> show(error, saveError == null));
            return null;
        });
    }

    private void show(Throwable error, boolean saved) {
        org.newsdesk.i18n.Messages t = words.get();
        ButtonType copy = new ButtonType(t.get("unexpected.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence(t, error, saved), copy, ButtonType.CLOSE);
        alert.setHeaderText(t.get("unexpected.header"));
        alert.getDialogPane().setId("unexpected-error");
        Window window = owner.get();
        org.newsdesk.ui.common.Dialogs.prepare(alert, window != null && window.isShowing() ? window : null, t);
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details(error));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // copying leaves the message open
        });
        alert.showAndWait();
        showing = false;
    }

    /** The one sentence: what failed, and whether the work is safe. */
    static String sentence(org.newsdesk.i18n.Messages t, Throwable error, boolean saved) {
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")");
        return t.get(saved ? "unexpected.saved" : "unexpected.notSaved", what);
    }

    /** Stack trace and versions, for a bug report. */
    static String details(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return String.join("\n", AppVersions.current().lines()) + "\n\n" + trace;
    }
}
