package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of an article a translator translates: the headline, the standfirst or a body block, with an id that
 * stays the same while it is edited ({@link #HEADLINE}, {@link #STANDFIRST} or the block's id).
 *
 * @param block the body block, null for the headline and standfirst
 */
public record TranslationUnit(String id, String text, Block block) {
    public static final String HEADLINE = "headline";
    public static final String STANDFIRST = "standfirst";

    /** Headline, standfirst, then the body's blocks in order. */
    public static List<TranslationUnit> of(Article article) {
        List<TranslationUnit> units = new ArrayList<>(article.body().blocks().size() + 2);
        units.add(new TranslationUnit(HEADLINE, article.headline(), null));
        units.add(new TranslationUnit(STANDFIRST, article.standfirst(), null));
        for (Block b : article.body().blocks()) {
            units.add(new TranslationUnit(b.id(), b.text(), b));
        }
        return units;
    }

    public boolean isBlock() {
        return block != null;
    }
}
