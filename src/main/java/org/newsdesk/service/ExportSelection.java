package org.newsdesk.service;

import java.util.List;
import java.util.UUID;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.ValidationException;

/**
 * Which articles to export: the given ids (in that order), every article, or those with a status or a tag.
 * Exactly one of the four is set; build it with the factory methods.
 */
public record ExportSelection(List<UUID> ids, boolean everything, ArticleStatus status, String tag) {

    public ExportSelection {
        ids = ids == null ? List.of() : List.copyOf(ids);
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        int chosen = (ids.isEmpty() ? 0 : 1) + (everything ? 1 : 0) + (status == null ? 0 : 1) + (tag == null ? 0 : 1);
        if (chosen != 1) {
            throw new ValidationException("selection",
                    Message.of("error.export.selectionOneWay"));
        }
    }

    public static ExportSelection ofIds(List<UUID> ids) {
        return new ExportSelection(ids, false, null, null);
    }

    public static ExportSelection all() {
        return new ExportSelection(List.of(), true, null, null);
    }

    public static ExportSelection withStatus(ArticleStatus status) {
        return new ExportSelection(List.of(), false, status, null);
    }

    public static ExportSelection withTag(String tag) {
        return new ExportSelection(List.of(), false, null, tag);
    }

    /** "the status approved", "the tag Culture"…: for messages. */
    Message describe() {
        if (!ids.isEmpty()) {
            return Message.of("error.export.selection.ids");
        }
        if (everything) {
            return Message.of("error.export.selection.all");
        }
        return status != null ? Message.of("error.export.selection.status", status.label())
                : Message.of("error.export.selection.tag", tag);
    }
}
