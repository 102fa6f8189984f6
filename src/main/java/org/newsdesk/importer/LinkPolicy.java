package org.newsdesk.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which link targets the body may hold: http, https, mailto, and {@code #name} places in the same page (notes). Everything else (javascript:, data:, file:,
 * relative paths) could run code or leak files once the article is published, so it is refused.
 */
public final class LinkPolicy {

    private static final Pattern BARE_DOMAIN = Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+([/?#].*)?");
    private static final Pattern BARE_EMAIL = Pattern.compile("[^\\s@/:]+@[^\\s@/:]+\\.[^\\s@/:]+");
    /** A place in the same page (a note and its reference link to each other): nothing that can run or leave. */
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z][A-Za-z0-9_-]{0,63}");

    private LinkPolicy() {
    }

    /** The link as it may be stored, or empty when it is not allowed. */
    public static Optional<String> safe(String href) {
        if (href == null) {
            return Optional.empty();
        }
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so check without them.
        String cleaned = href.strip().replaceAll("[\\p{Cntrl}\\s]", "");
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (FRAGMENT.matcher(cleaned).matches()) {
            return Optional.of(cleaned);
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return cleaned.length() > lower.indexOf("//") + 2 ? Optional.of(cleaned) : Optional.empty();
        }
        if (lower.startsWith("mailto:") && cleaned.length() > "mailto:".length()) {
            return Optional.of(cleaned);
        }
        return Optional.empty();
    }

    /** What a person typed into a link box: "example.org" means https://example.org, "a@b.org" a mailto link. */
    public static Optional<String> fromUserInput(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = input.strip();
        if (!text.contains(":") && BARE_EMAIL.matcher(text).matches()) {
            return safe("mailto:" + text);
        }
        if (!text.contains(":") && BARE_DOMAIN.matcher(text).matches()) {
            return safe("https://" + text);
        }
        return safe(text);
    }
}
