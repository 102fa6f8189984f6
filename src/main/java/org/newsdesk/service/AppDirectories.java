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
        String data = env.get("XDG_DATA_HOME");
        String config = env.get("XDG_CONFIG_HOME");
        Path dataDir = (data == null || data.isBlank() ? Path.of(home, ".local", "share") : Path.of(data)).resolve("newsdesk");
        Path configDir = (config == null || config.isBlank() ? Path.of(home, ".config") : Path.of(config)).resolve("newsdesk");
        return new AppDirectories(dataDir, configDir);
    }

    public Path defaultLibrary() {
        return dataDir.resolve(LIBRARY_FILE);
    }
}
