package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -B -Pbench verify -Dbench=installed}: how long the installed Newsdesk (the .deb in /opt/newsdesk,
 * its launcher with the class-data-sharing archive postinst made) takes from start to its window, against the
 * floor: {@link BareWindow} started from its own jar with the same JDK ({@code java -jar bare-window.jar}).
 * Also, for the record, the installed app without the archive and {@code java -jar target/newsdesk.jar}.
 * All alternate in one run (the order rotates each round) on one private X server, with one home folder that
 * has seen Newsdesk's first start (profile saved, default library with the three samples). Needs the .deb
 * installed: {@code apt-get install ./target/installer/newsdesk_*.deb} (after {@code mvn -Ppackage package}).
 * Arguments: [repeats (default 7)] [launcher (default /opt/newsdesk/bin/Newsdesk)].
 */
public final class InstalledStartupBenchmark {
    private static final String NEWSDESK_TITLE = "^Newsdesk";
    /** Filled: the library is open and the newest sample is in the editor, its headline in the title. */
    private static final String NEWSDESK_FILLED = "^Newsdesk — .+ — library\\.newsdesk$";
    private static final int TIMEOUT_SECONDS = 300;

    private InstalledStartupBenchmark() {
    }

    public static void run(List<String> args) throws Exception {
        int repeats = args.isEmpty() ? 7 : Integer.parseInt(args.get(0));
        Path launcher = Path.of(args.size() > 1 ? args.get(1) : "/opt/newsdesk/bin/Newsdesk");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: build the .deb (mvn -B -Ppackage package) and "
                    + "install it (apt-get install ./target/installer/newsdesk_*.deb) first.");
        }
        Path appDir = launcher.getParent().getParent().resolve("lib/app");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path bareJar = BareWindowJar.build(Path.of("target", "bench", "bare-window.jar"));
        Path newsdeskJar = Path.of("target", "newsdesk.jar").toAbsolutePath();
        System.out.println("Load before: " + LoadAverage.now() + " (1, 5, 15 min; " + cores() + " cores)");

        WindowStopwatch.Program floor = new WindowStopwatch.Program("bare window, own jar (floor)",
                List.of(java, "-jar", bareJar.toAbsolutePath().toString()), Map.of(), "^" + BareWindow.TITLE + "$", null);
        WindowStopwatch.Program installed = new WindowStopwatch.Program("Newsdesk installed (launcher, CDS archive)",
                List.of(launcher.toString()), Map.of(), NEWSDESK_TITLE, NEWSDESK_FILLED);
        List<String> noCds = new ArrayList<>(List.of(appDir.getParent().resolve("runtime/bin/java").toString(), "-Xshare:off"));
        noCds.addAll(launcherOptions(appDir));
        noCds.addAll(List.of("-cp", appDir.resolve("newsdesk.jar").toString(), "org.newsdesk.Main"));
        WindowStopwatch.Program installedNoCds = new WindowStopwatch.Program("Newsdesk installed, -Xshare:off",
                noCds, Map.of(), NEWSDESK_TITLE, NEWSDESK_FILLED);
        WindowStopwatch.Program jar = new WindowStopwatch.Program("Newsdesk jar (java -jar target/newsdesk.jar)",
                List.of(java, "-jar", newsdeskJar.toString()), Map.of(), NEWSDESK_TITLE, NEWSDESK_FILLED);
        List<WindowStopwatch.Program> programs = Files.exists(newsdeskJar)
                ? List.of(floor, installed, installedNoCds, jar) : List.of(floor, installed, installedNoCds);

        Map<WindowStopwatch.Program, List<WindowStopwatch.Times>> seconds = new LinkedHashMap<>();
        programs.forEach(p -> seconds.put(p, new ArrayList<>()));
        Path home = Files.createTempDirectory("newsdesk-startup-home");
        try (WindowStopwatch stopwatch = WindowStopwatch.start()) {
            stopwatch.firstStart(installed, home);
            for (WindowStopwatch.Program p : programs) { // warm the file cache; not counted
                stopwatch.timeToWindow(p, home, TIMEOUT_SECONDS);
            }
            for (int round = 0; round < repeats; round++) {
                for (int i = 0; i < programs.size(); i++) {
                    WindowStopwatch.Program p = programs.get((i + round) % programs.size());
                    seconds.get(p).add(stopwatch.timeToWindow(p, home, TIMEOUT_SECONDS));
                    Thread.sleep(1_000);
                }
                System.out.printf("  round %d of %d done%n", round + 1, repeats);
            }
        }
        System.out.println("Load after: " + LoadAverage.now() + " (1, 5, 15 min; " + cores() + " cores)");
        System.out.printf("%nStart to window (xdotool), %d rounds alternated, seconds, median (range). Shown: the "
                + "window is on screen; filled: the library is open and an article in the editor.%n%n"
                + "| program | shown | filled |%n|---|---|---|%n", repeats);
        Map<WindowStopwatch.Program, Spread> spreads = new LinkedHashMap<>();
        seconds.forEach((p, t) -> {
            Spread shown = Spread.of(t, WindowStopwatch.Times::shown);
            spreads.put(p, shown);
            System.out.printf("| %s | %s | %s |%n", p.name(), shown, Spread.of(t, WindowStopwatch.Times::filled));
        });
        Targets targets = new Targets();
        targets.atMost("installed-start", "s", spreads.get(installed).median(), spreads.get(floor).median(),
                spreads.get(floor).median(), "the installed app, CDS archive and all, starts no slower than the bare "
                        + "window from its own jar");
        System.out.println();
        targets.print();
    }

    /** The launcher's java-options from its .cfg, $APPDIR filled in, without the archive. */
    private static List<String> launcherOptions(Path appDir) throws Exception {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(appDir.resolve("Newsdesk.cfg"))) {
            if (line.startsWith("java-options=")) {
                String o = line.substring("java-options=".length()).replace("$APPDIR", appDir.toString());
                if (!o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-Xshare")) {
                    options.add(o);
                }
            }
        }
        return options;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
