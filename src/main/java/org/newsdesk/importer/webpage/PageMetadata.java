package org.newsdesk.importer.webpage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What a page says about its article, read before anything is removed from it: schema.org (JSON-LD), Open Graph,
 * Twitter and plain {@code <meta>} tags, {@code lang} and {@code dir}, and the address it was saved from.
 *
 * @param title      schema.org headline, og:title, twitter:title or {@code <title>}, as the page writes it
 * @param siteName   og:site_name, application-name or the schema.org publisher, to take out of the title
 * @param language   {@code lang}, {@code content-language}, og:locale or schema.org inLanguage
 * @param rightToLeft true when the page or its body says {@code dir="rtl"}
 * @param address    the address the page was saved from ("saved from url" comment, canonical link, og:url, base)
 */
record PageMetadata(List<String> titles, String documentTitle, Optional<String> siteName, String description,
                    String byline, Optional<LocalDate> date, Optional<String> language, boolean rightToLeft,
                    Optional<URI> address) {
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
            "techarticle", "scholarlyarticle", "report", "liveblogposting");
    /** Used only when the page describes no article: a page's name is often the site's. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "medicalwebpage", "itempage", "aboutpage");
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");

    static PageMetadata read(Document page) {
        java.util.Map<String, String> metas = metas(page);
        JsonNode ld = linkedData(page);
        List<String> titles = new ArrayList<>();
        add(titles, linkedDataTitle(ld, page.title()));
        add(titles, get(metas, "og:title"), get(metas, "twitter:title"), get(metas, "dc:title"), get(metas, "dc.title"),
                get(metas, "dcterm:title"), get(metas, "title"), get(metas, "parsely-title"));
        String description = first(get(metas, "og:description"), get(metas, "description"), text(ld, "description"),
                get(metas, "twitter:description"), get(metas, "dc.description"));
        String byline = first(authors(ld), get(metas, "author"), get(metas, "dc.creator"), get(metas, "parsely-author"),
                notAnAddress(get(metas, "article:author")));
        Optional<LocalDate> date = date(first(text(ld, "datePublished"), get(metas, "article:published_time"),
                get(metas, "datePublished"), get(metas, "parsely-pub-date"), get(metas, "dc.date"),
                get(metas, "date"), timeIn(page)));
        Element html = page.selectFirst("html");
        String lang = first(html == null ? "" : html.attr("lang"), html == null ? "" : html.attr("xml:lang"),
                httpEquiv(page, "content-language"), get(metas, "og:locale").replace('_', '-'), text(ld, "inLanguage"));
        boolean rtl = html != null && "rtl".equalsIgnoreCase(html.attr("dir"))
                || page.body() != null && "rtl".equalsIgnoreCase(page.body().attr("dir"));
        String site = first(get(metas, "og:site_name"), get(metas, "application-name"), publisher(ld));
        return new PageMetadata(titles, page.title().strip(), Optional.of(site).filter(s -> !s.isBlank()), description,
                byline, date, Optional.of(lang).filter(s -> !s.isBlank()), rtl, address(page, get(metas, "og:url")));
    }

    /** The schema.org article the page describes, when it has one. */
    private static JsonNode linkedData(Document page) {
        ObjectMapper mapper = new ObjectMapper();
        for (Set<String> types : List.of(ARTICLE_TYPES, PAGE_TYPES)) {
            for (Element script : page.select("script[type=application/ld+json]")) {
                try {
                    String json = script.data().strip().replaceFirst("^<!\\[CDATA\\[", "").replaceFirst("]]>$", "");
                    JsonNode found = article(mapper.readTree(json), types);
                    if (found != null) {
                        return found;
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a page's broken JSON-LD says nothing; the other tags still do
                }
            }
        }
        return mapper.createObjectNode();
    }

    private static JsonNode article(JsonNode node, Set<String> wanted) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = article(item, wanted);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return article(node.get("@graph"), wanted);
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        boolean isArticle = types.stream().anyMatch(wanted::contains);
        return isArticle && (node.has("headline") || node.has("name")) ? node : null;
    }

    /**
     * schema.org's headline, or its name where the two differ and the name is closer to the page's title (some
     * sites put a description of the page's kind in "headline").
     */
    private static String linkedDataTitle(JsonNode ld, String documentTitle) {
        String headline = text(ld, "headline");
        String name = text(ld, "name");
        if (headline.isEmpty() || name.isEmpty() || headline.equals(name)) {
            return headline.isEmpty() ? name : headline;
        }
        return overlap(name, documentTitle) > overlap(headline, documentTitle) ? name : headline;
    }

    private static double overlap(String candidate, String title) {
        Set<String> words = new java.util.HashSet<>(List.of(Headlines.normal(title).split("\\W+")));
        String[] own = Headlines.normal(candidate).split("\\W+");
        return own.length == 0 ? 0 : java.util.Arrays.stream(own).filter(words::contains).count() / (double) own.length;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "" : value.get(0).asText("").strip();
        }
        return value.isValueNode() ? value.asText("").strip() : "";
    }

    private static String authors(JsonNode ld) {
        JsonNode author = ld.get("author");
        if (author == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText("");
            if (!name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return String.join(", ", names);
    }

    private static String publisher(JsonNode ld) {
        JsonNode publisher = ld.get("publisher");
        return publisher == null ? "" : publisher.isTextual() ? publisher.asText() : publisher.path("name").asText("");
    }

    /** A {@code <meta>} by name or property, case-insensitive ("og:title", "description"). */
    private static String get(java.util.Map<String, String> metas, String key) {
        return metas.getOrDefault(key.toLowerCase(Locale.ROOT), "");
    }

    /** Every {@code <meta>}'s content by its lower-case name, the first one of each name ("og:title dc:title" gives two). */
    private static java.util.Map<String, String> metas(Document page) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String name = meta.attr("name").isEmpty() ? meta.attr("property") : meta.attr("name");
            if (name.isEmpty()) {
                name = meta.attr("itemprop");
            }
            String content = meta.attr("content").strip().replaceAll("\\s+", " ");
            if (!content.isEmpty()) {
                for (String key : name.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    found.putIfAbsent(key, content);
                }
            }
        }
        return found;
    }

    private static String httpEquiv(Document page, String key) {
        Element meta = page.selectFirst("meta[http-equiv~=(?i)" + key + "][content]");
        return meta == null ? "" : meta.attr("content").split(",")[0].strip();
    }

    private static String timeIn(Document page) {
        Element time = page.selectFirst("article time[datetime], main time[datetime], time[pubdate][datetime]");
        return time == null ? "" : time.attr("datetime");
    }

    private static String notAnAddress(String value) {
        return value.startsWith("http://") || value.startsWith("https://") ? "" : value;
    }

    private static Optional<LocalDate> date(String value) {
        if (value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Where the page was saved from: browsers write it in a comment; pages name themselves in canonical links. */
    private static Optional<URI> address(Document page, String ogUrl) {
        List<String> candidates = new ArrayList<>();
        for (Node node : page.childNodes()) {
            if (node instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) {
                    candidates.add(m.group(1));
                }
            }
        }
        Element html = page.selectFirst("html");
        if (html != null) {
            html.childNodes().stream().filter(n -> n instanceof Comment).map(n -> SAVED_FROM.matcher(((Comment) n).getData()))
                    .filter(Matcher::find).forEach(m -> candidates.add(m.group(1)));
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            candidates.add(canonical.attr("href"));
        }
        candidates.add(ogUrl);
        Element base = page.selectFirst("base[href]");
        if (base != null) {
            candidates.add(base.attr("href"));
        }
        for (String candidate : candidates) {
            try {
                URI uri = new URI(candidate.strip());
                if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                        && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (java.net.URISyntaxException e) {
                // not an address; try the next
            }
        }
        return Optional.empty();
    }

    private static void add(List<String> list, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !list.contains(v.strip())) {
                list.add(v.strip());
            }
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
