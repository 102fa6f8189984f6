package org.newsdesk.ui.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Mark;
import org.newsdesk.ui.editor.body.BodyEditor;

/**
 * The formatting toolbar above the body: shows the formatting at the caret and applies to the selection.
 * Its buttons never take the keyboard focus, so the selection in the body stays where it was.
 */
public final class FormatToolbar {
    /** The block styles the picker offers, in menu order. */
    private record BlockStyle(String key, BlockType type, int level) {
    }

    private static final List<BlockStyle> STYLES = List.of(
            new BlockStyle("menu.format.paragraph", BlockType.PARAGRAPH, 0),
            new BlockStyle("menu.format.heading2", BlockType.HEADING, 2),
            new BlockStyle("menu.format.heading3", BlockType.HEADING, 3),
            new BlockStyle("menu.format.heading4", BlockType.HEADING, 4),
            new BlockStyle("menu.format.bulleted", BlockType.BULLET_ITEM, 0),
            new BlockStyle("menu.format.numbered", BlockType.NUMBERED_ITEM, 0),
            new BlockStyle("menu.format.quote", BlockType.QUOTE, 0));

    private final javafx.scene.control.ToolBar root = new javafx.scene.control.ToolBar(); // overflow menu when narrow
    private final BodyEditor body;
    private final Map<Mark, ToggleButton> markButtons = new EnumMap<>(Mark.class);
    private final ComboBox<BlockStyle> blockStyle = new ComboBox<>();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private boolean syncing;
    private final org.newsdesk.i18n.Messages t;

    /** @param insertPicture opens the picture chooser and inserts at the caret (Format ▸ Picture…) */
    public FormatToolbar(org.newsdesk.i18n.Messages t, BodyEditor body, Runnable insertPicture) {
        this.body = body;
        this.t = t;
        root.setAccessibleText(t.get("toolbar.name"));
        root.getStyleClass().add("format-toolbar");
        // the overflow button (shown when the pane is narrow): Shift+Tab got stuck on it (JavaFX 21's ToolBar
        // traversal), so it leaves the traversal order like the buttons; Tab still reaches it: it needs a name
        root.skinProperty().addListener((o, a, skin) -> root.lookupAll(".tool-bar-overflow-button").forEach(n -> {
            n.setFocusTraversable(false);
            n.setAccessibleText(t.get("a11y.toolbar.more"));
        }));

        Button undo = button(Feather.ROTATE_CCW, t.get("toolbar.undo"), "tool-undo", body::undo);
        undo.disableProperty().bind(body.undoAvailableProperty().not());
        Button redo = button(Feather.ROTATE_CW, t.get("toolbar.redo"), "tool-redo", body::redo);
        redo.disableProperty().bind(body.redoAvailableProperty().not());

        blockStyle.setId("tool-block");
        blockStyle.getItems().setAll(STYLES);
        blockStyle.setFocusTraversable(false);
        blockStyle.setConverter(converter(s -> t.get(s.key())));
        blockStyle.setAccessibleText(t.get("toolbar.block"));
        blockStyle.setTooltip(new Tooltip(t.get("toolbar.block")));
        blockStyle.setPrefWidth(150);
        blockStyle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        blockStyle.valueProperty().addListener((o, a, style) -> {
            if (!syncing && style != null) {
                body.setBlockType(style.type(), style.level());
                body.requestFocus();
            }
        });

        root.getItems().addAll(undo, redo, new Separator(javafx.geometry.Orientation.VERTICAL), blockStyle,
                button(Feather.IMAGE, t.get("toolbar.picture"), "tool-picture", insertPicture),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                mark(Mark.BOLD, Feather.BOLD, t.get("toolbar.bold")),
                mark(Mark.ITALIC, Feather.ITALIC, t.get("toolbar.italic")),
                mark(Mark.UNDERLINE, Feather.UNDERLINE, t.get("toolbar.underline")),
                mark(Mark.STRIKETHROUGH, Feather.MINUS, t.get("menu.format.strikethrough")),
                markText(Mark.SUPERSCRIPT, "x²", t.get("menu.format.superscript")),
                markText(Mark.SUBSCRIPT, "x₂", t.get("menu.format.subscript")),
                button(Feather.LINK, t.get("toolbar.link"), "tool-link", body::editLink),
                button(Feather.X_CIRCLE, t.get("menu.format.clear"), "tool-clear", body::clearFormatting),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                button(Feather.CHEVRONS_LEFT, t.get("toolbar.outdent"), "tool-outdent", body::outdent),
                button(Feather.CHEVRONS_RIGHT, t.get("toolbar.indent"), "tool-indent", body::indent),
                directionPicker(),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                button(Feather.SEARCH, t.get("toolbar.find"), "tool-find", () -> body.showFind(true)));

        body.caretMarksProperty().addListener((o, a, marks) -> sync());
        body.caretLinkProperty().addListener((o, a, link) -> sync());
        body.caretBlockTypeProperty().addListener((o, a, type) -> sync());
        body.caretLevelProperty().addListener((o, a, l) -> sync());
        body.caretDirectionProperty().addListener((o, a, d) -> sync());
        body.area().caretPositionProperty().addListener((o, a, p) -> sync()); // also after a new article loads
        sync();
    }

