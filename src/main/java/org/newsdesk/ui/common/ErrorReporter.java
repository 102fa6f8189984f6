package org.newsdesk.ui.common;

import java.util.concurrent.CompletionException;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.NewsdeskException;

/** Turns an error into the one sentence the user is shown, in the interface's language. */
public final class ErrorReporter {
    private ErrorReporter() {
    }

    public static String message(Messages t, Throwable error) {
        Throwable t2 = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (t2 instanceof NewsdeskException e) {
            return t.text(e.sentence());
        }
        return t.get("error.unexpected", t2.getClass().getSimpleName(), t2.getMessage() == null ? ""
                : " (" + t2.getMessage() + ")");
    }
}
