package org.newsdesk.importer.webpage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline from what the page says (schema.org headline, og:title, twitter:title, {@code <title>},
 * its {@code <h1>}), without the site's name that pages add to their titles ("… | The Site", "The Site - …").
 */
final class Headlines {
    /** Separators between a headline and a site's name in page titles. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»/:]{1,2}(\\s+|$)|\\s*[|•»]\\s*");

    private Headlines() {
    }

    static Optional<String> choose(PageMetadata meta, Document page) {
        List<String> headings = new ArrayList<>();
        for (Element h : page.select("h1, h2")) {
            String text = h.text().strip();
            if (!text.isEmpty()) {
                headings.add(text);
            }
        }
        boolean fromTags = !meta.titles().isEmpty();
        String title = fromTags ? meta.titles().get(0) : meta.documentTitle();
        List<Element> h1s = page.select("h1");
        if (!fromTags && h1s.size() == 1 && h1s.get(0).closest("article, main, [role=main]") != null
                && (words(title) <= 1 || words(split(title).get(0)) <= 3 && sharesAWord(h1s.get(0).text(), title))) {
            return Optional.of(h1s.get(0).text().strip()); // the article's own h1, when the page's tags say nothing
        }
        if (title.isBlank()) {
            return page.select("h1").stream().map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).findFirst();
        }
        // the page's heading that is the title, or the title without its site's part, is the headline as shown
        for (String part : parts(title, meta.siteName())) {
            for (String heading : headings) {
                if (same(heading, part)) {
                    return Optional.of(heading);
                }
            }
        }
        // "Headline _Section _Site", "Headline [Site]": a heading the title starts with, the rest being a short tail
        for (String heading : headings) {
            String h = normal(heading);
            if (h.length() >= 8 && normal(title).startsWith(h) && h.length() * 2 >= normal(title).length()) {
                return Optional.of(heading);
            }
        }
        // og:title and schema.org's headline rarely carry the site's name unless it is named; <title> usually does
        boolean likeDocumentTitle = !fromTags || title.equals(meta.documentTitle()) || title.endsWith("::");
        return Optional.of(likeDocumentTitle ? withoutSiteName(title, meta.siteName()) : withoutNamedSite(title, meta.siteName()));
    }

    private static String withoutNamedSite(String title, Optional<String> siteName) {
        List<String> parts = split(title);
        if (siteName.isEmpty() || parts.size() < 2) {
            return title.strip();
        }
        String site = normal(siteName.get());
        if (normal(parts.get(parts.size() - 1)).equals(site)) {
            return join(title, parts.subList(0, parts.size() - 1));
        }
        if (normal(parts.get(0)).equals(site)) {
            return join(title, parts.subList(1, parts.size()));
        }
        return title.strip();
    }

    /** "Headline | Site", "Site – Headline": the headline; a title that is all headline stays as it is. */
    static String withoutSiteName(String title, Optional<String> siteName) {
        if (siteName.isPresent()) {
            String site = normal(siteName.get());
            List<String> parts = split(title);
            if (parts.size() > 1) {
                if (normal(parts.get(parts.size() - 1)).equals(site) || site.contains(normal(parts.get(parts.size() - 1)))
                        && normal(parts.get(parts.size() - 1)).length() > 3) {
                    return join(title, parts.subList(0, parts.size() - 1));
                }
                if (normal(parts.get(0)).equals(site)) {
                    return join(title, parts.subList(1, parts.size()));
                }
            }
        }
        List<String> parts = split(title);
        if (parts.size() < 2) {
            return title.strip();
        }
        String last = parts.get(parts.size() - 1);
        String first = parts.get(0);
        int lastWords = words(last);
        int restWords = words(title) - lastWords;
        // Titles end with the site's name far more often than they start with it.
        if (lastWords <= 4 && restWords >= 3 && lastWords < restWords) {
            return join(title, parts.subList(0, parts.size() - 1));
        }
        if (words(first) <= 3 && words(title) - words(first) >= 4 && title.contains(" | ")) {
            return join(title, parts.subList(1, parts.size()));
        }
        return title.strip();
    }

    /**
     * The whole title first, then the runs of its pieces from the start ("A | B | Site": "A", "A | B"), and from the
     * end when the title starts with the site's name: the headline is never only the site's name.
     */
    private static List<String> parts(String title, Optional<String> siteName) {
        List<String> parts = new ArrayList<>(List.of(title));
        List<String> pieces = split(title);
        for (int i = 1; i < pieces.size(); i++) {
            parts.add(join(title, pieces.subList(0, i)));
        }
        if (siteName.isPresent() && pieces.size() > 1 && same(pieces.get(0), siteName.get())) {
            parts.add(join(title, pieces.subList(1, pieces.size())));
        }
        return parts;
    }

    private static boolean sharesAWord(String a, String b) {
        List<String> words = List.of(normal(b).split("\\W+"));
        for (String w : normal(a).split("\\W+")) {
            if (w.length() > 2 && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String title) {
        List<String> parts = new ArrayList<>();
        for (String p : SEPARATOR.split(title.strip())) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    /** The parts as the title wrote them, separators included: from the first part's start to the last one's end. */
    private static String join(String title, List<String> parts) {
        int start = title.indexOf(parts.get(0));
        String last = parts.get(parts.size() - 1);
        int end = title.indexOf(last, Math.max(start, 0)) + last.length();
        return start < 0 || end <= start ? String.join(" ", parts) : title.substring(start, end).strip();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b)) && !normal(a).isEmpty();
    }

    /** For comparing: case, accents' composition, quotes, dashes and spacing do not count. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032']", "'").replaceAll("[\u201C\u201D\u201E\u00AB\u00BB\"]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\s+", " ").strip();
    }
}
