package org.newsdesk.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which URLs may appear in rendered HTML. Allow-lists, not block-lists: a scheme nobody
 * thought of ({@code javascript:}, {@code vbscript:}, {@code data:text/html}) is simply not on the list.
 */
public final class SafeUrls {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https", "file");
    private static final Pattern DATA_IMAGE = Pattern.compile(
            "(?i)data:image/(png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=]+");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
    /** A place in the same page, such as a note: no scheme, nothing that could run or leave the page. */
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z][A-Za-z0-9_-]{0,63}");

    private SafeUrls() {
    }

    /**
     * The href to keep for a link, or empty when the link must be dropped (its text stays): http, https, mailto, or
     * a plain {@code #name} within the page (notes link to each other that way).
     */
    public static Optional<String> link(String href) {
        if (href != null && FRAGMENT.matcher(href).matches()) {
            return Optional.of(href);
        }
        return parse(href).filter(uri -> {
            String scheme = scheme(uri);
            if (!LINK_SCHEMES.contains(scheme)) {
                return false;
            }
            return scheme.equals("mailto") ? hasBody(uri) : hasHost(uri);
        }).map(URI::toString);
    }

    /**
     * The src to keep for an image: http(s), file, an inline raster {@code data:} URI, or a relative path
     * (how a bundle refers to its own images). Empty when the image must not be shown.
     */
    public static Optional<String> imageSource(String src) {
        if (src != null && DATA_IMAGE.matcher(src.strip()).matches()) {
            return Optional.of(src.strip());
        }
        return parse(src).filter(uri -> {
            if (uri.getScheme() == null) {
                return uri.getRawPath() != null && !uri.getRawPath().isEmpty();
            }
            String scheme = scheme(uri);
            return IMAGE_SCHEMES.contains(scheme) && (scheme.equals("file") || hasHost(uri));
        }).map(URI::toString);
    }

    /** True when {@code url} is absolute http(s): what Open Graph and schema.org consumers can fetch. */
    public static boolean isAbsoluteWeb(String url) {
        return parse(url).filter(uri -> (scheme(uri).equals("http") || scheme(uri).equals("https")) && hasHost(uri))
                .isPresent();
    }

    /**
     * Parses after percent-encoding the characters users paste but URLs may not contain (spaces, quotes,
     * braces). Any control character rejects the URL: browsers silently strip tabs and newlines inside a
     * scheme, which is how "java\tscript:" slips past naive checks.
     */
    private static Optional<URI> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String url = raw.strip();
        if (url.isEmpty() || url.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(encodeUnsafe(url)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String encodeUnsafe(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '"' -> out.append("%22");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append("%5C");
                case '^' -> out.append("%5E");
                case '`' -> out.append("%60");
                case '{' -> out.append("%7B");
                case '|' -> out.append("%7C");
                case '}' -> out.append("%7D");
                case '%' -> out.append(PERCENT_ESCAPE.matcher(url).region(i, url.length()).lookingAt() ? "%" : "%25");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static boolean hasHost(URI uri) {
        String authority = uri.getRawAuthority();
        return authority != null && !authority.isEmpty() && !authority.contains("%");
    }

    private static boolean hasBody(URI uri) {
        String part = uri.getRawSchemeSpecificPart();
        return part != null && !part.isBlank();
    }
}
