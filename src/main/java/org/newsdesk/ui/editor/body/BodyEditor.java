package org.newsdesk.ui.editor.body;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.fxmisc.undo.UndoManager;
import org.newsdesk.importer.LinkPolicy;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;

/**
 * The WYSIWYG body editor: a rich text area for an article's body, with its find bar. This is the API the
 * article window uses; everything else in the package is how it works.
 *
 * <p>Embed {@link #node()}, {@link #load(Document)} the article body, bind the toolbar to the caret properties,
 * set {@link #languageProperty()} from the article, and schedule autosave when {@link #revisionProperty()}
 * changes, reading {@link #document()} then. Everything runs on the FX thread.
 */
public final class BodyEditor {

    private final BodyArea area = new BodyArea();
    private final DocumentMapper mapper = new DocumentMapper(area.segmentOps());
    private final InlineFormatting inline = new InlineFormatting(area);
    private final BlockFormatting blocks = new BlockFormatting(area);
    private final CaretFormatting caret = new CaretFormatting(area, inline);
    private final TextCounts counts = new TextCounts(area);
    private final FindReplace findReplace = new FindReplace(area);
    private final FragmentInserter inserter = new FragmentInserter(area, mapper);
    private final ClipboardBridge clipboard = new ClipboardBridge(area, mapper, inserter, inline);
    private final FigureEditing figureEditing = new FigureEditing(area);
    private final FigureView figures = new FigureView(area, () -> this.t, new FigureView.Actions() {
        @Override
        public void edit(int paragraph) {
            editImage(paragraph);
        }

        @Override
        public void makeFeatured(int paragraph) {
            onMakeFeatured.accept(figureEditing.figure(paragraph).assetId());
        }

        @Override
        public void remove(int paragraph) {
            figureEditing.remove(paragraph);
        }
    });
    private final TableEditing tables = new TableEditing(area, this::tableEdited);
    private final TableView tableViews = new TableView(area, tables, () -> this.t);
    private final ImagePaste imagePaste = new ImagePaste();
    private ImageIntake imageIntake = ImageIntake.NONE;
    private ImageDetailsPrompt imageDetails;
    private Consumer<String> onMakeFeatured = assetId -> { };
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);
    private final ObjectProperty<TypingSettings> typingSettings =
            new SimpleObjectProperty<>(this, "typingSettings", TypingSettings.ALL_ON);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper undoAvailable = new ReadOnlyBooleanWrapper(this, "undoAvailable");
    private final ReadOnlyBooleanWrapper redoAvailable = new ReadOnlyBooleanWrapper(this, "redoAvailable");
    private final BorderPane root = new BorderPane();
    private final FindBar findBar;
    private org.newsdesk.i18n.Messages t; // set once by the constructor (the figure view, made earlier, reads it later)
    private LinkPrompt linkPrompt;
    private boolean loading;

    /** @param linkOpener opens a link's address when the user Ctrl+clicks it (e.g. in the system browser) */
    public BodyEditor(Consumer<String> linkOpener) {
        this(linkOpener, TypingSettings.ALL_ON);
    }

    public BodyEditor(Consumer<String> linkOpener, TypingSettings settings) {
        this(org.newsdesk.i18n.Messages.english(), linkOpener, settings);
    }

    /** @param t the interface's language, for the find bar, the link and picture dialogs and figure menus */
    public BodyEditor(org.newsdesk.i18n.Messages t, Consumer<String> linkOpener, TypingSettings settings) {
        this.t = t;
        EditorFonts.ensureLoaded();
        Objects.requireNonNull(linkOpener, "linkOpener");
        typingSettings.set(Objects.requireNonNull(settings, "settings"));
        linkPrompt = new LinkDialog(t, area);
        imageDetails = new ImageDetailsDialog(t, area);
        // Replaces BodyArea's own factory: figures draw their pictures, list items keep their markers.
        area.setParagraphGraphicFactory(new ParagraphGraphics(area,
                new ParagraphMarkers(area, area.changeCountProperty()), figures, tableViews));
        ImageDrops.install(area, () -> imageIntake);
        findBar = new FindBar(t, findReplace, this::hideFind);
        findBar.setVisible(false);
        findBar.managedProperty().bind(findBar.visibleProperty());
        root.getStyleClass().add("body-editor");
        root.setTop(findBar);
        root.setCenter(OnePulseLayout.scrollPane(area));

        // An Arabic article starts its paragraphs right to left (those with no strong character yet).
        area.baseDirectionProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> language.get() != null && language.get().isRightToLeft() ? Direction.RTL : Direction.LTR, language));
        TypingHandler typing = new TypingHandler(area, language::get, typingSettings::get);
        RightToLeftKeys.install(area);
        EditorKeys.install(area, new EditorKeys.Parts(this, new BlockKeys(area, blocks), typing, inline, linkOpener,
                tables::enterFromCaret));
        // Typing after a caret move starts from the style there, not from a mark toggled somewhere else.
        area.caretPositionProperty().addListener(obs -> area.setTextInsertionStyle(null));
        area.changeCountProperty().addListener(obs -> {
            if (!loading) {
                revision.set(revision.get() + 1);
            }
            if (findBar.isVisible()) {
                findReplace.refresh();
            }
        });
        UndoManager<?> history = area.getUndoManager();
        undoAvailable.bind(history.undoAvailableProperty());
        redoAvailable.bind(history.redoAvailableProperty());
    }

    // ---- embedding -------------------------------------------------------------------------------------------

    public Node node() {
        return root;
    }

    /** The area itself, for focus handling and tests; prefer the commands below to changing it directly. */
    public BodyArea area() {
        return area;
    }

    public void requestFocus() {
        area.requestFocus();
    }

    /** Replaces the content with {@code document}, caret at the top, undo history cleared, revision unchanged. */
    public void load(Document document) {
        loading = true;
        try {
            tables.forget();
            area.replace(0, area.getLength(), mapper.toArea(document == null ? Document.EMPTY : document));
        } finally {
            loading = false;
        }
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
        counts.recount();
        caret.update();
    }

    /** The body as it is now. Maps the whole area, so call it when saving, not on every keystroke. */
    public Document document() {
        return tables.withDraft(mapper.toDocument(area.getDocument()));
    }

    /** Goes up by one with every change to the content, undo and redo included (not with {@link #load}). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The article's language: picks the quotation marks and French spacing. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<TypingSettings> typingSettingsProperty() {
        return typingSettings;
    }

    /** Replaces the Ctrl+K dialog, e.g. with a toolbar popover. */
    public void setLinkPrompt(LinkPrompt prompt) {
        this.linkPrompt = Objects.requireNonNull(prompt);
    }

    // ---- what the toolbar shows ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Set<Mark>> caretMarksProperty() {
        return caret.marksProperty();
    }

    public ReadOnlyStringProperty caretLinkProperty() {
        return caret.linkProperty();
    }

    public ReadOnlyObjectProperty<BlockType> caretBlockTypeProperty() {
        return caret.blockTypeProperty();
    }

    /** Heading level or list depth of the caret's paragraph. */
    public ReadOnlyIntegerProperty caretLevelProperty() {
        return caret.levelProperty();
    }

    public ReadOnlyObjectProperty<Direction> caretDirectionProperty() {
        return caret.directionProperty();
    }

    /** Counted once typing pauses (about 300 ms), never on the keystroke itself. */
    public ReadOnlyIntegerProperty wordCountProperty() {
        return counts.wordsProperty();
    }

    public ReadOnlyIntegerProperty characterCountProperty() {
        return counts.charactersProperty();
    }

    public ReadOnlyBooleanProperty undoAvailableProperty() {
        return undoAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty redoAvailableProperty() {
        return redoAvailable.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------------------

    public void toggleMark(Mark mark) {
        inline.toggleMark(mark);
        caret.update();
    }

    /** Removes bold, italic and the other marks from the selection (links stay). */
    public void clearFormatting() {
        inline.clearMarks();
        caret.update();
    }

    /** Links the selection (or the link at the caret) to {@code href}; refused unless http, https or mailto. */
    public boolean setLink(String href) {
        Optional<String> safe = LinkPolicy.fromUserInput(href);
        safe.ifPresent(inline::setLink);
        caret.update();
        return safe.isPresent();
    }

    public void removeLink() {
        inline.removeLink();
        caret.update();
    }

    /** Ctrl+K: asks for the address of the link at the caret or for the selection. */
    public void editLink() {
        Optional<String> answer = linkPrompt.ask(inline.linkAtCaret());
        answer.ifPresent(address -> {
            if (address.isBlank()) {
                removeLink();
            } else {
                setLink(address);
            }
        });
        area.requestFocus();
    }

    /** Turns the selected paragraphs into {@code type}; level is the heading level (2-4) or list depth. */
    public void setBlockType(BlockType type, int level) {
        blocks.setBlockType(type, level);
        caret.update();
    }

    public void indent() {
        blocks.indent();
        caret.update();
    }

    public void outdent() {
        blocks.outdent();
        caret.update();
    }

    public void setDirection(Direction direction) {
        blocks.setDirection(direction);
        caret.update();
    }

    /** Ctrl+Shift+X: the caret paragraph's direction goes automatic, right to left, left to right, and round. */
    public void cycleDirection() {
        setDirection(switch (caret.directionProperty().get()) {
            case AUTO -> Direction.RTL;
            case RTL -> Direction.LTR;
            case LTR -> Direction.AUTO;
        });
    }

    public void undo() {
        tables.finishEditing();
        area.undo();
    }

    public void redo() {
        tables.finishEditing();
        area.redo();
    }

    public void copy() {
        clipboard.copy();
    }

    public void cut() {
        clipboard.cut();
    }

    /**
     * Pastes the clipboard: picture files or a bitmap go to the {@link ImageIntake}; HTML is cleaned into blocks;
     * plain text is split into paragraphs on blank lines.
     */
    public void paste() {
        if (!imagePaste.paste(javafx.scene.input.Clipboard.getSystemClipboard(), imageIntake)) {
            clipboard.paste();
        }
    }

    public void pasteAsPlainText() {
        clipboard.pasteAsPlainText();
    }

    /** Pastes HTML as if it came from the clipboard (drag and drop, the window's Edit menu). */
    public void pasteHtml(String html) {
        clipboard.pasteHtml(html);
    }

    // ---- pictures ----------------------------------------------------------------------------------------------

    /** Where figures get their pictures from; without one they show a placeholder. */
    public void setPictures(PictureSource pictures) {
        figures.setPictures(Objects.requireNonNull(pictures));
        redrawFigures();
    }

    /** Draws the figures on screen again, asking for their pictures anew (a team server became reachable). */
    public void redrawFigures() {
        var graphics = area.getParagraphGraphicFactory();
        area.setParagraphGraphicFactory(null); // setting it anew redraws the figures on screen
        area.setParagraphGraphicFactory(graphics);
    }

    /** Where dropped and pasted pictures go to be added to the library. */
    public void setImageIntake(ImageIntake intake) {
        this.imageIntake = Objects.requireNonNull(intake);
    }

    /** Replaces the picture details dialog, e.g. in tests. */
    public void setImageDetailsPrompt(ImageDetailsPrompt prompt) {
        this.imageDetails = Objects.requireNonNull(prompt);
    }

    /** Hears "Use as featured image" from a figure's context menu, with the picture's asset id. */
    public void setOnMakeFeatured(Consumer<String> onMakeFeatured) {
        this.onMakeFeatured = Objects.requireNonNull(onMakeFeatured);
    }

    /** Inserts a figure below the caret's paragraph (in place of it when empty), as one undo step. */
    public void insertImage(ImageRef image) {
        figureEditing.insert(image);
        area.requestFocus();
    }

    /** Opens the details form of the figure of paragraph {@code paragraph}; its answer is one undo step. */
    public void editImage(int paragraph) {
        if (!figureEditing.isFigure(paragraph)) {
            return;
        }
        imageDetails.ask(figureEditing.figure(paragraph)).ifPresent(changed -> figureEditing.update(paragraph, changed));
        area.requestFocus();
    }

    /** Opens the details form of the figure the caret is in; false when the caret is not in one. */
    public boolean editImageAtCaret() {
        int paragraph = area.currentParagraphIndex();
        if (!figureEditing.isFigure(paragraph)) {
            return false;
        }
        editImage(paragraph);
        return true;
    }

    /** The body's figures as they are now, in order (captions included). */
    public List<ImageRef> images() {
        return figureEditing.figures();
    }

    // ---- tables --------------------------------------------------------------------------------------------------

    /**
     * Inserts an empty table of {@code rows} by {@code columns} below the caret's paragraph (in place of it when
     * empty), its first row a header row, and starts editing its first cell; one undo step.
     */
    public void insertTable(int rows, int columns) {
        tables.insert(rows, columns, true);
    }

    /** An edit inside a table cell: counts as a change of the content, like typing in the body. */
    private void tableEdited() {
        revision.set(revision.get() + 1);
    }

    // ---- find and replace ------------------------------------------------------------------------------------

    /** Opens the find bar (Ctrl+F), with the replace fields when {@code withReplace} (Ctrl+H). */
    public void showFind(boolean withReplace) {
        if (area.getSelection().getLength() > 0 && !area.getSelectedText().contains("\n")) {
            findBar.query.setText(area.getSelectedText());
        }
        findBar.open(withReplace);
    }

    public void hideFind() {
        findBar.setVisible(false);
        area.requestFocus();
    }

    /** Number of matches of the find bar's query. */
    public ReadOnlyIntegerProperty findMatchCountProperty() {
        return findReplace.matchCountProperty();
    }
}
