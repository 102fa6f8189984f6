package org.newsdesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.newsdesk.cli.CliEnvironment;
import org.newsdesk.cli.NewsdeskCli;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.service.AppLog;

/**
 * Entry point of newsdesk.jar. A plain class (not a JavaFX Application), so the fat jar starts on a JDK
 * without a JavaFX SDK: no command opens the window, a command runs headless.
 */
public final class Main {
    /** Options that open the window rather than naming a command. */
    private static final Set<String> GUI_OPTIONS = Set.of("--library", "--open", "--as", "--role", "--ui-language",
            LaunchFile.IMPORT_REVIEW);

    private Main() {
    }

    public static void main(String[] arguments) {
        String[] args = LaunchFile.toOptions(arguments); // a library or review package opened from the desktop
        if (opensWindow(args)) {
            AppLog.toFiles(AppDirectories.forThisSystem());
            org.newsdesk.ui.NewsdeskApp.launchWith(args);
            return;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new NewsdeskCli(new CliEnvironment(AppDirectories.forThisSystem(), Clock.systemUTC(), out, err)).run(args);
        System.exit(code);
    }

    /** True for no arguments or only GUI options with their values ("--library FILE", "--open ID"). */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!GUI_OPTIONS.contains(name)) {
                return false;
            }
            if (!a.contains("=")) {
                i++;
            }
        }
        return true;
    }
}
