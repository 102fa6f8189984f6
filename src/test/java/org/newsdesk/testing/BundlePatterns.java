package org.newsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.newsdesk.i18n.UiLanguage;

/**
 * Every sentence one language's bundle can produce, as regular expressions: an argument matches any text, a
 * plural or select matches any of its branches (with {@code #} any number), so "3 passages périmés" is recognised
 * as coming from {@code {0, plural, one {# passage périmé} other {# passages périmés}}}. Used to prove that a text
 * shown in the window came from the bundles.
 */
public final class BundlePatterns {
    /** A number as ICU writes it in any of our locales: Latin or Arabic-Indic digits, group and decimal marks. */
    private static final String NUMBER = "[\\p{Nd}][\\p{Nd}.,\u066B\u066C\u00A0\u202F ]*";
    private static final String SPACE = "[\\s\u00A0\u202F]*";
    private final List<Pattern> patterns = new ArrayList<>();

    private BundlePatterns(Properties bundle) {
        for (String key : bundle.stringPropertyNames()) {
            String regex = regexOf(bundle.getProperty(key).replace("_", ""), false); // mnemonics are not shown
            if (!regex.replace("(?:.*?)", "").replace(SPACE, "").isBlank()) { // "{0}" alone says nothing
                patterns.add(Pattern.compile(regex, Pattern.DOTALL));
            }
        }
    }

    public static BundlePatterns of(UiLanguage language) {
        String file = "/org/newsdesk/i18n/messages" + (language == UiLanguage.ENGLISH ? "" : "_" + language.code())
                + ".properties";
        Properties p = new Properties();
        try (InputStream in = BundlePatterns.class.getResourceAsStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundlePatterns(p);
    }

    /** True when some sentence of the bundle, its arguments filled with anything, reads exactly {@code text}. */
    public boolean matches(String text) {
        String shown = text.strip();
        return patterns.stream().anyMatch(p -> p.matcher(shown).matches());
    }

    /** The regex of an ICU message pattern; {@code inPlural} makes {@code #} a number. */
    static String regexOf(String pattern, boolean inPlural) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                literal.append('\'');
                i += 2;
            } else if (c == '{') {
                int end = matching(pattern, i);
                flush(out, literal);
                out.append(argument(pattern.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '#' && inPlural) {
                flush(out, literal);
                out.append(NUMBER);
                i++;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(out, literal);
        return out.toString();
    }

    /** A plural or select becomes its branches as alternatives; any other argument matches anything. */
    private static String argument(String inside) {
        String[] head = inside.split(",", 3);
        String type = head.length > 1 ? head[1].strip() : "";
        if (!type.equals("plural") && !type.equals("select") && !type.equals("selectordinal")) {
            return "(?:.*?)";
        }
        String branches = head[2];
        List<String> alternatives = new ArrayList<>();
        int i = 0;
        while (i < branches.length()) {
            int open = branches.indexOf('{', i);
            if (open < 0) {
                break;
            }
            int close = matching(branches, open);
            alternatives.add(regexOf(branches.substring(open + 1, close), !type.equals("select")));
            i = close + 1;
        }
        return "(?:" + String.join("|", alternatives) + ")";
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces in " + s);
    }

    /** Literal text, with any run of spaces (a no-break space, a thin one) matching any other. */
    private static void flush(StringBuilder out, StringBuilder literal) {
        if (literal.isEmpty()) {
            return;
        }
        // one run of spaces is one optional gap: two gaps side by side would backtrack without end
        java.util.regex.Matcher gaps = Pattern.compile("[\\s\u00A0\u202F]+").matcher(literal);
        int from = 0;
        while (gaps.find()) {
            if (gaps.start() > from) {
                out.append(Pattern.quote(literal.substring(from, gaps.start())));
            }
            if (!out.toString().endsWith(SPACE)) {
                out.append(SPACE);
            }
            from = gaps.end();
        }
        if (from < literal.length()) {
            out.append(Pattern.quote(literal.substring(from)));
        }
        literal.setLength(0);
    }
}
