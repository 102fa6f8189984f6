package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One text of an article to check, with where it is and the language to check it in (null: not checked, see
 * {@link ParagraphLanguage}).
 */
public record PlacedText(TextPlace place, String text, String language) {
    public PlacedText {
        Objects.requireNonNull(place, "place");
        text = text == null ? "" : text;
    }

    /** The headline, the standfirst and every text block of the body, in reading order; pictures are skipped. */
    public static List<PlacedText> of(Article article) {
        List<PlacedText> out = new ArrayList<>();
        Language lang = article.language();
        out.add(new PlacedText(TextPlace.HEADLINE, article.headline(), ParagraphLanguage.of(article.headline(), lang)));
        out.add(new PlacedText(TextPlace.STANDFIRST, article.standfirst(),
                ParagraphLanguage.of(article.standfirst(), lang)));
        List<Block> blocks = article.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() != BlockType.IMAGE) {
                String text = b.text();
                out.add(new PlacedText(TextPlace.body(i), text, ParagraphLanguage.of(text, lang)));
            }
        }
        return out;
    }
}
