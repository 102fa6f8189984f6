package org.newsdesk.model;

import java.util.List;

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

    /** The failures as one sentence, e.g. "The article has no standfirst; the article has no tags." */
    public String problems() {
        List<String> parts = failures().stream().map(i -> stripStop(i.problem())).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            out.append(i == 0 ? p : "; " + Character.toLowerCase(p.charAt(0)) + p.substring(1));
        }
        return out.append('.').toString();
    }

    private static String stripStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
