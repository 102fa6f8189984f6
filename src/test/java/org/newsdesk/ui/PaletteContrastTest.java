package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.testing.CssPalette;
import org.newsdesk.testing.CssPalette.Rule;

/**
 * WCAG 2.x AA contrast of the colours the window really uses, read from the style sheets (AtlantaFX Primer Light or
 * Dark, then Newsdesk's own sheets) rather than copied here: text 4.5:1 against what it sits on (3:1 when large),
 * focus rings, bars and other indicators that carry meaning 3:1. A colour changed in a sheet is checked again.
 */
class PaletteContrastTest {
    static final List<String> NEWSDESK_SHEETS = List.of("/org/newsdesk/ui/newsdesk.css",
            "/org/newsdesk/ui/editor/body/body-editor.css", "/org/newsdesk/ui/editor/body/find-bar.css",
            "/org/newsdesk/ui/history/history.css", "/org/newsdesk/ui/review/review.css");
    /** Where a rule's node sits when the selectors do not say it (the views put it there). */
    private static final Map<String, String> SITS_ON = Map.of(
            ".plain-field-prompt", ".plain-field-frame",
            ".body-area .figure-placeholder", ".body-area .figure-picture",
            ".find-bar .match-count", ".find-bar");
    /** Frames whose text is drawn by what they hold: the standfirst's frame holds a body area. */
    private static final Map<String, String> TEXT_OF = Map.of(".plain-field-frame", ".body-area .body-text");
    /** Rules whose -fx-fill paints a shape (the caret, the selection), not text. */
    private static final Set<String> SHAPES = Set.of(".body-area .caret", ".body-area .selection");
    private static final double TEXT = 4.5;
    private static final double LARGE_TEXT = 3;
    private static final double NON_TEXT = 3;

