package org.newsdesk.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsdesk.model.ImageRef;
import org.newsdesk.ui.editor.body.PictureSource;

/**
 * The article's featured image in the editor header: a small picture, its caption, a warning when share cards
 * would show it without alt text or credit, and a menu to choose it from the body's pictures or a file.
 */
public final class FeaturedImageBar {
    private static final double THUMB_WIDTH = 96;
    private static final double THUMB_HEIGHT = 54;

    private final EditorViewModel model;
    private final PictureSource pictures;
    private final Supplier<List<ImageRef>> bodyImages;
    private final Consumer<Consumer<String>> chooseFile;
    private final ImageView thumbnail = new ImageView();
    private final Label description = new Label();
    private final Label warning = new Label();
    private final MenuButton choose;
    private final org.newsdesk.i18n.Messages t;
    private final HBox root;

    /**
     * @param bodyImages the figures of the body as it is now
     * @param chooseFile asks for a picture file, adds it, and hands its asset id on
     */
    public FeaturedImageBar(org.newsdesk.i18n.Messages t, EditorViewModel model, PictureSource pictures,
                            Supplier<List<ImageRef>> bodyImages, Consumer<Consumer<String>> chooseFile) {
        this.model = model;
        this.t = t;
        choose = new MenuButton(t.get("featured.choose"));
        choose.setAccessibleText(t.get("featured.choose.name"));
        thumbnail.setAccessibleText(t.get("featured.title"));
        this.pictures = pictures;
        this.bodyImages = bodyImages;
        this.chooseFile = chooseFile;
        thumbnail.setFitWidth(THUMB_WIDTH);
        thumbnail.setFitHeight(THUMB_HEIGHT);
        thumbnail.setPreserveRatio(true);
        description.setId("featured-description");
        warning.setId("featured-warning");
        warning.getStyleClass().add("warning");
        warning.managedProperty().bind(warning.visibleProperty());
        choose.setId("featured-choose");
        choose.setOnShowing(e -> fillMenu());
        Label title = new Label(t.get("featured.title"));
        title.getStyleClass().add("featured-title");
        VBox words = new VBox(2, title, description, warning);
        HBox.setHgrow(words, Priority.ALWAYS);
        root = new HBox(10, thumbnail, words, choose);
        root.setId("featured-image");
        root.getStyleClass().add("featured-image-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        model.featuredImageProperty().addListener((o, old, now) -> refresh());
        model.editCountProperty().addListener((o, old, now) -> describe());
        model.storedProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    public Node node() {
        return root;
    }

    private void refresh() {
        String assetId = model.featuredImageProperty().get();
        thumbnail.setImage(null);
        if (assetId != null) {
            pictures.load(assetId, image -> {
                if (assetId.equals(model.featuredImageProperty().get())) {
                    thumbnail.setImage(image);
                }
            });
        }
        describe();
    }

    /** Caption and warning follow the body: the featured image's words are those of its figure. */
    private void describe() {
        String assetId = model.featuredImageProperty().get();
        if (assetId == null) {
            description.setText(t.get("featured.none.description"));
            warning.setVisible(false);
            return;
        }
        Optional<ImageRef> figure = bodyImages.get().stream().filter(ref -> ref.assetId().equals(assetId)).findFirst();
        description.setText(figure.map(ref -> ref.caption().isBlank() ? t.get("featured.noCaption")
                : ref.caption()).orElse(t.get("featured.notInBody")));
        String problem = figure.map(this::missing).orElse(t.get("featured.notInBody.warning"));
        warning.setText(problem);
        warning.setVisible(!problem.isEmpty());
    }

    private String missing(ImageRef ref) {
        boolean noAlt = ref.altText().isBlank();
        boolean noCredit = ref.credit().isBlank();
        if (!noAlt && !noCredit) {
            return "";
        }
        return t.get(noAlt && noCredit ? "featured.noAltOrCredit" : noAlt ? "featured.noAlt" : "featured.noCredit");
    }

    private void fillMenu() {
        choose.getItems().clear();
        List<ImageRef> figures = bodyImages.get();
        int n = 0;
        for (ImageRef ref : figures) {
            n++;
            MenuItem item = new MenuItem(ref.caption().isBlank() ? t.get("featured.picture", n)
                    : t.get("featured.picture.caption", n, shorten(ref.caption())));
            item.setId("featured-from-body-" + n);
            item.setOnAction(e -> model.featuredImageProperty().set(ref.assetId()));
            choose.getItems().add(item);
        }
        if (!figures.isEmpty()) {
            choose.getItems().add(new SeparatorMenuItem());
        }
        MenuItem file = new MenuItem(t.get("featured.fromFile"));
        file.setId("featured-from-file");
        file.setOnAction(e -> chooseFile.accept(model.featuredImageProperty()::set));
        MenuItem none = new MenuItem(t.get("featured.noneItem"));
        none.setId("featured-none");
        none.setOnAction(e -> model.featuredImageProperty().set(null));
        choose.getItems().addAll(file, none);
    }

    private static String shorten(String text) {
        return text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }
}
