package org.newsdesk.model;

import java.util.EnumSet;
import java.util.Set;

/** Which checklist rules a library has switched off; every rule is on unless switched off. */
public record ChecklistSettings(Set<ChecklistRule> disabled) {
    public static final ChecklistSettings ALL_ON = new ChecklistSettings(Set.of());

    public ChecklistSettings {
        disabled = disabled == null || disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    }

    public boolean isEnabled(ChecklistRule rule) {
        return !disabled.contains(rule);
    }

    public ChecklistSettings with(ChecklistRule rule, boolean enabled) {
        EnumSet<ChecklistRule> off = disabled.isEmpty() ? EnumSet.noneOf(ChecklistRule.class) : EnumSet.copyOf(disabled);
        if (enabled) {
            off.remove(rule);
        } else {
            off.add(rule);
        }
        return new ChecklistSettings(off);
    }
}
