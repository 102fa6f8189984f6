package org.newsdesk.importer.webpage;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.i18n.Message;
import org.newsdesk.importer.ImportWarning;
import org.newsdesk.importer.ImportedFigures;
import org.newsdesk.importer.LocalImages;
import org.newsdesk.importer.PictureLookup;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.model.ImageRef;

/**
 * The pictures of a saved page. Before the article is looked for, each {@code <img>} is tagged with every address
 * it could be read from: {@code src}, the lazy-loading attributes ({@code data-src} and the like), {@code srcset}s
 * and a {@code <noscript>} copy. After, the pictures left in the article are read: one in the saved folder comes
 * along (checked like any added picture); one on the web is never fetched (left out with a note, or kept as a link
 * when the user chooses); one that is missing, outside the page's folder or broken is left out with a warning.
 */
final class PagePictures {
    static final String MARK = "\u2063newsdesk-picture-";
    private static final String CANDIDATES = "data-newsdesk-candidates";
    private static final List<String> LAZY = List.of("data-src", "data-original", "data-lazy-src", "data-actualsrc",
            "data-delayed-url", "data-li-src", "data-pagespeed-lazy-src", "data-hi-res-src", "data-full-src",
            "data-url");
    private static final List<String> LAZY_SETS = List.of("data-srcset", "data-lazy-srcset", "srcset");

    private final LocalImages localImages;
    private final Path file;
    private final Optional<URI> pageAddress;
    private final WebPictures web;

    PagePictures(LocalImages localImages, Path file, Optional<URI> pageAddress, WebPictures web) {
        this.localImages = localImages;
        this.file = file;
        this.pageAddress = pageAddress;
        this.web = web;
    }

    /** Tags every picture of the page with the addresses it can be read from (before the article is looked for). */
    void tag(Document page) {
        replacePlaceholdersByNoscriptCopies(page);
        for (Element img : page.select("img")) {
            Set<String> candidates = new LinkedHashSet<>();
            String src = img.attr("src").strip();
            if (!src.isEmpty() && !isPlaceholder(src)) {
                candidates.add(src);
            }
            for (String attribute : LAZY) {
                String value = img.attr(attribute).strip();
                if (!value.isEmpty() && !isPlaceholder(value)) {
                    candidates.add(value);
                }
            }
            List<String> sets = new ArrayList<>();
            LAZY_SETS.forEach(a -> sets.add(img.attr(a)));
            Element picture = img.parent() != null && img.parent().normalName().equals("picture") ? img.parent() : null;
            if (picture != null) {
                picture.select("source").forEach(s -> LAZY_SETS.forEach(a -> sets.add(s.attr(a))));
            }
            sets.stream().flatMap(set -> srcset(set).stream()).filter(s -> !isPlaceholder(s)).forEach(candidates::add);
            if (candidates.isEmpty() && !src.isEmpty()) {
                candidates.add(src); // only a data: placeholder: it is still the picture the page shows
            }
            img.attr(CANDIDATES, String.join("\n", candidates));
        }
    }

    /**
     * Replaces the pictures left in the article by marks ({@link #MARK} + index into the returned list) that the
     * conversion keeps in place, or by a link when web pictures are kept as links; warns for each left out.
     */
    List<ImageRef> takeFrom(Element article, ImportedFigures figures, List<ImportWarning> warnings) {
        List<ImageRef> pictures = new ArrayList<>();
        for (Element img : article.select("img")) {
            if (img.parent() == null) {
                continue;
            }
            Element figure = img.closest("figure");
            if (figure != null && figure.select("img").size() > 1) {
                figure = null; // a gallery: each picture on its own, the caption stays as text
            }
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            Element link = img.closest("a[href]");
            Element replaced = figure != null ? figure : link != null && link.text().isBlank() ? link : img;
            String captionText = caption == null ? "" : caption.text().strip();
            String alt = img.attr("alt").strip();
            Reading reading = read(img.attr(CANDIDATES));
            if (reading.found() != null) {
                pictures.add(figures.figure(reading.found().image(), captionText, alt,
                        link == null ? null : link.absUrl("href")));
                replaced.replaceWith(new Element("p").text(MARK + (pictures.size() - 1)));
            } else if (reading.web() != null && web == WebPictures.LINK && address(reading.web()).isPresent()) {
                String words = !captionText.isEmpty() ? captionText : !alt.isEmpty() ? alt : "Picture";
                Element paragraph = new Element("p");
                paragraph.appendElement("a").attr("href", address(reading.web()).get()).text(words);
                replaced.replaceWith(paragraph);
            } else {
                if (reading.web() != null) {
                    warnings.add(new ImportWarning(file, reading.web(), webReason(reading.web())));
                } else if (reading.unusable() != null) {
                    warnings.add(new ImportWarning(file, reading.unusable().reference(), reading.unusable().reason()));
                }
                if (replaced == figure && !captionText.isEmpty()) {
                    figure.replaceWith(new Element("p").text(captionText)); // the caption's words stay
                } else {
                    replaced.remove();
                }
            }
        }
        return pictures;
    }

