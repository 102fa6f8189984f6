package org.newsdesk.model;

/**
 * How one rule came out for one article.
 *
 * @param problem why it failed, as one sentence; "" when it passed or is switched off
 */
public record ChecklistItem(ChecklistRule rule, Outcome outcome, String problem) {
    public enum Outcome { PASSED, FAILED, OFF }

    public ChecklistItem {
        problem = problem == null ? "" : problem;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
