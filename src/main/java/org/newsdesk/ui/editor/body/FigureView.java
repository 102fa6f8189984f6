package org.newsdesk.ui.editor.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.newsdesk.model.Direction;
import org.newsdesk.model.ImageRef;

/**
 * The picture of an image paragraph, drawn above its caption (the paragraph's text), scaled to fit a box, with a
 * warning when the figure lacks alt text or a credit. Double-click (or the context menu) opens its details form.
 *
 * <p>It is an unmanaged paragraph graphic: RichTextFX gives a managed graphic a column beside the text, while this
 * one sits in the room {@link BlockLook} leaves above the caption. The paragraph's text, and so the lossless
 * mapping of {@link DocumentMapper}, is untouched: the picture is only drawn.
 */
final class FigureView {
    static final double WIDTH = 320;
    static final double HEIGHT = 180;
    static final double TOP = 8;
    static final double INSET = 10;
    /** Where the caption starts: below the picture and a small gap. */
    static final double CAPTION_TOP = TOP + HEIGHT + 6;

    /** What the figure's double-click and context menu do, by paragraph index. */
    interface Actions {
        void edit(int paragraph);

        void makeFeatured(int paragraph);

        void remove(int paragraph);
    }

    private final BodyArea area;
    private final Actions actions;
    private PictureSource pictures = PictureSource.NONE;

    /** The interface's words, read when a figure is drawn (the editor makes this view before it knows them). */
    private final java.util.function.Supplier<org.newsdesk.i18n.Messages> t;

    FigureView(BodyArea area, java.util.function.Supplier<org.newsdesk.i18n.Messages> t, Actions actions) {
        this.area = area;
        this.t = t;
        this.actions = actions;
    }

    void setPictures(PictureSource pictures) {
        this.pictures = pictures;
    }

    Node create(int index) {
        ParStyle style = area.paragraphStyle(index);
        ImageRef ref = style.image();
        boolean rightToLeft = style.direction().resolve(area.getParagraph(index).getText()) == Direction.RTL;
        ImageView view = new ImageView();
        view.setFitWidth(WIDTH);
        view.setFitHeight(HEIGHT);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Label placeholder = new Label(t.get().get("figure.loading"));
        placeholder.getStyleClass().add("figure-placeholder");
        StackPane box = new StackPane(placeholder, view);
        box.getStyleClass().add("figure-picture");
        box.setAlignment(rightToLeft ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
        warning(t.get(), ref).ifPresent(box.getChildren()::add);
        fixSize(box);
        pictures.load(ref.assetId(), image -> {
            view.setImage(image);
            placeholder.setText(image != null ? "" : pictures.onServer(ref.assetId())
                    ? t.get().get("team.picture.offline") : t.get().get("figure.missing"));
            placeholder.setWrapText(true);
            placeholder.setVisible(image == null);
            if (image != null) {
                box.getStyleClass().add("loaded"); // the grey box was only a placeholder
            }
        });
        handleMouse(box, index);
        place(box, rightToLeft);
        return box;
    }

    /** "No alt text · No credit" over the picture's corner, with the reason in a tooltip. */
    private static Optional<Label> warning(org.newsdesk.i18n.Messages t, ImageRef ref) {
        List<String> missing = new ArrayList<>();
        if (ref.altText().isBlank()) {
            missing.add(t.get("figure.noAlt"));
        }
        if (ref.credit().isBlank()) {
            missing.add(t.get("figure.noCredit"));
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Label warning = new Label("⚠ " + String.join(t.get("list.dot"), missing));
        warning.getStyleClass().add("figure-warning");
        warning.setTooltip(new Tooltip(t.get("figure.warning.tip")));
        StackPane.setAlignment(warning, Pos.BOTTOM_LEFT);
        return Optional.of(warning);
    }

    private static void fixSize(Region box) {
        box.setMinSize(WIDTH, HEIGHT);
        box.setPrefSize(WIDTH, HEIGHT);
        box.setMaxSize(WIDTH, HEIGHT);
        box.resize(WIDTH, HEIGHT);
        box.setManaged(false);
    }

    /** Our own press handling: the caret goes to the caption, and RichTextFX does not start a text selection. */
    private void handleMouse(Region box, int index) {
        ContextMenu menu = menu(index);
        box.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            area.requestFocus();
            area.moveTo(area.paragraphStart(index));
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.edit(index);
            } else if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(box, e.getScreenX(), e.getScreenY()); // not every platform sends a context menu event
            }
            e.consume();
        });
        box.addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        box.addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        box.setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(box, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private ContextMenu menu(int index) {
        MenuItem edit = new MenuItem(t.get().get("menu.format.pictureDetails"));
        edit.setId("figure-edit");
        edit.setOnAction(e -> actions.edit(index));
        MenuItem featured = new MenuItem(t.get().get("figure.useFeatured"));
        featured.setId("figure-featured");
        featured.setOnAction(e -> actions.makeFeatured(index));
        MenuItem remove = new MenuItem(t.get().get("figure.remove"));
        remove.setId("figure-remove");
        remove.setOnAction(e -> actions.remove(index));
        return new ContextMenu(edit, featured, remove);
    }

    /** At the start of the line: the left edge, or the right edge of a right-to-left paragraph's box. */
    private static void place(Region box, boolean rightToLeft) {
        box.setLayoutY(TOP);
        if (!rightToLeft) {
            box.setLayoutX(INSET);
            return;
        }
        box.parentProperty().addListener((obs, old, parent) -> {
            box.layoutXProperty().unbind();
            if (parent instanceof Region paragraph) {
                box.layoutXProperty().bind(paragraph.widthProperty().subtract(WIDTH + INSET));
            }
        });
    }
}