    private record Reading(PictureLookup.Found found, String web, PictureLookup.Unusable unusable) {
    }

    /** The first address that gives a picture; else what the first local one, or the web one, said. */
    private Reading read(String candidates) {
        String webReference = null;
        PictureLookup.Unusable unusable = null;
        for (String candidate : candidates.split("\n")) {
            if (candidate.isBlank()) {
                continue;
            }
            // a site-root address ("/images/a.jpg") is on the page's website, not on this disk
            PictureLookup lookup = candidate.startsWith("/") && !candidate.startsWith("//")
                    ? new PictureLookup.Web(candidate) : localImages.find(file, candidate);
            if (lookup instanceof PictureLookup.Found found) {
                return new Reading(found, null, null);
            }
            if (lookup instanceof PictureLookup.Web w && webReference == null) {
                webReference = w.reference();
            } else if (lookup instanceof PictureLookup.Unusable u && unusable == null) {
                unusable = u;
            }
        }
        return unusable != null ? new Reading(null, null, unusable) : new Reading(null, webReference, null);
    }

    private Message webReason(String reference) {
        if (web == WebPictures.LINK && address(reference).isEmpty()) {
            return Message.of("warning.import.unknownSite");
        }
        return ImportWarning.ON_THE_WEB;
    }

    /** The picture's web address: protocol-relative and site-root ones need the address the page was saved from. */
    private Optional<String> address(String reference) {
        try {
            if (reference.startsWith("//")) {
                return Optional.of("https:" + reference);
            }
            if (reference.startsWith("/")) {
                return pageAddress.map(base -> base.resolve(reference.replace(" ", "%20")).toString());
            }
            return Optional.of(reference);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A lazy-loading page puts a tiny data: picture (or a spacer) in src until the real one scrolls into view. */
    private static boolean isPlaceholder(String reference) {
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("data:") && reference.length() < 300
                || lower.matches(".*(spacer|blank|pixel|placeholder|transparent|lazy)[^/]*\\.(gif|png|svg)([?#].*)?")
                || lower.startsWith("about:");
    }

    /** The addresses of a srcset, largest first ("a.jpg 400w, b.jpg 800w" → b.jpg, a.jpg). */
    static List<String> srcset(String set) {
        List<String[]> entries = new ArrayList<>();
        if (set == null || set.isBlank()) {
            return List.of();
        }
        for (String part : set.split("\\s*,\\s+|(?<=\\d[wx]),")) {
            String[] words = part.strip().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                entries.add(words);
            }
        }
        entries.sort((a, b) -> Double.compare(size(b), size(a)));
        return entries.stream().map(e -> e[0]).toList();
    }

    private static double size(String[] entry) {
        if (entry.length < 2) {
            return 1;
        }
        try {
            return Double.parseDouble(entry[1].replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code <img data-src=…><noscript><img src=…></noscript>}: the copy for readers without scripts is the picture. */
    private static void replacePlaceholdersByNoscriptCopies(Document page) {
        for (Element noscript : page.select("noscript")) {
            List<Element> copies = noscript.select("img");
            if (copies.size() != 1) {
                continue;
            }
            Element before = noscript.previousElementSibling();
            Element placeholder = before == null ? null : before.normalName().equals("img") ? before
                    : before.select("img").size() == 1 ? before.selectFirst("img") : null;
            if (placeholder != null && (placeholder.attr("src").isBlank() || isPlaceholder(placeholder.attr("src")))) {
                Element copy = copies.get(0);
                if (!copy.hasAttr("alt") && placeholder.hasAttr("alt")) {
                    copy.attr("alt", placeholder.attr("alt"));
                }
                placeholder.replaceWith(copy);
                noscript.remove();
            }
        }
    }
}
