package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameSpelling;
import org.newsdesk.service.Library;
import org.newsdesk.testing.SharedSpellers;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.editor.body.BodyArea;
import org.newsdesk.ui.editor.body.DrawnWords;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spelling in the real window, in English, French and Arabic: the misspelt word is underlined where it is drawn,
 * its suggestion comes from the context menu, a word added to the dictionary is no longer flagged, F7 goes to the
 * next mistake, and agreed names are offered while typing.
 */
class SpellingInTheWindowTest extends WindowTest {

    private java.nio.file.Path library() {
        return dir.resolve("lib.newsdesk");
    }

    private Article create(Article draft) {
        try (Library lib = Library.open(library(), new TestLibrary.TickingClock(Instant.EPOCH),
                () -> new org.newsdesk.model.User("Eva", org.newsdesk.model.Role.EDITOR), SharedSpellers.get())) {
            return lib.articles().create(draft);
        }
    }

    private void startOn(Article a) throws Exception {
        app = AppDriver.start(dir, library(), a.id());
        AppDriver.waitUntil("article open", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(a.id())
                && robot.lookup("#body").tryQuery().isPresent());
    }

    private BodyArea body() {
        return robot.lookup("#body").queryAs(BodyArea.class);
    }

    /** The drawn underlines of one kind in {@code owner}: their word boxes (before the clip) on screen. */
    private List<Bounds> underlines(Node owner, String styleClass) throws Exception {
        return fx(() -> owner.lookupAll("." + styleClass).stream()
                .filter(n -> n.getScene() != null && n.isVisible())
                .filter(n -> !(n instanceof Path p) || !p.getElements().isEmpty())
                .map(n -> n.localToScreen(n.getLayoutBounds()))
                .filter(b -> b != null && b.getWidth() > 1)
                .toList());
    }

