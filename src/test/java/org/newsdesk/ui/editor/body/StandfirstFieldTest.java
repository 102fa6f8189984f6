package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.ui.editor.body.EditorHarness.fx;
import static org.newsdesk.ui.editor.body.EditorHarness.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Direction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The standfirst with long Arabic text. A stock JavaFX 21 TextArea, wrapped and right to left, misdraws its lines
 * (headless here: words cut off at the edge and lines left empty; in a GTK window the last line drawn on every
 * line), checked so that an upgrade that fixes it shows up. The {@link WrappingTextField} the form uses instead
 * draws every line once.
 */
@ExtendWith(ApplicationExtension.class)
class StandfirstFieldTest {

    static final String STANDFIRST = "مشروع جديد لرقمنة عشرة آلاف مخطوطة نادرة وإتاحتها للباحثين والجمهور مجانًا على "
            + "الإنترنت، بدعم من ثلاث مؤسسات ثقافية في الأردن ولبنان والمغرب.";
    private TextArea stock;
    private WrappingTextField field;

    @Start
    void start(Stage stage) {
        EditorFonts.ensureLoaded();
        field = new WrappingTextField(2, 5);
        stock = new TextArea();
        stock.setWrapText(true);
        stock.setPrefRowCount(4);
        stock.setFont(Font.font("Noto Sans Arabic", 14));
        stock.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        field.baseDirectionProperty().set(Direction.RTL);
        VBox box = new VBox(10, stock, field.node());
        stage.setScene(new Scene(box, 320, 320));
        stage.show();
    }

    @Test
    void theStockTextAreaMisdrawsWrappedArabicTheFieldDrawsEveryLine() throws Exception {
        fx(() -> {
            stock.setText(STANDFIRST);
            field.textProperty().set(STANDFIRST);
        });
        WritableImage both = read(() -> stock.getScene().getRoot().snapshot(scaled(2), null));
        Path out = Path.of("target/standfirst-stock-vs-field.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(both, null), "png", out.toFile());
        Text stockText = read(() -> (Text) stock.lookup(".content .text"));
        double line = read(() -> {
            Text one = new Text("م");
            one.setFont(stockText.getFont());
            return one.getLayoutBounds().getHeight();
        });
        int stockLines = read(() -> (int) Math.round(stockText.getLayoutBounds().getHeight() / line));
        assertThat(stockLines).as("the stock text area wraps").isGreaterThanOrEqualTo(3);
        assertThat(wellDrawn(bands(stockText, stockLines))).as("JavaFX 21's TextArea draws wrapped right-to-left "
                + "lines wrong (if this fails, the upstream bug is fixed and WrappingTextField may go)").isFalse();

        TextFlow flow = read(() -> RightToLeft.flowOf(field.area(), 0).orElseThrow());
        int fieldLines = read(() -> (int) RightToLeft.stops(flow, STANDFIRST.length()).stream()
                .map(s -> Math.round(s.top())).distinct().count());
        assertThat(fieldLines).isGreaterThanOrEqualTo(3);
        assertThat(wellDrawn(bands(flow, fieldLines))).as("every line of the field drawn once").isTrue();
    }

    @Test
    void theFieldKeepsItsTextInStepWithTheModelAndTakesTyping(FxRobot robot) {
        fx(() -> field.textProperty().set("عنوان"));
        assertThat(read(() -> field.area().getText())).isEqualTo("عنوان");
        robot.clickOn(field.area());
        fx(() -> field.area().moveTo(field.area().getLength()));
        robot.write(" جديد");
        assertThat(read(() -> field.textProperty().get())).isEqualTo("عنوان جديد");
        assertThat(read(() -> field.area().resolvedDirection(0))).isEqualTo(Direction.RTL);
    }

    private static SnapshotParameters scaled(double factor) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(factor, factor));
        return p;
    }

    /** Every line has ink, and no line looks like the next (the bug draws one line's words on several lines). */
    private static boolean wellDrawn(List<int[]> bands) {
        for (int i = 0; i < bands.size(); i++) {
            if (java.util.Arrays.stream(bands.get(i)).sum() < 50) {
                return false;
            }
            if (i + 1 < bands.size() && java.util.Arrays.equals(bands.get(i), bands.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The node's snapshot cut into {@code lines} equal bands; each band's ink per column. */
    private static List<int[]> bands(Node node, int lines) throws Exception {
        WritableImage image = read(() -> node.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        int height = (int) image.getHeight();
        List<int[]> out = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            int[] ink = new int[(int) image.getWidth()];
            for (int x = 0; x < ink.length; x++) {
                for (int y = l * height / lines; y < (l + 1) * height / lines; y++) {
                    if (pixels.getColor(x, y).getOpacity() > 0.3 && pixels.getColor(x, y).getBrightness() < 0.5) {
                        ink[x]++;
                    }
                }
            }
            out.add(ink);
        }
        return out;
    }
}
