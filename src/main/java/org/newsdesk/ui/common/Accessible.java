package org.newsdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Names for screen readers. A control's purpose that a sighted person reads from an icon, a prompt that vanishes
 * once something is typed, or the label beside it, is handed to assistive technology here: as the accessible text,
 * or as the label's {@code labelFor}. (AccessibleNamesTest finds the controls still without one.)
 */
public final class Accessible {
    private Accessible() {
    }

    /** {@code control} named {@code name}; returns it for chaining. */
    public static <N extends Node> N named(N control, String name) {
        control.setAccessibleText(name);
        return control;
    }

    /** {@code control} named {@code name}, with {@code help} read after it (what it does, its shortcut). */
    public static <N extends Node> N named(N control, String name, String help) {
        control.setAccessibleText(name);
        control.setAccessibleHelp(help);
        return control;
    }

    /** A visible label that also names {@code field} for a screen reader. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
