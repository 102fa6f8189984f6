package org.newsdesk.ui.preview;

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

/** The Preview tab: the rendered page in a WebView, desktop or phone width, and "Open in browser". */
public final class PreviewView {
    /** A common phone viewport width in CSS pixels. */
    private static final double MOBILE_WIDTH = 390;

    private final VBox root;
    private final WebView web = new WebView();
    private double scrollY;

    public PreviewView(PreviewViewModel model, Consumer<String> openUrl) {
        web.setId("preview-web");
        web.setContextMenuEnabled(false);
        web.getEngine().setJavaScriptEnabled(true); // only our own scroll restore runs: pages carry no script
        ToggleGroup widths = new ToggleGroup();
        ToggleButton desktop = new ToggleButton(null, new FontIcon(Feather.MONITOR));
        desktop.setId("preview-desktop");
        desktop.setTooltip(new javafx.scene.control.Tooltip("Desktop width"));
        ToggleButton phone = new ToggleButton(null, new FontIcon(Feather.SMARTPHONE));
        phone.setId("preview-mobile");
        phone.setTooltip(new javafx.scene.control.Tooltip("Phone width"));
        desktop.setToggleGroup(widths);
        phone.setToggleGroup(widths);
        desktop.setSelected(true);
        phone.selectedProperty().bindBidirectional(model.mobileProperty());
        widths.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            }
        });
        Button open = new Button("Open in browser", new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("preview-open");
        open.setOnAction(e -> model.openInBrowser(openUrl));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, desktop, phone, spacer, message, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");

        StackPane frame = new StackPane(web);
        frame.getStyleClass().add("preview-frame");
        web.maxWidthProperty().bind(javafx.beans.binding.Bindings.when(model.mobileProperty())
                .then(MOBILE_WIDTH).otherwise(Double.MAX_VALUE));
        VBox.setVgrow(frame, Priority.ALWAYS);
        root = new VBox(6, bar, frame);
        root.getStyleClass().add("preview-pane");

        // keep the reader's place across refreshes
        model.htmlProperty().addListener((o, old, html) -> {
            if (web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED) {
                Object y = web.getEngine().executeScript("window.scrollY");
                scrollY = y instanceof Number n ? n.doubleValue() : 0;
            }
            web.getEngine().loadContent(html);
        });
        web.getEngine().getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED && scrollY > 0) {
                web.getEngine().executeScript("window.scrollTo(0," + scrollY + ")");
            }
        });
    }

    public Node node() {
        return root;
    }

    public WebView webView() {
        return web;
    }
}
