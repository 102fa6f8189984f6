package org.newsdesk.testing;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Notes disk and database work done on the JavaFX Application Thread by the app's own code, so a window test can
 * fail naming the call site. Two eyes, installed once per test JVM by {@link #install()}:
 * <ul>
 * <li>files: a permissive {@link SecurityManager} ({@link FileAccessWatch}) hears every file check the JDK makes
 * (java.io and java.nio alike: open, read, write, exists, createDirectories, move, delete); an access counts when it
 * is under a folder a test declared the user's ({@link #watch}: home, library, picked files);</li>
 * <li>database: a JDBC driver ({@link WatchedJdbcDriver}) put in front of sqlite-jdbc hands out connections,
 * statements and result sets that note each call (SQLite's own reads and writes are native: no file check sees
 * them).</li>
 * </ul>
 * Only accesses made by the app's main code (target/classes) count: JavaFX reading its own resources, fonts or the
 * JDK's files is not the app's doing, nor is a test's own look at a file or the library from a lambda on the FX
 * thread, unless it went through the window's code.
 */
public final class FxThreadWatch {
    /** JavaFX names its thread so; the toolkit must not be asked (it would start one). */
    static final String FX_THREAD = "JavaFX Application Thread";
    private static final FxThreadWatch INSTANCE = new FxThreadWatch();
    private static volatile boolean installed;
    private static volatile boolean watchingFiles;

    private final List<Path> watchedRoots = new CopyOnWriteArrayList<>();
    private final Map<String, Access> accesses = new LinkedHashMap<>();
    private final String mainCode = mainCodeLocation();

    private FxThreadWatch() {
    }

    /**
     * What was done, where in the app's code ({@code callSite}: the innermost frame of src/main; {@code origin}: the
     * window code that led there, the place to fix), and the whole stack.
     */
    public record Access(String what, String callSite, String origin, String stack) {
        @Override
        public String toString() {
            return what + " at " + callSite + (origin.equals(callSite) ? "" : ", from " + origin);
        }
    }

    /**
     * Counts file accesses under {@code root} (a test's home, library folder, picked files). Other files are not
     * the user's: JavaFX's font copies in the temporary folder, the JDK, the class path.
     */
    public FxThreadWatch watch(Path root) {
        Path r = root.toAbsolutePath().normalize();
        if (!watchedRoots.contains(r)) {
            watchedRoots.add(r);
        }
        return this;
    }

    /** Installs both eyes (once per JVM) and returns the watch. */
    public static synchronized FxThreadWatch install() {
        if (!installed) {
            WatchedJdbcDriver.putInFront(INSTANCE);
            watchingFiles = FileAccessWatch.install(INSTANCE);
            if (!watchingFiles) {
                System.err.println("FxThreadWatch: this JDK has no security manager; file access on the FX thread"
                        + " is not watched (JDK 17 watches it)");
            }
            installed = true;
        }
        return INSTANCE;
    }

    /** Whether file access is watched: not on a JDK without the security manager (24 and later). */
    public boolean watchesFiles() {
        return watchingFiles;
    }

    /** The accesses noted since the last call, forgetting them. */
    public synchronized List<Access> drain() {
        List<Access> seen = new ArrayList<>(accesses.values());
        accesses.clear();
        return seen;
    }

    /** One sentence per call site, for a failure message. */
    public static String describe(List<Access> found) {
        return found.stream().map(a -> "\n  " + a + "\n" + a.stack()).collect(Collectors.joining());
    }

    static boolean onFxThread() {
        return FX_THREAD.equals(Thread.currentThread().getName());
    }

    /** A file access on the FX thread (already known to be on it). */
    void file(String path, String actions) {
        if (path == null || path.startsWith("<<")) {
            return;
        }
        Path p = Path.of(path).toAbsolutePath().normalize(); // no I/O: no recursion into the security manager
        if (watchedRoots.stream().noneMatch(p::startsWith)) {
            return;
        }
        note("file", actions + " " + p);
    }

    /** A JDBC call on the FX thread. */
    void database(String call) {
        note("database", "database " + call);
    }

    /** Keeps the first access of each kind (file, database) per window call site: one line per thing to fix. */
    private void note(String kind, String what) {
        StackTraceElement[] stack = new Throwable().getStackTrace();
        StackTraceElement site = null;
        StackTraceElement window = null;
        boolean fromTest = false;
        // from the innermost frame out, through the app's frames up to the first frame of a test
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (!name.startsWith("org.newsdesk.") || isWatch(name)) {
                continue;
            }
            if (!isMainCode(name)) {
                fromTest = true;
                break;
            }
            site = site == null ? frame : site;
            // the window code that led here, past the class doing the work (UiPreferencesStore.save: its caller)
            if (window == null && name.startsWith("org.newsdesk.ui.") && !sameClass(frame, site)) {
                window = frame;
            }
        }
        // a test's own work on the FX thread (opening a library to check it, from a lambda) is not the window's,
        // unless it went through window code, which then did the work
        boolean siteInWindow = site != null && site.getClassName().startsWith("org.newsdesk.ui.");
        if (site == null || fromTest && window == null && !siteInWindow) {
            return;
        }
        String callSite = site.toString();
        String origin = window == null ? callSite : window.toString();
        synchronized (this) {
            accesses.putIfAbsent(kind + "@" + origin, new Access(what, callSite, origin, java.util.Arrays.stream(stack)
                    .map(f -> "      at " + f).collect(Collectors.joining("\n"))));
        }
    }

    private static final List<String> WATCH_CLASSES = List.of(FxThreadWatch.class.getName(),
            FileAccessWatch.class.getName(), WatchedJdbcDriver.class.getName());

    private static boolean sameClass(StackTraceElement a, StackTraceElement b) {
        return a.getClassName().replaceAll("\\$.*", "").equals(b.getClassName().replaceAll("\\$.*", ""));
    }

    private static boolean isWatch(String className) {
        return WATCH_CLASSES.stream().anyMatch(w -> className.equals(w) || className.startsWith(w + "$"));
    }

    private final Map<String, Boolean> mainClasses = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean isMainCode(String className) {
        return mainClasses.computeIfAbsent(className, name -> {
            // where the .class file is, found as a resource: asks the class loader, which reads no user file
            URL url = FxThreadWatch.class.getClassLoader().getResource(name.replace('.', '/') + ".class");
            return url != null && mainCode != null && url.toString().startsWith(mainCode);
        });
    }

    /** target/classes (or the jar the app's classes come from). */
    private static String mainCodeLocation() {
        URL url = FxThreadWatch.class.getClassLoader().getResource("org/newsdesk/Main.class");
        if (url == null) {
            return null;
        }
        String s = url.toString();
        return s.substring(0, s.length() - "org/newsdesk/Main.class".length());
    }
}
