package org.newsdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What a bug report needs first: Newsdesk's version and the Java and JavaFX it runs on. Read from files in the
 * jar, so the command line can tell them without starting JavaFX.
 */
public record AppVersions(String newsdesk, String java, String javafx, String system) {

    public static AppVersions current() {
        return new AppVersions(property("/org/newsdesk/version.properties", "version"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                property("/javafx.properties", "javafx.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /** One line each: "Newsdesk 0.1.0", "Java 17.0.15 (…)", "JavaFX 21.0.11+4", "System Linux …". */
    public List<String> lines() {
        return List.of("Newsdesk " + newsdesk, "Java " + java, "JavaFX " + javafx, "System " + system);
    }

    private static String property(String resource, String key) {
        try (InputStream in = AppVersions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
