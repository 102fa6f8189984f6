package org.newsdesk.ui.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Mistake;
import org.newsdesk.testing.CssPalette;

/**
 * The spelling, name and grammar underlines are the only mark of a flagged word: each colour, as drawn, contrasts
 * 3:1 (WCAG 1.4.11) with the body's paper and with the headline field's background in either theme.
 */
class UnderlineContrastTest {
    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void everyUnderlineStandsOutFromTheBodyAndTheHeadline(String theme) throws Exception {
        CssPalette palette = CssPalette.of("/atlantafx/base/theme/" + theme + ".css",
                "/org/newsdesk/ui/editor/body/body-editor.css");
        Color paper = palette.colour(CssPalette.topLayer(palette.rule(".body-area").get("-fx-background-color")));
        Color field = palette.colour("-color-bg-default"); // Primer's text inputs: -color-input-bg
        for (Mistake.Kind kind : Mistake.Kind.values()) {
            Color line = ((LinearGradient) Underline.paint(kind)).getStops().get(0).getColor();
            assertThat(CssPalette.contrast(line, paper)).as(kind + " underline on the body").isGreaterThanOrEqualTo(3);
            assertThat(CssPalette.contrast(line, field)).as(kind + " underline on the headline, " + theme)
                    .isGreaterThanOrEqualTo(3);
        }
    }
}
