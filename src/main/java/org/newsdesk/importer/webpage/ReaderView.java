package org.newsdesk.importer.webpage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page as Firefox's Reader View does, with Readability4J (the JVM port of Mozilla
 * Readability), after taking out what a reader never sees: hidden elements, dialogs, menus and other parts that the
 * page itself marks as not being its content (Readability4J predates Reader View's own checks for these).
 */
final class ReaderView {
    /** ARIA roles of page parts that are never the article. */
    private static final Set<String> CHROME_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "search", "banner", "contentinfo");

    /** What Reader View found: the article's elements, and the byline it took out of them ("" when none). */
    record Found(Element content, String byline) {
    }

    /** The article's content (the page's own elements, detached), or empty when the page has no readable text. */
    Optional<Found> article(Document page, String pageUri) {
        removeUnseen(page);
        RegExUtil patterns = patterns();
        ArticleGrabber grabber = new CommaCountingGrabber(new ReadabilityOptions(), patterns);
        Article article = new Readability4J(pageUri, page, new ReadabilityOptions(), patterns, new Preprocessor(patterns),
                new MetadataParser(patterns), grabber, new Postprocessor()).parse();
        Element content = article.getArticleContent();
        String byline = article.getByline() == null ? "" : article.getByline().strip();
        return content == null || content.text().isBlank() ? Optional.empty() : Optional.of(new Found(content, byline));
    }

    /**
     * Readability's word lists for telling content from the rest, as Readability4J ships them, except that a box
     * named "content…" (ebb.org's "contentWithSidebar") or holding formulas ("mathjax") may be the article even
     * when its name also says "sidebar".
     */
    private static RegExUtil patterns() {
        return new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern,
                RegExUtil.OkMaybeItsACandidateDefaultPattern + "|content|mathjax",
                RegExUtil.PositiveDefaultPattern, RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern,
                RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern,
                RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
                RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
    }

    /** Hidden elements, dialogs, menus, navigation and the like: a reader sees none of them as the article. */
    static void removeUnseen(Document page) {
        Element body = page.body();
        if (body == null) {
            return;
        }
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && unseen(e)) {
                e.remove();
            }
        }
    }

    private static boolean unseen(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                return true;
            }
        }
        // pictures often mark a fallback copy aria-hidden; the picture itself is still part of the article
        if ("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
            return true;
        }
        return e.normalName().equals("nav") || "true".equals(e.attr("aria-modal"))
                || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    /**
     * Readability scores a paragraph partly by its commas; Arabic, Chinese and Japanese write their own commas
     * (، ， 、), which Readability4J does not count, so their articles lost to shorter Latin-script boxes.
     */
    private static final class CommaCountingGrabber extends ArticleGrabber {
        private static final String COMMAS = "[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]";

        CommaCountingGrabber(ReadabilityOptions options, RegExUtil patterns) {
            super(options, patterns);
        }

        @Override
        protected List<Element> scoreElements(List<? extends Element> elements, ArticleGrabberOptions options) {
            List<Element> candidates = new java.util.ArrayList<>();
            for (Element paragraph : elements) {
                if (paragraph.parentNode() == null) {
                    continue;
                }
                String text = getInnerText(paragraph, getRegEx(), true);
                if (text.length() < 25) {
                    continue; // too short to say anything
                }
                List<Element> ancestors = getNodeAncestors(paragraph, 3);
                if (ancestors.isEmpty()) {
                    continue;
                }
                double score = 1 + text.split(COMMAS, -1).length + Math.min(text.length() / 100, 3);
                for (int level = 0; level < ancestors.size(); level++) {
                    Element ancestor = ancestors.get(level);
                    if (getReadabilityObject(ancestor) == null) {
                        candidates.add(ancestor);
                        initializeNode(ancestor, options);
                    }
                    // a parent gets the whole score, a grandparent half, further ancestors less and less
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    var object = getReadabilityObject(ancestor);
                    object.setContentScore(object.getContentScore() + score / divider);
                }
            }
            return candidates;
        }
    }
}
