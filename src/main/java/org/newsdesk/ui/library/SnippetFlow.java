package org.newsdesk.ui.library;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;

/**
 * A search result's snippet as the reader should see it: the article's original words, those the search matched in
 * bold ({@code article-snippet-match}), laid out in the article's direction (an Arabic snippet reads right to
 * left, its "…" on the correct side). At most two lines: the cell clips the rest.
 */
final class SnippetFlow extends TextFlow {
    SnippetFlow() {
        getStyleClass().add("article-snippet");
    }

    /** Shows {@code hit}'s snippet, or nothing when the search had no words. */
    void show(SearchHit hit, Language language) {
        getChildren().clear();
        String snippet = hit.snippet().replace('\n', ' ');
        boolean matched = false;
        int start = 0;
        for (int i = 0; i <= snippet.length(); i++) {
            char c = i < snippet.length() ? snippet.charAt(i) : SearchHit.MATCH_START;
            if (c == SearchHit.MATCH_START || c == SearchHit.MATCH_END) {
                if (i > start) {
                    Text part = new Text(snippet.substring(start, i));
                    part.getStyleClass().add(matched ? "article-snippet-match" : "article-snippet-text");
                    getChildren().add(part);
                }
                matched = c == SearchHit.MATCH_START;
                start = i + 1;
            }
        }
        org.newsdesk.ui.common.InterfaceDirection.articleText(this, language.isRightToLeft());
        boolean any = !getChildren().isEmpty();
        setVisible(any);
        setManaged(any);
    }

    /** The snippet's text as shown, marks removed (for tests and accessibility). */
    String text() {
        StringBuilder sb = new StringBuilder();
        getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }
}
