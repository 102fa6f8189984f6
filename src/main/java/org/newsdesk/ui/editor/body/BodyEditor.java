package org.newsdesk.ui.editor.body;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.newsdesk.model.Document;

/** The body editor component: the API the article window uses. */
public final class BodyEditor {

    private final BodyArea area = new BodyArea();
    private final DocumentMapper mapper = new DocumentMapper(area.segmentOps());
    private final BorderPane root = new BorderPane();
    private final Consumer<String> linkOpener;

    public BodyEditor(Consumer<String> linkOpener) {
        this.linkOpener = Objects.requireNonNull(linkOpener, "linkOpener");
        root.getStyleClass().add("body-editor");
        root.setCenter(new VirtualizedScrollPane<>(area));
    }

    public Node node() {
        return root;
    }

    public BodyArea area() {
        return area;
    }

    public Document document() {
        return mapper.toDocument(area.getDocument());
    }

    public void load(Document document) {
        area.replace(0, area.getLength(), mapper.toArea(document));
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
    }
}
