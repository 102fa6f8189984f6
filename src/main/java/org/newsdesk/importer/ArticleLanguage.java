package org.newsdesk.importer;

import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;

/** Gives an imported article its language; in a right-to-left language its paragraphs run right to left. */
public final class ArticleLanguage {
    private ArticleLanguage() {
    }

    /**
     * {@code article} in {@code language}. Text blocks left to follow their text (AUTO) that hold right-to-left
     * letters become RTL in a right-to-left article, so "UNICEF قالت …" is not laid out left to right because of
     * its first word.
     */
    public static Article apply(Article article, Language language) {
        Article a = article.withLanguage(language);
        if (!language.isRightToLeft()) {
            return a;
        }
        return a.withBody(new Document(a.body().blocks().stream().map(ArticleLanguage::rightToLeft).toList()));
    }

    private static Block rightToLeft(Block block) {
        if (block.type() == BlockType.IMAGE || block.direction() != Direction.AUTO || !hasRightToLeftLetters(block.text())) {
            return block;
        }
        return block.withDirection(Direction.RTL);
    }

    private static boolean hasRightToLeftLetters(String text) {
        return text.codePoints().anyMatch(c -> {
            byte d = Character.getDirectionality(c);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
