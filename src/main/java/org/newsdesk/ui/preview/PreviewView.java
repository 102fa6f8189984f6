package org.newsdesk.ui.preview;

import org.newsdesk.i18n.Messages;

import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Preview tab: the rendered page in a WebView, desktop or phone width, and "Open in browser". The WebView
 * is the costliest control of the window to create, so it is made after the window's first frame, when the tab
 * is showing; until then the tab says "Loading preview…".
 */
public final class PreviewView {
    private final Messages t;
    /** A common phone viewport width in CSS pixels. */
    private static final double MOBILE_WIDTH = 390;

    private final VBox root;
    private final PreviewViewModel model;
    private final StackPane frame = new StackPane(new Label());
    private WebView web;
    private double scrollY;

    public PreviewView(Messages t, PreviewViewModel model, Consumer<String> openUrl) {
        this.t = t;
        ((Label) frame.getChildren().get(0)).setText(t.get("preview.loading"));
        this.model = model;
        ToggleGroup widths = new ToggleGroup();
        ToggleButton desktop = new ToggleButton(null, new FontIcon(Feather.MONITOR));
        desktop.setId("preview-desktop");
        desktop.setAccessibleText(t.get("preview.desktop"));
        desktop.setTooltip(new javafx.scene.control.Tooltip(t.get("preview.desktop")));
        ToggleButton phone = new ToggleButton(null, new FontIcon(Feather.SMARTPHONE));
        phone.setId("preview-mobile");
        phone.setAccessibleText(t.get("preview.phone"));
        phone.setTooltip(new javafx.scene.control.Tooltip(t.get("preview.phone")));
        desktop.setToggleGroup(widths);
        phone.setToggleGroup(widths);
        desktop.setSelected(true);
        phone.selectedProperty().bindBidirectional(model.mobileProperty());
        widths.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            }
        });
        Button open = new Button(t.get("preview.open"), org.newsdesk.ui.common.Icons.of(Feather.EXTERNAL_LINK, t));
        open.setId("preview-open");
        open.setOnAction(e -> model.openInBrowser(openUrl));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, desktop, phone, spacer, message, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");

        frame.getStyleClass().add("preview-frame");
        VBox.setVgrow(frame, Priority.ALWAYS);
        root = new VBox(6, bar, frame);
        root.getStyleClass().add("preview-pane");

        model.htmlProperty().addListener((o, old, html) -> {
            if (web != null) {
                show(html);
            }
        });
        model.visibleProperty().addListener(o -> createWhenShown());
        root.sceneProperty().addListener(o -> createWhenShown());
    }

    /** Makes the WebView once the tab is showing in a window that has drawn its first frame. */
    private void createWhenShown() {
        javafx.scene.Scene scene = root.getScene();
        if (web != null || scene == null || !model.visibleProperty().get()) {
            return;
        }
        Runnable[] afterFrame = new Runnable[1];
        afterFrame[0] = () -> {
            scene.removePostLayoutPulseListener(afterFrame[0]);
            javafx.application.Platform.runLater(this::createWebView); // after this pulse has drawn
        };
        scene.addPostLayoutPulseListener(afterFrame[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void createWebView() {
        if (web != null) {
            return;
        }
        web = new WebView();
        web.setId("preview-web");
        org.newsdesk.ui.common.Accessible.named(web, t.get("a11y.preview.page"), t.get("a11y.preview.page.help"));
        web.setContextMenuEnabled(false);
        web.getEngine().setJavaScriptEnabled(true); // only our own scroll restore runs: pages carry no script
        web.maxWidthProperty().bind(javafx.beans.binding.Bindings.when(model.mobileProperty())
                .then(MOBILE_WIDTH).otherwise(Double.MAX_VALUE));
        web.getEngine().getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED && scrollY > 0) {
                web.getEngine().executeScript("window.scrollTo(0," + scrollY + ")");
            }
        });
        frame.getChildren().setAll(web);
        if (model.htmlProperty().get() != null) {
            show(model.htmlProperty().get());
        }
    }

    /** Loads the page, keeping the reader's place across refreshes. */
    private void show(String html) {
        if (web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED) {
            Object y = web.getEngine().executeScript("window.scrollY");
            scrollY = y instanceof Number n ? n.doubleValue() : 0;
        }
        web.getEngine().loadContent(html);
    }

    public Node node() {
        return root;
    }

    /** The WebView, or null until the tab was first shown. */
    public WebView webView() {
        return web;
    }
}
