package org.newsdesk.ui.editor.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Document;
import org.newsdesk.model.DocumentArbitraries;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Model → live editor → model for random documents: the same property as {@link DocumentMapperTest}, through
 * a real area on the FX thread (cells, paragraph styles and the load path included).
 */
@ExtendWith(ApplicationExtension.class)
class EditorRoundTripTest {

    private EditorHarness harness;

    @Start
    void start(Stage stage) {
        harness = new EditorHarness(stage);
    }

    @Test
    void randomDocumentsSurviveLoadingIntoTheEditor() {
        List<Document> samples = DocumentArbitraries.documents().sampleStream().limit(150).toList();
        for (Document document : samples) {
            harness.load(document);
            assertThat(harness.document()).isEqualTo(DocumentMapperTest.normalised(document));
        }
        harness.load(SampleDocuments.mixed());
        assertThat(harness.document()).isEqualTo(SampleDocuments.mixed());
    }
}
