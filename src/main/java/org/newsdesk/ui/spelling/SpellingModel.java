package org.newsdesk.ui.spelling;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mistake;
import org.newsdesk.model.NameFinder;
import org.newsdesk.model.PlacedText;
import org.newsdesk.service.SpellingService;
import org.newsdesk.service.SpellingSession;

/**
 * The window's spelling state: the latest mistakes of the open article's texts, the library's agreed names, and
 * whether grammar is checked. Checks run on their own thread (LanguageTool's first load takes seconds and must
 * not hold up saving on the library thread); requests made while a check runs are merged into one, the latest.
 * Results come back to the FX thread with the texts they are for, so views place them only where the text is
 * still the same.
 */
public final class SpellingModel implements AutoCloseable {

    /** What one check found, and in which texts. */
    public record Result(List<PlacedText> texts, List<Mistake> mistakes) {
    }

    private final SpellingService service;
    private final Executor fxThread;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsdesk-spelling");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1); // typing and saving come first
        return t;
    });
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result",
            new Result(List.of(), List.of()));
    private final ReadOnlyObjectWrapper<NameFinder> names = new ReadOnlyObjectWrapper<>(this, "names",
            new NameFinder(List.of()));
    private final ReadOnlyBooleanWrapper grammar = new ReadOnlyBooleanWrapper(this, "grammar");
    private final Consumer<Throwable> onError;
    private final Object lock = new Object();
    private List<PlacedText> pending; // guarded by lock
    private boolean scheduled;        // guarded by lock
    private SpellingSession session;  // worker thread only

    public SpellingModel(SpellingService service, Executor fxThread, Consumer<Throwable> onError) {
        this.service = service;
        this.fxThread = fxThread;
        this.onError = onError;
    }

    /** Reads the library's lists and loads the checker for {@code language}, in the background. */
    public void start(Language language) {
        onWorker(() -> {
            session();
            service.load(language);
        });
    }

    /** The latest check (FX thread). */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The library's agreed names, for offers while typing. */
    public ReadOnlyObjectProperty<NameFinder> namesProperty() {
        return names.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty grammarProperty() {
        return grammar.getReadOnlyProperty();
    }

    /** Asks for {@code texts} to be checked; a request still waiting is replaced. */
    public void check(List<PlacedText> texts) {
        synchronized (lock) {
            pending = List.copyOf(texts);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        onWorker(this::drain);
    }

    /** {@code mistake} with its suggestions worked out in the background, handed to {@code then} on the FX thread. */
    public void withSuggestions(Mistake mistake, Consumer<Mistake> then) {
        if (mistake.kind() != Mistake.Kind.SPELLING || !mistake.suggestions().isEmpty()) {
            then.accept(mistake);
            return;
        }
        onWorker(() -> {
            Mistake full = mistake.withSuggestions(session().suggest(mistake.word(), mistake.language()));
            fxThread.execute(() -> then.accept(full));
        });
    }

    /** Adds {@code word} to the library's dictionary for everyone, then checks again. */
    public void addToDictionary(String word, String language) {
        onWorker(() -> {
            service.addWords(List.of(word), Language.of(language));
            refreshContext();
        });
    }

    /** Stops flagging {@code word} in this window, then checks again. */
    public void ignore(String word) {
        onWorker(() -> {
            session().ignore(word);
            recheck();
        });
    }

    /** Switches LanguageTool's grammar and style rules on or off for the library, then checks again. */
    public void setGrammar(boolean on) {
        onWorker(() -> {
            service.setGrammarEnabled(on);
            refreshContext();
        });
    }

    /** Reads the dictionary and names again (someone changed them), then checks again. */
    public void reload() {
        onWorker(this::refreshContext);
    }

    private void refreshContext() {
        session().update(service.context());
        publishContext();
        recheck();
    }

    private List<PlacedText> lastChecked = List.of(); // worker thread only

    private void recheck() {
        synchronized (lock) {
            if (pending == null) {
                pending = lastChecked;
            }
        }
        drain();
    }

    private void drain() {
        while (true) {
            List<PlacedText> texts;
            synchronized (lock) {
                texts = pending;
                pending = null;
                if (texts == null) {
                    scheduled = false;
                    return;
                }
            }
            List<Mistake> found = session().check(texts);
            lastChecked = texts;
            Result r = new Result(texts, found);
            fxThread.execute(() -> result.set(r));
        }
    }

    private SpellingSession session() {
        if (session == null) {
            session = service.session();
            publishContext();
        }
        return session;
    }

    private void publishContext() {
        NameFinder finder = session.context().names();
        boolean on = session.context().grammar();
        fxThread.execute(() -> {
            names.set(finder);
            grammar.set(on);
        });
    }

    private void onWorker(Runnable work) {
        if (worker.isShutdown()) {
            return;
        }
        worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                synchronized (lock) {
                    scheduled = false;
                }
                if (worker.isShutdown()) {
                    return; // the window closed while its texts were being checked: nobody to tell
                }
                fxThread.execute(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
