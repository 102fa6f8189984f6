package org.newsdesk.ui.dialogs;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.MigrationProgress;

/**
 * The small window shown while a library made by an older Newsdesk is upgraded (a large one takes a minute): what
 * is being done and a progress bar. It hears {@link #report} on the thread that opens the library and shows itself
 * on the first report only, so a library that needs no upgrade never sees it; the FX thread gets at most one
 * update queued at a time, however often the upgrade reports.
 */
public final class UpgradeProgressWindow implements MigrationProgress {
    private record Report(Message phase, long done, long total) {
    }

    private final Executor fx;
    private final AtomicReference<Report> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private Stage stage;
    private Label phase;
    private ProgressBar bar;

    private final org.newsdesk.i18n.Messages t;

    /** In English (tests). @param fx runs work on the FX thread ({@code Platform::runLater}) */
    public UpgradeProgressWindow(Executor fx) {
        this(fx, org.newsdesk.i18n.Messages.english());
    }

    /** @param fx runs work on the FX thread ({@code Platform::runLater}); {@code t} the interface's language */
    public UpgradeProgressWindow(Executor fx, org.newsdesk.i18n.Messages t) {
        this.fx = fx;
        this.t = t;
    }

    private String phaseName(Message phase) {
        return t.text(phase);
    }

    @Override
    public void report(Message phase, long done, long total) {
        latest.set(new Report(phase, done, total));
        if (queued.compareAndSet(false, true)) {
            fx.execute(this::show);
        }
    }

    /** Closes the window if it was shown (call when the library is open, or failed to open). */
    public void close() {
        fx.execute(() -> {
            if (stage != null) {
                stage.close();
                stage = null;
            }
        });
    }

    private void show() {
        queued.set(false);
        Report r = latest.get();
        if (stage == null) {
            phase = new Label();
            phase.setId("upgrade-phase");
            bar = new ProgressBar();
            bar.setId("upgrade-progress");
            bar.setPrefWidth(360);
            Label why = new Label(t.get("upgrade.why"));
            why.setWrapText(true);
            why.setMaxWidth(360);
            VBox box = new VBox(10, why, phase, bar);
            box.setPadding(new Insets(16));
            stage = new Stage(StageStyle.UTILITY);
            stage.setTitle(t.get("upgrade.title"));
            org.newsdesk.ui.common.InterfaceDirection.apply(box, t);
            stage.setScene(new Scene(box));
            stage.setResizable(false);
            stage.show();
        }
        phase.setText(r.total() > 0 ? t.get("upgrade.progress", phaseName(r.phase()), t.number(r.done()),
                t.number(r.total())) : phaseName(r.phase()) + "…");
        bar.setProgress(r.total() > 0 ? (double) r.done() / r.total() : ProgressBar.INDETERMINATE_PROGRESS);
    }

    /** True while the window is on screen (for tests). */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }
}
