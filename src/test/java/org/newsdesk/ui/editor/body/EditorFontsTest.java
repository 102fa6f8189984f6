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

    private Font fontOf(String word) {
        return read(() -> DrawnWords.nodeOf(harness.editor.area(), word).getFont());
    }
}
