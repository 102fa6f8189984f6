package org.newsdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. Placeholder window until the editor lands. */
public final class NewsdeskApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(NewsdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Newsdesk");
        stage.setScene(new Scene(new Label("Newsdesk"), 800, 600));
        stage.show();
    }
}
