package org.newsdesk.ui.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Light and dark themes (AtlantaFX Primer). The theme is application-wide, as JavaFX user-agent styles are. */
public final class ThemeSwitcher {
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ThemeSwitcher(boolean startDark) {
        dark.addListener((o, a, d) -> apply(d));
        dark.set(startDark);
        apply(startDark);
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
