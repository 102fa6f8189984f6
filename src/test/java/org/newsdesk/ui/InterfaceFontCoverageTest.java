package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsdesk.ui.common.InterfaceDirection;

/**
 * The Arabic interface's font has every character of every Arabic sentence: a line JavaFX draws from two fonts (the
 * letters from one, a "(" or "…" from another) comes out with its marks on the wrong side.
 */
class InterfaceFontCoverageTest {

    @Test
    void theArabicInterfaceFontHasEveryCharacterOfTheArabicSentences() throws Exception {
        Font font;
        try (InputStream in = getClass().getResourceAsStream("/assets/fonts/DejaVuSans.ttf")) {
            assertThat(in).as("the font ships in assets/fonts").isNotNull();
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo(InterfaceDirection.ARABIC_FONT);

        Properties arabic = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/org/newsdesk/i18n/messages_ar.properties"),
                StandardCharsets.UTF_8)) {
            arabic.load(in);
        }
        TreeSet<String> missing = new TreeSet<>();
        for (String key : arabic.stringPropertyNames()) {
            arabic.getProperty(key).codePoints()
                    .filter(c -> !Character.isISOControl(c) && !font.canDisplay(c))
                    .forEach(c -> missing.add(String.format("U+%04X in %s", c, key)));
        }
        assertThat(arabic).hasSizeGreaterThan(500);
        assertThat(missing).as("characters the Arabic interface font lacks").isEmpty();
    }
}
