package org.newsdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameSpelling;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;
import org.newsdesk.testing.SharedSpellers;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.editor.body.DrawnWords;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of spelling in the real window under Xvfb (the whole screen, so the context menu's own window is
 * in them): an English and an Arabic article with their mistakes underlined and a word's menu open.
 * {@code DISPLAY=:N java -cp … org.newsdesk.ui.SpellingScreenshots docs/screenshots}
 */
public final class SpellingScreenshots {
    private SpellingScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path home = Files.createTempDirectory("newsdesk-spelling");
        Path file = home.resolve("lib.newsdesk");
        Article en;
        Article ar;
        try (Library lib = Library.open(file, new TestLibrary.TickingClock(Instant.now()),
                () -> new User("Eva", Role.EDITOR), SharedSpellers.get())) {
            lib.names().add(new NameSpelling("en", "Salim M. AlMalik", List.of("Salem Al Malik")), NameKind.PERSON, null);
            lib.names().add(new NameSpelling("ar", "سالم بن محمد المالك", List.of("سالم المالكي")), NameKind.PERSON,
                    "Salim M. AlMalik");
            en = lib.articles().create(Article.draft("Minister recieves the ICESCO delegation", Language.ENGLISH,
                    Instant.now()).withStandfirst("A visit to discuss cooperation in educaton and culture.")
                    .withBody(Document.of(Block.paragraph("The comittee met the delegation in Rabat on Monday, "
                            + "where Salem Al Malik spoke about the preservation of manuscripts."),
                            Block.paragraph("Both sides agreed to strenghten their programmes for young people."))));
            ar = lib.articles().create(Article.draft("المدير العام يستقبل وفدا ثقافيا", Language.of("ar"), Instant.now())
                    .withStandfirst("زيارة لبحث التعاون في مجالات التربية والثقافة.")
                    .withBody(Document.of(Block.paragraph("أكد المدير العام على أهمية التعاون الثقافى مع المنظمات "
                            + "الدولية، وقال سالم المالكي إن صون المخطوطات أولوية."),
                            Block.paragraph("واتفق الجانبان على تعزيز البرامج الموجهة للشباب."))));
        }
        FxRobot robot = new FxRobot();
        if (!List.of(args).contains("--arabic-only")) {
            shoot(home, file, en, "comittee", 6, out.resolve("spelling-english.png"), robot);
        }
        shoot(home, file, ar, "الثقافى", 2, out.resolve("spelling-arabic.png"), robot);
        System.exit(0);
    }

    private static void shoot(Path home, Path file, Article article, String word, int underlines, Path png, FxRobot robot)
            throws Exception {
        AppDriver app = AppDriver.start(home, file, article.id());
        Stage stage = fx(() -> (Stage) robot.lookup("#main-split").query().getScene().getWindow());
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            return null;
        });
        AppDriver.waitUntil("article", () -> robot.lookup("#body").tryQuery().isPresent());
        var body = robot.lookup("#body").query();
        WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS,
                () -> fx(() -> app.window().spelling().underlined() >= underlines));
        Thread.sleep(500);
        Bounds b = fx(() -> DrawnWords.onScreen(body, word).get(0));
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY())).clickOn(MouseButton.SECONDARY);
        Thread.sleep(2500); // let the window finish repainting around the new popup before the capture
        WritableImage image = fx(() -> new javafx.scene.robot.Robot().getScreenCapture(null, 0, 0, 1440, 900));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        app.quit();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
