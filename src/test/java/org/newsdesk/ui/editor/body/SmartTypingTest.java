package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Smart quotes per article language and Arabic text, typed with the robot. */
@ExtendWith(ApplicationExtension.class)
class SmartTypingTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    private String typeIn(String language, String keys, FxRobot robot) {
        fx(() -> harness.editor.languageProperty().set(Language.of(language)));
        harness.start();
        robot.write(keys);
        return harness.text();
    }

    @Test
    void englishCurlyQuotes(FxRobot robot) {
        assertThat(typeIn("en", "\"Don't\" - she said", robot)).isEqualTo("“Don’t” – she said");
    }

    @Test
    void frenchGuillemetsAndSpaces(FxRobot robot) {
        assertThat(typeIn("fr", "\"Oui\", dit-il : c'est vrai?", robot))
                .isEqualTo("«\u00A0Oui\u00A0», dit-il\u00A0: c’est vrai\u202F?");
    }

    @Test
    void arabicGuillemets(FxRobot robot) {
        assertThat(typeIn("ar", "قال \"نعم\"", robot)).isEqualTo("قال «نعم»");
    }

    @Test
    void arabicTypedTextIsStoredInLogicalOrder(FxRobot robot) {
        harness.start();
        String sentence = "افتتح المهرجان في طنجة، يوم 12 مايو.";
        robot.write(sentence);
        Document doc = harness.document();
        assertThat(doc.blocks()).containsExactly(Block.paragraph(sentence));
        assertThat(doc.blocks().get(0).resolvedDirection()).isEqualTo(Direction.RTL);
        assertThat(doc.blocks().get(0).text().codePoints().limit(3).toArray())
                .containsExactly('ا', 'ف', 'ت');
    }

    @Test
    void mixedEnglishParagraphWithArabicQuote(FxRobot robot) {
        harness.start();
        robot.write("The motto reads مدارس التراث today.");
        assertThat(harness.document().blocks()).containsExactly(Block.paragraph("The motto reads مدارس التراث today."));
    }
}
