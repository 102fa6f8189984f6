package org.newsdesk.model;

import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;

/**
 * How one rule came out for one article.
 *
 * @param sentence why it failed, as one sentence in no language yet; null when it passed or is switched off
 */
public record ChecklistItem(ChecklistRule rule, Outcome outcome, Message sentence) {
    public enum Outcome { PASSED, FAILED, OFF }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** Why it failed, in English (logs, tests); "" when it passed or is switched off. */
    public String problem() {
        return sentence == null ? "" : Messages.english().text(sentence);
    }
}
