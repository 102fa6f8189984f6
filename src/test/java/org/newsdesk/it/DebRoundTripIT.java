package org.newsdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installer a press officer gets, end to end on this Debian machine: packages the built newsdesk.jar as
 * {@code mvn -Ppackage package} does (packaging/Packager.java: jlink, app image, training run, .deb), then runs
 * packaging/linux/deb-roundtrip.sh on the .deb: apt-get install, the installed launcher's window with an empty
 * home, a .newsdesk library opened through xdg-open and named in the title, the start-up archive in use,
 * apt-get remove leaving nothing in /opt. It installs a package, so it needs root on Debian (CI runs as root).
 */
class DebRoundTripIT {
    private static final Duration PACKAGING = Duration.ofMinutes(25);
    private static final Duration ROUND_TRIP = Duration.ofMinutes(20);

    @Test
    void theDebInstallsStartsOpensALibraryFromTheDesktopAndRemovesCleanly() throws Exception {
        requireRootOnDebian();
        Path target = Path.of("target");
        Path installers = target.resolve("it-installer");
        Run packaged = run(PACKAGING, target.resolve("it-packaging.log"), javaTool(), "packaging/Packager.java",
                "--jar", RealApp.jar().toString(), "--version", System.getProperty("newsdesk.version", "0.0.1"),
                "--type", "deb", "--out", installers.toString(), "--work", target.resolve("it-jpackage").toString());
        assertThat(packaged.exitCode()).as("Packager.java:\n%s", packaged.output()).isZero();
        Path deb = onlyDeb(installers);

        Run roundTrip = run(ROUND_TRIP, target.resolve("it-deb-roundtrip.log"), "bash",
                "packaging/linux/deb-roundtrip.sh", deb.toString());

        System.out.println(packaged.output() + "\n" + roundTrip.output());
        assertThat(roundTrip.exitCode()).as("deb-roundtrip.sh:\n%s", roundTrip.output()).isZero();
        assertThat(roundTrip.output()).contains("deb round trip OK");
    }

    private static void requireRootOnDebian() throws Exception {
        boolean debian = Files.exists(Path.of("/etc/debian_version")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
        Process id = new ProcessBuilder("id", "-u").start();
        boolean root = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().equals("0");
        id.waitFor();
        if (!debian || !root) {
            throw new AssertionError("DebRoundTripIT installs and removes the .deb, so it runs only as root on Debian "
                    + "(as .ci/run does); here it is " + (debian ? "Debian without root" : "not Debian") + ".");
        }
    }

    private static Path onlyDeb(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().matches("newsdesk_.*\\.deb")).toList();
            assertThat(debs).as("the .deb in %s", folder).hasSize(1);
            return debs.get(0);
        }
    }

    private static String javaTool() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a command in the project folder, its output to {@code log}; fails the test if it outlives {@code limit}. */
    private static Run run(Duration limit, Path log, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(limit.toMinutes(), TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit.toMinutes()
                    + " minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }
}
