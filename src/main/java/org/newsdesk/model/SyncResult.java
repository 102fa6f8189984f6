package org.newsdesk.model;

import org.newsdesk.i18n.Message;
import java.util.List;
import java.util.Set;

/**
 * What one sync did.
 *
 * @param pushed    local changes the server accepted (an article's content, a revision, a workflow step, a comment,
 *                  a picture)
 * @param pulled    articles and pictures that came from the server
 * @param conflicts articles both sides changed in the same fields: the server's text was taken and this side's kept
 *                  as a new draft copy
 * @param refused   one sentence per change the server refused (a step this login may not take…)
 * @param changed   the articles this sync changed here (for a window to reload)
 */
public record SyncResult(int pushed, int pulled, int conflicts, List<Message> refused, Set<java.util.UUID> changed) {
    public SyncResult {
        refused = refused == null ? List.of() : List.copyOf(refused);
        changed = changed == null ? Set.of() : Set.copyOf(changed);
    }

    public SyncResult plus(SyncResult o) {
        java.util.Set<java.util.UUID> all = new java.util.HashSet<>(changed);
        all.addAll(o.changed);
        java.util.List<Message> why = new java.util.ArrayList<>(refused);
        why.addAll(o.refused);
        return new SyncResult(pushed + o.pushed, pulled + o.pulled, conflicts + o.conflicts, why, all);
    }

    /** "pushed 3, pulled 1, conflicts 0": what the CLI prints. */
    public String summary() {
        return "pushed " + pushed + ", pulled " + pulled + ", conflicts " + conflicts;
    }
}
