import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Newsdesk's app image and installer with the JDK's own tools (jdeps, jlink, jpackage), the same way on
 * Linux, Windows and macOS. `mvn -B -Ppackage package` runs it after the shaded jar is built; it is a single
 * source file so it needs no build of its own:
 *
 * <pre>
 *   java packaging/Packager.java --jar target/newsdesk.jar --version 0.1.0 --type deb [--out target/installer]
 *        [--work target/jpackage] [--cds on|list|off]
 * </pre>
 *
 * Steps: (1) stage the jar: JavaFX's and SQLite's native libraries come out of it and sit beside it, so nothing
 * is extracted to the user's home or /tmp at start; (2) jdeps lists the JDK modules the jar uses, (3) jlink
 * links only those into a runtime; (4) jpackage makes the app image with the options in packaging/*.args and
 * packaging/OS/app-image.args; (5) on Linux a training run opens the app image's window under Xvfb and closes
 * it (org.newsdesk.TrainingRun), recording the classes it loads; they become the class-data-sharing archive
 * (made again by the .deb's postinst for the installed path); (6) jpackage makes the installer from the image
 * with packaging/OS/jpackage.args.
 */
public final class Packager {
    /** JDK modules jdeps cannot see because they are looked up at run time, and why Newsdesk needs them. */
    private static final Map<String, String> RUNTIME_MODULES = new LinkedHashMap<>();

    static {
        RUNTIME_MODULES.put("jdk.localedata", "dates written in French and Arabic in exported pages");
        RUNTIME_MODULES.put("jdk.charsets", "legacy encodings of imported web pages, such as windows-1256");
        RUNTIME_MODULES.put("jdk.crypto.ec", "TLS to a team library's server");
    }

    private final Options options;
    private final Os os = Os.current();
    private final long started = System.nanoTime();

    private Packager(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        try {
            new Packager(Options.parse(args)).run();
        } catch (Failure e) {
            System.err.println("Packaging failed: " + e.getMessage());
            System.exit(e.usage ? 1 : 2);
        } catch (IOException | UncheckedIOException | InterruptedException e) {
            System.err.println("Packaging failed: " + e);
            System.exit(2);
        }
    }

