package org.newsdesk.ui.team;

import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.model.PictureFetching;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.service.Keyring;
import org.newsdesk.service.SyncProgress;
import org.newsdesk.service.TeamService;
import org.newsdesk.ui.common.ErrorReporter;

/**
 * File ▸ Join team library…: server, database, user name and password, and where the new local library goes. The
 * join (copying the team's articles, pictures, comments and history) runs off the FX thread with a progress bar;
 * the dialog closes when it is done, or shows the one-sentence reason it could not be done.
 */
public final class JoinTeamDialog {
    /** A finished join: the new library file, and the password that worked (for this session). */
    public record Joined(Path library, TeamAddress address, String password) {
    }

    private JoinTeamDialog() {
    }

    public static Optional<Joined> show(org.newsdesk.i18n.Messages t, Window owner, TeamService teams, Keyring keyring, Path dataDir) {
        Dialog<Joined> dialog = new Dialog<>();
        dialog.setTitle(t.get("join.title"));
        dialog.setHeaderText(t.get("join.header"));
        TextField server = field("join-server", t.get("join.server.prompt"));
        TextField database = field("join-database", "newsdesk");
        TextField user = field("join-user", t.get("join.user.prompt"));
        PasswordField password = new PasswordField();
        password.setId("join-password");
        TextField file = field("join-library", "");
        database.textProperty().addListener((o, a, db) -> file.setText(dataDir.resolve(
                (db.isBlank() ? "team" : db.strip().replaceAll("[^A-Za-z0-9_.-]", "_")) + ".newsdesk").toString()));
        file.setText(dataDir.resolve("team.newsdesk").toString());
        CheckBox remember = new CheckBox(keyring.available() ? t.get("join.remember")
                : t.get("join.noKeyring"));
        remember.setId("join-remember");
        remember.setSelected(keyring.available());
        remember.setDisable(!keyring.available());
        ComboBox<PictureFetching> pictures = picturesChoice(t, PictureFetching.ALL);
        pictures.setId("join-pictures");
        ProgressBar progress = new ProgressBar(0);
        progress.setId("join-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        Label message = new Label();
        message.setId("join-message");
        message.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, org.newsdesk.ui.common.Accessible.label(t.get("join.server"), server), server);
        grid.addRow(1, org.newsdesk.ui.common.Accessible.label(t.get("join.database"), database), database);
        grid.addRow(2, org.newsdesk.ui.common.Accessible.label(t.get("join.user"), user), user);
        grid.addRow(3, org.newsdesk.ui.common.Accessible.label(t.get("join.password"), password), password);
        grid.addRow(4, org.newsdesk.ui.common.Accessible.label(t.get("join.file"), file), file);
        grid.addRow(5, org.newsdesk.ui.common.Accessible.label(t.get("team.pictures.label"), pictures), pictures);
        dialog.getDialogPane().setContent(new VBox(10, grid, remember, progress, message));
        ButtonType join = new ButtonType(t.get("join.join"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(join, ButtonType.CANCEL);
        org.newsdesk.ui.common.Dialogs.prepare(dialog, owner, t);
        Button joinButton = (Button) dialog.getDialogPane().lookupButton(join);
        joinButton.setId("join-button");
        dialog.setResultConverter(b -> null);

        joinButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open while joining
            TeamAddress address;
            try {
                String host = server.getText().strip();
                address = TeamAddress.parse("postgresql://" + user.getText().strip() + "@"
                        + (host.isEmpty() ? "localhost" : host) + "/" + database.getText().strip());
            } catch (RuntimeException bad) {
                message.setText(ErrorReporter.message(t, bad));
                return;
            }
            String pw = password.getText();
            PictureFetching fetching = pictures.getValue();
            Path target = Path.of(file.getText().strip());
            joinButton.setDisable(true);
            progress.setVisible(true);
            progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            message.setText(t.get("join.copying"));
            Task<Void> task = new Task<>() {
                @Override
                protected Void call() {
                    var joined = teams.join(address, pw, target, null, fetching, new SyncProgress() {
                        @Override
                        public void pulled(int done, int total) {
                            updateProgress(done, Math.max(1, total));
                            updateMessage(t.get("join.copied", t.number(done), total));
                        }
                    });
                    joined.library().close();
                    if (remember.isSelected()) {
                        keyring.store(address, pw);
                    }
                    return null;
                }
            };
            progress.progressProperty().bind(task.progressProperty());
            message.textProperty().bind(task.messageProperty());
            task.setOnSucceeded(done -> {
                dialog.setResult(new Joined(target, address, pw));
                dialog.close();
            });
            task.setOnFailed(failed -> {
                progress.progressProperty().unbind();
                message.textProperty().unbind();
                progress.setVisible(false);
                joinButton.setDisable(false);
                message.setText(ErrorReporter.message(t, task.getException()));
            });
            Thread worker = new Thread(task, "newsdesk-join");
            worker.setDaemon(true);
            worker.start();
        });
        Platform.runLater(server::requestFocus);
        return dialog.showAndWait();
    }

    /** All pictures at join (works offline) or each when first needed: named in the interface's language. */
    public static ComboBox<PictureFetching> picturesChoice(org.newsdesk.i18n.Messages t, PictureFetching current) {
        ComboBox<PictureFetching> choice = new ComboBox<>();
        choice.getItems().setAll(PictureFetching.values());
        choice.setValue(current);
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PictureFetching f) {
                return f == null ? "" : t.get(f == PictureFetching.ALL ? "team.pictures.all" : "team.pictures.onDemand");
            }

            @Override
            public PictureFetching fromString(String s) {
                return null;
            }
        });
        return choice;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }

}
