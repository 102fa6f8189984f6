package org.newsdesk.ui.window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.newsdesk.service.BackupService;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * File › New library, Open library, Recent libraries, Back up library and Restore from backup. Opening goes
 * through the {@link LibrarySwitch}; a backup runs on a thread of its own (its own connection: saves go on) with a
 * progress bar.
 */
final class LibraryCommands {
    private final Stage stage;
    private final Path library;
    private final LibrarySwitch switcher;
    private final BackupService backups;
    private final Supplier<List<String>> recent;
    private final Consumer<String> notify;
    private LibraryFilePicker files;

    private final org.newsdesk.i18n.Messages t;

    LibraryCommands(org.newsdesk.i18n.Messages t, Stage stage, Path library, LibrarySwitch switcher, BackupService backups,
                    Supplier<List<String>> recent, Consumer<String> notify) {
        this.t = t;
        this.files = LibraryFilePicker.dialogs(t);
        this.stage = stage;
        this.library = library;
        this.switcher = switcher;
        this.backups = backups;
        this.recent = recent;
        this.notify = notify;
    }

    /** Replaces the file dialogs (tests). */
    void setFilePicker(LibraryFilePicker picker) {
        this.files = picker;
    }

    void newLibrary() {
        Path file = files.save(stage, t.get("library.new.title"), folder(), "library.newsdesk");
        if (file != null) {
            switcher.open(withExtension(file), null);
        }
    }

    void openLibrary() {
        Path file = files.open(stage, t.get("library.open.title"), folder());
        if (file != null) {
            switcher.open(file, null);
        }
    }

    /** The libraries opened lately, this one excepted; filled each time the menu opens. */
    Menu recentMenu() {
        Menu menu = new Menu(t.get("menu.file.recent"));
        menu.setId("menu-recent-libraries");
        menu.getItems().add(new MenuItem()); // a menu without items never opens, so never refills
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (String path : recent.get()) {
                if (!Path.of(path).toAbsolutePath().equals(library.toAbsolutePath())) {
                    MenuItem item = new MenuItem(t.get("library.recent.item", Path.of(path).getFileName(),
                            Path.of(path).getParent()));
                    item.setMnemonicParsing(false);
                    item.setOnAction(a -> switcher.open(Path.of(path), null));
                    menu.getItems().add(item);
                }
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem(t.get("library.recent.none"));
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        return menu;
    }

    void backUp() {
        Path file = files.save(stage, t.get("library.backup.title"), folder(), baseName(library) + "-" + LocalDate.now()
                + ".newsdesk");
        if (file == null) {
            return;
        }
        Path destination = withExtension(file);
        Task<BackupService.Backup> task = new Task<>() {
            @Override
            protected BackupService.Backup call() {
                return backups.backup(library, destination, fraction -> updateProgress(fraction, 1));
            }
        };
        Stage progress = progressWindow(t.get("library.backup.progress", library.getFileName()), task);
        task.setOnSucceeded(e -> {
            progress.close();
            BackupService.Backup made = task.getValue();
            notify.accept(t.get("library.backup.done", made.articles(), made.file()));
        });
        task.setOnFailed(e -> {
            progress.close();
            notify.accept(ErrorReporter.message(t, task.getException()));
        });
        Thread worker = new Thread(task, "newsdesk-backup");
        worker.setDaemon(true);
        worker.start();
        progress.show();
    }

    void restore() {
        Path file = files.open(stage, t.get("library.restore.title"), folder());
        if (file == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, t.get("library.restore.question",
                library.getFileName(), file.getFileName()), ButtonType.CANCEL, ButtonType.OK);
        confirm.setHeaderText(t.get("library.restore.title"));
        org.newsdesk.ui.common.Dialogs.prepare(confirm, stage, t);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            switcher.open(library, file);
        }
    }

    private Path folder() {
        return library.toAbsolutePath().getParent();
    }

    private Stage progressWindow(String title, Task<?> task) {
        ProgressBar bar = new ProgressBar();
        bar.setId("backup-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label label = new Label(title);
        VBox box = new VBox(12, label, bar);
        box.setStyle("-fx-padding: 20;");
        Stage window = new Stage();
        window.initOwner(stage);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(t.get("library.backup.title"));
        org.newsdesk.ui.common.InterfaceDirection.apply(box, t);
        bar.setAccessibleText(label.getText());
        window.setScene(new javafx.scene.Scene(box));
        window.setOnCloseRequest(javafx.event.Event::consume); // it closes when the copy is checked and in place
        Platform.runLater(window::sizeToScene);
        return window;
    }

    private static Path withExtension(Path file) {
        return file.getFileName().toString().endsWith(".newsdesk") ? file
                : file.resolveSibling(file.getFileName() + ".newsdesk");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".newsdesk") ? name.substring(0, name.length() - ".newsdesk".length()) : name;
    }
}
