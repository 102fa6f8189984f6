package org.newsdesk.ui.history;

import java.util.List;
import java.util.Optional;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.StatusChange;

/**
 * Which revision "Changes since submitted" starts from: the text the reviewer last had in front of them. While an
 * article is back in review after changes were requested, that is the text the changes were requested on (so the
 * editor sees only the writer's fixes, not the whole article again); otherwise it is the text last submitted (the
 * back end's {@code RevisionRef.SUBMITTED}). Pure: it reads the timeline.
 *
 * @param revision    the revision to compare the current text with
 * @param description what that revision was, for the diff's title
 */
public record SinceSubmitted(int revision, String description) {

    public static Optional<SinceSubmitted> find(org.newsdesk.i18n.Messages t, List<StatusChange> steps,
                                               ArticleStatus status) {
        int lastSubmit = -1;
        for (int i = steps.size() - 1; i >= 0 && lastSubmit < 0; i--) {
            StatusChange s = steps.get(i);
            if (s.to() == ArticleStatus.IN_REVIEW && s.from() != null && s.revision() > 0) {
                lastSubmit = i;
            }
        }
        if (lastSubmit < 0) {
            return Optional.empty();
        }
        if (status == ArticleStatus.IN_REVIEW) {
            for (int i = lastSubmit - 1; i >= 0; i--) {
                StatusChange s = steps.get(i);
                if (s.to() == ArticleStatus.CHANGES_REQUESTED && s.revision() > 0) {
                    return Optional.of(new SinceSubmitted(s.revision(), t.get("history.since.changesRequested",
                            t.number(s.revision()), s.author(), t.dateTime(s.at(), java.time.ZoneId.systemDefault()))));
                }
            }
        }
        StatusChange submit = steps.get(lastSubmit);
        return Optional.of(new SinceSubmitted(submit.revision(), t.get("history.since.submitted",
                t.number(submit.revision()), submit.author(), t.dateTime(submit.at(), java.time.ZoneId.systemDefault()))));
    }
}
