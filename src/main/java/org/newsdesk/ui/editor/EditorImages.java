package org.newsdesk.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import javafx.stage.Window;
import org.newsdesk.model.Asset;
import org.newsdesk.model.ImageRef;
import org.newsdesk.service.ImageService;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.common.ErrorReporter;
import org.newsdesk.ui.editor.body.BodyEditor;
import org.newsdesk.ui.editor.body.ImageIntake;

/**
 * Brings pictures into the open article: picked with the file chooser, dropped, or pasted. Each is added to the
 * library on the library thread (checked there: a bad file gets its one sentence in the status line), then its
 * figure, pre-filled from the photo's IPTC/XMP, goes in at the caret.
 */
public final class EditorImages implements ImageIntake {
    private final ImageService images;
    private final BackgroundWork background;
    private final BodyEditor body;
    private final Consumer<String> notify;
    private final Supplier<Window> owner;
    private ImagePicker picker;
    private final org.newsdesk.i18n.Messages t;

    public EditorImages(org.newsdesk.i18n.Messages t, ImageService images, BackgroundWork background, BodyEditor body,
                        Consumer<String> notify, Supplier<Window> owner) {
        this.t = t;
        this.picker = new FileChooserImagePicker(t);
        this.images = images;
        this.background = background;
        this.body = body;
        this.notify = notify;
        this.owner = owner;
    }

    /** Replaces the file chooser (tests). */
    public void setPicker(ImagePicker picker) {
        this.picker = Objects.requireNonNull(picker);
    }

    /** Format › Picture…: asks for files and inserts them. */
    public void insertFromFile() {
        List<Path> files = picker.pick(owner.get(), t.get("pictures.insert.title"), true);
        if (!files.isEmpty()) {
            files(files);
        }
    }

    /** Asks for one picture file, adds it, and hands its asset id to {@code chosen} (the featured image). */
    public void chooseFile(Consumer<String> chosen) {
        List<Path> files = picker.pick(owner.get(), t.get("featured.title"), false);
        if (files.isEmpty()) {
            return;
        }
        background.run(() -> images.add(files.get(0)), asset -> chosen.accept(asset.sha256()),
                error -> notify.accept(ErrorReporter.message(t, error)));
    }

    /** Adds every good picture and inserts its figure; a bad one is named, the others still go in. */
    @Override
    public void files(List<Path> files) {
        notify.accept(t.get("pictures.adding", files.size()));
        background.run(() -> {
            List<ImageRef> added = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path file : files) {
                try {
                    Asset asset = images.add(file);
                    added.add(images.figureFor(asset.sha256()));
                } catch (RuntimeException e) {
                    refused.add(ErrorReporter.message(t, e));
                }
            }
            return new Added(added, refused);
        }, this::insert, error -> notify.accept(ErrorReporter.message(t, error)));
    }

    /** A pasted bitmap (a screenshot): encoded as PNG and added like a file. */
    @Override
    public void picture(Image image) {
        background.run(() -> {
            Asset asset = images.add(ClipboardPictures.png(image), t.get("pictures.pasted"));
            return new Added(List.of(images.figureFor(asset.sha256())), List.of());
        }, this::insert, error -> notify.accept(ErrorReporter.message(t, error)));
    }

    private record Added(List<ImageRef> figures, List<String> refused) {
    }

    private void insert(Added added) {
        added.figures().forEach(body::insertImage);
        if (!added.refused().isEmpty()) {
            notify.accept(String.join(" ", added.refused()));
        } else {
            notify.accept(t.get("pictures.added", added.figures().size()));
        }
    }
}
