package org.newsdesk.ui.preview;

import org.newsdesk.i18n.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.newsdesk.model.Article;
import org.newsdesk.service.PreviewService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * The preview's state: the rendered page, refreshed shortly after the user stops typing. The page is
 * rendered on the library thread; only loading it into the WebView happens on the FX thread.
 */
public final class PreviewViewModel {
    private final Messages t;
    /** With rendering and loading, the preview follows typing within about 300 ms. */
    static final Duration DELAY = Duration.millis(200);

    private final PreviewService preview;
    private final BackgroundWork background;
    private final Supplier<Article> current;
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty mobile = new SimpleBooleanProperty();
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final PauseTransition debounce = new PauseTransition(DELAY);
    private long generation;
    private boolean stale;

    public PreviewViewModel(Messages t, PreviewService preview, BackgroundWork background, Supplier<Article> current) {
        this.t = t;
        this.preview = preview;
        this.background = background;
        this.current = current;
        debounce.setOnFinished(e -> render());
        visible.addListener((o, was, now) -> {
            if (now && stale) {
                render();
            }
        });
    }

    /** Something changed: render again once typing pauses (or when the tab is shown again). */
    public void changed() {
        if (!visible.get()) {
            stale = true;
            return;
        }
        debounce.playFromStart();
    }

    /** Renders now (opening an article). */
    public void render() {
        stale = false;
        Article article = current.get();
        if (article == null) {
            html.set("");
            return;
        }
        long mine = ++generation;
        background.run(() -> preview.pageForScreen(article), page -> {
            if (mine == generation) {
                html.set(page);
            }
        }, error -> message.set(ErrorReporter.message(t, error)));
    }

    /** Writes the exported page (unshaped) to a temporary file and hands it to {@code open}. */
    public void openInBrowser(Consumer<String> open) {
        Article article = current.get();
        if (article == null) {
            return;
        }
        background.run(() -> {
            Path file = Files.createTempFile("newsdesk-preview-" + article.slug() + "-", ".html");
            Files.writeString(file, preview.page(article), StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file.toUri().toString();
        }, open, error -> message.set(ErrorReporter.message(t, error)));
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty mobileProperty() {
        return mobile;
    }

    /** False while the preview tab is hidden: no rendering for nobody. */
    public BooleanProperty visibleProperty() {
        return visible;
    }
}
