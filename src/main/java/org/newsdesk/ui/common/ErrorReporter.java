package org.newsdesk.ui.common;

import java.util.concurrent.CompletionException;
import org.newsdesk.model.NewsdeskException;

/** Turns an error into the one sentence the user is shown. */
public final class ErrorReporter {
    private ErrorReporter() {
    }

    public static String message(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (t instanceof NewsdeskException) {
            return t.getMessage();
        }
        return "Something went wrong: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
    }
}
