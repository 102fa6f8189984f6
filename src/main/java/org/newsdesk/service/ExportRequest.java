package org.newsdesk.service;

import java.nio.file.Path;
import java.util.Objects;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.ValidationException;

/**
 * One export: which articles, in what format, to where.
 *
 * @param out            the bundle's zip file; for the other formats a folder (one file per article), or, when
 *                       exactly one article is exported, a file: an existing one or a name with an extension
 * @param withRevisions  native JSON only: each file also carries the article's revisions
 * @param allowEmbargoed export articles whose embargo has not ended yet (the user confirmed it)
 * @param completeSetsOnly leave out articles whose translation set is not complete (a language missing, a block
 *                         not yet translated or outdated)
 */
public record ExportRequest(ExportSelection selection, ExportFormat format, Path out, boolean withRevisions,
                            boolean allowEmbargoed, boolean completeSetsOnly) {

    public ExportRequest(ExportSelection selection, ExportFormat format, Path out, boolean withRevisions,
                         boolean allowEmbargoed) {
        this(selection, format, out, withRevisions, allowEmbargoed, false);
    }

    /** An export that refuses embargoed articles. */
    public ExportRequest(ExportSelection selection, ExportFormat format, Path out, boolean withRevisions) {
        this(selection, format, out, withRevisions, false);
    }

    public ExportRequest withAllowEmbargoed(boolean allow) {
        return new ExportRequest(selection, format, out, withRevisions, allow, completeSetsOnly);
    }

    public ExportRequest withCompleteSetsOnly(boolean only) {
        return new ExportRequest(selection, format, out, withRevisions, allowEmbargoed, only);
    }

    public ExportRequest {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (withRevisions && format != ExportFormat.JSON) {
            throw new ValidationException("withRevisions", Message.of("error.export.revisionsOnlyJson"));
        }
    }
}
