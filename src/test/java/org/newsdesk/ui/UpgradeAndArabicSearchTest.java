package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Message;
import org.newsdesk.ui.dialogs.UpgradeProgressWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library made by the version before opens in the real window (upgraded on the way), and an Arabic search typed
 * without hamza or article lists the article with its snippet right to left, the original matched word in bold.
 */
class UpgradeAndArabicSearchTest extends WindowTest {

    @Test
    void anOldLibraryOpensUpgradedAndArabicIsFoundAsTyped() throws Exception {
        Path library = dir.resolve("old.newsdesk");
        try (var in = getClass().getResourceAsStream("/org/newsdesk/store/library-v2.newsdesk")) {
            Files.copy(in, library);
        }
        // the upgrade comes first: allow for a slow shared machine
        app = AppDriver.begin(dir, library, null, true).get(120, TimeUnit.SECONDS);
        robot.clickOn("#library-search").write("مخطوطات");
        AppDriver.waitUntil("Arabic result", () -> {
            var results = app.window().libraryModel().results();
            return results.size() == 1 && !results.get(0).snippet().isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow snippet = robot.lookup(".article-snippet").queryAllAs(TextFlow.class).stream()
                .filter(javafx.scene.Node::isVisible).findFirst().orElseThrow();
        assertThat(fx(snippet::getNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        List<String> bold = fx(() -> snippet.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("article-snippet-match")).map(n -> ((Text) n).getText()).toList());
        assertThat(bold).containsExactly("المخطوطات");
        assertThat(fx(() -> snippet.getChildren().stream().map(n -> ((Text) n).getText())
                .reduce("", String::concat))).contains("حماية المخطوطات الإسلامية").startsWith("…");
    }

    @Test
    void theUpgradeWindowAppearsOnTheFirstReportFollowsTheUpgradeAndCloses() throws Exception {
        app = AppDriver.start(dir, dir.resolve("any.newsdesk")); // the toolkit, a window to sit beside
        UpgradeProgressWindow window = new UpgradeProgressWindow(Platform::runLater);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(window::isShowing)).as("nothing reported, nothing shown").isFalse();
        List<Thread> threads = new ArrayList<>();
        Thread upgrade = new Thread(() -> { // the library thread reports, many times, off the FX thread
            for (int i = 0; i <= 4_000; i++) {
                window.report(Message.of("upgrade.phase.articles"), i, 8_000);
            }
        });
        threads.add(upgrade);
        upgrade.start();
        upgrade.join(TimeUnit.SECONDS.toMillis(20));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(window::isShowing)).isTrue();
        assertThat(fx(() -> robot.lookup("#upgrade-phase").queryAs(Label.class).getText()))
                .isEqualTo("Rebuilding articles, revisions and the search index: 4,000 of 8,000");
        assertThat(fx(() -> robot.lookup("#upgrade-progress").queryAs(ProgressBar.class).getProgress())).isEqualTo(0.5);
        window.report(Message.of("upgrade.phase.compacting"), 0, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#upgrade-progress").queryAs(ProgressBar.class).isIndeterminate())).isTrue();
        window.close();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(window::isShowing)).isFalse();
    }
}
