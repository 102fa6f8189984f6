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
    private LibraryFilePicker files = LibraryFilePicker.dialogs();

    LibraryCommands(Stage stage, Path library, LibrarySwitch switcher, BackupService backups,
                    Supplier<List<String>> recent, Consumer<String> notify) {
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
        Path file = files.save(stage, "New library", folder(), "library.newsdesk");
        if (file != null) {
            switcher.open(withExtension(file), null);
        }
    }

    void openLibrary() {
        Path file = files.open(stage, "Open library", folder());
        if (file != null) {
            switcher.open(file, null);
        }
    }

    /** The libraries opened lately, this one excepted; filled each time the menu opens. */
    Menu recentMenu() {
        Menu menu = new Menu("Recent libraries");
        menu.setId("menu-recent-libraries");
        menu.getItems().add(new MenuItem()); // a menu without items never opens, so never refills
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (String path : recent.get()) {
                if (!Path.of(path).toAbsolutePath().equals(library.toAbsolutePath())) {
                    MenuItem item = new MenuItem(Path.of(path).getFileName() + "  —  " + Path.of(path).getParent());
                    item.setMnemonicParsing(false);
                    item.setOnAction(a -> switcher.open(Path.of(path), null));
                    menu.getItems().add(item);
                }
            }
            if (menu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No other library opened yet");
                none.setDisable(true);
                menu.getItems().add(none);
            }
        });
        return menu;
    }

    void backUp() {
        Path file = files.save(stage, "Back up library", folder(), baseName(library) + "-" + LocalDate.now()
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
        Stage progress = progressWindow("Backing up " + library.getFileName() + "…", task);
        task.setOnSucceeded(e -> {
            progress.close();
            BackupService.Backup made = task.getValue();
            notify.accept("Backed up " + made.articles() + " articles to " + made.file() + ".");
        });
        task.setOnFailed(e -> {
            progress.close();
            notify.accept(ErrorReporter.message(task.getException()));
        });
        Thread worker = new Thread(task, "newsdesk-backup");
        worker.setDaemon(true);
        worker.start();
        progress.show();
    }

    void restore() {
        Path file = files.open(stage, "Restore from backup", folder());
        if (file == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Replace the library " + library.getFileName()
                + " with the backup " + file.getFileName() + "? The backup is checked first, and the library it "
                + "replaces is kept beside it as a copy.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(stage);
        confirm.setHeaderText("Restore from backup");
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
        window.setTitle("Back up library");
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
