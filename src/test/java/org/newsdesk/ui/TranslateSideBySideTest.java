package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.AlignedRow;
import org.newsdesk.model.Article;
import org.newsdesk.model.RowState;
import org.newsdesk.model.TranslationReport;
import org.newsdesk.model.TranslationUnit;
import org.newsdesk.ui.editor.SaveState;
import org.newsdesk.ui.translation.TranslationWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A press officer translates the English sample into French side by side; then the English text changes in one
 * paragraph in the main editor, and the French side marks exactly that paragraph as outdated.
 */
class TranslateSideBySideTest extends WindowTest {

    @Test
    void translateSideBySideThenAChangedSourceParagraphShowsAsOutdated() throws Exception {
        Article english = openTheEnglishSample();
        TranslationWindow sideBySide = translateIntoFrenchSideBySide();
        Article french = fx(() -> sideBySide.model().reportProperty().get().translation());
        assertThat(french.language().tag()).isEqualTo("fr");
        assertThat(fx(() -> sideBySide.stage().getScene().lookup(".translation-cell").getNodeOrientation().name()))
                .isEqualTo("LEFT_TO_RIGHT");

        // the translator types the French headline and first paragraph
        translate(TranslationUnit.HEADLINE, "Le programme Classes du patrimoine s'ouvre dans quarante écoles");
        String firstParagraph = english.body().blocks().get(0).id();
        translate(firstParagraph, "Le Conseil a ouvert aujourd'hui son programme dans quarante écoles.");
        robot.clickOn(fx(() -> cell("source-cell", firstParagraph)));   // leaves the editing cell: saved
        AppDriver.waitUntil("French text saved", () -> {
            TranslationReport r = sideBySide.model().reportProperty().get();
            return r.translation().headline().startsWith("Le programme")
                    && r.translation().body().blocks().get(0).text().startsWith("Le Conseil");
        });
        assertThat(rowState(TranslationUnit.HEADLINE)).isEqualTo(RowState.UP_TO_DATE);
        assertThat(rowState(firstParagraph)).isEqualTo(RowState.UP_TO_DATE);
        assertThat(rowState(TranslationUnit.STANDFIRST)).isEqualTo(RowState.UNTRANSLATED);
        assertThat(fx(() -> outdatedCells().size())).isZero();

        // back in the main window, the English source changes in its last paragraph
        robot.interact(() -> mainStage().toFront());
        robot.clickOn("#body").push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Late applications are welcome.");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        AppDriver.waitUntil("source saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED);
        List<String> sourceIds = english.body().blockIds();
        String lastParagraph = sourceIds.get(sourceIds.size() - 1);

        AppDriver.waitUntil("French side sees the change", () -> sideBySide.model().reportProperty().get()
                .comparison().outdated() > 0);
        List<AlignedRow> outdated = fx(() -> sideBySide.model().reportProperty().get().comparison().rows().stream()
                .filter(r -> r.state().isOutdated()).toList());
        assertThat(outdated).extracting(AlignedRow::sourceUnitId).containsExactly(lastParagraph);
        reveal(lastParagraph);
        List<Node> marked = fx(this::outdatedCells);
        assertThat(marked).hasSize(2); // the source paragraph and its French counterpart, nothing else
        assertThat(marked).allSatisfy(n -> assertThat(n.getProperties().get("unit")).isEqualTo(lastParagraph));
        assertThat(fx(() -> sideBySide.stage().getScene().getRoot().lookupAll(".diff-inserted").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList()))
                .containsExactly(" Late applications are welcome.");
        assertThat(rowState(firstParagraph)).isEqualTo(RowState.UP_TO_DATE); // the translated work still stands

        // the translator updates the paragraph and marks it as updated
        robot.interact(() -> sideBySide.stage().toFront());
        reveal(lastParagraph);
        robot.clickOn(fx(() -> cell("translation-cell", lastParagraph).lookup(".mark-updated")));
        AppDriver.waitUntil("marked as updated", () -> sideBySide.model().reportProperty().get()
                .comparison().outdated() == 0);
        assertThat(fx(() -> outdatedCells().size())).isZero();
    }

    /** Scrolls the side-by-side list to the unit's row (rows out of view have no nodes). */
    private void reveal(String unitId) throws Exception {
        fx(() -> {
            sideBySide().view().reveal(unitId);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void translate(String unitId, String text) throws Exception {
        reveal(unitId);
        robot.clickOn(fx(() -> cell("translation-cell", unitId)));
        AppDriver.waitUntil("editing " + unitId, () -> robot.lookup(".unit-editor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private Node cell(String kind, String unitId) {
        return sideBySide().stage().getScene().getRoot().lookupAll("." + kind).stream()
                .filter(n -> unitId.equals(n.getProperties().get("unit"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + unitId));
    }

    private List<Node> outdatedCells() {
        return List.copyOf(sideBySide().stage().getScene().getRoot().lookupAll(".unit-cell.outdated"));
    }

    private RowState rowState(String unitId) throws Exception {
        return fx(() -> sideBySide().model().reportProperty().get().comparison().rows().stream()
                .filter(r -> r.translation() != null && r.translation().id().equals(unitId))
                .map(AlignedRow::state).findFirst().orElseThrow());
    }

    private Stage mainStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && Objects.toString(s.getTitle(), "")
                .startsWith("Newsdesk")).map(w -> (Stage) w).findFirst().orElseThrow();
    }
}
