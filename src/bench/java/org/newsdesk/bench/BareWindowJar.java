package org.newsdesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes {@link BareWindow}'s own jar, the way newsdesk.jar is made (one shaded jar): its classes and those of
 * JavaFX (base, graphics, controls) and RichTextFX with its libraries, taken from this JVM's class path.
 */
public final class BareWindowJar {
    /** Class-path entries that go in: JavaFX's platform jars and RichTextFX's family. */
    private static final List<String> LIBRARIES = List.of("javafx-base", "javafx-graphics", "javafx-controls",
            "richtextfx", "reactfx", "flowless", "undofx", "wellbehavedfx");

    private BareWindowJar() {
    }

    /** Writes the jar to {@code jar} and returns it. */
    public static Path build(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BareWindow.class.getName());
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            written.add("META-INF/MANIFEST.MF");
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                String name = path.getFileName().toString();
                if (Files.isDirectory(path) && Files.exists(path.resolve("org/newsdesk/bench/BareWindow.class"))) {
                    Path bench = path.resolve("org/newsdesk/bench");
                    try (var classes = Files.list(bench)) {
                        for (Path c : classes.filter(p -> p.getFileName().toString().startsWith("BareWindow")).toList()) {
                            copy(out, written, "org/newsdesk/bench/" + c.getFileName(), Files.newInputStream(c));
                        }
                    }
                } else if (name.endsWith(".jar") && LIBRARIES.stream().anyMatch(name::startsWith)) {
                    try (ZipFile zip = new ZipFile(path.toFile())) {
                        for (ZipEntry e : zip.stream().toList()) {
                            if (!e.isDirectory() && !skipped(e.getName())) {
                                copy(out, written, e.getName(), zip.getInputStream(e));
                            }
                        }
                    }
                }
            }
        }
        if (!written.contains("org/newsdesk/bench/BareWindow.class") || !written.contains("javafx/application/Application.class")) {
            throw new IOException("The class path lacks BareWindow or JavaFX: run with the test class path (mvn -Pbench).");
        }
        return jar;
    }

    private static boolean skipped(String name) {
        return name.equals("META-INF/MANIFEST.MF") || name.endsWith("module-info.class")
                || name.matches("META-INF/[^/]+\\.(SF|DSA|RSA)");
    }

    private static void copy(JarOutputStream out, Set<String> written, String name, InputStream in) throws IOException {
        try (in) {
            if (written.add(name)) {
                out.putNextEntry(new JarEntry(name));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
