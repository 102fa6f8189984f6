package org.newsdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.TextRun;
import org.newsdesk.service.Library;
import org.newsdesk.service.SampleArticles;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.translation.TranslationWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * docs/screenshots/translation-*.png: the English sample beside its Arabic translation, one English paragraph
 * changed since it was translated; and the main window's Translations tab with the library's language badges.
 * Run by docs/screenshots/take.sh under Xvfb.
 */
public final class TranslationScreenshots {
    private static final List<String> ARABIC = List.of(
            "افتتح المجلس الدولي للثقافة والتعليم اليوم برنامج «فصول التراث» في أربعين مدرسة ثانوية في المغرب والسنغال"
                    + " ولبنان وفرنسا والأردن وتونس. سيقضي التلاميذ من سن الثانية عشرة إلى الخامسة عشرة ظهيرة كل أسبوع"
                    + " في دراسة معلم قريب من مدرستهم مع مؤرخ محلي.",
            "قالت أمينة بن علي، مديرة التعليم في المجلس، عند الإطلاق في باريس: «الأطفال يحمون ما يفهمونه».",
            "ما يقدمه البرنامج");

    private TranslationScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        String language = args.length > 1 ? args[1] : null; // the interface's language: en when absent
        String suffix = language == null ? "" : "-" + language;
        Path home = Files.createTempDirectory("newsdesk-translation-tour");
        Path file = home.resolve("translations.newsdesk");
        Article english;
        Article arabic;
        try (Library lib = TestLibrary.open(file)) {
            english = SampleArticles.seed(lib, java.time.Clock.systemUTC()).stream()
                    .filter(a -> a.language().equals(Language.ENGLISH)).findFirst().orElseThrow();
            arabic = lib.translations().translate(english.id(), Language.of("ar"));
            List<Block> blocks = new ArrayList<>(arabic.body().blocks());
            for (int i = 0; i < ARABIC.size(); i++) {
                blocks.set(i, blocks.get(i).withRuns(List.of(TextRun.plain(ARABIC.get(i)))));
            }
            lib.articles().save(arabic.withHeadline("برنامج فصول التراث ينطلق في أربعين مدرسة")
                    .withStandfirst("أربعون مدرسة في ستة بلدان ستدرّس التاريخ المحلي من خلال المعالم القائمة في شوارعها.")
                    .withBody(new Document(blocks)), "translated");
            Article en = lib.articles().get(english.id());
            List<Block> source = new ArrayList<>(en.body().blocks());
            source.set(0, source.get(0).withRuns(List.of(TextRun.plain(source.get(0).text()
                    .replace("forty secondary schools", "forty-two secondary schools")
                    .replace("one afternoon a week", "two afternoons a week")))));
            lib.articles().save(en.withBody(new Document(source)), "two more schools");
        }
        AppDriver app = language == null
                ? AppDriver.begin(home, file, english.id(), true).get(90, java.util.concurrent.TimeUnit.SECONDS)
                : AppDriver.startIn(home, file, english.id(), language);
        FxRobot robot = new FxRobot();
        Stage main = fx(() -> (Stage) robot.lookup("#main-split").query().getScene().getWindow());
        fx(() -> {
            main.setX(0);
            main.setY(0);
            main.setWidth(1440);
            main.setHeight(900);
            ((javafx.scene.control.SplitPane) robot.lookup("#main-split").query()).setDividerPositions(0.24, 0.64);
            return null;
        });
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        fx(() -> {
            var side = (javafx.scene.control.TabPane) robot.lookup("#side-panel").query();
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> "tab-translations".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        AppDriver.waitUntil("badges", () -> !app.window().libraryModel().badges().isEmpty());
        Thread.sleep(1500);
        shoot(main, out.resolve("translation-tab" + suffix + ".png"));

        Article ar = arabic;
        TranslationWindow window = fx(() -> app.window().translations().openSideBySide(ar.id()));
        fx(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1400);
            window.stage().setHeight(860);
            return null;
        });
        AppDriver.waitUntil("side by side", () -> window.model().reportProperty().get() != null);
        Thread.sleep(1500);
        shoot(window.stage(), out.resolve("translation-side-by-side" + suffix + ".png"));
        app.quit();
        System.exit(0);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        System.out.println("wrote " + file);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
