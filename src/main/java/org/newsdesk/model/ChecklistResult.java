package org.newsdesk.model;

import java.util.List;
import org.newsdesk.i18n.Message;
import org.newsdesk.i18n.Messages;

/** Every rule of the checklist with its outcome, in rule order. */
public record ChecklistResult(List<ChecklistItem> items) {
    public ChecklistResult {
        items = List.copyOf(items);
    }

    /** True when no switched-on rule failed: the article may be approved. */
    public boolean passed() {
        return items.stream().noneMatch(ChecklistItem::failed);
    }

    public List<ChecklistItem> failures() {
        return items.stream().filter(ChecklistItem::failed).toList();
    }

    /** The failures as one sentence in no language yet. */
    public Message problemsSentence() {
        return Message.sentences(failures().stream().map(ChecklistItem::sentence).toList());
    }

    /** The failures as one English sentence, e.g. "The article has no standfirst; the article has no tags." */
    public String problems() {
        return Messages.english().text(problemsSentence());
    }
}
