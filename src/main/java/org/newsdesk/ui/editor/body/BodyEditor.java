package org.newsdesk.ui.editor.body;

import java.util.function.Consumer;
import javafx.beans.property.*;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.newsdesk.model.*;

/** TEMPORARY STUB until the body branch merges. */
public final class BodyEditor {
    private final TextArea area = new TextArea();
    private final LongProperty revision = new SimpleLongProperty();
    private final IntegerProperty words = new SimpleIntegerProperty();
    private final IntegerProperty chars = new SimpleIntegerProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    public BodyEditor(Consumer<String> linkOpener) {
        area.textProperty().addListener((o, a, b) -> { revision.set(revision.get() + 1); words.set(TextStats.words(b)); chars.set(b.length()); });
        area.setId("body");
    }
    public Node node() { return area; }
    public Document document() { return Document.ofPlainText(area.getText()); }
    public void load(Document d) { area.setText(d.plainText()); }
    public ReadOnlyLongProperty revisionProperty() { return revision; }
    public ObservableIntegerValue wordCount() { return words; }
    public ObservableIntegerValue characterCount() { return chars; }
    public ObjectProperty<Language> languageProperty() { return language; }
    public void undo() { area.undo(); }
    public void redo() { area.redo(); }
    public void toggleMark(Mark m) { }
    public void setBlockType(BlockType t, int level) { }
    public void indent() { }
    public void outdent() { }
    public void editLink() { }
    public void clearFormatting() { }
    public void showFind() { }
    public void showReplace() { }
    public void pastePlain() { }
    public void requestFocus() { area.requestFocus(); }
}
