package org.newsdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.ReviewImportResult;

/** What importing a review package did, in sentences for the summary dialog. */
final class ImportSummary {
    private ImportSummary() {
    }

    static String headline(Messages t, ReviewImportResult r) {
        return t.get(r.text() == ReviewImportResult.TextOutcome.CONFLICT
                ? "reviewFile.imported.conflict" : "reviewFile.imported");
    }

    static String describe(Messages t, ReviewImportResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (r.text()) {
            case NEW -> t.get("reviewFile.text.new");
            case SAME -> t.get("reviewFile.text.same");
            case TAKEN -> t.get("reviewFile.text.taken");
            case KEPT -> t.get("reviewFile.text.kept");
            case CONFLICT -> t.get("reviewFile.text.conflict", t.number(r.conflictRevision()));
        });
        lines.add(t.get("reviewFile.counts", r.revisionsAdded(), r.commentsAdded(), r.commentsUpdated(),
                r.stepsAdded()));
        lines.add(t.get("reviewFile.status", t.get(r.status().nameKey())));
        return String.join("\n", lines);
    }
}
