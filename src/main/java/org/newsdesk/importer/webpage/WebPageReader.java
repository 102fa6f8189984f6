package org.newsdesk.importer.webpage;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.i18n.Message;
import org.newsdesk.importer.HtmlToDocument;
import org.newsdesk.importer.ImportDefaults;
import org.newsdesk.importer.ImportWarning;
import org.newsdesk.importer.ImportedArticle;
import org.newsdesk.importer.ImportedFigures;
import org.newsdesk.importer.LocalImages;
import org.newsdesk.importer.TextFiles;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.ValidationException;

/**
 * A saved web page to an article: the page's metadata is read first ({@link PageMetadata}), its pictures tagged
 * ({@link PagePictures}), the article found ({@link ReaderView}), then its pictures read and its HTML cleaned into
 * body blocks by {@link HtmlToDocument}, as pasted HTML is.
 */
public final class WebPageReader {
    /** Parts of the article that are the page's headline block rather than its text, by what the page calls them. */
    private static final String STANDFIRST = ".standfirst, .dek, .subtitle, .subheadline, .lead, .chapo, .chapeau";
    private static final String BYLINE = ".byline, [rel=author]";
    private static final String DATELINE = ".dateline";
    /** Reader View drops class names, so the parts are tagged before it runs. */
    private static final String PART = "data-newsdesk-part";
    private final HtmlToDocument converter = new HtmlToDocument();
    private final LocalImages localImages;

    public WebPageReader(LocalImages localImages) {
        this.localImages = localImages;
    }

    public ImportedArticle read(Path file, ImportDefaults defaults) {
        Document page = SavedPage.parse(file);
        PageMetadata meta = PageMetadata.read(page);
        Optional<String> headline = Headlines.choose(meta, page);
        PagePictures pictures = new PagePictures(localImages, file, meta.address(), defaults.webPictures());
        pictures.tag(page);
        page.select(STANDFIRST).attr(PART, "standfirst");
        page.select(BYLINE).attr(PART, "byline");
        page.select(DATELINE).attr(PART, "dateline");
        String address = meta.address().map(URI::toString).orElse(file.toUri().toString());
        ReaderView.Found found = new ReaderView().article(page, address).or(() -> wholeText(file, pictures))
                .orElseThrow(() -> new BadInputException(Message.of("error.import.noArticleText", file.toString())));
        Element content = found.content();
        headline.ifPresent(h -> removeHeadline(content, h));
        String standfirst = takeMarked(content, "[" + PART + "=standfirst]").orElse(meta.description());
        String byline = takeMarked(content, "[" + PART + "=byline]")
                .orElse(meta.byline().isBlank() ? found.byline() : meta.byline());
        content.select("[" + PART + "]").remove();
        removeDateLines(content);

        ImportedFigures figures = new ImportedFigures();
        List<ImportWarning> warnings = new ArrayList<>();
        List<ImageRef> refs = pictures.takeFrom(content, figures, warnings);
        org.newsdesk.model.Document body = withPictures(converter.convert(content.html()), refs, meta.rightToLeft());
        if (body.blocks().isEmpty()) {
            throw new BadInputException(Message.of("error.import.noArticleText", file.toString()));
        }
        Optional<Language> stated = meta.language().flatMap(WebPageReader::language);
        Article article = Article.draft(headline.orElse(TextFiles.titleFromName(file)),
                        stated.orElse(defaults.language()), defaults.now())
                .withStandfirst(standfirst).withByline(withoutBy(byline)).withBody(body);
        if (meta.date().isPresent()) {
            article = article.withDate(meta.date().get());
        }
        return ImportedArticle.fresh(article, figures.images(), stated.isPresent(), warnings);
    }

    /**
     * When Reader View finds no article (a page of short blocks it does not score), the page's {@code <article>} or
     * main part, else its body, without what is never article: every readable word rather than none.
     */
    private static Optional<ReaderView.Found> wholeText(Path file, PagePictures pictures) {
        Document page = SavedPage.parse(file);
        pictures.tag(page);
        ReaderView.removeUnseen(page);
        page.select("script, style, noscript, template, header, footer, aside, form, button, svg, iframe").remove();
        Element content = page.selectFirst("article, main, [role=main]");
        if (content == null) {
            content = page.body();
        }
        return content == null || content.text().isBlank() ? Optional.empty()
                : Optional.of(new ReaderView.Found(content, ""));
    }

    /** The first heading that repeats the headline is the page's title, not body text. */
    private static void removeHeadline(Element content, String headline) {
        for (Element h : content.select("h1, h2, h3")) {
            if (Headlines.same(h.text(), headline)) {
                h.remove();
                return;
            }
        }
        Element h1 = content.selectFirst("h1");
        if (h1 != null && content.select("h1").size() == 1) {
            h1.remove(); // a single h1 in the article is its headline, even when the page's title words it otherwise
        }
    }

    private static Optional<String> takeMarked(Element content, String selector) {
        Element marked = content.selectFirst(selector);
        if (marked == null) {
            return Optional.empty();
        }
        if (marked.text().isBlank() || marked.text().length() > 400) {
            marked.removeAttr(PART); // too long for the field: it is the article's text, and stays in the body
            return Optional.empty();
        }
        String text = marked.text().strip();
        marked.remove();
        return Optional.of(text);
    }

    /** A line that holds only the date ("2 avril 2026" in a {@code <time>}) is the page's dateline. */
    private static void removeDateLines(Element content) {
        for (Element t : content.select("time")) {
            Element parent = t.parent();
            if (parent != null && parent != content && parent.ownText().isBlank() && parent.children().size() == 1) {
                parent.remove();
            }
        }
    }

    private static String withoutBy(String byline) {
        return byline == null ? "" : byline.strip().replaceFirst("(?i)^(by|par|por|von|de|بقلم)\\s+", "").strip();
    }

    private static Optional<Language> language(String tag) {
        try {
            return Optional.of(Language.of(tag.strip().replace('_', '-')));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Puts each picture where its mark stands; a page that says {@code dir="rtl"} reads right to left throughout. */
    private static org.newsdesk.model.Document withPictures(org.newsdesk.model.Document body, List<ImageRef> pictures,
                                                            boolean rightToLeft) {
        return new org.newsdesk.model.Document(body.blocks().stream().map(block -> {
            String text = block.text().strip();
            if (text.startsWith(PagePictures.MARK)) {
                return Block.image(pictures.get(Integer.parseInt(text.substring(PagePictures.MARK.length()))));
            }
            if (rightToLeft && block.direction() == Direction.AUTO && block.type() != org.newsdesk.model.BlockType.IMAGE) {
                return block.withDirection(Direction.RTL);
            }
            return block;
        }).toList());
    }
}