    private CssPalette palette;
    private final List<String> failures = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void textInNewsdesksSheetsMeetsAaAgainstWhatItSitsOn(String theme) throws Exception {
        palette = palette(theme);
        for (Rule rule : newsdeskRules()) {
            String fill = rule.get("-fx-text-fill") != null ? rule.get("-fx-text-fill")
                    : SHAPES.contains(rule.selector()) ? null : rule.get("-fx-fill");
            if (fill == null && hasOwnBackground(rule)) {
                fill = inheritedText(rule); // a panel with a background: its labels keep the text colour
            }
            if (fill == null || fill.equals("transparent")) {
                continue;
            }
            double needed = large(rule) ? LARGE_TEXT : TEXT;
            for (Color background : backgrounds(rule)) {
                check(theme, rule.selector() + " text", palette.over(fill, background), background, needed);
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void barsRingsAndIconsThatCarryMeaningMeet3To1(String theme) throws Exception {
        palette = palette(theme);
        for (Rule rule : newsdeskRules()) {
            for (String property : List.of("-fx-border-color", "-fx-icon-color", "-fx-stroke")) {
                String value = rule.get(property);
                if (value == null) {
                    continue;
                }
                for (String part : value.split("\\s+(?![^(]*\\))")) {
                    // the theme's neutral borders only separate areas (decoration, WCAG 1.4.11 asks nothing of them)
                    if (part.equals("transparent") || part.startsWith("-color-border-")) {
                        continue;
                    }
                    for (Color background : backgrounds(rule)) {
                        check(theme, rule.selector() + " " + property, palette.over(part, background), background,
                                NON_TEXT);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void theThemesOwnTextAndFocusColoursMeetAa(String theme) throws Exception {
        palette = palette(theme);
        // a text field's prompt, the one hint of what to type in it, on the field's own background
        Rule inputs = newsdeskRule(".text-input");
        String prompt = inputs != null && inputs.get("-fx-prompt-text-fill") != null
                ? inputs.get("-fx-prompt-text-fill") : "-color-fg-subtle";
        check(theme, "prompt text (" + prompt + ")", palette.colour(prompt), palette.colour("-color-bg-default"), TEXT);
        for (String surface : List.of("-color-bg-default", "-color-bg-subtle")) {
            Color bg = palette.colour(surface);
            for (String text : List.of("-color-fg-default", "-color-fg-muted", "-color-accent-fg", "-color-danger-fg",
                    "-color-success-fg", "-color-warning-fg")) {
                check(theme, text + " on " + surface, palette.colour(text), bg, TEXT);
            }
            // the focus ring of text fields, buttons and combo boxes: Primer's focused border
            check(theme, "focus ring (-color-accent-emphasis) on " + surface, palette.colour("-color-accent-emphasis"),
                    bg, NON_TEXT);
        }
        // white text on accent buttons (Review's steps, "Changes since submitted") and the danger badge; Newsdesk's
        // own badges are checked from its rules above (Primer's success and warning "emphasis" fail with white)
        for (String emphasis : List.of("-color-accent-emphasis", "-color-neutral-emphasis", "-color-danger-emphasis")) {
            check(theme, "-color-fg-emphasis on " + emphasis, palette.colour("-color-fg-emphasis"),
                    palette.colour(emphasis), TEXT);
        }
        assertThat(failures).isEmpty();
    }

    static CssPalette palette(String theme) throws Exception {
        List<String> sheets = new ArrayList<>();
        sheets.add("/atlantafx/base/theme/" + theme + ".css");
        sheets.addAll(NEWSDESK_SHEETS);
        return CssPalette.of(sheets.toArray(String[]::new));
    }

    private List<Rule> newsdeskRules() {
        return NEWSDESK_SHEETS.stream().flatMap(s -> palette.rules(s).stream()).toList();
    }

    private void check(String theme, String what, Color fg, Color bg, double needed) {
        double ratio = CssPalette.contrast(fg, bg);
        if (ratio < needed) {
            failures.add(String.format("%s: %s %s on %s is %.2f:1, needs %.1f:1", theme, what, CssPalette.hex(fg),
                    CssPalette.hex(bg), ratio, needed));
        }
    }

    private boolean hasOwnBackground(Rule rule) {
        String bg = rule.get("-fx-background-color");
        return bg != null && !CssPalette.topLayer(bg).equals("transparent");
    }

    /** The text colour a rule's labels get when it sets none: the body's text inside the body, the theme's elsewhere. */
    private String inheritedText(Rule rule) {
        if (TEXT_OF.containsKey(rule.selector())) {
            return newsdeskRule(TEXT_OF.get(rule.selector())).get("-fx-fill");
        }
        if (rule.selector().matches("\\.status-[a-z-]+") && !rule.selector().equals(".status-bar")) {
            return newsdeskRule(".status-badge").get("-fx-text-fill"); // a status's colour on the badge's text
        }
        return rule.selector().startsWith(".body-area") ? newsdeskRule(".body-area .body-text").get("-fx-fill")
                : "-color-fg-default";
    }

    /** True for text WCAG calls large: 24 px, or 18.66 px (14 pt) and bold. */
    private static boolean large(Rule rule) {
        String size = rule.get("-fx-font-size");
        double px = size == null ? 13 : Double.parseDouble(size.replace("px", "").strip());
        boolean bold = "bold".equals(rule.get("-fx-font-weight"));
        return px >= 24 || (px >= 18.66 && bold);
    }

    /**
     * What the rule's node is drawn on: its own background, else the nearest enclosing rule's (by the selector's
     * ancestors, then its compound classes from the right), else both of the theme's surfaces (default and subtle).
     */
    private List<Color> backgrounds(Rule rule) {
        List<Color> under = rule.selector().equals(".body-area") ? surfaces() : enclosing(rule.selector());
        String own = rule.get("-fx-background-color");
        if (own != null && !CssPalette.topLayer(own).equals("transparent")) {
            return under.stream().map(u -> palette.over(CssPalette.topLayer(own), u)).toList();
        }
        if (own != null) { // transparent on purpose: what is behind the node, not the same node's other rules
            return enclosing(rule.selector().contains(" ")
                    ? rule.selector().substring(0, rule.selector().lastIndexOf(' ')) + " *" : "*");
        }
        return under;
    }

    private List<Color> enclosing(String selector) {
        String place = SITS_ON.get(selector);
        if (place != null) {
            return backgrounds(newsdeskRule(place));
        }
        String[] parts = selector.split(" ");
        for (int n = parts.length; n >= 1; n--) {
            String compound = parts[n - 1];
            String ancestors = String.join(" ", java.util.Arrays.copyOf(parts, n - 1));
            // ".unit-cell.outdated" → ".unit-cell": the same node under fewer classes
            String[] classes = compound.split("(?=[.:])");
            for (int k = classes.length; k >= 1; k--) {
                String candidate = (ancestors.isEmpty() ? "" : ancestors + " ")
                        + String.join("", java.util.Arrays.copyOf(classes, k));
                if (candidate.equals(selector)) {
                    continue;
                }
                Rule r = newsdeskRule(candidate);
                if (r != null && hasOwnBackground(r)) {
                    return backgrounds(r);
                }
            }
        }
        return surfaces();
    }

    /** Newsdesk's own rule for {@code selector} (the last one), null if none: the theme's rules style controls. */
    private Rule newsdeskRule(String selector) {
        Rule found = null;
        for (Rule r : newsdeskRules()) {
            if (r.selector().equals(selector)) {
                found = r;
            }
        }
        return found;
    }

    private List<Color> surfaces() {
        return List.of(palette.colour("-color-bg-default"), palette.colour("-color-bg-subtle"));
    }
}
