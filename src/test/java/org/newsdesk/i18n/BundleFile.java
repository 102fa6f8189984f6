package org.newsdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** One bundle file on its own (UTF-8), without the base bundle a ResourceBundle would fall back to. */
public final class BundleFile {
    private BundleFile() {
    }

    /** The keys and values of the resource {@code name}, sorted by key. */
    public static Map<String, String> read(String name) throws IOException {
        try (InputStream in = BundleFile.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> m = new TreeMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return m;
        }
    }

    /** The keys in the order the file writes them, a key given twice listed twice (reading keeps only its last). */
    public static List<String> keysAsWritten(String name) throws IOException {
        try (InputStream in = BundleFile.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
        }
    }
}
