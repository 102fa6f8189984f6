package org.newsdesk.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.TextRun;

/**
 * What an exported page would lack for readers who use a screen reader, found in the article before it is
 * rendered: a picture without alt text, a link whose words do not say where it leads ("click here"), a page
 * without a headline (its main heading). The export still goes out; these are reported beside it.
 */
public final class AccessibilityWarnings {
    /** Link words that only make sense to someone who sees what is around them, in the three languages. */
    private static final Set<String> VAGUE_LINK_TEXT = Set.of(
            "here", "click here", "click", "this link", "link", "more", "read more", "this", "this page",
            "ici", "cliquez ici", "cliquer ici", "ce lien", "lien", "plus", "lire la suite", "en savoir plus",
            "هنا", "اضغط هنا", "انقر هنا", "هذا الرابط", "الرابط", "المزيد", "اقرأ المزيد");

    private AccessibilityWarnings() {
    }

    /** One sentence per lack, in the order the page shows them, for the interface's language. */
    public static List<Message> of(Article article) {
        String name = article.headline().isBlank() ? article.slug() : article.headline().strip();
        List<Message> warnings = new ArrayList<>();
        if (article.headline().isBlank()) {
            warnings.add(Message.of("warning.export.noHeadline", name));
        }
        int picture = 0;
        for (Block block : article.body().blocks()) {
            if (block.type() == BlockType.IMAGE) {
                picture++;
                if (block.image().altText().isBlank()) {
                    String caption = block.image().caption().strip();
                    warnings.add(caption.isEmpty() ? Message.of("warning.export.noAlt", name, picture)
                            : Message.of("warning.export.noAltCaption", name, picture, caption));
                }
            } else {
                for (String text : linkTexts(block.runs())) {
                    if (VAGUE_LINK_TEXT.contains(normalise(text))) {
                        warnings.add(Message.of("warning.export.vagueLink", name, text.strip()));
                    }
                }
            }
        }
        return warnings;
    }

    /** The words of each link, as the page shows it: neighbouring runs with the same address make one link. */
    private static List<String> linkTexts(List<TextRun> runs) {
        List<String> texts = new ArrayList<>();
        String open = null;
        StringBuilder text = new StringBuilder();
        for (TextRun run : runs) {
            String href = Optional.ofNullable(run.link()).flatMap(SafeUrls::link).orElse(null);
            if (open != null && !open.equals(href)) {
                texts.add(text.toString());
                text.setLength(0);
            }
            open = href;
            if (href != null) {
                text.append(run.text());
            }
        }
        if (open != null) {
            texts.add(text.toString());
        }
        return texts;
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ")
                .replaceAll("^[\\p{Punct}«»“”‘’…]+|[\\p{Punct}«»“”‘’…؟،]+$", "");
    }
}