    private void run() throws IOException, InterruptedException {
        Path work = options.work();
        deleteTree(work);
        Path input = Files.createDirectories(work.resolve("input"));
        step("Stage the jar and its native libraries", () -> stage(input));
        List<String> modules = step("List the JDK modules the jar uses (jdeps)", () -> modules(input.resolve("newsdesk.jar")));
        System.out.println("  modules: " + String.join(",", modules));
        Path runtime = work.resolve("runtime");
        step("Link the runtime (jlink)", () -> jlink(modules, runtime));
        Path images = work.resolve("image");
        step("Make the app image (jpackage)", () -> appImage(input, runtime, images));
        Path image = images.resolve(os.imageName());
        if (!options.cds().equals("off")) {
            step("Training run under a display, recording the classes it loads", () -> train(image));
        }
        if (options.cds().equals("on")) {
            step("Make the class-data-sharing archive", () -> dumpArchive(image));
        }
        System.out.printf("App image: %s (%s)%n", image, megabytes(size(image)));
        if (!options.type().equals("app-image")) {
            Path installer = step("Make the " + options.type() + " installer (jpackage)", () -> installer(image));
            System.out.printf("Installer: %s (%s) after %d s%n", installer, megabytes(Files.size(installer)),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        }
    }

    // ---- 1. stage

    /**
     * The shaded jar without native libraries; JavaFX's (root entries *.so/.dll/.dylib) and SQLite's for this
     * system are written beside it, where JavaFX and sqlite-jdbc (told by the launcher's options) load them
     * directly. SQLite's for other systems are left out.
     */
    private Void stage(Path input) throws IOException {
        String sqlite = os.sqliteNative();
        int natives = 0;
        // A copy of the jar, then the natives moved out of it through the zip file system, which writes the
        // entries that stay as they are (still compressed): inflating and deflating 100 MB took minutes.
        Path staged = input.resolve("newsdesk.jar");
        Files.copy(options.jar(), staged);
        try (FileSystem zip = FileSystems.newFileSystem(staged)) {
            List<Path> entries;
            try (Stream<Path> all = Files.walk(zip.getPath("/"))) {
                entries = all.filter(Files::isRegularFile).toList();
            }
            for (Path entry : entries) {
                String name = entry.toString().substring(1);
                boolean mine = !name.contains("/") && os.isNative(name);
                if (mine || name.equals(sqlite)) {
                    Files.copy(entry, input.resolve(entry.getFileName().toString()));
                    natives++;
                }
                if (mine || name.startsWith("org/sqlite/native/")) {
                    Files.delete(entry);
                }
            }
        }
        copyTree(Path.of("packaging", "licenses"), input.resolve("licenses"));
        if (os == Os.LINUX) { // installed into the icon theme by the .deb's postinst
            copyTree(Path.of("packaging", "icons", "png"), input.resolve("icons"));
        }
        System.out.println("  " + natives + " native libraries beside newsdesk.jar");
        return null;
    }

    // ---- 2. and 3. the runtime

    private List<String> modules(Path jar) {
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                jar.toString());
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(out.strip().split(",")));
        modules.addAll(RUNTIME_MODULES.keySet());
        modules.removeIf(String::isBlank);
        return List.copyOf(modules);
    }

    private Void jlink(List<String> modules, Path runtime) {
        List<String> args = new ArrayList<>(List.of("--add-modules", String.join(",", modules), "--output",
                runtime.toString(), "--strip-debug", "--no-header-files", "--no-man-pages"));
        if (options.cds().equals("off")) {
            args.add("--generate-cds-archive"); // no app archive: share at least the JDK's own classes
        }
        tool("jlink", args.toArray(String[]::new));
        return null;
    }

    // ---- 4. the app image

    private Void appImage(Path input, Path runtime, Path images) {
        tool("jpackage", "--type", "app-image", "--dest", images.toString(), "--input", input.toString(),
                "--runtime-image", runtime.toString(), "--app-version", version(),
                "@packaging/jpackage.args", "@packaging/app-image.args", "@packaging/" + os.folder + "/app-image.args");
        return null;
    }

    // ---- 5. class-data sharing

    /**
     * Starts the image's runtime as its launcher would (its class path and java-options), with
     * org.newsdesk.TrainingRun as the main class, in an empty home folder, and records the classes loaded.
     */
    private Void train(Path image) throws IOException, InterruptedException {
        Path app = os.appDir(image).toAbsolutePath();
        Path home = Files.createDirectories(options.work().resolve("training-home")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(os.java(image).toString(), "-Xshare:off",
                "-XX:DumpLoadedClassList=" + app.resolve("newsdesk.classlist")));
        command.addAll(launcherOptions(app));
        command.addAll(List.of("-cp", app.resolve("newsdesk.jar").toString(), "org.newsdesk.TrainingRun"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(options.work().resolve("training.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XDG_"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("USERPROFILE", home.toString());
        try (Display display = Display.forTraining(os)) {
            display.name().ifPresent(d -> pb.environment().put("DISPLAY", d));
            Process p = pb.start();
            if (!p.waitFor(8, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new Failure("the training run did not end within 8 minutes; see " + options.work().resolve("training.log"));
            }
            if (p.exitValue() != 0) {
                throw new Failure("the training run ended with exit code " + p.exitValue() + ": "
                        + tail(Files.readString(options.work().resolve("training.log"))));
            }
        }
        long classes = Files.lines(app.resolve("newsdesk.classlist")).filter(l -> !l.startsWith("@") && !l.startsWith("#")).count();
        System.out.println("  " + classes + " classes loaded from start to window to quit");
        return null;
    }

    /** A static archive of the listed classes, for the class path the image has where it is now. */
    private Void dumpArchive(Path image) throws IOException, InterruptedException {
        Path app = os.appDir(image).toAbsolutePath();
        Process p = new ProcessBuilder(os.java(image).toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + app.resolve("newsdesk.classlist"),
                "-XX:SharedArchiveFile=" + app.resolve("newsdesk.jsa"),
                "-cp", app.resolve("newsdesk.jar").toString())
                .redirectErrorStream(true).redirectOutput(options.work().resolve("dump.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new Failure("the class-data-sharing dump failed: " + tail(Files.readString(options.work().resolve("dump.log"))));
        }
        System.out.println("  " + megabytes(Files.size(app.resolve("newsdesk.jsa"))) + " archive");
        return null;
    }

    /** The launcher's java-options from the image's .cfg, $APPDIR filled in, without the archive's own. */
    private List<String> launcherOptions(Path app) throws IOException {
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("Newsdesk.cfg"))) {
            if (line.startsWith("java-options=")) {
                String option = line.substring("java-options=".length()).replace("$APPDIR", app.toString());
                if (!option.startsWith("-XX:SharedArchiveFile") && !option.startsWith("-Xshare")) {
                    result.add(option);
                }
            }
        }
        return result;
    }

    /**
     * The version jpackage is given. macOS bundles must not start with 0 (jpackage refuses, after Apple's old
     * CFBundleVersion rule), so a 0.x Newsdesk is a 1.0.0 bundle there until it reaches 1.0.
     */
    private String version() {
        return os == Os.MAC && options.version().startsWith("0.") ? "1.0.0" : options.version();
    }

    // ---- 6. the installer

    private Path installer(Path image) throws IOException, InterruptedException {
        Path out = Files.createDirectories(options.out());
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith("." + options.type())).toList()) {
                Files.delete(p);
            }
        }
        // A process of its own rather than the in-JVM tool, so dpkg-deb can be told how to compress: zstd (which
        // Debian 12's dpkg reads) takes seconds where its default, xz, takes many minutes for ~340 MB.
        // DPKG_DEB_COMPRESSOR_TYPE=xz in the environment chooses the smaller, slower package.
        Path log = options.work().resolve("installer.log");
        String jpackage = os == Os.WINDOWS ? "jpackage.exe" : "jpackage";
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", jpackage).toString(),
                "--type", options.type(), "--app-image", image.toString(), "--dest", out.toString(),
                "--app-version", version(), "@packaging/jpackage.args", "@packaging/" + os.folder + "/jpackage.args")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putIfAbsent("DPKG_DEB_COMPRESSOR_TYPE", "zstd");
        // The image's archive fits only where the image is now; the .deb's postinst makes the one for /opt.
        Path archive = os.appDir(image).resolve("newsdesk.jsa");
        Path aside = options.work().resolve("newsdesk.jsa");
        boolean moved = os == Os.LINUX && Files.exists(archive);
        if (moved) {
            Files.move(archive, aside);
        }
        try {
            Process p = pb.start();
            if (p.waitFor() != 0) {
                throw new Failure("jpackage ended with exit code " + p.exitValue() + ": " + tail(Files.readString(log)));
            }
        } finally {
            if (moved) {
                Files.move(aside, archive);
            }
        }
        try (Stream<Path> made = Files.list(out)) {
            return made.filter(p -> p.getFileName().toString().endsWith("." + options.type())).findFirst()
                    .orElseThrow(() -> new Failure("jpackage reported success but wrote no ." + options.type() + " to " + out));
        }
    }

    // ---- tools and files

    /** Runs a JDK tool in this JVM; its standard output, or a Failure with what it said. */
    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new Failure("this JDK has no " + name + " (run with a full JDK 17)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new Failure(name + " ended with exit code " + code + ": " + tail(err + "\n" + out));
        }
        return out.toString();
    }

    private <T> T step(String title, Work<T> work) throws IOException, InterruptedException {
        long t = System.nanoTime();
        System.out.println(title + "…");
        T result = work.run();
        System.out.printf("  done in %.1f s%n", (System.nanoTime() - t) / 1e9);
        return result;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException, InterruptedException;
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- what differs between systems

    private enum Os {
        LINUX("linux", "Newsdesk", "lib/app", "lib/runtime/bin/java", "Linux", "libsqlitejdbc.so", ".so"),
        WINDOWS("windows", "Newsdesk", "app", "runtime/bin/java.exe", "Windows", "sqlitejdbc.dll", ".dll"),
        MAC("mac", "Newsdesk.app", "Contents/app", "Contents/runtime/Contents/Home/bin/java", "Mac",
                "libsqlitejdbc.dylib", ".dylib");

        final String folder;
        private final String imageName;
        private final String appDir;
        private final String java;
        private final String sqliteOs;
        private final String sqliteLib;
        private final String nativeSuffix;

        Os(String folder, String imageName, String appDir, String java, String sqliteOs, String sqliteLib,
           String nativeSuffix) {
            this.folder = folder;
            this.imageName = imageName;
            this.appDir = appDir;
            this.java = java;
            this.sqliteOs = sqliteOs;
            this.sqliteLib = sqliteLib;
            this.nativeSuffix = nativeSuffix;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        String imageName() {
            return imageName;
        }

        Path appDir(Path image) {
            return image.resolve(appDir);
        }

        Path java(Path image) {
            return image.resolve(java).toAbsolutePath();
        }

        boolean isNative(String entry) {
            return entry.endsWith(nativeSuffix) || (this == MAC && entry.endsWith(".jnilib"));
        }

        /** sqlite-jdbc's library for this system inside its jar. */
        String sqliteNative() {
            String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
            String dir = switch (arch) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                default -> arch;
            };
            return "org/sqlite/native/" + sqliteOs + "/" + dir + "/" + sqliteLib;
        }

        @Override
        public String toString() {
            return folder;
        }
    }

    /** Where the training run shows its window: the desktop's own, or on Linux a private Xvfb if none. */
    private static final class Display implements AutoCloseable {
        private final Process xvfb;
        private final String name;

        private Display(Process xvfb, String name) {
            this.xvfb = xvfb;
            this.name = name;
        }

        static Display forTraining(Os os) throws IOException {
            String current = System.getenv("DISPLAY");
            if (os != Os.LINUX || (current != null && !current.isBlank() && !Boolean.getBoolean("packager.xvfb"))) {
                return new Display(null, null);
            }
            Process xvfb;
            try {
                xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1440x900x24")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new Failure("the training run needs a display and Xvfb is missing: install xvfb (and libgtk-3-0),"
                        + " or pass --cds off");
            }
            StringBuilder number = new StringBuilder();
            InputStream in = xvfb.getInputStream();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) {
                number.append((char) c);
            }
            if (number.toString().isBlank()) {
                xvfb.destroyForcibly();
                throw new Failure("Xvfb did not start");
            }
            return new Display(xvfb, ":" + number.toString().strip());
        }

        java.util.Optional<String> name() {
            return java.util.Optional.ofNullable(name);
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    // ---- options

    /**
     * {@code cds}: "on" (the class list and the image's archive), "list" (the class list only: enough for the
     * .deb, whose postinst makes the archive; DebRoundTripIT saves the dump so), "off" (jlink's archive of the
     * JDK's classes only).
     */
    private record Options(Path jar, String version, String type, Path out, Path work, String cds) {
        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new Failure("usage: java packaging/Packager.java --jar JAR --version V --type "
                            + "app-image|deb|msi|dmg [--out DIR] [--work DIR] [--cds on|list|off]", true);
                }
                values.put(args[i].substring(2), args[++i]);
            }
            Path jar = Path.of(required(values, "jar"));
            if (!Files.isRegularFile(jar)) {
                throw new Failure(jar + " is missing: build it first (mvn -B -Ppackage package does both)");
            }
            String type = values.getOrDefault("type", "app-image");
            String cds = values.getOrDefault("cds", Os.current() == Os.LINUX ? "on" : "off");
            if (!List.of("on", "list", "off").contains(cds)) {
                throw new Failure("--cds is on, list or off, not \"" + cds + "\"", true);
            }
            return new Options(jar, numericVersion(required(values, "version")), type,
                    Path.of(values.getOrDefault("out", "target/installer")),
                    Path.of(values.getOrDefault("work", "target/jpackage")), cds);
        }

        private static String required(Map<String, String> values, String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new Failure("--" + name + " is required", true);
            }
            return value;
        }

        /** Installers want numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0. */
        static String numericVersion(String version) {
            String numeric = version.replaceAll("[^0-9.].*$", "").replaceAll("\\.$", "");
            if (numeric.isEmpty()) {
                throw new Failure("the version \"" + version + "\" does not start with a number", true);
            }
            return numeric;
        }
    }

    /** A failure with one sentence for the person running the build. */
    private static final class Failure extends RuntimeException {
        private final boolean usage;

        Failure(String message) {
            this(message, false);
        }

        Failure(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }
    }
}
