package org.newsdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.ReviewImportResult;

/** What importing a review package did, in sentences for the summary dialog. */
final class ImportSummary {
    private ImportSummary() {
    }

    static String headline(ReviewImportResult r) {
        return r.text() == ReviewImportResult.TextOutcome.CONFLICT
                ? "Review imported, with a text conflict to settle" : "Review imported";
    }

    static String describe(ReviewImportResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(switch (r.text()) {
            case NEW -> "The article was new to this library and came in whole.";
            case SAME -> "The text is the same on both sides.";
            case TAKEN -> "Their text is now the text here: only they had changed it.";
            case KEPT -> "Your text stays: only you had changed it.";
            case CONFLICT -> "Both sides changed the text. Yours stays; theirs is revision " + r.conflictRevision()
                    + ", marked as an open conflict. Compare them in the History tab, then restore theirs or keep yours.";
        });
        lines.add(count(r.revisionsAdded(), "revision") + " added, " + count(r.commentsAdded(), "new comment")
                + ", " + count(r.commentsUpdated(), "comment") + " resolved or reopened, "
                + count(r.stepsAdded(), "workflow step") + " added.");
        lines.add("Status: " + r.status().displayName() + ".");
        return String.join("\n", lines);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
