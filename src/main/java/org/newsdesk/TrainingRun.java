package org.newsdesk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The packager's training run, not a feature: starts Newsdesk exactly as {@link Main} does, waits until its
 * window is up (answering the first-start question with its suggestion), lets it settle, and closes it the way
 * a person does. The JVM records every class it loaded on the way ({@code -XX:DumpLoadedClassList}), and the
 * installers turn that list into the class-data-sharing archive the launcher starts with. It is a main class of
 * its own, so the app itself has no switch for it.
 */
public final class TrainingRun {
    private static final String WINDOW_TITLE = "Newsdesk";
    private final Duration settle;
    private final Duration limit;

    private TrainingRun(Duration settle, Duration limit) {
        this.settle = settle;
        this.limit = limit;
    }

    /** {@code -Dnewsdesk.training.settle=SECONDS} (default 5) and {@code .limit=SECONDS} (default 240). */
    public static void main(String[] args) {
        TrainingRun run = new TrainingRun(seconds("newsdesk.training.settle", 5), seconds("newsdesk.training.limit", 240));
        Thread watcher = new Thread(run::watch, "newsdesk-training-run");
        watcher.setDaemon(true);
        watcher.start();
        Main.main(args);
    }

    private void watch() {
        long deadline = System.nanoTime() + limit.toNanos();
        long shownAt = 0;
        long closedAt = 0;
        while (System.nanoTime() < deadline) {
            pause(250);
            Stage window = onFx(TrainingRun::step);
            if (window == null) {
                continue;
            }
            if (shownAt == 0) {
                shownAt = System.nanoTime();
                System.out.println("Training run: the window is up; closing it in " + settle.toSeconds() + " s.");
            } else if (closedAt == 0 && System.nanoTime() - shownAt >= settle.toNanos()) {
                closedAt = System.nanoTime();
                onFx(() -> {
                    Event.fireEvent(window, new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
                    return null;
                });
            }
        }
        System.err.println("The training run did not " + (shownAt == 0 ? "see the Newsdesk window" : "end after closing its window")
                + " within " + limit.toSeconds() + " s.");
        System.exit(3);
    }

    /** On the FX thread: answers a question with its default button; the main window once it is filled. */
    private static Stage step() {
        Stage main = null;
        for (Window w : Window.getWindows()) {
            if (!(w instanceof Stage stage) || !stage.isShowing() || stage.getScene() == null) {
                continue;
            }
            if (stage.getScene().getRoot() instanceof DialogPane pane) {
                accept(pane);
            } else if (stage.getTitle() != null && stage.getTitle().startsWith(WINDOW_TITLE)
                    && stage.getScene().getRoot().lookup(".menu-bar") != null) {
                main = stage; // filled: the library is open (while it opens, the window shows no menus)
            }
        }
        return main;
    }

    private static void accept(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (type.getButtonData() == ButtonBar.ButtonData.OK_DONE && pane.lookupButton(type) instanceof Button b) {
                b.fire();
                return;
            }
        }
    }

    /** Runs {@code work} on the FX thread and waits for it; null while the toolkit is not up yet. */
    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            return null; // the toolkit is not started yet
        } catch (Exception e) {
            return null; // a busy or ending FX thread: look again on the next round
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration seconds(String property, long fallback) {
        return Duration.ofSeconds(Long.getLong(property, fallback));
    }
}
