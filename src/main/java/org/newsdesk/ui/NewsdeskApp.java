package org.newsdesk.ui;

import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.newsdesk.service.AppDirectories;

/** The JavaFX application: started by {@link org.newsdesk.Main} when no command is given. */
public final class NewsdeskApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(NewsdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // The app ends when its window closes (DesktopApp.stop), not when its last window does: on a first start
        // the question "Who is writing?" is the only window for a moment, and closing it must not end JavaFX.
        javafx.application.Platform.setImplicitExit(false);
        DesktopApp app = new DesktopApp(AppDirectories.forThisSystem(), Clock.systemDefaultZone(),
                url -> getHostServices().showDocument(url), javafx.application.Platform::exit);
        app.start(stage, DesktopApp.LaunchOptions.parse(getParameters().getRaw()), window -> { });
    }
}
