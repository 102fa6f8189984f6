package org.newsdesk.ui.editor.body;

import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.fxmisc.richtext.model.Paragraph;
import org.newsdesk.model.TextStats;

/**
 * Word and character counts, worked out once typing pauses rather than on every keystroke. Words are counted
 * as the model counts them ({@link TextStats}); characters are what a reader sees, without paragraph breaks.
 */
final class TextCounts {

    static final Duration PAUSE = Duration.ofMillis(300);

    private final BodyArea area;
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper(this, "words");
    private final ReadOnlyIntegerWrapper characters = new ReadOnlyIntegerWrapper(this, "characters");

    TextCounts(BodyArea area) {
        this.area = area;
        area.multiRichChanges().successionEnds(PAUSE).subscribe(changes -> recount()); // rich: cells are styles
    }

    void recount() {
        int w = 0;
        int c = 0;
        for (Paragraph<ParStyle, String, TextStyle> paragraph : area.getParagraphs()) {
            String text = paragraph.getText();
            w += TextStats.words(text);
            c += TextStats.characters(text);
            if (paragraph.getParagraphStyle().table() != null) { // a table's cells live in its style
                String cells = paragraph.getParagraphStyle().table().text();
                w += TextStats.words(cells);
                c += TextStats.characters(cells.replace("\t", "").replace("\n", ""));
            }
        }
        words.set(w);
        characters.set(c);
    }

    ReadOnlyIntegerProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty charactersProperty() {
        return characters.getReadOnlyProperty();
    }
}