    /** Waits for the checker (the first wait includes loading LanguageTool, slow on a busy machine). */
    private void waitForUnderlines(Node owner, String styleClass, int count) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> drawn(owner, styleClass) == count));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected " + count + " underlines of " + styleClass + " but found "
                    + fx(() -> drawn(owner, styleClass)) + "; the checker found "
                    + fx(() -> app.window().spelling().model().resultProperty().get().mistakes()), e);
        }
    }

    private static long drawn(Node owner, String styleClass) {
        return owner.lookupAll("." + styleClass).stream().filter(n -> !(n instanceof Path p)
                || !p.getElements().isEmpty()).filter(n -> n.getLayoutBounds().getWidth() > 1).count();
    }

    private static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static double overlap(Bounds a, Bounds b) {
        return Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()));
    }

    @Test
    void englishMistakeIsUnderlinedUnderItsWordAndItsSuggestionAppliedFromTheMenu() throws Exception {
        Article a = create(Article.draft("Minister visits the capital", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("The comittee met the Karimov delegation on Monday."))));
        startOn(a);
        BodyArea body = body();
        waitForUnderlines(body, "spelling-mistake", 2);

        List<Bounds> lines = underlines(body, "spelling-mistake");
        Bounds comittee = fx(() -> DrawnWords.onScreen(body, "comittee").get(0));
        Bounds first = lines.stream().min(java.util.Comparator.comparingDouble(Bounds::getMinX)).orElseThrow();
        assertThat(overlap(first, comittee)).isGreaterThan(comittee.getWidth() * 0.9);
        assertThat(first.getWidth()).isLessThan(comittee.getWidth() * 1.2);

        robot.moveTo(centre(comittee)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-suggestion-0").tryQuery().isPresent());
        robot.clickOn("#spelling-suggestion-0");
        AppDriver.waitUntil("corrected", () -> body.getParagraph(0).getText()
                .equals("The committee met the Karimov delegation on Monday."));
        waitForUnderlines(body, "spelling-mistake", 1);

        Bounds karimov = fx(() -> DrawnWords.onScreen(body, "Karimov").get(0));
        robot.moveTo(centre(karimov)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-add").tryQuery().isPresent());
        robot.clickOn("#spelling-add");
        waitForUnderlines(body, "spelling-mistake", 0);
        app.quit();
        app = null;
        try (Library lib = TestLibrary.open(library())) {
            assertThat(lib.spelling().dictionary()).extracting(w -> w.language() + ":" + w.word())
                    .containsExactly("en:Karimov");
        }
    }

    @Test
    void arabicMistakeIsUnderlinedUnderTheRightWordAndCorrected() throws Exception {
        String text = "أكد المدير على أهمية التعاون الثقافى مع المنظمات الدولية.";
        Article a = create(Article.draft("التعاون الثقافي", Language.of("ar"), Instant.EPOCH)
                .withBody(Document.of(Block.paragraph(text))));
        startOn(a);
        BodyArea body = body();
        waitForUnderlines(body, "spelling-mistake", 1);

        Bounds line = underlines(body, "spelling-mistake").get(0);
        Bounds word = fx(() -> DrawnWords.onScreen(body, "الثقافى").get(0));
        // under that word, not under its neighbours (one Text node per Arabic word; the flow is right to left)
        assertThat(overlap(line, word)).isGreaterThan(word.getWidth() * 0.9);
        for (String neighbour : List.of("التعاون", "مع")) {
            Bounds other = fx(() -> DrawnWords.onScreen(body, neighbour).get(0));
            assertThat(overlap(line, other)).as(neighbour).isLessThan(other.getWidth() * 0.2);
        }

        robot.moveTo(centre(word)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-suggestion-0").tryQuery().isPresent());
        robot.clickOn("#spelling-suggestion-0");
        AppDriver.waitUntil("corrected", () -> body.getParagraph(0).getText().contains("الثقافي ")
                && !body.getParagraph(0).getText().contains("الثقافى"));
        waitForUnderlines(body, "spelling-mistake", 0);
    }

    @Test
    void frenchHeadlineMistakeIsCorrectedAndAnIgnoredWordStaysQuiet() throws Exception {
        Article a = create(Article.draft("La délégation a recu le prix", Language.of("fr"), Instant.EPOCH)
                .withStandfirst("Rencontre avec Ouzbékistanaise à Rabat.")
                .withBody(Document.of(Block.paragraph("Le comité s’est réuni."))));
        startOn(a);
        TextField headline = robot.lookup("#headline").queryAs(TextField.class);
        Node standfirst = robot.lookup("#standfirst").query();
        waitForUnderlines(headline.getParent(), "spelling-mistake", 1);
        waitForUnderlines(standfirst, "spelling-mistake", 1);

        Bounds recu = underlines(headline.getParent(), "spelling-mistake").get(0);
        robot.moveTo(new Point2D(recu.getCenterX(), recu.getMinY() - 8)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-suggestion-0").tryQuery().isPresent());
        List<String> offered = fx(() -> robot.lookup(".spelling-suggestion").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n.lookup(".label")).getText()).toList());
        assertThat(offered).hasSizeLessThanOrEqualTo(5).contains("reçu");
        robot.clickOn(robot.lookup(".spelling-suggestion").lookup((Node n) -> n.lookup(".label") instanceof
                javafx.scene.control.Labeled l && l.getText().equals("reçu")).queryAs(Node.class));
        AppDriver.waitUntil("corrected", () -> headline.getText().equals("La délégation a reçu le prix"));
        waitForUnderlines(headline.getParent(), "spelling-mistake", 0);

        Bounds word = underlines(standfirst, "spelling-mistake").get(0);
        robot.moveTo(centre(word)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-ignore").tryQuery().isPresent());
        robot.clickOn("#spelling-ignore");
        waitForUnderlines(standfirst, "spelling-mistake", 0);
    }

    @Test
    void f7SelectsTheNextMistakeAndOpensItsSuggestions() throws Exception {
        Article a = create(Article.draft("Minister recieves delegation", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("All well."), Block.paragraph("The delegtion left."))));
        startOn(a);
        BodyArea body = body();
        waitForUnderlines(body, "spelling-mistake", 1);
        TextField headline = robot.lookup("#headline").queryAs(TextField.class);
        waitForUnderlines(headline.getParent(), "spelling-mistake", 1);
        robot.clickOn(body);
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.F7);
        AppDriver.waitUntil("menu on the body's word", () -> robot.lookup("#spelling-menu").tryQuery().isPresent()
                && "delegtion".equals(body.getSelectedText()));
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.F7); // round again: the headline's word
        AppDriver.waitUntil("headline's word", () -> "recieves".equals(headline.getSelectedText()));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void agreedNamesAreOfferedAfterThreeLettersAndVariantsFlagged() throws Exception {
        try (Library lib = Library.open(library(), new TestLibrary.TickingClock(Instant.EPOCH),
                () -> new org.newsdesk.model.User("Eva", org.newsdesk.model.Role.EDITOR), SharedSpellers.get())) {
            lib.names().add(new NameSpelling("en", "Salim M. AlMalik", List.of("Salem Al Malik")), NameKind.PERSON, null);
        }
        Article a = create(Article.draft("Forum opens", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("Salem Al Malik spoke."), Block.paragraph(""))));
        startOn(a);
        BodyArea body = body();
        waitForUnderlines(body, "name-mistake", 1);
        Bounds variant = underlines(body, "name-mistake").get(0);
        Bounds salem = fx(() -> DrawnWords.onScreen(body, "Salem").get(0));
        assertThat(overlap(variant, salem)).isGreaterThan(salem.getWidth() * 0.9);

        robot.clickOn(body);
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write("Sa");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#name-offer-0").tryQuery()).isEmpty();
        robot.write("l");
        AppDriver.waitUntil("offer", () -> robot.lookup("#name-offer-0").tryQuery().isPresent());
        robot.clickOn("#name-offer-0");
        AppDriver.waitUntil("name written", () -> body.getParagraph(1).getText().equals("Salim M. AlMalik"));

        robot.moveTo(centre(salem)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-suggestion-0").tryQuery().isPresent());
        robot.clickOn("#spelling-suggestion-0");
        AppDriver.waitUntil("agreed name", () -> body.getParagraph(0).getText().equals("Salim M. AlMalik spoke."));
        waitForUnderlines(body, "name-mistake", 0);
    }

    @Test
    void aNameNotWrittenAsAgreedIsExplainedInTheWindowsLanguage() throws Exception {
        try (Library lib = Library.open(library(), new TestLibrary.TickingClock(Instant.EPOCH),
                () -> new org.newsdesk.model.User("Eva", org.newsdesk.model.Role.EDITOR), SharedSpellers.get())) {
            lib.names().add(new NameSpelling("en", "Salim M. AlMalik", List.of("Salem Al Malik")), NameKind.PERSON, null);
        }
        Article a = create(Article.draft("Forum opens", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("Salem Al Malik spoke."))));
        app = AppDriver.startIn(dir, library(), a.id(), "ar");
        AppDriver.waitUntil("article open", () -> app.window().editor().storedProperty().get() != null
                && robot.lookup("#body").tryQuery().isPresent());
        BodyArea body = body();
        waitForUnderlines(body, "name-mistake", 1);
        Bounds salem = fx(() -> DrawnWords.onScreen(body, "Salem").get(0));

        robot.moveTo(centre(salem)).clickOn(MouseButton.SECONDARY);
        AppDriver.waitUntil("menu", () -> robot.lookup("#spelling-message").tryQuery().isPresent());
        String said = fx(() -> robot.lookup("#spelling-message").query().lookupAll(".label").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && !l.getText().isEmpty())
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).findFirst().orElse(""));
        assertThat(said).isEqualTo("«Salem Al Malik» كتابة خاطئة معروفة؛ والاسم المعتمد هو «Salim M. AlMalik».");
        robot.push(KeyCode.ESCAPE);
    }
}
