package org.newsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The colours a set of JavaFX style sheets actually gives, read from the CSS text: its rules (selector → properties)
 * and its looked-up colours ({@code -color-fg-default: #24292f} in {@code .root}), resolved through each other, with
 * WCAG 2.x contrast. Enough CSS for the AtlantaFX themes and Newsdesk's own sheets: hex, rgb(), rgba(), a few names.
 */
public final class CssPalette {
    /** One rule: its selector as written and its properties, the last declaration winning. */
    public record Rule(String sheet, String selector, Map<String, String> properties) {
        public String get(String property) {
            return properties.get(property);
        }
    }

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*(?:,\\s*([\\d.]+)\\s*)?\\)");

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    /** Reads {@code resources} (class-path names) in order; a later sheet's variables override an earlier one's. */
    public static CssPalette of(String... resources) throws IOException {
        CssPalette palette = new CssPalette();
        for (String resource : resources) {
            try (InputStream in = CssPalette.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("No style sheet " + resource + " on the class path");
                }
                palette.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return palette;
    }

    private void read(String sheet, String css) {
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String declaration : m.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    properties.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                }
            }
            for (String selector : m.group(1).split(",")) {
                String s = selector.strip().replaceAll("\\s+", " ");
                if (s.equals(".root")) {
                    properties.forEach((k, v) -> {
                        if (k.startsWith("-color-")) {
                            variables.put(k, v);
                        }
                    });
                }
                rules.add(new Rule(sheet, s, properties));
            }
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules of the sheet {@code sheet} (its resource name). */
    public List<Rule> rules(String sheet) {
        return rules.stream().filter(r -> r.sheet().equals(sheet)).toList();
    }

    /** The one rule with exactly {@code selector}, the last one if several; null if none. */
    public Rule rule(String selector) {
        Rule found = null;
        for (Rule r : rules) {
            if (r.selector().equals(selector)) {
                found = r;
            }
        }
        return found;
    }

    /** The colour of a value: a literal or a looked-up colour such as {@code -color-accent-emphasis}. */
    public Color colour(String value) {
        String v = value.strip();
        for (int depth = 0; v.startsWith("-") && depth < 20; depth++) {
            String next = variables.get(v);
            if (next == null) {
                throw new IllegalArgumentException("No colour " + value);
            }
            v = next.strip();
        }
        Matcher rgb = RGB.matcher(v);
        if (rgb.matches()) {
            return Color.rgb((int) Double.parseDouble(rgb.group(1)), (int) Double.parseDouble(rgb.group(2)),
                    (int) Double.parseDouble(rgb.group(3)), rgb.group(4) == null ? 1 : Double.parseDouble(rgb.group(4)));
        }
        return Color.web(v.toLowerCase(Locale.ROOT));
    }

    /** The colour {@code value} shows over the opaque {@code under} (a translucent colour mixes with it). */
    public Color over(String value, Color under) {
        return blend(colour(value), under);
    }

    public static Color blend(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** The last layer of a {@code -fx-background-color} list ("a, b" → b), the one text sits on. */
    public static String topLayer(String backgroundList) {
        String[] layers = splitLayers(backgroundList);
        return layers[layers.length - 1].strip();
    }

    /** The layers of a comma-separated paint list, keeping rgba(…) whole. */
    public static String[] splitLayers(String list) {
        return list.split(",(?![^(]*\\))");
    }

    /** WCAG 2.x contrast ratio of two opaque colours, 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.x relative luminance. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** "#rrggbb" of an opaque colour, for messages. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
