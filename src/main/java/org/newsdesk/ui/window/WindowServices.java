package org.newsdesk.ui.window;

import java.nio.file.Path;
import java.time.Clock;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.i18n.Messages;
import java.util.function.Consumer;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.newsdesk.ui.common.UserSession;

/**
 * What the main window gets from the app around it, whichever library it shows: the library thread, where its
 * preferences are kept, the theme, the clock, who is working, the desktop's browser, the way to another library,
 * the app's folders (daily backups, logs), the interface's language, and the way to another language.
 */
public record WindowServices(BackgroundWork background, UiPreferencesStore preferencesStore, ThemeSwitcher theme,
                             Clock clock, UserSession user, Consumer<String> openUrl, LibrarySwitch switcher,
                             AppDirectories directories, Messages messages, LanguageSwitch languages) {

    /** Where the daily backups go. */
    public Path backupsFolder() {
        return directories.dataDir().resolve("backups");
    }
}
