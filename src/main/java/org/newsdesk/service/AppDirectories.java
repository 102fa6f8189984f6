package org.newsdesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Newsdesk keeps its default library and settings on each operating system. */
public record AppDirectories(Path dataDir, Path configDir) {

    public static final String LIBRARY_FILE = "library.newsdesk";

    /** The usual folders: XDG on Linux, Application Support on macOS, %APPDATA% on Windows. */
    public static AppDirectories forThisSystem() {
        return of(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static AppDirectories of(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
            Path dir = Path.of(appData, "Newsdesk");
            return new AppDirectories(dir, dir);
        }
        if (os.contains("mac")) {
            Path dir = Path.of(home, "Library", "Application Support", "Newsdesk");
            return new AppDirectories(dir, dir);
        }
        // The XDG base directories are defined from $HOME, which Java's user.home ignores (it reads the
        // account's entry): a session started with another HOME must find its own folders.
        String userHome = absolute(env.get("HOME")) ? env.get("HOME") : home;
        Path dataDir = xdg(env.get("XDG_DATA_HOME"), Path.of(userHome, ".local", "share")).resolve("newsdesk");
        Path configDir = xdg(env.get("XDG_CONFIG_HOME"), Path.of(userHome, ".config")).resolve("newsdesk");
        return new AppDirectories(dataDir, configDir);
    }

    /** An XDG variable's folder; unset, empty or relative values are to be ignored (XDG Base Directory spec). */
    private static Path xdg(String value, Path fallback) {
        return absolute(value) ? Path.of(value) : fallback;
    }

    private static boolean absolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }

    public Path defaultLibrary() {
        return dataDir.resolve(LIBRARY_FILE);
    }
}
