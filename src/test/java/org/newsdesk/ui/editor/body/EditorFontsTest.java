package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor draws with the fonts shipped in assets/fonts, not with whatever the system has. */
@ExtendWith(ApplicationExtension.class)
class EditorFontsTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    @Test
    void everyFamilyTheStylesheetNamesShipsInAssetsAndIsLoadedFromThere() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/org/newsdesk/ui/editor/body/body-editor.css"));
        Matcher family = Pattern.compile("-fx-font-family:\\s*([^;]+);").matcher(css);
        var loaded = EditorFonts.ensureLoaded();
        int count = 0;
        while (family.find()) {
            assertThat(family.group(1).split(",")).as("one family, no system fallback list").hasSize(1);
            String name = family.group(1).strip().replace("\"", "");
            assertThat(loaded).as("loaded from assets/fonts").contains(name);
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
        for (String file : EditorFonts.FILES) {
            assertThat(Path.of("assets/fonts", file)).exists();
        }
        assertThat(Path.of("assets/fonts/OFL.txt")).exists();
    }

    @Test
    void arabicWordsLatinWordsAndBoldGetTheirFonts() {
        harness.load(Document.of(Block.paragraph(TextRun.plain("قال John إن "), TextRun.of("التسجيل", Mark.BOLD),
                TextRun.plain(" مفتوح.")), Block.paragraph("English «مرحبا» here.")));
        assertThat(fontOf("قال").getFamily()).isEqualTo("Noto Sans Arabic");
        assertThat(fontOf("John").getFamily()).as("Latin inside Arabic").isEqualTo("Noto Sans");
        assertThat(fontOf("مفتوح.").getFamily()).isEqualTo("Noto Sans Arabic");
        assertThat(fontOf("التسجيل").getFamily()).isEqualTo("Noto Sans Arabic");
        assertThat(fontOf("التسجيل").getStyle()).containsIgnoringCase("bold");
        assertThat(fontOf("English").getFamily()).isEqualTo("Noto Sans");
        assertThat(fontOf("«مرحبا»").getFamily()).as("Arabic inside English").isEqualTo("Noto Sans Arabic");
        assertThat(Font.font("Noto Sans Arabic", FontWeight.BOLD, 15).getFamily()).isEqualTo("Noto Sans Arabic");
    }

    /** The list the editor splits words by agrees with the font file: it never claims a glyph the font lacks. */
    @Test
    void theArabicFontCoverageListMatchesTheFontFile() throws Exception {
        java.awt.Font arabic = awtFont("NotoSansArabic-Regular.ttf");
        java.awt.Font arabicBold = awtFont("NotoSansArabic-Bold.ttf");
        java.awt.Font latin = awtFont("NotoSans-Regular.ttf");
        for (int c = 0x20; c < 0xFFFF; c++) {
            if (EditorFonts.arabicFontHas(c)) {
                assertThat(arabic.canDisplay(c)).as("U+%04X", c).isTrue();
                assertThat(arabicBold.canDisplay(c)).as("U+%04X bold", c).isTrue();
            }
        }
        for (char c : "()?\";'[]/%".toCharArray()) {
            assertThat(EditorFonts.arabicFontHas(c)).as("%s is not in Noto Sans Arabic", c).isFalse();
            assertThat(latin.canDisplay(c)).as("%s is in Noto Sans", c).isTrue();
        }
        for (char c : "!:.,0123456789؟،؛«»".toCharArray()) {
            assertThat(EditorFonts.arabicFontHas(c)).as("%s", c).isTrue();
        }
    }

    /** Every character of an Arabic paragraph, its punctuation and digits included, has its glyph in the node's shipped font. */
    @Test
    void punctuationAndDigitsInArabicParagraphsAreDrawnWithAShippedFont() throws Exception {
        String text = "قال (اليونسكو) إن؟ \"نعم\"; 12: ! وقال: (2026)؟";
        harness.load(Document.of(Block.paragraph(text), Block.heading(2, "(اليونسكو)؟ 24")));
        java.util.Map<String, java.awt.Font> shipped = java.util.Map.of(
                "Noto Sans", awtFont("NotoSans-Regular.ttf"), "Noto Sans Bold", awtFont("NotoSans-Bold.ttf"),
                "Noto Sans Arabic", awtFont("NotoSansArabic-Regular.ttf"),
                "Noto Sans Arabic Bold", awtFont("NotoSansArabic-Bold.ttf"));
        for (int paragraph = 0; paragraph < 2; paragraph++) {
            int index = paragraph;
            java.util.List<Text> nodes = read(() -> RightToLeft.flowOf(harness.editor.area(), index).orElseThrow()
                    .getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList());
            StringBuilder drawn = new StringBuilder();
            for (Text node : nodes) {
                Font font = read(node::getFont);
                String key = font.getFamily() + (font.getStyle().toLowerCase().contains("bold") ? " Bold" : "");
                java.awt.Font file = shipped.get(key);
                assertThat(file).as("'%s' is drawn in a shipped font, not %s", node.getText(), font.getName()).isNotNull();
                node.getText().codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> assertThat(file.canDisplay(c))
                        .as("%s has '%s' of '%s'", font.getName(), Character.toString(c), node.getText()).isTrue());
                drawn.append(node.getText());
            }
            assertThat(drawn.toString()).isEqualTo(paragraph == 0 ? text : "(اليونسكو)؟ 24");
        }
        assertThat(fontOf("اليونسكو").getFamily()).isEqualTo("Noto Sans Arabic");
        Text bracket = read(() -> RightToLeft.flowOf(harness.editor.area(), 0).orElseThrow().getChildren().stream()
                .filter(n -> n instanceof Text t && t.getText().strip().equals("(")).map(Text.class::cast).findFirst().orElseThrow());
        assertThat(read(bracket::getFont).getFamily()).isEqualTo("Noto Sans");
        Text question = read(() -> DrawnWords.nodeOf(harness.editor.area(), "إن؟"));
        assertThat(read(question::getFont).getFamily()).as("؟ is in the Arabic font").isEqualTo("Noto Sans Arabic");
    }

    private static java.awt.Font awtFont(String file) throws Exception {
        return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, Path.of("assets/fonts", file).toFile());
    }

    private Font fontOf(String word) {
        return read(() -> DrawnWords.nodeOf(harness.editor.area(), word).getFont());
    }
}
