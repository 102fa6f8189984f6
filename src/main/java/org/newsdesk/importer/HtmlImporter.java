package org.newsdesk.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;

/**
 * .html and .htm files, including whole pages saved from a website: only the article comes in (its
 * {@code <article>}, main content, or the block with the most paragraph text), never the site's navigation,
 * sidebars, share buttons or forms. Headline, standfirst, date, byline and language are recognised; the
 * body goes through the same cleaning as pasted HTML, so nothing from the page can run.
 */
public final class HtmlImporter implements ArticleImporter {
    private static final Set<String> EXTENSIONS = Set.of("html", "htm");
    /** Parts of a page that are never the article, whatever their place. */
    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, nav, aside, form,"
            + " button, input, select, textarea, footer, svg, canvas, [role=navigation], [role=complementary],"
            + " [role=search], [aria-hidden=true], [hidden]";
    /** Class or id words of boxes around articles that hold no article text. */
    private static final String CHROME_WORDS = "(?i).*\\b(share|social|related|recommended|newsletter|sidebar|"
            + "comments?|cookie|banner|breadcrumb|promo|advert|ads?|feedback|subscribe|menu|skip)\\b.*";
    /** Marks where a picture stood while the rest of the page is converted; no one types these characters. */
    private static final String PICTURE_MARK = "\u2063newsdesk-picture-";
    private final HtmlToDocument converter = new HtmlToDocument();
    private final LocalImages localImages;

    public HtmlImporter(LocalImages localImages) {
        this.localImages = localImages;
    }

    public HtmlImporter() {
        this(new LocalImages());
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(TextFiles.extension(file));
    }

    @Override
    public List<ImportedArticle> read(Path file, ImportDefaults defaults) {
        String html = TextFiles.readUtf8(file);
        Document page = Jsoup.parse(html);
        Language language = language(page).orElse(defaults.language());
        Element content = articleContent(page);
        if (content == null || content.text().isBlank()) {
            throw new BadInputException(file + " has no article text in it.");
        }
        String headline = headline(page, content).orElse(TextFiles.titleFromName(file));
        String standfirst = standfirst(page, content);
        Optional<LocalDate> date = date(page, content);
        String byline = byline(page, content);
        Element firstH1 = content.selectFirst("h1");
        if (firstH1 != null) {
            firstH1.remove(); // it is the headline, not body text
        }
        content.select(".standfirst, .subtitle, .dek, .byline, [rel=author], .dateline").remove();
        content.select("time").forEach(t -> {
            if (t.parent() != null && t.parent().ownText().isBlank() && t.parent().children().size() == 1) {
                t.parent().remove(); // a line holding only the date
            }
        });
        ImportedFigures figures = new ImportedFigures();
        List<org.newsdesk.model.ImageRef> pictures = markPictures(content, file, figures);
        org.newsdesk.model.Document body = withPictures(converter.convert(content.html()), pictures);
        Article article = Article.draft(headline, language, defaults.now()).withStandfirst(standfirst)
                .withByline(byline).withBody(body);
        if (date.isPresent()) {
            article = article.withDate(date.get());
        }
        return List.of(ImportedArticle.fresh(article, figures.images()));
    }

    /**
     * Local pictures (a saved page's "page_files/photo.jpg") come along, checked like any added picture, with
     * the figure's caption and the image's alt text; each is replaced by a mark the conversion keeps in place.
     * Pictures on the web are left out: importing never fetches anything.
     */
    private List<org.newsdesk.model.ImageRef> markPictures(Element content, Path file, ImportedFigures figures) {
        List<org.newsdesk.model.ImageRef> pictures = new java.util.ArrayList<>();
        for (Element img : content.select("img[src]")) {
            Element figure = img.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            Element link = img.closest("a[href]");
            var ref = localImages.load(file, img.attr("src")).map(image -> figures.figure(image,
                    caption == null ? "" : caption.text().strip(), img.attr("alt").strip(),
                    link == null ? null : link.attr("href")));
            Element replaced = figure != null ? figure : link != null ? link : img;
            if (ref.isPresent()) {
                replaced.replaceWith(new Element("p").text(PICTURE_MARK + pictures.size()));
                pictures.add(ref.get());
            } else if (replaced == img || replaced == figure) {
                replaced.remove();
            }
        }
        return pictures;
    }

    private static org.newsdesk.model.Document withPictures(org.newsdesk.model.Document body,
                                                            List<org.newsdesk.model.ImageRef> pictures) {
        if (pictures.isEmpty()) {
            return body;
        }
        return new org.newsdesk.model.Document(body.blocks().stream().map(block -> {
            String text = block.text().strip();
            if (text.startsWith(PICTURE_MARK)) {
                return org.newsdesk.model.Block.image(pictures.get(Integer.parseInt(text.substring(PICTURE_MARK.length()))));
            }
            return block;
        }).toList());
    }

    private static Optional<Language> language(Document page) {
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        try {
            return lang.isBlank() ? Optional.empty() : Optional.of(Language.of(lang));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** The element holding the article: {@code <article>}, main content, or the densest block of paragraphs. */
    static Element articleContent(Document page) {
        Element body = page.body();
        if (body == null) {
            return null;
        }
        body.select(CHROME).remove();
        body.getAllElements().stream()
                .filter(e -> e != body && (e.className() + " " + e.id()).matches(CHROME_WORDS))
                .filter(e -> !e.tagName().equals("article") && !e.tagName().equals("main"))
                .toList().forEach(Element::remove);
        Element article = body.select("article").stream()
                .max(Comparator.comparingInt(e -> e.select("p").text().length())).orElse(null);
        if (article != null) {
            return article;
        }
        Element main = body.selectFirst("main, [role=main], #content, .content");
        if (main != null) {
            return main;
        }
        // the element whose direct paragraphs carry the most text
        return body.getAllElements().stream()
                .max(Comparator.comparingInt(e -> e.children().stream()
                        .filter(c -> c.tagName().equals("p")).mapToInt(c -> c.text().length()).sum()))
                .filter(e -> !e.select("> p").isEmpty()).orElse(body);
    }

    private static Optional<String> headline(Document page, Element content) {
        Element h1 = content.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return Optional.of(h1.text().strip());
        }
        return meta(page, "meta[property=og:title]").or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()));
    }

    private static String standfirst(Document page, Element content) {
        Element marked = content.selectFirst(".standfirst, .subtitle, .dek, .lead, .summary, .subheadline");
        if (marked != null) {
            return marked.text().strip();
        }
        return meta(page, "meta[name=description]").or(() -> meta(page, "meta[property=og:description]")).orElse("");
    }

    private static Optional<LocalDate> date(Document page, Element content) {
        Element time = content.selectFirst("time[datetime]");
        String value = time != null ? time.attr("datetime")
                : meta(page, "meta[property=article:published_time]").orElse("");
        if (value.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String byline(Document page, Element content) {
        Element by = content.selectFirst(".byline, [rel=author], .author");
        if (by != null) {
            return by.text().replaceFirst("(?i)^(by|par|de|بقلم)\\s+", "").strip(); // "By", French "Par", Arabic
        }
        return meta(page, "meta[name=author]").orElse("");
    }

    private static Optional<String> meta(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null || meta.attr("content").isBlank() ? Optional.empty() : Optional.of(meta.attr("content").strip());
    }
}