    public Node node() {
        return root;
    }

    private Node directionPicker() {
        direction.setId("tool-direction");
        direction.getItems().setAll(Direction.values());
        direction.setFocusTraversable(false);
        direction.setTooltip(new Tooltip(t.get("toolbar.direction")));
        direction.setAccessibleText(t.get("toolbar.direction"));
        direction.setPrefWidth(100);
        direction.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        direction.setConverter(converter(d -> switch (d) {
            case AUTO -> t.get("toolbar.direction.auto");
            case LTR -> t.get("toolbar.direction.ltr");
            case RTL -> t.get("toolbar.direction.rtl");
        }));
        direction.valueProperty().addListener((o, a, d) -> {
            if (!syncing && d != null) {
                body.setDirection(d);
                body.requestFocus();
            }
        });
        return direction;
    }

    /** Shows the formatting where the caret is. */
    private void sync() {
        syncing = true;
        try {
            var marks = body.caretMarksProperty().get();
            markButtons.forEach((mark, button) -> button.setSelected(marks != null && marks.contains(mark)));
            BlockType type = body.caretBlockTypeProperty().get();
            int level = body.caretLevelProperty().get();
            blockStyle.setValue(STYLES.stream()
                    .filter(s -> s.type() == type && (type != BlockType.HEADING || s.level() == level))
                    .findFirst().orElse(null));
            direction.setValue(body.caretDirectionProperty().get());
            announce(marks, type, level);
        } finally {
            syncing = false;
        }
    }

    /**
     * A screen reader hears the formatting at the caret with the body's role ("text editor, Heading 2, bold"):
     * the accessible role description is read with every focus and caret change.
     */
    private void announce(java.util.Set<Mark> marks, BlockType type, int level) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(t.get("toolbar.announce.editor"));
        STYLES.stream().filter(s -> s.type() == type && (type != BlockType.HEADING || s.level() == level))
                .findFirst().ifPresent(s -> parts.add(t.get(s.key())));
        if (marks != null) {
            for (Mark m : Mark.values()) {
                if (marks.contains(m)) {
                    parts.add(t.get(switch (m) {
                        case BOLD -> "toolbar.announce.bold";
                        case ITALIC -> "toolbar.announce.italic";
                        case UNDERLINE -> "toolbar.announce.underline";
                        case STRIKETHROUGH -> "toolbar.announce.strikethrough";
                        case SUPERSCRIPT -> "toolbar.announce.superscript";
                        case SUBSCRIPT -> "toolbar.announce.subscript";
                    }));
                }
            }
        }
        if (body.caretLinkProperty().get() != null) {
            parts.add(t.get("toolbar.announce.link"));
        }
        body.area().setAccessibleRoleDescription(String.join(t.get("list.comma"), parts));
    }

    private ToggleButton mark(Mark mark, Ikon icon, String tip) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        return markButton(mark, button, tip);
    }

    private ToggleButton markText(Mark mark, String text, String tip) {
        return markButton(mark, new ToggleButton(text), tip);
    }

    private ToggleButton markButton(Mark mark, ToggleButton button, String tip) {
        button.setId("tool-" + mark.name().toLowerCase(java.util.Locale.ROOT));
        setUp(button, tip);
        button.setOnAction(e -> {
            body.toggleMark(mark);
            sync(); // the button shows the caret's state, not its own click
            body.requestFocus();
        });
        markButtons.put(mark, button);
        return button;
    }

    private Button button(Ikon icon, String tip, String id, Runnable action) {
        Button button = new Button(null, org.newsdesk.ui.common.Icons.of(icon, t));
        button.setId(id);
        setUp(button, tip);
        button.setOnAction(e -> {
            action.run();
            body.requestFocus();
        });
        return button;
    }

    private static void setUp(ButtonBase button, String tip) {
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.getStyleClass().addAll("flat", "tool-button");
        button.setAccessibleText(tip);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
