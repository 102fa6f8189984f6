package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.testing.TestImages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Figures in the body: inserted as one step, drawn above their caption, edited in their form, removed. */
@ExtendWith(ApplicationExtension.class)
class FiguresTest {
    private static final String PHOTO = "ab".repeat(32);
    private static final Image PICTURE = SwingFXUtils.toFXImage(TestImages.picture(640, 360, 5, false), null);

    private EditorHarness harness;
    private final List<String> loaded = new ArrayList<>();

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
        harness.editor.setPictures((assetId, ready) -> {
            loaded.add(assetId);
            ready.accept(PHOTO.equals(assetId) ? PICTURE : null);
        });
    }

    private List<Node> figures(FxRobot robot) {
        return new ArrayList<>(robot.lookup(".figure-picture").queryAll());
    }

    @Test
    void insertingPutsTheFigureBelowTheCaretsParagraphAsOneUndoStep() {
        harness.load(Document.of(Block.paragraph("First."), Block.paragraph("Second.")));
        harness.caretTo(3);
        ImageRef ref = new ImageRef(PHOTO, "A pump", "UN", "A blue pump", null);
        fx(() -> harness.editor.insertImage(ref));
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("First."), Block.image(ref),
                Block.paragraph("Second.")));
        assertThat(read(() -> harness.editor.area().currentParagraphIndex())).isEqualTo(1);
        fx(harness.editor::undo);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("First."), Block.paragraph("Second.")));
    }

    @Test
    void anEmptyParagraphIsReplacedAndALastFigureGetsAParagraphAfterIt() {
        harness.start();
        ImageRef ref = new ImageRef(PHOTO, "", "", "", null);
        fx(() -> harness.editor.insertImage(ref));
        assertThat(harness.document().blocks()).extracting(Block::type).containsExactly(BlockType.IMAGE, BlockType.PARAGRAPH);
        assertThat(read(harness.editor::images)).containsExactly(ref);
    }

    @Test
    void theFigureShowsItsPictureAboveTheCaptionAndWarnsWhatIsMissing(FxRobot robot) {
        harness.load(Document.of(Block.image(new ImageRef(PHOTO, "A pump", "", "", null)),
                Block.image(new ImageRef("cd".repeat(32), "Gone", "UN", "Alt", null))));
        List<Node> figures = figures(robot);
        assertThat(figures).hasSize(2);
        ImageView view = (ImageView) figures.get(0).lookup(".image-view");
        Image shown = read(view::getImage);
        assertThat(shown).isSameAs(PICTURE);
        String warning = read(() -> ((Label) figures.get(0).lookup(".figure-warning")).getText());
        assertThat(warning).isEqualTo("⚠ No alt text · No credit");
        assertThat(figures.get(1).lookup(".figure-warning")).isNull();
        String placeholder = read(() -> ((Label) figures.get(1).lookup(".figure-placeholder")).getText());
        assertThat(placeholder).isEqualTo("This picture is missing from the library.");
        // the caption is drawn below the picture
        double pictureBottom = read(() -> figures.get(0).localToScene(figures.get(0).getBoundsInLocal()).getMaxY());
        double captionTop = read(() -> harness.editor.area().getCharacterBoundsOnScreen(0, 1).orElseThrow().getMinY()
                - harness.editor.area().getScene().getWindow().getY() - harness.editor.area().getScene().getY());
        assertThat(captionTop).isGreaterThan(pictureBottom);
        assertThat(loaded).contains(PHOTO);
    }

    @Test
    void doubleClickingThePictureOpensItsFormAndTheAnswerIsOneUndoStep(FxRobot robot) {
        ImageRef before = new ImageRef(PHOTO, "A pump", "", "", null);
        harness.load(Document.of(Block.paragraph("Text."), Block.image(before)));
        robot.doubleClickOn(figures(robot).get(0), MouseButton.PRIMARY);
        TextField caption = robot.lookup("#image-caption").queryAs(TextField.class);
        String shownCaption = read(caption::getText);
        assertThat(shownCaption).isEqualTo("A pump");
        fx(caption::clear);
        robot.clickOn(caption).write("The new pump at Kibera school");
        robot.clickOn("#image-credit").write("Photo: UNICEF");
        robot.clickOn("#image-alt").write("A blue hand pump in a schoolyard");
        robot.clickOn("#image-link").write("example.org/pumps");
        robot.clickOn("OK");
        ImageRef after = new ImageRef(PHOTO, "The new pump at Kibera school", "Photo: UNICEF",
                "A blue hand pump in a schoolyard", "https://example.org/pumps");
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("Text."), Block.image(after)));
        assertThat(figures(robot).get(0).lookup(".figure-warning")).isNull();
        fx(harness.editor::undo);
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("Text."), Block.image(before)));
    }

    @Test
    void aLinkTheBodyMayNotHoldKeepsOkOff(FxRobot robot) {
        harness.load(Document.of(Block.image(new ImageRef(PHOTO, "", "", "", null))));
        fx(() -> harness.editor.area().moveTo(0));
        fx(() -> javafx.application.Platform.runLater(harness.editor::editImageAtCaret));
        robot.clickOn("#image-link").write("javascript:alert(1)");
        assertThat(robot.lookup("OK").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
        assertThat(harness.document().blocks().get(0).image().link()).isNull();
    }

    @Test
    void theContextMenuRemovesTheFigureOrMakesItFeatured(FxRobot robot) {
        List<String> featured = new ArrayList<>();
        fx(() -> harness.editor.setOnMakeFeatured(featured::add));
        harness.load(Document.of(Block.paragraph("Before."), Block.image(new ImageRef(PHOTO, "Cap", "", "", null)),
                Block.paragraph("After.")));
        robot.rightClickOn(figures(robot).get(0));
        robot.clickOn("Use as featured image");
        assertThat(featured).containsExactly(PHOTO);
        robot.rightClickOn(figures(robot).get(0));
        robot.clickOn("Remove picture");
        assertThat(harness.document()).isEqualTo(Document.of(Block.paragraph("Before."), Block.paragraph("After.")));
    }

    @Test
    void aStubbedFormAnswersWithoutADialog() {
        harness.load(Document.of(Block.image(new ImageRef(PHOTO, "Old", "", "", null))));
        fx(() -> harness.editor.setImageDetailsPrompt(current -> Optional.of(
                new ImageRef(current.assetId(), "New", "Credit", "Alt", null))));
        fx(() -> harness.editor.editImage(0));
        assertThat(harness.document().blocks().get(0).image()).isEqualTo(new ImageRef(PHOTO, "New", "Credit", "Alt", null));
    }

    @Test
    void typingInTheCaptionStillRoundTrips() {
        harness.load(Document.of(Block.image(new ImageRef(PHOTO, "Cap", "C", "A", null))));
        harness.caretTo(3);
        fx(() -> harness.editor.area().replaceText(3, 3, "tion"));
        assertThat(harness.document().blocks().get(0).image().caption()).isEqualTo("Caption");
    }
}
